"""Candidate selection (priority, regions, enabled) and the upstream SSE reader."""

from __future__ import annotations

import pytest

from gateway.errors import SluiceError
from gateway.providers.base import ProviderResources, build_provider
from gateway.providers.failures import ProviderFailure
from gateway.providers.routing import reachable_models, select_candidates
from gateway.providers.spec import ProviderSpec
from gateway.providers.sse import iter_lines, iter_sse_data


def provider(name, region, models, priority=100, enabled=True):
    spec = ProviderSpec(id=name, name=name, kind="openai", region=region, models=tuple(models),
                        base_url="http://127.0.0.1:1/v1", priority=priority, enabled=enabled)
    return build_provider(spec, ProviderResources())


PROVIDERS = [provider("b", "eu", ["m"], 20), provider("a", "us", ["m", "x"], 20), provider("c", "eu", ["m"], 5),
             provider("off", "eu", ["m", "y"], 1, enabled=False)]


def names(providers):
    return [p.spec.name for p in providers]


def test_candidates_in_priority_then_name_order_without_disabled():
    assert names(select_candidates(PROVIDERS, "m", None)) == ["c", "a", "b"]


def test_candidates_filtered_by_allowed_regions():
    assert names(select_candidates(PROVIDERS, "m", frozenset({"eu"}))) == ["c", "b"]


def test_unknown_or_only_disabled_model_is_not_found():
    for model in ("zzz", "y"):
        with pytest.raises(SluiceError) as caught:
            select_candidates(PROVIDERS, model, None)
        assert caught.value.code == "model_not_found" and caught.value.status == 404


def test_model_outside_allowed_regions_is_residency_violation():
    with pytest.raises(SluiceError) as caught:
        select_candidates(PROVIDERS, "x", frozenset({"eu"}))
    assert caught.value.code == "residency_violation" and caught.value.status == 403


def test_reachable_models_respect_regions_and_enabled():
    assert reachable_models(PROVIDERS, None) == ["m", "x"]
    assert reachable_models(PROVIDERS, frozenset({"eu"})) == ["m"]


async def _lines(*lines):
    for line in lines:
        yield line


async def collect(*lines):
    return [data async for data in iter_sse_data(_lines(*lines))]


async def test_sse_reader_joins_multiline_data_and_skips_comments():
    got = await collect(": keep-alive", "", "data: {\"a\":", "data: 1}", "", "event: x", "data:[DONE]", "")
    assert got == ['{"a":\n1}', "[DONE]"]


async def test_sse_reader_rejects_non_sse_lines():
    with pytest.raises(ProviderFailure) as caught:
        await collect("<html>", "")
    assert caught.value.kind == "garbage"


STREAM = "data: {\"x\": \"h\u00e9\"}\r\n\r\ndata: a\n\ndata: b\r\rdata: [DONE]\r\n\r\n".encode()


async def lines_of(*chunks: bytes) -> list[str]:
    async def source():
        for chunk in chunks:
            yield chunk
    return [line async for line in iter_lines(source())]


async def test_line_reader_gives_the_same_lines_however_the_bytes_are_split():
    whole = await lines_of(STREAM)
    assert whole == ['data: {"x": "h\u00e9"}', "", "data: a", "", "data: b", "", "data: [DONE]", ""]
    for cut in range(1, len(STREAM)):  # every split point, CRLF and a two-byte character included
        assert await lines_of(STREAM[:cut], STREAM[cut:]) == whole, cut


async def test_line_reader_ends_an_unterminated_last_line_and_refuses_endless_ones(monkeypatch):
    assert await lines_of(b"data: x\n", b"data: y") == ["data: x", "data: y"]
    monkeypatch.setattr("gateway.providers.sse.MAX_LINE_BYTES", 10)
    with pytest.raises(ProviderFailure) as caught:
        await lines_of(b"data: 0123456789", b"0123456789")
    assert caught.value.kind == "garbage"
