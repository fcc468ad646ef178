"""Incremental parsing of a DeepSeek-V4 completion (markup in :mod:`sluice.inference.chat.v4_format`):
text arrives in pieces cut anywhere, events come out as soon as they are certain.

Events are ``reasoning`` text, ``content`` text, and one ``tool_call`` per complete ``invoke`` (id, name
and the whole arguments). Text that may be the start of markup (``</thi``, ``\\n\\n<｜DS``) is held back
until the next piece decides; markup is never emitted as text. Whatever piece boundaries, the events
add up to the same message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sluice.inference.chat.v4_format import (BLOCK_CLOSES, BLOCK_OPENS, DSML, EOS_TEXT, INVOKE_CLOSE, THINK_END,
                                             ToolCall, arguments_json)

REASONING, CONTENT, TOOLS, DONE = "reasoning", "content", "tools", "done"

_INVOKE = re.compile(rf'<{DSML}invoke name="([^"]*)">\n?(.*?){re.escape(INVOKE_CLOSE)}', re.DOTALL)
_PARAMETER = re.compile(rf'<{DSML}parameter name="([^"]*)" string="(true|false)">(.*?)</{DSML}parameter>',
                        re.DOTALL)


@dataclass
class Event:
    kind: str  # "reasoning" | "content" | "tool_call"
    text: str = ""
    call: ToolCall | None = None


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
        match = _INVOKE.search(self.buffer)
        closes = [i for m in BLOCK_CLOSES if (i := self.buffer.find(m)) >= 0]
        if match and (not closes or match.start() < min(closes)):
            parameters = [(name, value, string == "true") for name, string, value in _PARAMETER.findall(match[2])]
            call = ToolCall(index=len(self.calls), id=f"{self._prefix}{len(self.calls)}", name=match[1],
                            arguments=arguments_json(parameters))
            self.calls.append(call)
            events.append(Event("tool_call", call=call))
            self.buffer = self.buffer[match.end():]
        elif closes:
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
        else:
            message.tool_calls.append(event.call)
    return message
