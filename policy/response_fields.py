"""The text fields of a chat message or streamed delta (:data:`sluice.policy.fields.OUTPUT_FIELDS`):
reading them, and putting released or held-back text back in place. A field is named by a key:
``content``, ``reasoning_content``, ``refusal``, ``tool_calls.<index>`` (that call's arguments) or
``function_call`` (its arguments)."""

from __future__ import annotations

from collections.abc import Iterator

from sluice.policy.fields import OUTPUT_TEXT_KEYS

def message_texts(holder: dict) -> Iterator[tuple[str, str]]:
    """(key, text) of every text field in a chat message or streamed delta: ``content``,
    ``reasoning_content``, ``refusal``, ``tool_calls.<index>`` (arguments) and ``function_call``."""
    for key in OUTPUT_TEXT_KEYS:
        text = holder.get(key)
        if isinstance(text, str) and text:
            yield key, text
    calls = holder.get("tool_calls")
    if isinstance(calls, list):
        for position, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            arguments = function.get("arguments") if isinstance(function, dict) else None
            if isinstance(arguments, str) and arguments:
                yield f"tool_calls.{_call_index(call, position)}", arguments
    function = holder.get("function_call")
    arguments = function.get("arguments") if isinstance(function, dict) else None
    if isinstance(arguments, str) and arguments:
        yield "function_call", arguments


def _call_index(call: dict, position: int) -> int:
    index = call.get("index")
    return index if isinstance(index, int) else position


def set_message_text(holder: dict, key: str, text: str) -> None:
    """Put ``text`` (what may be released) in place of the field ``key`` of a message or delta."""
    if key in OUTPUT_TEXT_KEYS:
        holder[key] = text
    elif key == "function_call":
        holder["function_call"] = dict(holder["function_call"], arguments=text)
    else:
        index = int(key.split(".", 1)[1])
        calls = holder["tool_calls"]
        for position, call in enumerate(calls):
            if _call_index(call, position) == index:
                calls[position] = dict(call, function=dict(call["function"], arguments=text))


def add_message_text(holder: dict, key: str, text: str) -> None:
    """Append ``text`` (held back until the end) to the field ``key`` of a delta, creating it if needed."""
    if key in OUTPUT_TEXT_KEYS:
        holder[key] = (holder.get(key) or "") + text
    elif key == "function_call":
        function = holder.get("function_call") or {}
        holder["function_call"] = dict(function, arguments=(function.get("arguments") or "") + text)
    else:
        index = int(key.split(".", 1)[1])
        calls = holder.get("tool_calls") or []
        holder["tool_calls"] = calls
        for position, call in enumerate(calls):
            if _call_index(call, position) == index:
                function = call.get("function") or {}
                calls[position] = dict(call, function=dict(function, arguments=(function.get("arguments") or "") + text))
                return
        calls.append({"index": index, "function": {"arguments": text}})
