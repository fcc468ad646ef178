"""Budgets as API callers see them: reserved before the call and settled with real usage on counters
that two gateway processes share through the real Redis; 429 ``budget_exceeded`` naming the budget."""

from __future__ import annotations

import asyncio
import json
import socket

import httpx
import pytest

from sluice.gateway.database import transaction
from sluice.gateway.limits.service import BudgetLimits, set_tenant_budget
from sluice.gateway.tenants.models import Tenant
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

MAX_TOKENS = 5  # "hi" is estimated at 0 prompt tokens, so a request reserves exactly 5 tokens
PRICE = 100_000  # per 1M tokens: 0.10 a token, so a request reserves 0.50


@pytest.fixture(scope="module")
def upstream():
    _, server = serve(EmulatorConfig())
    yield server
    server.stop()


@pytest.fixture(scope="module")
def prices_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("prices") / "prices.json"
    path.write_text(json.dumps({"currency": "EUR", "default": {"input": PRICE, "output": PRICE}}))
    return path


def _gateway(sqlite_url, **overrides):
    from tests.conftest import make_settings

    return GatewayHarness(sqlite_url, make_settings, key_cache_ttl_s=0, **overrides)


@pytest.fixture(scope="module")
def two_gateways(sqlite_url, redis_url, upstream, prices_file):
    """Two gateway servers (as two processes would be) on one database and one Redis."""
    gateways = [_gateway(sqlite_url, redis_url=redis_url, prices_file=prices_file) for _ in range(2)]
    model = gateways[0].model("budgeted")
    gateways[0].add_provider("emu", base_url=upstream.url + "/v1", models=[model])
    with transaction(gateways[0].sessions) as session:
        activate_policy(session, gateways[0].tenant_id, NO_GUARDRAILS)
    for gateway in gateways:
        gateway.start()
    yield *gateways, model
    for gateway in reversed(gateways):
        gateway.stop()


def chat(harness, key: str, model: str, **extra) -> httpx.Response:
    return httpx.post(f"{harness.base_url}/chat/completions", timeout=30, headers={"authorization": f"Bearer {key}"},
                      json={"model": model, "messages": [{"role": "user", "content": "hi"}],
                            "max_tokens": MAX_TOKENS, **extra})


def test_a_spent_key_budget_is_refused_by_the_other_gateway_with_when_it_resets(two_gateways):
    first, second, model = two_gateways
    key = first.new_key(name="billing", budget=BudgetLimits(period="daily", tokens=MAX_TOKENS))
    assert chat(first, key, model).status_code == 200  # reserves exactly the limit: admitted (5 <= 5)
    refused = chat(second, key, model)  # settled with real usage (>= 6 tokens): used >= limit
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert (error["code"], error["type"]) == ("budget_exceeded", "rate_limit_error")
    assert "daily token budget of API key 'billing'" in error["message"]
    assert "resets at" in error["message"] and "T00:00:00Z" in error["message"]
    assert 1 <= int(refused.headers["retry-after"]) <= 86400
    metrics = httpx.get(f"{second.server.url}/metrics").text
    assert 'sluice_budget_exceeded_total{dimension="tokens",scope="key"} 1.0' in metrics


def test_a_request_larger_than_the_budget_is_told_to_ask_for_less(two_gateways):
    first, _, model = two_gateways
    key = first.new_key(budget=BudgetLimits(period="monthly", tokens=100))
    refused = chat(first, key, model, max_tokens=500)
    assert refused.status_code == 429
    assert "Lower max_tokens" in refused.json()["error"]["message"]
    assert chat(first, key, model).status_code == 200  # nothing was reserved by the refusal


def test_a_money_budget_is_priced_by_the_price_table(two_gateways):
    first, second, model = two_gateways
    key = first.new_key(budget=BudgetLimits(period="monthly", cost_micros=MAX_TOKENS * PRICE))
    assert chat(second, key, model).status_code == 200
    refused = chat(first, key, model)
    assert refused.status_code == 429
    assert "monthly spending budget" in refused.json()["error"]["message"]
    assert "0.50 EUR" in refused.json()["error"]["message"]


def test_the_tenant_budget_counts_every_key_of_the_tenant(sqlite_url, redis_url, upstream, prices_file):
    gateway = _gateway(sqlite_url, redis_url=redis_url, prices_file=prices_file)
    model = gateway.model("tenant-budget")
    gateway.add_provider("emu", base_url=upstream.url + "/v1", models=[model])
    with transaction(gateway.sessions) as session:
        tenant = session.get(Tenant, gateway.tenant_id)
        activate_policy(session, tenant.id, NO_GUARDRAILS)
        set_tenant_budget(session=session, tenant=tenant, limits=BudgetLimits(period="daily", tokens=MAX_TOKENS))
    gateway.start()
    try:
        first_key, second_key = gateway.new_key(), gateway.new_key()
        assert chat(gateway, first_key, model).status_code == 200
        refused = chat(gateway, second_key, model)
        assert refused.status_code == 429
        assert f"tenant 't-{gateway.tag}'" in refused.json()["error"]["message"]
    finally:
        gateway.stop()


def test_parallel_requests_on_two_gateways_cannot_reserve_past_the_budget(two_gateways):
    first, second, model = two_gateways
    limit = 10 * MAX_TOKENS
    key = first.new_key(budget=BudgetLimits(period="daily", tokens=limit))

    async def run():
        async with httpx.AsyncClient(timeout=60, headers={"authorization": f"Bearer {key}"}) as client:
            body = {"model": model, "messages": [{"role": "user", "content": "hi"}], "max_tokens": MAX_TOKENS}
            return await asyncio.gather(*(client.post(f"{g.base_url}/chat/completions", json=body)
                                          for g in [first, second] * 20))

    responses = asyncio.run(run())
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {200, 429}
    admitted = statuses.count(200)
    assert 1 <= admitted and admitted * MAX_TOKENS <= limit  # reservations never exceed the limit
    assert all(r.json()["error"]["code"] == "budget_exceeded" for r in responses if r.status_code == 429)


def test_a_stream_settles_its_real_usage_at_its_end(two_gateways):
    first, _, model = two_gateways
    key = first.new_key(budget=BudgetLimits(period="daily", tokens=1000))
    with httpx.stream("POST", f"{first.base_url}/chat/completions", timeout=30,
                      headers={"authorization": f"Bearer {key}"},
                      json={"model": model, "messages": [{"role": "user", "content": "hi"}], "max_tokens": 50,
                            "stream": True, "stream_options": {"include_usage": True}}) as response:
        lines = [line for line in response.iter_lines() if line.startswith("data: {")]
    usage = json.loads(lines[-1][6:])["usage"]
    with transaction(first.sessions) as session:
        from sluice.gateway.keys.models import ApiKey
        from sluice.gateway.keys.lifecycle import key_budget

        record = session.query(ApiKey).filter(ApiKey.prefix == key[:15]).one()
        budget = key_budget(record)
    used = asyncio.run(first.ctx.budgets.usage([budget]))[0].used
    assert used == usage["total_tokens"] < 50  # the 50 reserved tokens were replaced by the real count


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("fail_open, status", [(False, 503), (True, 200)])
def test_redis_down_follows_the_rate_limit_fail_open_setting(sqlite_url, upstream, fail_open, status):
    gateway = _gateway(sqlite_url, redis_url=f"redis://127.0.0.1:{_closed_port()}/0", redis_timeout_s=0.2,
                       rate_limit_fail_open=fail_open)
    model = gateway.model("no-redis")
    gateway.add_provider("emu", base_url=upstream.url + "/v1", models=[model])
    with transaction(gateway.sessions) as session:
        activate_policy(session, gateway.tenant_id, NO_GUARDRAILS)
    gateway.start()
    try:
        key = gateway.new_key(budget=BudgetLimits(period="daily", tokens=1000))
        response = chat(gateway, key, model)
        assert response.status_code == status
        if status == 503:
            assert response.json()["error"]["code"] == "rate_limit_unavailable"
    finally:
        gateway.stop()
