"""Incremental parsing of a DeepSeek-V4 completion (markup in :mod:`sluice.inference.chat.v4_format`):
text arrives in pieces cut anywhere, events come out as soon as they are certain.

Events are ``reasoning`` text, ``content`` text, and for each ``invoke`` of the tool-call block, as
OpenAI streams tool calls: ``tool_call_start`` once its name is read (index, id, name, empty
arguments), ``tool_call_arguments`` fragments of its arguments JSON as they are read (the same index;
a string parameter's value streams character by character, JSON-escaped; a JSON parameter's value
comes whole when its parameter closes, since a value that is not valid JSON becomes a string), then
``tool_call`` with the whole call once the invoke closes. The fragments of a call add up to its
``arguments``. Text that may be the start of markup (``</thi``, ``\\n\\n<｜DS``, a partial
``</｜DSML｜parameter>`` inside a value) is held back until the next piece decides; markup is never
emitted as text. Whatever piece boundaries, the events add up to the same message.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from sluice.inference.chat.v4_format import (BLOCK_CLOSES, BLOCK_OPENS, DSML, EOS_TEXT, INVOKE_CLOSE, THINK_END,
                                             ToolCall, json_value)

REASONING, CONTENT, TOOLS, DONE = "reasoning", "content", "tools", "done"

_INVOKE_OPEN = re.compile(rf'<{DSML}invoke name="([^"]*)">')
_PARAMETER_OPEN = re.compile(rf'<{DSML}parameter name="([^"]*)" string="(true|false)">')
PARAMETER_CLOSE = f"</{DSML}parameter>"


@dataclass
class Event:
    kind: str  # "reasoning" | "content" | "tool_call_start" | "tool_call_arguments" | "tool_call"
    text: str = ""  # text, or a fragment of the arguments of call `call.index`
    call: ToolCall | None = None


@dataclass
class _OpenCall:
    """The invoke being read: its call so far and the parameter whose value is being read."""

    call: ToolCall
    parameters: int = 0
    name: str | None = None  # of the open parameter
    is_string: bool = False
    raw: str = ""  # a JSON parameter's value so far (emitted whole at its close)


def _partial_suffix(text: str, markers: tuple[str, ...]) -> int:
    """The length of the longest end of ``text`` that begins one of ``markers`` (0 if none)."""
    longest = 0
    for marker in markers:
        for n in range(min(len(marker) - 1, len(text)), longest, -1):
            if text.endswith(marker[:n]):
                longest = n
                break
    return longest


class V4StreamParser:
    def __init__(self, *, thinking: bool, call_id_prefix: str = "call_"):
        self.state = REASONING if thinking else CONTENT
        self.buffer = ""
        self.calls: list[ToolCall] = []
        self._prefix = call_id_prefix
        self._open: _OpenCall | None = None

    def feed(self, text: str) -> list[Event]:
        self.buffer += text
        events: list[Event] = []
        while True:
            before = (self.state, len(self.buffer))
            if self.state == REASONING:
                self._reasoning(events)
            elif self.state == CONTENT:
                self._content(events)
            elif self.state == TOOLS:
                self._tools(events)
            else:
                self.buffer = ""  # after the tool-call block only the end of the turn may follow
            if (self.state, len(self.buffer)) == before:
                return events

    def finish(self) -> list[Event]:
        """The end of the completion: text held back as possible markup is text after all, except the
        unfinished start of a tool-call block; an unfinished tool call is dropped."""
        rest, self.buffer = self.buffer.replace(EOS_TEXT, ""), ""
        if self.state == REASONING and rest:
            return [Event(REASONING, rest)]
        if self.state == CONTENT and rest:
            stripped = rest.lstrip()
            if stripped and any(marker.startswith(stripped) for marker in BLOCK_OPENS):
                return []
            return [Event(CONTENT, rest)]
        return []

    def _emit(self, events: list[Event], kind: str, text: str) -> None:
        text = text.replace(EOS_TEXT, "")
        if text:
            events.append(Event(kind, text))

    def _reasoning(self, events: list[Event]) -> None:
        end = self.buffer.find(THINK_END)
        if end >= 0:
            self._emit(events, REASONING, self.buffer[:end])
            self.buffer = self.buffer[end + len(THINK_END):]
            self.state = CONTENT
            return
        keep = _partial_suffix(self.buffer, (THINK_END, EOS_TEXT))
        self._emit(events, REASONING, self.buffer[:len(self.buffer) - keep])
        self.buffer = self.buffer[len(self.buffer) - keep:]

    def _content(self, events: list[Event]) -> None:
        found = [(i, m) for m in BLOCK_OPENS if (i := self.buffer.find(m)) >= 0]
        if found:
            start, marker = min(found)
            self._emit(events, CONTENT, self.buffer[:start].rstrip())  # the block is preceded by "\n\n"
            self.buffer = self.buffer[start + len(marker):]
            self.state = TOOLS
            return
        keep = _partial_suffix(self.buffer, (*BLOCK_OPENS, EOS_TEXT))
        head = self.buffer[:len(self.buffer) - keep]
        stripped = head.rstrip()  # trailing whitespace may be the "\n\n" before a block: wait for more
        self._emit(events, CONTENT, stripped)
        self.buffer = self.buffer[len(stripped):]

    def _tools(self, events: list[Event]) -> None:
        if self._open is None:
            self._next_invoke(events)
        elif self._open.name is None:
            self._next_parameter(events)
        else:
            self._value(events)

    def _next_invoke(self, events: list[Event]) -> None:
        match = _INVOKE_OPEN.search(self.buffer)
        closes = [i for m in BLOCK_CLOSES if (i := self.buffer.find(m)) >= 0]
        if match and (not closes or match.start() < min(closes)):
            index = len(self.calls)
            call = ToolCall(index=index, id=f"{self._prefix}{index}", name=match[1], arguments="")
            self._open = _OpenCall(call)
            events.append(Event("tool_call_start", call=ToolCall(index, call.id, call.name, "")))
            self.buffer = self.buffer[match.end():]
        elif closes:
            self._end_block()

    def _next_parameter(self, events: list[Event]) -> None:
        open_ = self._open
        match = _PARAMETER_OPEN.search(self.buffer)
        ends = [(i, m) for m in (INVOKE_CLOSE, *BLOCK_CLOSES) if (i := self.buffer.find(m)) >= 0]
        end, marker = min(ends) if ends else (-1, "")
        if match and (end < 0 or match.start() < end):
            open_.name, open_.is_string, open_.raw = match[1], match[2] == "true", ""
            key = json.dumps(match[1], ensure_ascii=False)
            self._arguments(events, ("{" if open_.parameters == 0 else ", ") + key + ": "
                            + ('"' if open_.is_string else ""))
            self.buffer = self.buffer[match.end():]
        elif marker == INVOKE_CLOSE:
            self._arguments(events, "}" if open_.parameters else "{}")
            self.calls.append(open_.call)
            events.append(Event("tool_call", call=open_.call))
            self._open = None
            self.buffer = self.buffer[end + len(INVOKE_CLOSE):]
        elif ends:  # the block closed inside an invoke: the unfinished call is dropped
            self._end_block()

    def _value(self, events: list[Event]) -> None:
        open_ = self._open
        end = self.buffer.find(PARAMETER_CLOSE)
        if end < 0 and not open_.is_string:
            return  # a JSON value is emitted whole, once it closes
        keep = 0 if end >= 0 else _partial_suffix(self.buffer, (PARAMETER_CLOSE,))
        upto = end if end >= 0 else len(self.buffer) - keep
        piece = self.buffer[:upto]
        if open_.is_string:
            self._arguments(events, json.dumps(piece, ensure_ascii=False)[1:-1] + ('"' if end >= 0 else ""))
        if end < 0:
            self.buffer = self.buffer[upto:]
            return
        if not open_.is_string:
            self._arguments(events, json.dumps(json_value(piece), ensure_ascii=False))
        open_.parameters += 1
        open_.name = None
        self.buffer = self.buffer[end + len(PARAMETER_CLOSE):]

    def _arguments(self, events: list[Event], text: str) -> None:
        if text:
            call = self._open.call
            call.arguments += text
            events.append(Event("tool_call_arguments", text, call=call))

    def _end_block(self) -> None:
        self._open = None
        self.buffer = ""
        self.state = DONE


@dataclass
class ParsedMessage:
    reasoning: str = ""
    content: str = ""
    tool_calls: list[ToolCall] = field(default_factory=list)


def parse_completion(text: str, *, thinking: bool, call_id_prefix: str = "call_") -> ParsedMessage:
    """A whole V4 completion as reasoning, answer and tool calls (the streaming parser, fed at once)."""
    parser = V4StreamParser(thinking=thinking, call_id_prefix=call_id_prefix)
    message = ParsedMessage()
    for event in [*parser.feed(text), *parser.finish()]:
        if event.kind == REASONING:
            message.reasoning += event.text
        elif event.kind == CONTENT:
            message.content += event.text
        elif event.kind == "tool_call":
            message.tool_calls.append(event.call)
    return message
