"""Rate limits as API callers see them: 429 ``rate_limited`` with OpenAI's headers, and one budget
shared through Redis by two gateway processes."""

from __future__ import annotations

import httpx
import pytest

from sluice.gateway.database import transaction
from sluice.gateway.keys.service import create_key
from sluice.gateway.tenants.models import Tenant
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness


@pytest.fixture(scope="module")
def upstream():
    _, server = serve(EmulatorConfig())
    yield server
    server.stop()


@pytest.fixture(scope="module")
def two_gateways(sqlite_url, redis_url, upstream):
    """Two gateway servers (as two processes would be) on one database and one Redis."""
    from tests.conftest import make_settings

    first = GatewayHarness(sqlite_url, make_settings, redis_url=redis_url)
    second = GatewayHarness(sqlite_url, make_settings, redis_url=redis_url)
    model = first.model("limited")
    first.add_provider("emu", base_url=upstream.url + "/v1", models=[model])
    with transaction(first.sessions) as session:
        activate_policy(session, first.tenant_id, NO_GUARDRAILS)
    first.start()
    second.start()
    yield first, second, model
    second.stop()
    first.stop()


def key_with(harness, **limits) -> str:
    with transaction(harness.sessions) as session:
        tenant = session.get(Tenant, harness.tenant_id)
        return create_key(session=session, tenant=tenant, secret=harness.settings.secret_bytes, **limits).key


def chat(harness, key: str, model: str) -> httpx.Response:
    return httpx.post(f"{harness.base_url}/chat/completions", timeout=30, headers={"authorization": f"Bearer {key}"},
                      json={"model": model, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 5})


def test_limited_key_gets_429_with_retry_after_and_ratelimit_headers(two_gateways):
    first, _, model = two_gateways
    key = key_with(first, rpm_limit=2)
    ok = chat(first, key, model)
    assert ok.status_code == 200
    assert ok.headers["x-ratelimit-limit-requests"] == "2"
    assert ok.headers["x-ratelimit-remaining-requests"] == "1"
    assert chat(first, key, model).status_code == 200
    refused = chat(first, key, model)
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "rate_limited"
    assert refused.json()["error"]["type"] == "rate_limit_error"
    assert int(refused.headers["retry-after"]) >= 1
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"


def test_two_gateway_processes_share_the_budget_through_redis(two_gateways):
    first, second, model = two_gateways
    key = key_with(first, rpm_limit=3)
    statuses = [chat(gateway, key, model).status_code for gateway in (first, second, first, second)]
    assert statuses == [200, 200, 200, 429]


def test_token_budget_is_charged_with_real_usage(two_gateways):
    first, second, model = two_gateways
    key = key_with(first, tpm_limit=20)  # each call: ~5 estimated, ~7 used (prompt + 5 completion tokens)
    statuses = [chat(gateway, key, model).status_code for gateway in (first, second, first, second, first)]
    assert statuses[:2] == [200, 200]  # admitted on the estimate
    assert 429 in statuses  # refused once the charged usage used up the minute's tokens
