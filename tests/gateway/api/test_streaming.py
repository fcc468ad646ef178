"""Streaming (SSE) through the gateway: chunks, [DONE], include_usage, n, tool-call deltas, raw wire."""

from __future__ import annotations

import httpx
import orjson
import pytest


@pytest.fixture(scope="module")
def model(gateway, upstreams):
    name = gateway.model("stream")
    gateway.add_provider("stream-main", base_url=upstreams[0][1].url + "/v1", models=[name])
    return name


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def test_stream_yields_text_deltas_then_finish_reason(oai, model, emu):
    chunks = list(oai.chat.completions.create(model=model, messages=user("#say:one two three"), stream=True))
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "one two three"
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert all(c.object == "chat.completion.chunk" and c.model == model for c in chunks)
    assert all(c.usage is None for c in chunks)


def test_include_usage_sends_a_final_usage_chunk(oai, model, emu):
    chunks = list(oai.chat.completions.create(model=model, messages=user("#say:a b"), stream=True,
                                              stream_options={"include_usage": True}))
    assert chunks[-1].choices == []
    assert chunks[-1].usage.completion_tokens == 2 and chunks[-1].usage.prompt_tokens == 2


def test_usage_is_always_requested_from_the_upstream(oai, model, emu):
    list(oai.chat.completions.create(model=model, messages=user("hi"), stream=True))
    assert emu[0][0].state.requests[-1]["stream_options"] == {"include_usage": True}


def test_stream_with_n_interleaves_choices_by_index(oai, model, emu):
    chunks = list(oai.chat.completions.create(model=model, messages=user("hi"), stream=True, n=2, seed=3))
    texts = {0: "", 1: ""}
    for chunk in chunks:
        for choice in chunk.choices:
            texts[choice.index] += choice.delta.content or ""
    assert all(len(t.split()) == 12 for t in texts.values()) and texts[0] != texts[1]


def test_streamed_tool_call_arguments_reassemble(oai, model, emu):
    tools = [{"type": "function", "function": {"name": "f", "parameters": {
        "type": "object", "properties": {"a": {"type": "integer"}, "b": {"type": "string"}}}}}]
    chunks = list(oai.chat.completions.create(model=model, messages=user("hi"), tools=tools, stream=True))
    arguments = "".join(tc.function.arguments or "" for c in chunks for tc in (c.choices[0].delta.tool_calls or []))
    assert orjson.loads(arguments) == {"a": 1, "b": "sample"}
    assert chunks[-1].choices[0].finish_reason == "tool_calls"


def test_stream_logprobs_come_per_chunk(oai, model, emu):
    chunks = list(oai.chat.completions.create(model=model, messages=user("#say:x y"), stream=True, logprobs=True,
                                              top_logprobs=1))
    tokens = [t.token for c in chunks if c.choices and c.choices[0].logprobs for t in c.choices[0].logprobs.content]
    assert tokens == ["x", " y"]


async def test_async_streaming_client(aoai, model, emu):
    stream = await aoai.chat.completions.create(model=model, messages=user("#say:async stream"), stream=True)
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == "async stream"


def test_raw_wire_is_sse_ending_with_done(gateway, model, emu):
    with httpx.Client(timeout=10) as client:
        response = client.post(f"{gateway.base_url}/chat/completions", headers={"authorization": f"Bearer {gateway.key}"},
                               json={"model": model, "messages": user("#say:raw"), "stream": True})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [e for e in response.text.split("\n\n") if e and not e.startswith(":")]  # ":" lines are comments
    assert all(e.startswith("data: ") and "usage" not in e for e in events)
    assert events[-1] == "data: [DONE]"
    assert response.headers.get("x-request-id")


def test_completions_stream(oai, model, emu):
    chunks = list(oai.completions.create(model=model, prompt="#say:p q r", stream=True,
                                         stream_options={"include_usage": True}))
    assert "".join(c.choices[0].text for c in chunks if c.choices) == "p q r"
    assert chunks[-1].usage.completion_tokens == 3
