"""Circuit breaker states and retry backoff: plain logic, a fake clock, no servers."""

from __future__ import annotations

from sluice.gateway.pipeline.retry import Backoff
from sluice.gateway.providers.breaker import CLOSED, HALF_OPEN, OPEN, CircuitBreaker
from tests.support.clock import FakeClock


def test_breaker_opens_after_consecutive_failures_only():
    breaker = CircuitBreaker(failure_threshold=3, cooldown_s=10, clock=FakeClock(0.0))
    breaker.record_failure()
    breaker.record_failure()
    breaker.record_success()  # a success resets the count
    breaker.record_failure()
    breaker.record_failure()
    assert breaker.state == CLOSED and breaker.allow()
    breaker.record_failure()
    assert breaker.state == OPEN and not breaker.allow()


def test_half_open_lets_exactly_one_probe_through():
    clock = FakeClock(0.0)
    breaker = CircuitBreaker(failure_threshold=1, cooldown_s=10, clock=clock)
    breaker.record_failure()
    clock.now = 10.0
    assert breaker.state == HALF_OPEN
    assert breaker.allow() and not breaker.allow()
    breaker.record_success()
    assert breaker.state == CLOSED and breaker.allow()


def test_failed_probe_opens_again_for_a_full_cooldown():
    clock = FakeClock(0.0)
    breaker = CircuitBreaker(failure_threshold=5, cooldown_s=10, clock=clock)
    for _ in range(5):
        breaker.record_failure()
    clock.now = 11.0
    assert breaker.allow()
    breaker.record_failure()
    assert breaker.state == OPEN
    clock.now = 20.0
    assert not breaker.allow()
    clock.now = 21.0
    assert breaker.allow()


def test_released_probe_lets_the_next_request_probe():
    clock = FakeClock(0.0)
    breaker = CircuitBreaker(failure_threshold=1, cooldown_s=1, clock=clock)
    breaker.record_failure()
    clock.now = 2.0
    assert breaker.allow()
    breaker.release()
    assert breaker.allow()


def test_backoff_grows_exponentially_with_jitter_and_is_capped():
    backoff = Backoff(base_s=0.1, max_s=1.0)
    for attempt, ceiling in ((0, 0.1), (1, 0.2), (2, 0.4), (5, 1.0)):
        delays = [backoff.delay(attempt) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays)
        assert len(set(delays)) > 1


def test_backoff_honours_retry_after_up_to_the_cap():
    backoff = Backoff(base_s=0.1, max_s=1.0)
    assert backoff.delay(0, retry_after=0.7) >= 0.7
    assert backoff.delay(0, retry_after=30) <= 1.0
