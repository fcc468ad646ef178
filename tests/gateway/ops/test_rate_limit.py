"""Per-key rate limits: the same behaviour in-process and in Redis, and Redis shared by processes."""

from __future__ import annotations

import asyncio
import secrets

import pytest

from sluice.gateway.auth.principal import KeyPrincipal
from sluice.gateway.errors import RateLimited, SluiceError
from sluice.gateway.limits.memory_store import MemoryStore
from sluice.gateway.limits.rate_limit import RateLimiter, format_reset
from sluice.gateway.limits.redis_store import RedisStore
from tests.support.clock import FakeClock


def key(rpm=None, tpm=None) -> KeyPrincipal:
    return KeyPrincipal(key_id=f"key_{secrets.token_hex(6)}", tenant_id="t1", tenant_name="acme",
                        rpm_limit=rpm, tpm_limit=tpm)


def redis_store(url: str) -> RedisStore:
    return RedisStore(url, prefix=f"sluice-test:{secrets.token_hex(4)}", timeout_s=10)  # semantics, not latency


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["memory", pytest.param("redis", marks=pytest.mark.redis)])
async def limiter(request, clock):
    if request.param == "memory":
        store = MemoryStore(clock=clock)
    else:
        store = redis_store(request.getfixturevalue("redis_url"))
    limiter = RateLimiter(store, default_rpm=0, default_tpm=0)
    yield limiter
    await limiter.close()


async def let_time_pass(limiter, clock: FakeClock, seconds: float) -> None:
    """The in-process store reads the test's clock; Redis decides by its own (``TIME``), so wait there."""
    if limiter.store.name == "memory":
        clock.advance(seconds)
    else:
        await asyncio.sleep(seconds)


async def test_requests_beyond_rpm_are_refused_with_retry_after(limiter):
    principal = key(rpm=3)
    for expected_remaining in (2, 1, 0):
        status = await limiter.acquire(principal, estimated_tokens=10)
        assert status.headers()["x-ratelimit-remaining-requests"] == str(expected_remaining)
    with pytest.raises(RateLimited) as refused:
        await limiter.acquire(principal, estimated_tokens=10)
    err = refused.value
    assert err.status == 429 and err.code == "rate_limited"
    assert "3 requests per minute" in err.message
    assert 18 <= int(err.headers["retry-after"]) <= 21  # one slot of 20 s frees up
    assert err.headers["x-ratelimit-limit-requests"] == "3"
    assert err.headers["x-ratelimit-remaining-requests"] == "0"


async def test_budget_refills_continuously(limiter, clock):
    principal = key(rpm=60)  # one request back every second
    for _ in range(60):
        await limiter.acquire(principal, estimated_tokens=0)
    with pytest.raises(RateLimited):
        await limiter.acquire(principal, estimated_tokens=0)
    await let_time_pass(limiter, clock, 1.1)
    await limiter.acquire(principal, estimated_tokens=0)
    with pytest.raises(RateLimited):  # one second gave back one request, not more
        await limiter.acquire(principal, estimated_tokens=0)


async def test_keys_have_separate_budgets(limiter):
    first, second = key(rpm=1), key(rpm=1)
    await limiter.acquire(first, estimated_tokens=0)
    with pytest.raises(RateLimited):
        await limiter.acquire(first, estimated_tokens=0)
    await limiter.acquire(second, estimated_tokens=0)


async def test_recorded_tokens_exhaust_the_token_budget(limiter):
    principal = key(tpm=1000)
    status = await limiter.acquire(principal, estimated_tokens=100)
    assert status.headers()["x-ratelimit-remaining-tokens"] == "1000"
    await limiter.record_tokens(principal, 950)
    with pytest.raises(RateLimited) as refused:
        await limiter.acquire(principal, estimated_tokens=100)
    assert "1000 tokens per minute" in refused.value.message
    assert int(refused.value.headers["retry-after"]) >= 2
    # a small request still fits in what is left
    status = await limiter.acquire(principal, estimated_tokens=40)
    assert int(status.headers()["x-ratelimit-remaining-tokens"]) == 50


async def test_refused_request_does_not_use_a_request_slot(limiter):
    principal = key(rpm=2, tpm=100)
    await limiter.record_tokens(principal, 100)
    with pytest.raises(RateLimited):
        await limiter.acquire(principal, estimated_tokens=50)
    limiter_status = await limiter.acquire(principal, estimated_tokens=0)
    assert limiter_status.remaining_requests == 1


async def test_estimate_larger_than_whole_budget_is_refused_without_retry_after(limiter):
    principal = key(tpm=100)
    with pytest.raises(RateLimited) as refused:
        await limiter.acquire(principal, estimated_tokens=500)
    assert "limited to 100 tokens per minute" in refused.value.message
    assert "retry-after" not in refused.value.headers


async def test_key_limits_override_defaults_and_zero_means_unlimited():
    limiter = RateLimiter(MemoryStore(), default_rpm=1, default_tpm=0)
    default_key, unlimited_key = key(), key(rpm=0)
    await limiter.acquire(default_key, estimated_tokens=0)
    with pytest.raises(RateLimited):
        await limiter.acquire(default_key, estimated_tokens=0)
    for _ in range(50):
        status = await limiter.acquire(unlimited_key, estimated_tokens=0)
    assert status.headers() == {}


async def test_two_processes_share_one_redis_budget(redis_url):
    prefix = f"sluice-test:{secrets.token_hex(4)}"
    # generous reply timeouts: this test is about sharing the budget, not about a loaded machine's latency
    first = RateLimiter(RedisStore(redis_url, prefix=prefix, timeout_s=10), default_rpm=0, default_tpm=0)
    second = RateLimiter(RedisStore(redis_url, prefix=prefix, timeout_s=10), default_rpm=0, default_tpm=0)
    principal = key(rpm=10, tpm=1000)
    results = await asyncio.gather(
        *[(first if i % 2 else second).acquire(principal, estimated_tokens=1) for i in range(16)],
        return_exceptions=True)
    admitted = [r for r in results if not isinstance(r, Exception)]
    assert len(admitted) == 10
    assert all(isinstance(r, RateLimited) for r in results if isinstance(r, Exception))
    await first.record_tokens(principal, 1000)
    with pytest.raises(RateLimited):
        await RateLimiter(RedisStore(redis_url, prefix=prefix, timeout_s=10), default_rpm=0, default_tpm=0).acquire(
            key_with_id(principal.key_id, tpm=1000), estimated_tokens=10)
    await first.close()
    await second.close()


def key_with_id(key_id: str, **limits) -> KeyPrincipal:
    return KeyPrincipal(key_id=key_id, tenant_id="t1", tenant_name="acme",
                        rpm_limit=limits.get("rpm"), tpm_limit=limits.get("tpm"))


async def test_unreachable_redis_refuses_with_retry_after_by_default():
    failures = []
    limiter = RateLimiter(RedisStore("redis://127.0.0.1:1/0", timeout_s=0.2), default_rpm=1, default_tpm=0,
                          on_store_error=lambda: failures.append(1))
    with pytest.raises(SluiceError) as refused:
        await limiter.acquire(key(), estimated_tokens=0)
    assert (refused.value.status, refused.value.code) == (503, "rate_limit_unavailable")
    assert refused.value.headers["retry-after"] == "1"
    assert failures == [1]


async def test_unreachable_redis_admits_and_reports_the_failure_when_configured_to_fail_open():
    failures = []
    limiter = RateLimiter(RedisStore("redis://127.0.0.1:1/0", timeout_s=0.2), default_rpm=1, default_tpm=0,
                          fail_open=True, on_store_error=lambda: failures.append(1))
    principal = key()
    await limiter.acquire(principal, estimated_tokens=0)
    await limiter.acquire(principal, estimated_tokens=0)
    assert len(failures) == 2
    assert not await _ping(limiter)


async def _ping(limiter) -> bool:
    try:
        return await limiter.ping()
    except Exception:
        return False


def test_reset_durations_use_openai_format():
    assert format_reset(0.02) == "20ms"
    assert format_reset(1.0) == "1s"
    assert format_reset(360) == "6m0s"
    assert format_reset(61.2) == "1m2s"


def test_the_last_slot_of_a_window_fits_whatever_the_clock_reads():
    from sluice.gateway.limits.gcra import Budget, decide

    # clock values where now + 60 - now comes out a hair above 60 in floating point
    awkward = [now for now in (1000 + k * 0.1 for k in range(5000)) if (now + 60.0) - now > 60.0]
    assert awkward
    for now in awkward[:50]:
        one_request = decide(Budget(1, now), Budget(0, now), estimated_tokens=0, now=now)
        whole_token_budget = decide(Budget(0, now), Budget(600, now), estimated_tokens=600, now=now)
        assert one_request.allowed and whole_token_budget.allowed, now


async def test_a_one_request_per_minute_key_gets_its_request_at_any_moment_in_redis(redis_url):
    limiter = RateLimiter(redis_store(redis_url), default_rpm=0, default_tpm=0)
    try:
        for _ in range(30):  # each a fresh key, at a different Redis clock reading
            await limiter.acquire(key(rpm=1), estimated_tokens=0)
    finally:
        await limiter.close()
