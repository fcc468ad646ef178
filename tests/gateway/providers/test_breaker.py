"""The circuit breaker's states, attempt windows and trickle: plain logic on a fake clock."""

from __future__ import annotations

from sluice.gateway.providers.breaker import CLOSED, HALF_OPEN, OPEN, BreakerSettings, CircuitBreaker
from tests.support.clock import FakeClock

SETTINGS = BreakerSettings(failure_threshold=3, cooldown_s=0.5, cooldown_max_s=2.0, probes=3, close_after=2)


def opened(clock: FakeClock, settings: BreakerSettings = SETTINGS, changes: list | None = None) -> CircuitBreaker:
    breaker = CircuitBreaker(settings, clock=clock, on_change=None if changes is None else changes.append)
    for _ in range(settings.failure_threshold):
        breaker.failed(breaker.admit())
    assert breaker.state == OPEN
    return breaker


def fail_window(breaker: CircuitBreaker, clock: FakeClock) -> None:
    """Move to the next attempt window and fail the probe let through there."""
    clock.advance(breaker.retry_after_s())
    breaker.failed(breaker.admit())


def test_only_consecutive_failures_open_the_circuit():
    breaker = CircuitBreaker(SETTINGS, clock=FakeClock(0.0))
    for _ in range(2):
        breaker.failed(breaker.admit())
    breaker.succeeded(breaker.admit())  # a success resets the count
    for _ in range(2):
        breaker.failed(breaker.admit())
    assert breaker.state == CLOSED and breaker.admit() is not None
    breaker.failed(breaker.admit())
    assert breaker.state == OPEN and breaker.admit() is None


def test_an_open_circuit_lets_requests_try_again_after_half_a_second():
    clock = FakeClock(0.0)
    breaker = opened(clock)
    assert breaker.retry_after_s() == 0.5
    clock.advance(0.49)
    assert breaker.admit() is None
    clock.advance(0.01)
    assert breaker.state == HALF_OPEN and breaker.admit() is not None


def test_an_attempt_window_lets_a_trickle_through_not_one_probe_for_everyone():
    clock = FakeClock(0.0)
    breaker = opened(clock)
    clock.advance(0.5)
    admitted = [breaker.admit() for _ in range(5)]
    assert sum(a is not None for a in admitted) == 3  # the configured trickle, the rest wait
    breaker.succeeded(admitted[0])  # a probe that finishes frees its place for the next request
    assert breaker.state == HALF_OPEN and breaker.admit() is not None


def test_successes_in_the_window_close_the_circuit():
    clock = FakeClock(0.0)
    breaker = opened(clock)
    clock.advance(0.5)
    first, second = breaker.admit(), breaker.admit()
    breaker.succeeded(first)
    assert breaker.state == HALF_OPEN
    breaker.succeeded(second)
    assert breaker.state == CLOSED
    assert all(breaker.admit() is not None for _ in range(20))


def test_failed_windows_double_the_wait_up_to_the_cap_and_closing_resets_it():
    clock = FakeClock(0.0)
    breaker = opened(clock)
    waits = []
    for _ in range(4):
        fail_window(breaker, clock)
        waits.append(breaker.retry_after_s())
    assert waits == [1.0, 2.0, 2.0, 2.0]
    clock.advance(2.0)
    for admission in [breaker.admit(), breaker.admit()]:
        breaker.succeeded(admission)
    assert breaker.state == CLOSED
    for _ in range(3):
        breaker.failed(breaker.admit())
    assert breaker.retry_after_s() == 0.5


def test_answers_to_requests_admitted_before_the_circuit_opened_do_not_count():
    clock = FakeClock(0.0)
    breaker = CircuitBreaker(SETTINGS, clock=clock)
    in_flight = [breaker.admit() for _ in range(6)]
    for admission in in_flight[:3]:
        breaker.failed(admission)
    clock.advance(0.5)
    probe = breaker.admit()
    for admission in in_flight[3:5]:  # answers of requests sent while it was still closed
        breaker.failed(admission)
    breaker.succeeded(in_flight[5])
    assert breaker.state == HALF_OPEN and breaker.retry_after_s() == 0
    breaker.succeeded(probe)
    breaker.succeeded(breaker.admit())
    assert breaker.state == CLOSED


def test_a_probe_settles_once_and_an_abandoned_probe_frees_its_place():
    clock = FakeClock(0.0)
    breaker = opened(clock, BreakerSettings(failure_threshold=1, cooldown_s=0.5, probes=1, close_after=2))
    clock.advance(0.5)
    probe = breaker.admit()
    assert breaker.admit() is None
    breaker.succeeded(probe)
    breaker.abandoned(probe)  # a second verdict on the same request does not count
    breaker.succeeded(probe)
    assert breaker.state == HALF_OPEN
    second = breaker.admit()
    assert second is not None and breaker.admit() is None
    breaker.abandoned(second)
    assert breaker.admit() is not None


def test_a_failure_outside_an_admission_counts_only_while_closed():
    clock = FakeClock(0.0)
    breaker = CircuitBreaker(SETTINGS, clock=clock)
    for _ in range(3):
        breaker.record_failure()  # streams that broke after they started
    assert breaker.state == OPEN
    breaker.record_failure()
    assert breaker.retry_after_s() == 0.5


def test_every_state_change_is_reported_once():
    clock = FakeClock(0.0)
    changes: list[str] = []
    breaker = opened(clock, changes=changes)
    clock.advance(0.5)
    probes = [breaker.admit() for _ in range(3)]
    breaker.failed(probes[0])
    clock.advance(1.0)
    probes = [breaker.admit() for _ in range(2)]
    for probe in probes:
        breaker.succeeded(probe)
    assert changes == [OPEN, HALF_OPEN, OPEN, HALF_OPEN, CLOSED]
