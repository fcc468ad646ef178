"""A DeepSeek-V4 completion parses into reasoning, answer and OpenAI tool calls; streamed in pieces cut
anywhere it gives the same message, and never lets markup out as text."""

from __future__ import annotations

import json
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from sluice.inference.chat.v4_stream import V4StreamParser, parse_completion

CALL_BLOCK = ("\n\n<｜DSML｜tool_calls>\n<｜DSML｜invoke name=\"get_weather\">\n"
              "<｜DSML｜parameter name=\"city\" string=\"true\">Paris \"centre\"</｜DSML｜parameter>\n"
              "<｜DSML｜parameter name=\"days\" string=\"false\">[1, 2]</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
              "<｜DSML｜invoke name=\"now\">\n\n</｜DSML｜invoke>\n</｜DSML｜tool_calls>")
COMPLETION = "The user wants weather; a < b.</think>Let me check.\n" + CALL_BLOCK


def test_reasoning_answer_and_tool_calls():
    message = parse_completion(COMPLETION, thinking=True)
    assert message.reasoning == "The user wants weather; a < b."
    assert message.content == "Let me check."
    calls = [c.openai() for c in message.tool_calls]
    assert [(c["type"], c["function"]["name"]) for c in calls] == [("function", "get_weather"), ("function", "now")]
    assert json.loads(calls[0]["function"]["arguments"]) == {"city": "Paris \"centre\"", "days": [1, 2]}
    assert calls[1]["function"]["arguments"] == "{}"
    assert len({c["id"] for c in calls}) == 2


def test_non_think_reply_is_all_answer():
    message = parse_completion("Plain answer with </think> in it? no: a <b> tag.", thinking=False)
    assert message.content == "Plain answer with </think> in it? no: a <b> tag." and not message.reasoning


def test_a_reply_cut_in_its_reasoning_is_reasoning():
    assert parse_completion("still thinking </thi", thinking=True).reasoning == "still thinking </thi"


def test_a_reply_cut_inside_the_tool_block_keeps_the_finished_calls_and_no_markup():
    cut = COMPLETION[:COMPLETION.index("<｜DSML｜invoke name=\"now\"") + 10]
    message = parse_completion(cut, thinking=True)
    assert [c.name for c in message.tool_calls] == ["get_weather"] and message.content == "Let me check."
    cut_early = COMPLETION[:COMPLETION.index("<｜DSML｜tool_calls>") + 5]
    assert parse_completion(cut_early, thinking=True).content == "Let me check."


def test_a_non_string_parameter_that_is_not_json_stays_a_string():
    text = ("\n\n<｜DSML｜function_calls>\n<｜DSML｜invoke name=\"f\">\n"
            "<｜DSML｜parameter name=\"n\" string=\"false\">twelve</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
            "</｜DSML｜function_calls>")
    (call,) = parse_completion(text, thinking=False).tool_calls  # V3.2's block name is read too
    assert json.loads(call.arguments) == {"n": "twelve"}


def _streamed(pieces: list[str], thinking: bool = True) -> tuple[str, str, list[tuple], list[str]]:
    """The message the events add up to; each call as its start event and argument fragments give it,
    checked against the whole call its close gives."""
    parser = V4StreamParser(thinking=thinking)
    reasoning, content, calls, texts = "", "", [], []
    started: dict[int, list] = {}
    for i, piece in enumerate(pieces):
        events = parser.feed(piece) + (parser.finish() if i == len(pieces) - 1 else [])
        for event in events:
            if event.kind == "tool_call_start":
                assert event.call.index not in started and event.call.arguments == ""
                started[event.call.index] = [event.call.id, event.call.name, ""]
            elif event.kind == "tool_call_arguments":
                assert event.text and "｜DSML｜" not in event.text
                started[event.call.index][2] += event.text
            elif event.kind == "tool_call":
                call = event.call
                assert started[call.index] == [call.id, call.name, call.arguments]
                calls.append((call.index, call.id, call.name, call.arguments))
            else:
                texts.append(event.text)
                if event.kind == "reasoning":
                    reasoning += event.text
                else:
                    content += event.text
    return reasoning, content, calls, texts


def _whole(text: str):
    message = parse_completion(text, thinking=True)
    return (message.reasoning, message.content,
            [(c.index, c.id, c.name, c.arguments) for c in message.tool_calls])


def _split(text: str, cuts) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:])]


def test_every_cut_in_two_or_three_pieces_gives_the_same_message():
    want = _whole(COMPLETION)
    n = len(COMPLETION)
    for count in (1, 2):
        for cuts in combinations(range(1, n), count):
            reasoning, content, calls, texts = _streamed(_split(COMPLETION, cuts))
            assert (reasoning, content, calls) == want, cuts
            assert not any("｜DSML｜" in t or "</think>" in t for t in texts), cuts


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=len(COMPLETION) - 1), max_size=40))
def test_any_chunking_gives_the_same_message(cuts):
    reasoning, content, calls, texts = _streamed(_split(COMPLETION, sorted(set(cuts))))
    assert (reasoning, content, calls) == _whole(COMPLETION)
    assert all(texts)


def test_text_is_released_as_soon_as_it_cannot_be_markup():
    parser = V4StreamParser(thinking=True)
    assert [e.text for e in parser.feed("Think <")] == ["Think "]  # "<" may open </think>
    assert [e.text for e in parser.feed("b>")] == ["<b>"]
    assert [(e.kind, e.text) for e in parser.feed("</think>Yes\n\n")] == [("content", "Yes")]
    assert [(e.kind, e.text) for e in parser.feed("and no.")] == [("content", "\n\nand no.")]


def test_tool_call_arguments_stream_as_openai_fragments_while_the_values_arrive():
    parser = V4StreamParser(thinking=False)
    opening = "Ok.\n\n<｜DSML｜tool_calls>\n<｜DSML｜invoke name=\"get_weather\">\n"
    assert [e.kind for e in parser.feed(opening)] == ["content", "tool_call_start"]
    events = parser.feed("<｜DSML｜parameter name=\"city\" string=\"true\">Par")
    assert {(e.kind, e.call.index) for e in events} == {("tool_call_arguments", 0)}
    assert [e.text for e in events] == ['{"city": "', "Par"]
    assert [e.text for e in parser.feed("is \"6e\"</｜DSML｜para")] == ['is \\"6e\\"']  # escaped, close held
    assert [e.text for e in parser.feed("meter>\n<｜DSML｜parameter name=\"days\" string=\"false\">[1,")] == [
        '"', ', "days": ']
    assert parser.feed(" 2]") == []  # a JSON value comes whole
    events = parser.feed("</｜DSML｜parameter>\n</｜DSML｜invoke>\n</｜DSML｜tool_calls>")
    assert [(e.kind, e.text) for e in events[:2]] == [("tool_call_arguments", "[1, 2]"),
                                                      ("tool_call_arguments", "}")]
    assert events[2].kind == "tool_call"
    assert json.loads(events[2].call.arguments) == {"city": 'Paris "6e"', "days": [1, 2]}
