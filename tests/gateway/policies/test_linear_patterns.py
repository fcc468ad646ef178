"""Policy patterns on the admin API, the CLI and /v1: backtracking constructs are refused with
`policy_pattern_unsupported` naming the construct, and an `(a+)+$`-class pattern in force cannot stall
a real gateway server (official openai client, emulated upstream, streaming and not)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time

import httpx
import openai
import pytest

from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import STRICT_YAML
from tests.gateway.policies.test_v1_enforcement import _put_in_force
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

BASE = "/admin/api/policies"
LOOKBEHIND = STRICT_YAML.replace("input:\n", "input:\n  words:\n    patterns: ['(?<=id:)\\d+']\n", 1)
CATASTROPHIC = """\
input:
  pii: {enabled: false}
  content: {enabled: false}
  topics: {enabled: false}
  injection: {enabled: false}
  words: {patterns: ['(a+)+$', '(x|x)*y'], action: flag}
output:
  pii: {enabled: false}
  content: {enabled: false}
  refusal: {enabled: false}
  words: {patterns: ['(a+)+$', '(x|x)*y'], action: redact}
"""
HOSTILE = "a" * 30_000 + "!"  # a backtracking engine needs 2**30000 steps for `(a+)+$` here


@pytest.fixture
def author(people, tenants):
    return people.make(Role.POLICY_AUTHOR, tenants["acme"])


def _refusal(response):
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "policy_pattern_unsupported"
    assert error["param"] == "input.words.patterns.0"
    [problem] = error["errors"]
    assert problem["type"] == "unsupported_pattern" and "lookbehind ((?<=...))" in problem["message"]
    return error


def test_creating_a_policy_with_a_lookbehind_is_refused_naming_it(client, author):
    error = _refusal(client.post(BASE, json={"name": "lookbehind", "source": LOOKBEHIND}, headers=author.headers))
    assert "RE2" in error["message"]


def test_saving_a_draft_with_a_lookbehind_is_refused_naming_it(client, author):
    created = client.post(BASE, json={"name": "ok", "source": STRICT_YAML}, headers=author.headers)
    assert created.status_code == 201, created.text
    _refusal(client.put(f"{BASE}/{created.json()['id']}/draft", json={"source": LOOKBEHIND}, headers=author.headers))


def test_simulating_a_catastrophic_pattern_takes_linear_time(client, author):
    created = client.post(BASE, json={"name": "redos", "source": CATASTROPHIC}, headers=author.headers)
    assert created.status_code == 201, created.text
    reply = "x" * 20_000 + " " + HOSTILE + " aaa"
    started = time.monotonic()
    response = client.post(f"{BASE}/{created.json()['id']}/simulate", headers=author.headers,
                           json={"text": HOSTILE, "response": reply, "chunk_size": 50})
    assert response.status_code == 200, response.text
    assert time.monotonic() - started < 30
    assert response.json()["output"]["text"] == reply.removesuffix("aaa") + "<CUSTOM_PATTERN>"


def test_the_cli_refuses_the_same_pattern_offline(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(LOOKBEHIND)
    run = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "policy", "check", str(path), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1, run.stderr
    out = json.loads(run.stdout)
    assert out["code"] == "policy_pattern_unsupported"
    assert out["errors"][0]["path"] == "input.words.patterns.0" and "lookbehind" in out["errors"][0]["message"]


@pytest.fixture(scope="module")
def served(sqlite_url):
    from tests.conftest import make_settings

    emulator, upstream = serve(EmulatorConfig())
    harness = GatewayHarness(sqlite_url, make_settings, policy_refresh_s=0.0).start()
    harness.model_name = harness.model("redos")
    harness.add_provider("eu", base_url=upstream.url + "/v1", models=[harness.model_name], region="eu-west-1")
    _put_in_force(harness, CATASTROPHIC)
    yield harness
    harness.stop()
    upstream.stop()


@pytest.mark.parametrize("streamed", [False, True])
def test_a_catastrophic_pattern_in_force_cannot_stall_the_server(served, streamed):
    oai = openai.OpenAI(base_url=served.base_url, api_key=served.key, max_retries=0, timeout=60)
    health: list[float] = []

    def probe():  # the server keeps answering other callers meanwhile
        with httpx.Client(timeout=30) as http:
            for _ in range(5):
                started = time.monotonic()
                assert http.get(served.base_url.removesuffix("/v1") + "/healthz").status_code == 200
                health.append(time.monotonic() - started)

    prober = threading.Thread(target=probe)
    started = time.monotonic()
    prober.start()
    messages = [{"role": "user", "content": f"{HOSTILE} #say:{HOSTILE} and aaaa"}]
    if streamed:
        text = "".join(c.choices[0].delta.content or "" for c in
                       oai.chat.completions.create(model=served.model_name, messages=messages, stream=True) if c.choices)
    else:
        text = oai.chat.completions.create(model=served.model_name, messages=messages).choices[0].message.content
    prober.join()
    assert time.monotonic() - started < 30
    assert max(health) < 10
    assert text == f"{HOSTILE} and <CUSTOM_PATTERN>"  # `(a+)+$` matched the trailing run, nothing else


CAPPED = """\
input: {pii: {enabled: false}, content: {enabled: false}, topics: {enabled: false}, injection: {enabled: false}}
output:
  pii: {enabled: false}
  content: {enabled: false}
  refusal: {enabled: false}
  words: {patterns: ['BEGIN[\\s\\S]*END'], action: redact}
  max_held_chars: 1024
"""


def test_a_stream_held_past_the_cap_ends_with_its_code_and_sends_nothing_held(served):
    _put_in_force(served, CAPPED)
    oai = openai.OpenAI(base_url=served.base_url, api_key=served.key, max_retries=0, timeout=60)
    try:
        received = ""
        with pytest.raises(openai.APIError) as caught:
            for chunk in oai.chat.completions.create(model=served.model_name, stream=True, messages=[
                    {"role": "user", "content": "#say:fine so far BEGIN " + "secret " * 400}]):
                received += (chunk.choices[0].delta.content or "") if chunk.choices else ""
        assert caught.value.code == "output_hold_exceeded" and "max_held_chars" in caught.value.message
        assert "fine so far ".startswith(received)  # the held text never went out
        with pytest.raises(openai.BadRequestError) as refused:
            oai.chat.completions.create(model=served.model_name, messages=[
                {"role": "user", "content": "#say:fine so far BEGIN " + "secret " * 400}])
        assert refused.value.code == "output_hold_exceeded" and "secret" not in str(refused.value.body)
    finally:
        _put_in_force(served, CATASTROPHIC)
