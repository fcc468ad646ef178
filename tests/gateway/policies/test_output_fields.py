"""Every text field of a response, one by one, through a real gateway (SQLite and PostgreSQL) with
the official openai client, streaming and not: a blocked value in the field never reaches the
client (in a stream, nothing of it before the block event) and a pseudonym the model writes in the
field is restored, also when the upstream cuts it across deltas."""

from __future__ import annotations

import json

import openai
import pytest

from sluice.policy.fields import OUTPUT_FIELDS
from tests.gateway.policies.field_gateway import BACKENDS, EMAIL, EMAIL_PLACEHOLDER, SSN, backend_gateway, leaked

LEAK = f"Reach {EMAIL} about {SSN} today."


def _call_reply(arguments: str) -> dict:
    return {"tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "send", "arguments": arguments}}]}


FIELDS = {
    "content": ("choices.message.content", lambda text: {"content": text}),
    "reasoning_content": ("choices.message.reasoning_content",
                          lambda text: {"reasoning_content": text, "content": "The answer is ready."}),
    "refusal": ("choices.message.refusal", lambda text: {"refusal": text}),
    "tool_call_arguments": ("choices.message.tool_calls.function.arguments",
                            lambda text: _call_reply(json.dumps({"note": text, "to": "x"}))),
    "function_call_arguments": ("choices.message.function_call.arguments",
                                lambda text: {"function_call": {"name": "send",
                                                                "arguments": json.dumps({"note": text})}}),
    "completion_text": ("choices.text", lambda text: {"text": text}),
}
TOOLS = [{"type": "function", "function": {"name": "send", "parameters": {"type": "object"}}}]


@pytest.fixture(scope="module", params=BACKENDS)
def gw(request):
    return backend_gateway(request)


def _create(gw, name: str, *, stream: bool, prompt: str = "hello"):
    client = gw.client()
    if name == "completion_text":
        return client.completions.create(model=gw.model, prompt=prompt, stream=stream)
    extra = {"tools": TOOLS} if name == "tool_call_arguments" else {}
    return client.chat.completions.create(model=gw.model, messages=[{"role": "user", "content": prompt}],
                                          stream=stream, **extra)


def _message_view(message) -> dict:
    """The text fields of a chat message as the client got them."""
    return {"content": message.content, "reasoning_content": getattr(message, "reasoning_content", None),
            "refusal": message.refusal,
            "tool_call_arguments": message.tool_calls[0].function.arguments if message.tool_calls else None,
            "function_call_arguments": message.function_call.arguments if message.function_call else None}


class StreamView:
    """Accumulates a stream's deltas per field, as a client does; keeps every chunk as received."""

    def __init__(self):
        self.fields: dict[str, str] = {}
        self.chunks: list[str] = []

    def _add(self, key: str, text) -> None:
        if text:
            self.fields[key] = self.fields.get(key, "") + text

    def take(self, chunk) -> None:
        self.chunks.append(chunk.model_dump_json())
        for choice in chunk.choices:
            delta = getattr(choice, "delta", None)
            if delta is None:
                self._add("completion_text", choice.text)
                continue
            self._add("content", delta.content)
            self._add("reasoning_content", getattr(delta, "reasoning_content", None))
            self._add("refusal", delta.refusal)
            for call in delta.tool_calls or []:
                self._add("tool_call_arguments", call.function.arguments if call.function else None)
            if delta.function_call is not None:
                self._add("function_call_arguments", delta.function_call.arguments)


def _seen(gw, name: str, *, stream: bool, prompt: str = "hello") -> str:
    reply = _create(gw, name, stream=stream, prompt=prompt)
    if stream:
        view = StreamView()
        for chunk in reply:
            view.take(chunk)
        return view.fields.get(name, "")
    if name == "completion_text":
        return reply.choices[0].text
    return _message_view(reply.choices[0].message)[name] or ""


def test_every_output_field_of_the_table_has_a_case():
    assert {f.path for f in OUTPUT_FIELDS} == {path for path, _ in FIELDS.values()}


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("name", list(FIELDS))
def test_blocked_pii_in_the_field_never_reaches_the_client(gw, name, stream):
    gw.use("block_output")
    gw.reset(reply=FIELDS[name][1](LEAK))
    view = StreamView()
    if stream:
        with pytest.raises(openai.APIError) as caught:
            for chunk in _create(gw, name, stream=True):
                view.take(chunk)
    else:
        with pytest.raises(openai.BadRequestError) as caught:
            _create(gw, name, stream=False)
    assert caught.value.code == "pii_blocked"
    assert leaked(view.chunks) == [] and leaked(caught.value.message) == []


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("name", list(FIELDS))
def test_a_pseudonym_the_model_writes_in_the_field_is_restored_for_the_client(gw, name, stream):
    gw.use("pseudonymize")
    gw.reset(reply=FIELDS[name][1](f"Reach {EMAIL_PLACEHOLDER} today."))
    seen = _seen(gw, name, stream=stream, prompt=f"Mail {EMAIL}")
    assert leaked(gw.upstream_requests) == []
    assert EMAIL in seen and "<EMAIL_ADDRESS" not in seen
    if name.endswith("arguments"):
        assert EMAIL in json.loads(seen)["note"]


@pytest.mark.parametrize("piece_chars", [1, 3, 7])
def test_tool_call_arguments_are_restored_whatever_the_delta_boundaries(gw, piece_chars):
    gw.use("pseudonymize")
    gw.reset(reply=_call_reply(json.dumps({"to": EMAIL_PLACEHOLDER, "cc": EMAIL_PLACEHOLDER})))
    gw.emulator.config.piece_chars = piece_chars
    view = StreamView()
    for chunk in _create(gw, "tool_call_arguments", stream=True, prompt=f"Mail {EMAIL}"):
        view.take(chunk)
    assert json.loads(view.fields["tool_call_arguments"]) == {"to": EMAIL, "cc": EMAIL}
    assert not any("<EMAIL" in chunk or "ADDRESS_1" in chunk for chunk in view.chunks)


def test_a_block_in_the_reasoning_stops_the_stream_before_the_answer(gw):
    gw.use("pseudonymize_block_output")
    gw.reset(reply={"reasoning_content": f"The SSN is {SSN}.", "content": "Here is the answer."})
    view = StreamView()
    with pytest.raises(openai.APIError) as caught:
        for chunk in _create(gw, "reasoning_content", stream=True):
            view.take(chunk)
    assert caught.value.code == "pii_blocked"
    assert "content" not in view.fields and leaked(view.chunks) == []


def _outcome_count(gw, guardrail: str, outcome: str) -> float:
    import httpx

    metrics = httpx.get(f"{gw.harness.server.url}/metrics", timeout=10).text
    line = f'sluice_guardrail_outcomes_total{{guardrail="{guardrail}",outcome="{outcome}"}} '
    return next((float(row[len(line):]) for row in metrics.splitlines() if row.startswith(line)), 0.0)


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
def test_a_choice_with_several_text_fields_counts_each_output_guardrail_once(gw, stream):
    gw.use("block_output")
    gw.reset(reply={"reasoning_content": "Thinking it over.", "content": "Fine.",
                    **_call_reply(json.dumps({"note": "none"}))})
    before = _outcome_count(gw, "output.pii", "passed")
    _seen(gw, "tool_call_arguments", stream=stream)
    assert _outcome_count(gw, "output.pii", "passed") == before + 1


def test_the_held_back_end_of_the_reasoning_goes_out_when_the_answer_starts_not_after_it(gw):
    gw.use("block_output")
    reasoning = "The ticket is 536-22"  # could still grow into an SSN: held back while the reasoning goes on
    gw.reset(reply={"reasoning_content": reasoning, "content": "Here is the long and careful answer."})
    order = []
    for chunk in _create(gw, "reasoning_content", stream=True):
        for choice in chunk.choices:
            order += [key for key in ("reasoning_content", "content") if getattr(choice.delta, key, None)]
    first_answer = order.index("content")
    assert "reasoning_content" not in order[first_answer + 1:]
    assert order.count("content") > 1  # the answer itself still streams
