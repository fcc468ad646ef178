"""A tenant policy whose content guardrail asks Llama Guard 3, enforced on /v1: a real gateway server,
the emulated chat upstream and guard model registered as providers, the official openai client."""

from __future__ import annotations

import secrets
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import openai
import pytest

from sluice.gateway.auth.principal import Principal
from sluice.gateway.database import transaction
from sluice.gateway.policies import service
from sluice.gateway.policies.errors import PolicyInvalid
from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import People
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness
from tests.support.guard_emulator import serve_guards

AUTHOR = Principal(user_id="usr_guard_author", email="a@example.org", role=Role.POLICY_AUTHOR, tenant_id=None,
                   session_id="-")
APPROVER = Principal(user_id="usr_guard_approver", email="b@example.org", role=Role.POLICY_APPROVER, tenant_id=None,
                     session_id="-")
LLAMA_GUARD = "{engine: guard, guard: {format: llama_guard_3, provider: PROVIDER, model: llama-guard-3-8b, timeout_s: 1}}"
GUARDED = f"""\
input: {{pii: {{enabled: false}}, injection: {{enabled: false}}, content: {LLAMA_GUARD}}}
output: {{pii: {{enabled: false}}, refusal: {{enabled: false}}, content: {LLAMA_GUARD}}}
"""


@pytest.fixture(scope="module")
def gateway(sqlite_url):
    from tests.conftest import make_settings

    upstream, upstream_server = serve(EmulatorConfig())
    guards, guard_server = serve_guards()
    harness = GatewayHarness(sqlite_url, make_settings, policy_refresh_s=0.0).start()
    harness.model_name = harness.model("guarded")
    harness.add_provider("chat", base_url=upstream_server.url + "/v1", models=[harness.model_name])
    guard_provider = harness.add_provider("guards", base_url=guard_server.url + "/v1", models=["llama-guard-3-8b"])
    with transaction(harness.sessions) as session:
        policy, draft = service.create_policy(session=session, actor=AUTHOR, tenant_id=harness.tenant_id,
                                              name="guarded", source=GUARDED.replace("PROVIDER", guard_provider))
        service.submit(session=session, actor=AUTHOR, policy=policy)
        service.approve(session=session, actor=APPROVER, policy=policy, number=draft.number)
        service.activate(session=session, actor=APPROVER, policy=policy, number=draft.number)
    harness.upstream, harness.guards, harness.policy_id = upstream, guards, policy.id
    yield harness
    harness.stop()
    guard_server.stop()
    upstream_server.stop()


def user(text):
    return [{"role": "user", "content": text}]


def test_a_request_the_guard_model_calls_unsafe_is_refused_before_the_model(gateway, oai, recorder):
    calls = len(gateway.upstream.state.requests)
    with pytest.raises(openai.BadRequestError) as caught:
        oai.chat.completions.create(model=gateway.model_name, messages=user("How do I build a bomb?"))
    error = caught.value.body
    assert error["code"] == "content_blocked" and "Indiscriminate Weapons" in error["message"]
    assert "bomb" not in error["message"]
    assert len(gateway.upstream.state.requests) == calls
    content = next(g for g in recorder.records[-1].decisions[0].to_dict()["guardrails"]
                   if g["name"] == "content" and g["stage"] == "input")
    assert content["status"] == "blocked" and content["labels"] == ["Indiscriminate Weapons"]


def test_a_safe_exchange_passes_both_checks(gateway, oai):
    reply = oai.chat.completions.create(model=gateway.model_name, messages=user("Capital of France? #say:Paris."))
    assert reply.choices[0].message.content == "Paris."


def test_an_unsafe_streamed_answer_is_stopped_before_it_reaches_the_caller(gateway, oai):
    stream = oai.chat.completions.create(model=gateway.model_name, stream=True,
                                         messages=user("Chemistry tips? #say:Here is how to build a bomb."))
    received = ""
    with pytest.raises(openai.APIError) as caught:
        for chunk in stream:
            if chunk.choices:
                received += chunk.choices[0].delta.content or ""
    assert "bomb" not in received
    assert "content_blocked" in str(caught.value.body or caught.value.message)


def test_a_guard_model_that_is_down_fails_closed_with_503_and_is_counted(gateway, oai):
    oai.chat.completions.create(model=gateway.model_name, messages=user("Good day #say:Hello."))
    with pytest.raises(openai.InternalServerError) as caught:
        oai.chat.completions.create(model=gateway.model_name, messages=user("Hello GUARD-DOWN"))
    assert caught.value.status_code == 503
    assert caught.value.body["code"] == "guard_unavailable" and "guard_unreachable" in caught.value.body["message"]
    assert "Hello" not in caught.value.body["message"]
    provider = next(p for p in gateway._providers if p.startswith("guards-"))
    metrics = httpx.get(f"{gateway.server.url}/metrics", timeout=10).text
    for outcome in ("ok", "guard_unreachable"):
        assert (f'sluice_guard_request_duration_seconds_count{{outcome="{outcome}",provider="{provider}"}}'
                in metrics), outcome


def test_the_policy_simulation_asks_the_guard_model_and_reports_its_labels(gateway):
    author = People(gateway.sessions).make(Role.POLICY_AUTHOR)
    response = httpx.post(f"{gateway.server.url}/admin/api/policies/{gateway.policy_id}/simulate",
                          json={"text": "How do I build a bomb?", "response": "No."}, headers=author.headers,
                          timeout=30)
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["blocked"]["code"] == "content_blocked"
    content = next(g for g in result["input"]["guardrails"] if g["name"] == "content")
    assert content["status"] == "blocked" and content["labels"] == ["Indiscriminate Weapons"]
    assert content["score"] == pytest.approx(0.93)


@pytest.mark.parametrize("guard, path", [
    ("{format: llama_guard_3, provider: no-such-provider, model: llama-guard-3-8b}", "input.content.guard.provider"),
    ("{format: llama_guard_3, provider: PROVIDER, model: llama-guard-9}", "input.content.guard.model"),
    ("{format: prompt_guard, model: unserved-classifier}", "input.content.guard.model"),
])
def test_a_version_naming_a_guard_model_no_provider_serves_is_not_put_up_for_review(gateway, guard, path):
    provider = next(p for p in gateway._providers if p.startswith("guards-"))
    source = f"input: {{content: {{engine: guard, guard: {guard.replace('PROVIDER', provider)}}}}}\n"
    with transaction(gateway.sessions) as session:
        policy, _ = service.create_policy(session=session, actor=AUTHOR, tenant_id=gateway.tenant_id,
                                          name=f"unreachable-{secrets.token_hex(3)}", source=source)
        with pytest.raises(PolicyInvalid) as caught:
            service.submit(session=session, actor=AUTHOR, policy=policy)
    assert caught.value.code == "policy_invalid" and caught.value.param == path


@pytest.mark.parametrize("stream", [False, True])
def test_other_requests_are_served_while_an_answer_waits_for_its_guard_verdict(gateway, oai, stream):
    said = f"All systems nominal ({'streamed' if stream else 'whole'}) GUARD-PAUSE."  # not a remembered verdict

    def slow_answer():
        reply = oai.chat.completions.create(model=gateway.model_name, stream=stream,
                                            messages=user(f"Status? #say:{said}"))
        return "".join(c.choices[0].delta.content or "" for c in reply if c.choices) if stream \
            else reply.choices[0].message.content

    def output_check_asked() -> bool:
        return any("Agent: All systems nominal" in r.get("prompt", "") for r in gateway.guards.requests[before:])

    before = len(gateway.guards.requests)
    with ThreadPoolExecutor(1) as pool:
        answer = pool.submit(slow_answer)
        deadline = time.monotonic() + 20
        while not output_check_asked():  # the output check is now waiting on the guard's verdict
            assert time.monotonic() < deadline and not answer.done()
            time.sleep(0.01)
        started = time.perf_counter()
        health = httpx.get(f"{gateway.server.url}/healthz", timeout=10)
        waited = time.perf_counter() - started
        assert answer.result(timeout=30) == said
    assert health.status_code == 200 and waited < 0.25
