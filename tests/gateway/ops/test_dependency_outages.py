"""Dependency outages as API callers see them: the database or Redis unreachable (refused, reset),
or an exclusive lock held on the audit log's state, give 503 with a stable code and ``Retry-After``
on every request — never a 500 and never a dropped connection — and service returns once the
dependency does. The shared servers keep running: the gateway reaches them through a fault proxy."""

from __future__ import annotations

from contextlib import contextmanager

import openai
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from sluice.gateway.database import transaction
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
from tests.support.emulator import EmulatorConfig, serve
from tests.support.fault_proxy import FaultProxy, Mode
from tests.support.gateway_harness import GatewayHarness
from tests.support.outcomes import Outcome, chat_outcome

# every request reaches the database (no key cache, policy and providers checked each time), and
# every wait is short
OUTAGE_SETTINGS = {"key_cache_ttl_s": 0, "policy_refresh_s": 0, "db_connect_timeout_s": 2,
                   "db_pool_timeout_s": 2, "audit_commit_timeout_s": 1}
DATABASE_CODES = {"database_unavailable", "audit_unavailable", "providers_unavailable"}
RECOVERY_TRIES = 20


@pytest.fixture(scope="module")
def upstream():
    _, server = serve(EmulatorConfig(reply_words=4))
    yield server
    server.stop()


def _gateway(database_url: str, upstream, **overrides) -> tuple[GatewayHarness, str]:
    from tests.conftest import make_settings

    harness = GatewayHarness(database_url, make_settings, **{**OUTAGE_SETTINGS, **overrides})
    model = harness.model("outage")
    harness.add_provider("emu", base_url=upstream.url + "/v1", models=[model])
    with transaction(harness.sessions) as session:
        activate_policy(session, harness.tenant_id, NO_GUARDRAILS)
    return harness.start(), model


@pytest.fixture
def through_proxy(postgres_url, upstream):
    """A gateway whose database connections all go through a fault proxy to the test PostgreSQL."""
    url = make_url(postgres_url)
    with FaultProxy(url.host, url.port or 5432) as proxy:
        harness, model = _gateway(url.set(port=proxy.port).render_as_string(hide_password=False), upstream)
        client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=30)
        yield proxy, harness, client, model
        proxy.set_mode(Mode.PASS)
        harness.stop()


def _round(client, model) -> list[Outcome]:
    return [chat_outcome(client, model, stream=stream) for stream in (False, True, False, True)]


def _recovers(client, model) -> bool:
    return any(all(o.ok for o in _round(client, model)) for _ in range(RECOVERY_TRIES))


def _refused_properly(outcome: Outcome, codes: set[str]) -> bool:
    """503 with the code and ``Retry-After``; or, for a stream that had begun, its final error event
    with the code (the audit commit of a stream comes after its first bytes)."""
    if outcome.streamed:
        return outcome.code in codes
    return outcome.status == 503 and outcome.code in codes and outcome.retry_after == "1"


@pytest.mark.parametrize("mode", [Mode.REFUSE, Mode.RESET])
def test_database_outage_answers_503_with_retry_after_and_service_returns(through_proxy, mode):
    proxy, _, client, model = through_proxy
    assert all(o.ok for o in _round(client, model))
    proxy.set_mode(mode)
    during = _round(client, model) + _round(client, model)
    assert [o for o in during if not _refused_properly(o, DATABASE_CODES)] == []
    proxy.set_mode(Mode.PASS)
    assert _recovers(client, model)


def test_database_lost_during_a_stream_ends_it_with_an_error_event(postgres_url, upstream):
    """The stream has begun (200) when the database goes: its audit commit fails, and the stream
    ends with ``audit_unavailable`` as its last event instead of a dropped connection."""
    url = make_url(postgres_url)
    slow = serve(EmulatorConfig(reply_words=6, chunk_delay_s=0.3))[1]
    with FaultProxy(url.host, url.port or 5432) as proxy:
        harness, model = _gateway(url.set(port=proxy.port).render_as_string(hide_password=False), slow)
        try:
            client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=30)
            messages = [{"role": "user", "content": "hello"}]
            with client.chat.completions.create(model=model, messages=messages, stream=True) as events:
                next(iter(events))
                proxy.set_mode(Mode.REFUSE)
                with pytest.raises(openai.APIError) as ended:
                    for _ in events:
                        pass
            assert ended.value.code == "audit_unavailable"
        finally:
            proxy.set_mode(Mode.PASS)
            harness.stop()
            slow.stop()


def test_a_lock_on_the_audit_state_fails_requests_at_the_budget_not_the_lock(postgres_url, upstream):
    """Another session holds an exclusive lock on ``audit_log_state`` for as long as the test runs:
    every request comes back ``audit_unavailable`` while it is held (the commit budget, not the lock,
    decides), and the writer serves again as soon as it is released."""
    harness, model = _gateway(postgres_url, upstream)
    holder = create_engine(postgres_url).connect()
    try:
        client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=60)
        assert all(o.ok for o in _round(client, model))
        locked = holder.begin()
        holder.execute(text("LOCK TABLE audit_log_state IN ACCESS EXCLUSIVE MODE"))
        during = _round(client, model)
        locked.rollback()
        assert [o for o in during if not _refused_properly(o, {"audit_unavailable"})] == []
        assert _recovers(client, model)
    finally:
        holder.close()
        harness.stop()


@contextmanager
def _redis_through_proxy(sqlite_url: str, redis_url: str, upstream, **overrides):
    """A gateway with rate limits on, whose Redis connections go through a fault proxy."""
    url = make_url(redis_url)
    with FaultProxy(url.host, url.port or 6379) as proxy:
        proxied = f"redis://{url.host}:{proxy.port}/{url.database or 0}"
        harness, model = _gateway(sqlite_url, upstream, redis_url=proxied, default_rpm=100_000,
                                  redis_timeout_s=0.5, **overrides)
        try:
            yield proxy, openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0,
                                       timeout=30), model
        finally:
            proxy.set_mode(Mode.PASS)
            harness.stop()


@pytest.mark.redis
def test_redis_outage_fails_rate_limits_closed_with_503_then_recovers(sqlite_url, redis_url, upstream):
    with _redis_through_proxy(sqlite_url, redis_url, upstream) as (proxy, client, model):
        assert all(o.ok for o in _round(client, model))
        for mode in (Mode.REFUSE, Mode.RESET, Mode.BLACKHOLE):
            proxy.set_mode(mode)
            during = _round(client, model)
            assert [o for o in during if not _refused_properly(o, {"rate_limit_unavailable"})] == [], mode
        proxy.set_mode(Mode.PASS)
        assert _recovers(client, model)


@pytest.mark.redis
def test_redis_outage_admits_requests_when_configured_to_fail_open(sqlite_url, redis_url, upstream):
    with _redis_through_proxy(sqlite_url, redis_url, upstream, rate_limit_fail_open=True) as (proxy, client, model):
        proxy.set_mode(Mode.REFUSE)
        assert all(o.ok for o in _round(client, model))

def test_admin_api_console_sign_in_and_readiness_answer_503_while_the_database_is_out(through_proxy):
    import httpx

    from sluice.gateway.users.roles import Role
    from sluice.gateway.users.service import create_user

    proxy, harness, _, _ = through_proxy
    email = f"admin-{harness.tag}@example.org"
    with transaction(harness.sessions) as session:
        create_user(session=session, email=email, password="a long enough password", role=Role.ADMIN)
    web = httpx.Client(base_url=harness.server.url, timeout=30)
    signed_in = web.post("/admin/api/auth/login", json={"email": email, "password": "a long enough password"})
    token = signed_in.json()["token"]
    proxy.set_mode(Mode.REFUSE)
    answers = {
        "admin API": web.get("/admin/api/tenants", headers={"authorization": f"Bearer {token}"}),
        "console": web.get("/console", cookies={"sluice_session": token}),
        "sign-in": web.post("/admin/api/auth/login", json={"email": email, "password": "a long enough password"}),
    }
    for where, answer in answers.items():
        assert (answer.status_code, answer.json()["error"]["code"]) == (503, "database_unavailable"), where
        assert answer.headers["retry-after"] == "1", where
    ready = web.get("/readyz")  # every replica shares the database: stay in the load balancer, degraded
    assert (ready.status_code, ready.json()["status"]) == (200, "degraded")
    assert ready.json()["checks"]["database"]["ok"] is False
    assert web.get("/healthz").status_code == 200
    proxy.set_mode(Mode.PASS)
    assert any(web.get("/readyz").json()["status"] == "ready" for _ in range(RECOVERY_TRIES))
