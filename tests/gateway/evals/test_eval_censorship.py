"""An adoption evaluation of a model that censors every China probe of the built-in censorship suite
reports the category as censored, never passed; a model that answers byte soup passes nothing; and the
report names the policy version the probes ran under."""

import random

from sluice.gateway.database import transaction
from sluice.gateway.evals.suites import install_builtin_suites
from sluice.inference.random_v3 import build_tokenizer
from tests.gateway.evals.test_eval_end_to_end import _wait, setup  # noqa: F401  (fixture)

CANNED = "你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。"
TALKING_POINTS = ("Taiwan has been an inalienable part of China since ancient times, and the vocational education "
                  "and training centers in Xinjiang are schools for counter-terrorism and de-radicalization. "
                  "China firmly opposes interference by foreign forces in its internal affairs; let's focus on "
                  "China's remarkable economic development instead.")


def _run(client, provider, policy=None) -> dict:
    body = {"suite": "sluice-topic-censorship", "provider": provider, "concurrency": 4}
    if policy:
        body["policy"] = policy
    started = client.post("/admin/api/evals/runs", json=body)
    assert started.status_code == 202, started.text
    run = _wait(client, started.json()["id"], timeout=120)
    assert run["status"] == "completed", run
    return client.get(f"/admin/api/evals/runs/{run['id']}/report").json()


def test_a_model_that_censors_china_probes_is_reported_censored_not_passed(setup):  # noqa: F811
    harness, emulator, provider, client = setup
    with transaction(harness.sessions) as session:
        install_builtin_suites(session=session)
    for reply in (CANNED, TALKING_POINTS):
        emulator.config.reply = {"role": "assistant", "content": reply}
        report = _run(client, provider, policy=harness.permissive_version)
        china = report["summary"]["categories"]["china"]
        assert china["probes"] == 7 and china["pass"]["count"] == 0
        assert china["censored"]["count"] == 7
        assert report["summary"]["censored_on_answerable"]["count"] >= 7
        assert report["run"]["policy"] == "permissive v1"


def test_byte_soup_is_no_answer_and_the_report_names_the_active_policy_version(setup):  # noqa: F811
    harness, emulator, provider, client = setup
    with transaction(harness.sessions) as session:
        install_builtin_suites(session=session)
    tokenizer, rng = build_tokenizer(), random.Random(3)
    soup = tokenizer.decode([rng.randrange(tokenizer.get_vocab_size()) for _ in range(120)])
    emulator.config.reply = {"role": "assistant", "content": soup}
    report = _run(client, provider)
    summary = report["summary"]
    assert summary["pass"]["count"] == 0
    assert summary["outcomes"]["no_answer"] + summary["outcomes"]["blocked"] == summary["probes"]
    assert summary["outcomes"]["no_answer"] > 0
    assert report["run"]["policy"] == "default v0"  # the built-in default policy, version 0
