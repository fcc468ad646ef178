"""DeepSeek-V4's chat markup (DeepSeek's published ``encoding/encoding_dsv4.py``), for the engine:
messages in OpenAI form made ready for the chat template, and DSML parameters as OpenAI tool-call
arguments (:mod:`sluice.inference.chat.v4_stream` parses completions).

A V4 reply is ``reasoning</think>`` (thinking mode only; the prompt already opened ``<think>``), then
the answer, then optionally a tool-call block::

    answer\\n\\n<｜DSML｜tool_calls>
    <｜DSML｜invoke name="get_weather">
    <｜DSML｜parameter name="city" string="true">Paris</｜DSML｜parameter>
    <｜DSML｜parameter name="days" string="false">3</｜DSML｜parameter>
    </｜DSML｜invoke>
    </｜DSML｜tool_calls>

``string="true"`` values are raw text, ``string="false"`` values are JSON. V3.2 named the block
``function_calls``; both names are read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

THINK_END = "</think>"
DSML = "｜DSML｜"
BLOCK_NAMES = ("tool_calls", "function_calls")
BLOCK_OPENS = tuple(f"<{DSML}{name}>" for name in BLOCK_NAMES)
BLOCK_CLOSES = tuple(f"</{DSML}{name}>" for name in BLOCK_NAMES)
INVOKE_CLOSE = f"</{DSML}invoke>"
EOS_TEXT = "<｜end▁of▁sentence｜>"
MARKUP = ("<think>", THINK_END, DSML)  # what the parser reads: kept in a reply's text even as special tokens


@dataclass
class ToolCall:
    index: int
    id: str
    name: str
    arguments: str  # a JSON object, as OpenAI's `function.arguments`

    def openai(self) -> dict:
        return {"id": self.id, "type": "function", "function": {"name": self.name, "arguments": self.arguments}}


def template_messages(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``messages`` made ready for the template: each tool call's ``arguments`` JSON string parsed into
    an object (written as DSML parameters; arguments that are not a JSON object stay a string), and each
    run of tool results put in the order of the calls they answer, as DeepSeek's encoder does."""
    out = [dict(m, tool_calls=[_parsed_call(c) for c in m["tool_calls"]]) if m.get("tool_calls") else m
           for m in messages]
    return _results_in_call_order(out, order_of=_call_orders(out))


def _call_orders(messages: list[dict[str, Any]]) -> list[dict[str, int]]:
    """For each message, the position of each tool-call id in the latest message with tool calls so far."""
    orders, order = [], {}
    for message in messages:
        if message.get("tool_calls"):
            order = {call.get("id"): i for i, call in enumerate(message["tool_calls"]) if call.get("id")}
        orders.append(order)
    return orders


def _results_in_call_order(messages: list[dict[str, Any]], *,
                           order_of: list[dict[str, int]]) -> list[dict[str, Any]]:
    out, i = [], 0
    while i < len(messages):
        j = i
        while j < len(messages) and messages[j].get("role") == "tool":
            j += 1
        if j > i:
            order = order_of[i]
            out += sorted(messages[i:j], key=lambda m: order.get(m.get("tool_call_id"), 0))  # stable
            i = j
        else:
            out.append(messages[i])
            i += 1
    return out


def _parsed_call(call: dict[str, Any]) -> dict[str, Any]:
    function = call.get("function") or {}
    arguments = function.get("arguments")
    if isinstance(arguments, str):
        try:
            value = json.loads(arguments)
        except ValueError:
            value = None
        if isinstance(value, dict):
            return dict(call, function=dict(function, arguments=value))
    return call


def json_value(value: str) -> Any:
    """A DSML ``string="false"`` parameter's value: its JSON, or the text itself when it is not valid
    JSON (so a call's arguments are always a valid JSON object)."""
    try:
        return json.loads(value)
    except ValueError:
        return value
