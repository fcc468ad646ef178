"""Retry backoff between attempts on one provider: plain logic, no servers."""

from sluice.gateway.pipeline.retry import Backoff


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
