"""Retries, fallback, circuit breaker and honest errors against real emulated upstream faults."""

from __future__ import annotations

import itertools
import time

import openai
import pytest

from tests.support.servers import free_port

_names = itertools.count()


@pytest.fixture
def route(gateway, emu):
    """Register providers for a fresh model: route(primary_opts, secondary_opts) -> model name."""

    def make(primary: dict | None = None, secondary: dict | None = None, *, dead_primary: bool = False) -> str:
        n = next(_names)
        model = gateway.model(f"fault{n}")
        base = f"http://127.0.0.1:{free_port()}/v1" if dead_primary else emu[0][1].url + "/v1"
        gateway.add_provider(f"f{n}-a", base_url=base, models=[model], priority=1,
                             **{"max_retries": 0, "read_timeout_s": 2.0, **(primary or {})})
        if secondary is not None:
            gateway.add_provider(f"f{n}-b", base_url=emu[1][1].url + "/v1", models=[model], priority=2,
                                 **{"max_retries": 0, **secondary})
        return model

    return make


MESSAGES = [{"role": "user", "content": "#say:fine"}]


def ask(oai, model, **kw):
    return oai.chat.completions.create(model=model, messages=MESSAGES, **kw)


def test_429_and_5xx_are_retried_then_succeed(oai, emu, route):
    model = route({"max_retries": 2})
    emu[0][0].config.faults = ["500", "429"]
    assert ask(oai, model).choices[0].message.content == "fine"
    assert len(emu[0][0].state.requests) == 3


def test_exhausted_retries_give_upstream_unavailable(oai, emu, route):
    model = route({"max_retries": 2})
    emu[0][0].config.fault = "503"
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    assert caught.value.status_code == 502 and caught.value.code == "upstream_unavailable"
    assert len(emu[0][0].state.requests) == 3


def test_client_errors_from_the_upstream_are_not_retried_nor_failed_over(oai, emu, route):
    model = route({"max_retries": 2}, {})
    emu[0][0].config.fault = "400"
    with pytest.raises(openai.BadRequestError) as caught:
        ask(oai, model)
    assert caught.value.code == "invalid_value"
    assert len(emu[0][0].state.requests) == 1 and not emu[1][0].state.requests


def test_fallback_to_the_next_provider_in_priority_order(oai, emu, route):
    model = route({"max_retries": 1}, {})
    emu[0][0].config.fault = "500"
    assert ask(oai, model).choices[0].message.content == "fine"
    assert len(emu[0][0].state.requests) == 2 and len(emu[1][0].state.requests) == 1


def test_connection_refused_falls_back(oai, emu, route):
    model = route({"max_retries": 1}, {}, dead_primary=True)
    assert ask(oai, model).choices[0].message.content == "fine"
    assert len(emu[1][0].state.requests) == 1


def test_stream_falls_back_before_the_first_byte(oai, emu, route):
    model = route({}, {})
    emu[0][0].config.fault = "503"
    chunks = list(ask(oai, model, stream=True))
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "fine"
    assert len(emu[1][0].state.requests) == 1


def test_circuit_opens_after_repeated_failures_and_probes_after_cooldown(oai, emu, route, breaker_clock):
    model = route()
    emu[0][0].config.fault = "500"
    for _ in range(3):
        with pytest.raises(openai.APIStatusError):
            ask(oai, model)
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    assert caught.value.status_code == 503 and caught.value.code == "upstream_unavailable"
    assert len(emu[0][0].state.requests) == 3  # the open circuit kept the upstream out of it
    emu[0][0].config.fault = None
    breaker_clock.advance(0.5)
    assert ask(oai, model).choices[0].message.content == "fine"
    assert ask(oai, model).choices[0].message.content == "fine"


def test_open_circuit_skips_to_the_fallback(oai, emu, route):
    model = route({}, {})
    emu[0][0].config.fault = "500"
    for _ in range(4):
        assert ask(oai, model).choices[0].message.content == "fine"
    assert len(emu[0][0].state.requests) == 3 and len(emu[1][0].state.requests) == 4


def test_hanging_upstream_times_out_with_504(oai, emu, route):
    model = route({"read_timeout_s": 0.4})
    emu[0][0].config.fault, emu[0][0].config.hang_s = "hang", 3
    began = time.monotonic()
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    assert caught.value.status_code == 504 and caught.value.code == "upstream_unavailable"
    assert time.monotonic() - began < 2.5


def test_garbage_response_is_upstream_error(oai, emu, route):
    model = route()
    emu[0][0].config.fault = "garbage"
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    assert caught.value.status_code == 502 and caught.value.code == "upstream_error"


def test_garbage_stream_before_first_chunk_is_upstream_error(oai, emu, route):
    model = route()
    emu[0][0].config.fault = "garbage"
    with pytest.raises(openai.APIStatusError) as caught:
        list(ask(oai, model, stream=True))
    assert caught.value.status_code == 502 and caught.value.code == "upstream_error"


def test_misconfigured_upstream_key_is_upstream_error(oai, emu, route):
    model = route()
    emu[0][0].config.fault = "401"
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    assert caught.value.status_code == 502 and caught.value.code == "upstream_error"


@pytest.mark.parametrize("fault", ["reset", "hang_mid_stream"])
def test_mid_stream_failure_ends_with_an_error_event(oai, emu, route, fault):
    model = route({"read_timeout_s": 0.4})
    emu[0][0].config.fault, emu[0][0].config.hang_s = fault, 3
    received = []
    with pytest.raises(openai.APIError) as caught:
        for chunk in oai.chat.completions.create(model=model, stream=True,
                                                 messages=[{"role": "user", "content": "#say:a b c d e f"}]):
            received.append(chunk)
    assert len(received) == 3  # what came before the failure was delivered
    assert caught.value.code == "upstream_unavailable"


def test_reset_before_a_complete_response_is_not_retried(oai, emu, route):
    model = route({"max_retries": 2})
    emu[0][0].config.fault = "reset"
    with pytest.raises(openai.APIStatusError) as caught:
        ask(oai, model)
    assert caught.value.status_code == 502
    assert len(emu[0][0].state.requests) == 1
