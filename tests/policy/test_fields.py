"""The field table: where each string of a body belongs, rewriting without touching the caller's
body, and the README's copy of the table."""

from __future__ import annotations

from pathlib import Path

import pytest

from sluice.policy import fields, request_fields, response_fields

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_shows_the_field_table_as_generated():
    assert fields.markdown_table() in README.read_text(), "run `python -m sluice.policy.fields` and update README"


def test_schema_strings_and_property_names_are_located_one_by_one():
    body = {"tools": [{"type": "function", "function": {"name": "f", "parameters": {
        "type": "object", "properties": {"jane@example.com": {"enum": ["a"]}}}}}]}
    located = request_fields.input_texts(body, fields.CHAT)
    assert [(request_fields.display_path(item.path), item.text, item.role) for item in located] == [
        ("tools.0.function.parameters.type", "object", "system"),
        ("tools.0.function.parameters.properties.jane@example.com.enum.0", "a", "system"),
        ("tools.0.function.parameters.type", "type", "system"),
        ("tools.0.function.parameters.properties", "properties", "system"),
        ("tools.0.function.parameters.properties.jane@example.com", "jane@example.com", "system"),
        ("tools.0.function.parameters.properties.jane@example.com.enum", "enum", "system")]


def test_a_renamed_property_keeps_its_value_and_place():
    body = {"metadata": {"a": "1", "jane@example.com": "2", "z": "3"}}
    path = next(item.path for item in request_fields.input_texts(body, fields.CHAT) if item.text == "jane@example.com")
    out = request_fields.with_texts(body, {path: "<EMAIL_ADDRESS_1>", ("metadata", "jane@example.com"): "two"})
    assert list(out["metadata"].items()) == [("a", "1"), ("<EMAIL_ADDRESS_1>", "two"), ("z", "3")]
    assert body == {"metadata": {"a": "1", "jane@example.com": "2", "z": "3"}}


def test_rewriting_copies_only_the_changed_path_and_leaves_the_callers_body_alone():
    body = {"messages": [{"role": "user", "content": "x"}, {"role": "user", "content": "y"}], "stop": ["s", "t"]}
    out = request_fields.with_texts(body, {("messages", 1, "content"): "Y", ("stop", 0): "S"})
    assert out["messages"][1]["content"] == "Y" and out["stop"] == ["S", "t"]
    assert body["messages"][1]["content"] == "y" and body["stop"] == ["s", "t"]
    assert out["messages"][0] is body["messages"][0]


@pytest.mark.parametrize("body, endpoint, where", [
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "reasoning_effort": "low"}, "chat", None),
    ({"model": "m", "prompt": "hi", "suffix": "x", "best_of": 2}, "completions", None),
    ({"model": "m", "prompt": "hi", "tools": [{"function": {"description": "d"}}]}, "completions",
     "tools.0.function.description"),
    ({"model": "m", "messages": [], "tool_choice": {"type": "function", "function": {"name": "f"}}}, "chat", None),
    ({"model": "m", "messages": [], "audio": {"voice": "alloy"}}, "chat", "audio.voice"),
    ({"model": "m", "messages": [], "extra": {"jane@example.com": "x"}}, "chat", "extra.*"),
    ({"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "t", "x": {"k@x.io": 1}}]}]},
     "chat", "messages.0.content.0.x"),
    ({"model": "m", "messages": [], "tools": [{"type": "function", "function": {"name": "f", "n": 1}}]}, "chat",
     "tools.0.function.n"),
])
def test_text_outside_the_table_is_found_with_its_path(body, endpoint, where):
    assert request_fields.unknown_text(body, endpoint) == where


def test_held_back_text_is_added_to_the_right_field_of_a_delta():
    delta = {"tool_calls": [{"index": 1, "function": {"arguments": "{"}}]}
    response_fields.add_message_text(delta, "tool_calls.1", "}")
    response_fields.add_message_text(delta, "tool_calls.2", "[]")
    response_fields.add_message_text(delta, "reasoning_content", "so")
    assert delta == {"tool_calls": [{"index": 1, "function": {"arguments": "{}"}},
                                    {"index": 2, "function": {"arguments": "[]"}}], "reasoning_content": "so"}


def test_held_back_arguments_go_into_a_delta_whose_tool_calls_are_null():
    delta = {"content": None, "tool_calls": None}
    response_fields.add_message_text(delta, "tool_calls.0", "{}")
    assert delta["tool_calls"] == [{"index": 0, "function": {"arguments": "{}"}}]
