"""A chat choice's text from the built-in engine as OpenAI message fields: plain text for models
without a chat format, and for DeepSeek-V4 the reasoning (``reasoning_content``), the answer
(``content``) and the tool calls (``tool_calls``, with ``finish_reason: "tool_calls"``), streamed as
deltas that never carry partial markup. A tool call streams as OpenAI's do: its first delta carries
``index``, ``id``, ``type`` and the function's ``name`` with the arguments read so far, later deltas
the next fragments of ``function.arguments`` under the same ``index``."""

from __future__ import annotations

from sluice.inference.chat.templates import DEEPSEEK_V4
from sluice.inference.chat.v4_stream import V4StreamParser


class ReplyParser:
    """One choice's reply, fed the engine's new text as it comes."""

    def __init__(self, chat_format: str | None, *, thinking: bool, call_id_prefix: str):
        self._parser = V4StreamParser(thinking=thinking, call_id_prefix=call_id_prefix) \
            if chat_format == DEEPSEEK_V4 else None
        self.called_tools = False

    def delta(self, text: str, finished: bool) -> dict:
        """The message fields ``text`` adds (every field is left out when it adds nothing)."""
        if self._parser is None:
            return {"content": text} if text else {}
        events = self._parser.feed(text) + (self._parser.finish() if finished else [])
        out: dict = {}
        calls: dict[int, dict] = {}  # this delta's entry per call index
        for event in events:
            if event.kind == "tool_call":
                self.called_tools = True
            elif event.kind == "tool_call_start":
                calls[event.call.index] = {"index": event.call.index, **event.call.openai()}
                out.setdefault("tool_calls", []).append(calls[event.call.index])
            elif event.kind == "tool_call_arguments":
                index = event.call.index
                entry = calls.get(index)
                if entry is None:  # a call started in an earlier delta: its index and the fragment
                    entry = calls[index] = {"index": index, "function": {"arguments": ""}}
                    out.setdefault("tool_calls", []).append(entry)
                entry["function"]["arguments"] += event.text
            else:
                key = "reasoning_content" if event.kind == "reasoning" else "content"
                out[key] = out.get(key, "") + event.text
        return out

    def message(self, text: str) -> dict:
        """The whole reply as an assistant message."""
        fields = self.delta(text, finished=True)
        message = {"role": "assistant", "content": fields.get("content", "")}
        if "reasoning_content" in fields:
            message["reasoning_content"] = fields["reasoning_content"]
        if fields.get("tool_calls"):
            message["tool_calls"] = [{k: v for k, v in c.items() if k != "index"} for c in fields["tool_calls"]]
            message["content"] = message["content"] or None
        return message

    def finish_reason(self, reason: str | None) -> str | None:
        return "tool_calls" if reason == "stop" and self.called_tools else reason
