"""Candidate selection (priority, regions, enabled) and the upstream SSE reader."""

from __future__ import annotations

import pytest

from sluice.gateway.errors import SluiceError
from sluice.gateway.providers.base import ProviderResources
from sluice.gateway.providers.factory import build_provider
from sluice.gateway.providers.failures import ProviderFailure
from sluice.gateway.providers.routing import reachable_models, serving
from sluice.gateway.providers.spec import ProviderSpec
from sluice.gateway.providers.sse import SseParser


def provider(name, region, models, priority=100, enabled=True):
    spec = ProviderSpec(id=name, name=name, kind="openai", region=region, models=tuple(models),
                        base_url="http://127.0.0.1:1/v1", priority=priority, enabled=enabled)
    return build_provider(spec, ProviderResources())


PROVIDERS = [provider("b", "eu", ["m"], 20), provider("a", "us", ["m", "x"], 20), provider("c", "eu", ["m"], 5),
             provider("off", "eu", ["m", "y"], 1, enabled=False)]


def names(providers):
    return [p.spec.name for p in providers]


def test_candidates_in_priority_then_name_order_without_disabled():
    assert names(serving(PROVIDERS, "m")) == ["c", "a", "b"]


def test_unknown_or_only_disabled_model_is_not_found():
    for model in ("zzz", "y"):
        with pytest.raises(SluiceError) as caught:
            serving(PROVIDERS, model)
        assert caught.value.code == "model_not_found" and caught.value.status == 404


def test_reachable_models_leave_out_disabled_providers():
    assert reachable_models(PROVIDERS) == ["m", "x"]


def events(*chunks: bytes) -> list[str]:
    parser = SseParser()
    found = [event for chunk in chunks for event in parser.feed(chunk)]
    return found + parser.end()


def test_sse_reader_joins_multiline_data_and_skips_comments():
    got = events(b': keep-alive\n\ndata: {"a":\ndata: 1}\n\nevent: x\ndata:[DONE]\n\n')
    assert got == ['{"a":\n1}', "[DONE]"]


def test_sse_reader_rejects_non_sse_lines():
    with pytest.raises(ProviderFailure) as caught:
        events(b"<html>\n\n")
    assert caught.value.kind == "garbage"


STREAM = "data: {\"x\": \"h\u00e9\"}\r\n\r\ndata: a\n\ndata: b\r\rdata: [DONE]\r\n\r\n".encode()


def test_sse_reader_gives_the_same_events_however_the_bytes_are_split():
    whole = events(STREAM)
    assert whole == ['{"x": "h\u00e9"}', "a", "b", "[DONE]"]
    for cut in range(1, len(STREAM)):  # every split point, CRLF and a two-byte character included
        assert events(STREAM[:cut], STREAM[cut:]) == whole, cut
    assert events(*[STREAM[i:i + 1] for i in range(len(STREAM))]) == whole


def test_sse_reader_returns_each_event_with_the_read_that_completed_it():
    parser = SseParser()
    assert parser.feed(b"data: 1\n\ndata: 2\n\ndata: 3") == ["1", "2"]
    assert parser.feed(b"\n\n") == ["3"]


def test_sse_reader_ends_an_unterminated_last_event_and_refuses_endless_lines(monkeypatch):
    assert events(b"data: x\n\n", b"data: y") == ["x", "y"]
    monkeypatch.setattr("sluice.gateway.providers.sse.MAX_LINE_BYTES", 10)
    with pytest.raises(ProviderFailure) as caught:
        events(b"data: 0123456789", b"0123456789")
    assert caught.value.kind == "garbage"
