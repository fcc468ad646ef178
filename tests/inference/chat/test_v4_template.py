"""The DeepSeek-V4 chat template renders conversations exactly as DeepSeek's published encoder
(encoding/encoding_dsv4.py) does; the expected strings below were written out by hand from it."""

from __future__ import annotations

import pytest

from sluice.inference.chat.templates import deepseek_v4_template
from sluice.inference.chat.thinking import NON_THINK, THINK_HIGH, THINK_MAX, ThinkingMode
from sluice.inference.chat.v4_format import template_messages
from sluice.inference.tokenizer import _compile

BOS, EOS = "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>"
MAX = ("Reasoning Effort: Absolute maximum with no shortcuts permitted.\n"
       "You MUST be very thorough in your thinking and comprehensively decompose the problem to resolve the root "
       "cause, rigorously stress-testing your logic against all potential paths, edge cases, and adversarial "
       "scenarios.\n"
       "Explicitly write out your entire deliberation process, documenting every intermediate step, considered "
       "alternative, and rejected hypothesis to ensure absolutely no assumption is left unchecked.\n\n")
WEATHER = {"type": "function", "function": {"name": "get_weather", "description": "Weather of a city",
                                            "parameters": {"type": "object",
                                                           "properties": {"city": {"type": "string"}}}}}
TOOLS_TEXT = (
    "## Tools\n\nYou have access to a set of tools to help answer the user's question. You can invoke tools by "
    "writing a \"<｜DSML｜tool_calls>\" block like the following:\n\n<｜DSML｜tool_calls>\n"
    "<｜DSML｜invoke name=\"$TOOL_NAME\">\n"
    "<｜DSML｜parameter name=\"$PARAMETER_NAME\" string=\"true|false\">$PARAMETER_VALUE</｜DSML｜parameter>\n...\n"
    "</｜DSML｜invoke>\n<｜DSML｜invoke name=\"$TOOL_NAME2\">\n...\n</｜DSML｜invoke>\n</｜DSML｜tool_calls>\n\n"
    "String parameters should be specified as is and set `string=\"true\"`. For all other types (numbers, "
    "booleans, arrays, objects), pass the value in JSON format and set `string=\"false\"`.\n\n"
    "If thinking_mode is enabled (triggered by <think>), you MUST output your complete reasoning inside "
    "<think>...</think> BEFORE any tool calls or final response.\n\n"
    "Otherwise, output directly after </think> with tool calls or final response.\n\n"
    "### Available Tool Schemas\n\n"
    '{"name": "get_weather", "description": "Weather of a city", "parameters": {"type": "object", '
    '"properties": {"city": {"type": "string"}}}}\n\n'
    "You MUST strictly follow the above defined tool name and parameter schemas to invoke tool calls.\n")


def render(messages, mode=NON_THINK, tools=None, **extra):
    return _compile(deepseek_v4_template()).render(
        messages=template_messages(messages), tools=tools, add_generation_prompt=extra.pop("add_generation_prompt", True),
        bos_token=BOS, eos_token=EOS, **ThinkingMode(mode).template_kwargs(), **extra)


SINGLE = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]


@pytest.mark.parametrize("mode, want", [
    (NON_THINK, f"{BOS}Be brief.<｜User｜>Hi<｜Assistant｜></think>"),
    (THINK_HIGH, f"{BOS}Be brief.<｜User｜>Hi<｜Assistant｜><think>"),
    (THINK_MAX, f"{BOS}{MAX}Be brief.<｜User｜>Hi<｜Assistant｜><think>"),
])
def test_single_turn_in_each_thinking_mode(mode, want):
    assert render(SINGLE, mode) == want


MULTI = [{"role": "user", "content": "1+1?"},
         {"role": "assistant", "reasoning_content": "Add them.", "content": "2"},
         {"role": "user", "content": "And 2+2?"}]


def test_earlier_reasoning_is_dropped_in_thinking_mode():
    assert render(MULTI, THINK_HIGH) == (
        f"{BOS}<｜User｜>1+1?<｜Assistant｜></think>2{EOS}<｜User｜>And 2+2?<｜Assistant｜><think>")


def test_non_think_multi_turn_never_writes_reasoning():
    assert render(MULTI, NON_THINK) == (
        f"{BOS}<｜User｜>1+1?<｜Assistant｜></think>2{EOS}<｜User｜>And 2+2?<｜Assistant｜></think>")


def test_reasoning_is_kept_when_asked_not_to_drop_it():
    assert render(MULTI, THINK_HIGH, drop_thinking=False) == (
        f"{BOS}<｜User｜>1+1?<｜Assistant｜><think>Add them.</think>2{EOS}<｜User｜>And 2+2?<｜Assistant｜><think>")


AGENT = [
    {"role": "user", "content": "Weather in Paris and Rome?"},
    {"role": "assistant", "reasoning_content": "Two lookups.", "content": "",
     "tool_calls": [{"id": "c1", "type": "function",
                     "function": {"name": "get_weather", "arguments": '{"city": "Paris", "days": 2}'}},
                    {"id": "c2", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
    {"role": "tool", "tool_call_id": "c1", "content": "sunny"},
    {"role": "tool", "tool_call_id": "c2", "content": "rain"},
]
CALLS = ("\n\n<｜DSML｜tool_calls>\n<｜DSML｜invoke name=\"get_weather\">\n"
         "<｜DSML｜parameter name=\"city\" string=\"true\">Paris</｜DSML｜parameter>\n"
         "<｜DSML｜parameter name=\"days\" string=\"false\">2</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
         "<｜DSML｜invoke name=\"get_weather\">\n\n</｜DSML｜invoke>\n</｜DSML｜tool_calls>")


def test_tools_tool_calls_and_results_in_thinking_mode_keep_reasoning():
    want = (f"{BOS}\n\n{TOOLS_TEXT}<｜User｜>Weather in Paris and Rome?<｜Assistant｜><think>Two lookups.</think>"
            f"{CALLS}{EOS}<｜User｜><tool_result>sunny</tool_result>\n\n<tool_result>rain</tool_result>"
            "<｜Assistant｜><think>")
    assert render(AGENT, THINK_HIGH, tools=[WEATHER]) == want


def test_tools_go_after_the_system_prompt_and_non_think_closes_every_turn():
    messages = [{"role": "system", "content": "Be brief."}, *AGENT]
    want = (f"{BOS}Be brief.\n\n{TOOLS_TEXT}<｜User｜>Weather in Paris and Rome?<｜Assistant｜></think>"
            f"{CALLS}{EOS}<｜User｜><tool_result>sunny</tool_result>\n\n<tool_result>rain</tool_result>"
            "<｜Assistant｜></think>")
    assert render(messages, NON_THINK, tools=[WEATHER]) == want


def test_arguments_that_are_not_a_json_object_pass_as_one_string_parameter():
    messages = [{"role": "user", "content": "q"},
                {"role": "assistant", "content": "", "tool_calls": [
                    {"id": "c", "type": "function", "function": {"name": "f", "arguments": "not json"}}]}]
    assert render(messages, add_generation_prompt=False) == (
        f"{BOS}<｜User｜>q<｜Assistant｜></think>\n\n<｜DSML｜tool_calls>\n<｜DSML｜invoke name=\"f\">\n"
        "<｜DSML｜parameter name=\"arguments\" string=\"true\">not json</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
        f"</｜DSML｜tool_calls>{EOS}")


def test_without_a_generation_prompt_the_last_user_turn_stays_open():
    assert render([{"role": "user", "content": "Hi"}], add_generation_prompt=False) == f"{BOS}<｜User｜>Hi"


def test_an_unknown_role_is_a_template_error():
    from jinja2 import TemplateError

    with pytest.raises(TemplateError):
        _compile(deepseek_v4_template()).render(messages=[{"role": "narrator", "content": "x"}], bos_token="",
                                                eos_token="")


def test_tool_results_are_written_in_the_order_of_the_calls():
    answered_backwards = [*AGENT[:2], AGENT[3], AGENT[2]]
    assert render(answered_backwards, THINK_HIGH, tools=[WEATHER]) == render(AGENT, THINK_HIGH, tools=[WEATHER])
