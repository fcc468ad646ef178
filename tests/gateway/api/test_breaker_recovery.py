"""An upstream that goes down and comes back: the circuit breaker's attempt windows, end to end.

A real gateway and a real emulated upstream; the breakers read a fake clock (``breaker_clock``), so
cool-downs pass without sleeping. The harness opens a circuit after 3 failures, waits 0.5 s before
the first attempt window and closes it after 2 successes in a window.
"""

from __future__ import annotations

import itertools

import httpx
import openai
import pytest

MESSAGES = [{"role": "user", "content": "#say:fine"}]
_names = itertools.count()


def lone_provider(gateway, emulator_url: str) -> tuple[str, str]:
    """A model served by one provider: (model, provider name)."""
    n = next(_names)
    model = gateway.model(f"recover{n}")
    return model, gateway.add_provider(f"r{n}", base_url=emulator_url + "/v1", models=[model], max_retries=0)


def transitions(gateway, provider: str) -> dict[str, float]:
    """The provider's circuit-breaker state changes as /metrics counts them, by new state."""
    counts = {}
    for line in httpx.get(gateway.server.url + "/metrics").text.splitlines():
        if line.startswith("sluice_breaker_transitions_total{") and f'provider="{provider}"' in line:
            state = line.split('state="', 1)[1].split('"', 1)[0]
            counts[state] = float(line.rsplit(" ", 1)[1])
    return counts


def ask(oai, model):
    return oai.chat.completions.create(model=model, messages=MESSAGES)


def refused(oai, model) -> openai.APIStatusError:
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    return caught.value


def test_a_lone_provider_is_tried_again_with_backoff_and_serves_on_the_first_window_after_it_returns(
        oai, emu, gateway, breaker_clock):
    upstream, server = emu[0]
    model, provider = lone_provider(gateway, server.url)
    upstream.config.fault = "503"  # the upstream goes down
    for _ in range(3):
        assert refused(oai, model).status_code == 502
    assert len(upstream.state.requests) == 3

    error = refused(oai, model)  # open: the upstream is left alone, the caller told when to come back
    assert error.status_code == 503 and error.code == "upstream_unavailable"
    assert error.response.headers["retry-after"] == "1"
    assert len(upstream.state.requests) == 3

    breaker_clock.advance(0.5)  # first attempt window, still down: tried, and the next wait is longer
    assert refused(oai, model).status_code == 502
    assert len(upstream.state.requests) == 4
    breaker_clock.advance(0.9)
    assert refused(oai, model).status_code == 503 and len(upstream.state.requests) == 4

    upstream.config.fault = None  # the upstream is back
    breaker_clock.advance(0.1)  # the next attempt window: the first request in it is served
    assert ask(oai, model).choices[0].message.content == "fine"
    for _ in range(5):
        assert ask(oai, model).choices[0].message.content == "fine"
    assert len(upstream.state.requests) == 10
    assert transitions(gateway, provider) == {"open": 2, "half_open": 2, "closed": 1}


def test_retry_after_names_the_next_attempt_window(oai, emu, gateway, breaker_clock):
    upstream, server = emu[0]
    model, _ = lone_provider(gateway, server.url)
    upstream.config.fault = "503"
    for _ in range(3):
        refused(oai, model)
    assert refused(oai, model).response.headers["retry-after"] == "1"  # opened: 0.5 s to the first window
    for expected in ("1", "2", "2"):  # each failed window doubles the wait (1 s, 2 s), up to the 2 s cap
        breaker_clock.advance(10)
        assert refused(oai, model).status_code == 502  # the window's request reached the upstream
        error = refused(oai, model)
        assert error.status_code == 503 and error.response.headers["retry-after"] == expected
    assert len(upstream.state.requests) == 6


def test_an_open_provider_is_skipped_for_a_healthy_one_and_the_last_one_open_answers_503(
        oai, emu, gateway, breaker_clock):
    (primary, primary_server), (secondary, secondary_server) = emu
    n = next(_names)
    model = gateway.model(f"recover{n}")
    gateway.add_provider(f"r{n}-a", base_url=primary_server.url + "/v1", models=[model], priority=1, max_retries=0)
    gateway.add_provider(f"r{n}-b", base_url=secondary_server.url + "/v1", models=[model], priority=2,
                         max_retries=0)
    primary.config.fault = "503"
    for _ in range(5):  # the primary opens after 3; the secondary serves every request
        assert ask(oai, model).choices[0].message.content == "fine"
    assert len(primary.state.requests) == 3 and len(secondary.state.requests) == 5

    secondary.config.fault = "503"
    for _ in range(3):
        assert refused(oai, model).status_code == 502
    error = refused(oai, model)  # both open: the last candidate's breaker answers
    assert error.status_code == 503 and error.code == "upstream_unavailable"
    assert "retry-after" in error.response.headers
    assert len(primary.state.requests) == 3 and len(secondary.state.requests) == 8

    primary.config.fault = secondary.config.fault = None
    breaker_clock.advance(0.5)
    assert ask(oai, model).choices[0].message.content == "fine"
    assert len(primary.state.requests) == 4  # the primary's window came first in priority order
