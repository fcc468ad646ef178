"""One choice of a response on its way to the caller: an output stage per text field.

A chat message (or a streamed delta) carries text in several fields (:mod:`sluice.policy.fields`):
``content``, ``reasoning_content``, ``refusal`` and each tool call's ``arguments``. Each field gets its own
stage, created when the field first appears, so text held back in one field (a placeholder cut in
half across argument deltas) is never mixed with another. A stage that refuses raises before the
chunk that carries the field is sent: nothing of a blocked field reaches the caller.
"""

from __future__ import annotations

from sluice.policy import response_fields

from sluice.gateway.pipeline.context import RequestContext
from sluice.gateway.pipeline.stages import Guardrails, OutputStage, keeps_logprobs

TEXT = "text"  # the one field of a /v1/completions choice
_ORDER = {"reasoning_content": 0, "content": 1, "refusal": 2}
_LAST = 1 << 30


def _rank(field: str) -> int:
    """The order in which a model writes a message's fields: reasoning, answer, refusal, tool calls."""
    if field in _ORDER:
        return _ORDER[field]
    if field.startswith("tool_calls."):
        return 3 + int(field.split(".", 1)[1])
    return _LAST  # function_call, and the text of a completions choice


class ChoiceOutput:
    """The stages of one choice. ``chat``: fields of a message or delta; else the choice's ``text``."""

    def __init__(self, guardrails: Guardrails, rctx: RequestContext, index: int, *, chat: bool):
        self.guardrails, self.rctx, self.index, self.chat = guardrails, rctx, index, chat
        self.main = "content" if chat else TEXT
        self.stages: dict[str, OutputStage] = {}
        self.open: set[str] = set()  # fields fed since their stage last ended
        rctx.response_text.setdefault(index, "")  # what is released, for the audit record

    def stage(self, field: str) -> OutputStage:
        stage = self.stages.get(field)
        if stage is None:
            stage = self.stages[field] = self.guardrails.output_stage(self.rctx, self.index, field=field)
        return stage

    def keeps_logprobs(self) -> bool:
        return keeps_logprobs(self.stage(self.main))

    def _texts(self, holder: dict) -> list[tuple[str, str]]:
        if self.chat:
            return list(response_fields.message_texts(holder))
        text = holder.get(TEXT)
        return [(TEXT, text)] if isinstance(text, str) and text else []

    def feed(self, holder: dict) -> None:
        """Scan the text fields of ``holder`` (a message, a delta or a completions choice) in place.
        A field that starts ends the fields the model writes before it (reasoning before the answer,
        one tool call before the next), so their held-back tails go out now, not after the answer."""
        for field, text in self._texts(holder):
            self._end(holder, [f for f in self.open if _rank(f) < _rank(field)])
            self.open.add(field)
            released = self.stage(field).feed(text)
            self._put(holder, field, released, add=False)

    def finish(self, holder: dict) -> None:
        """End every field: what was held back is added to ``holder``. A choice without any text still
        ends its main field's stage, so its output guardrails are on record."""
        if not self.stages:
            self.open.add(self.main)
        self._end(holder, list(self.open))

    def _end(self, holder: dict, fields: list[str]) -> None:
        for field in sorted(fields, key=_rank):
            self.open.discard(field)
            rest = self.stage(field).finish()
            if rest:
                self._put(holder, field, rest, add=True)

    def _put(self, holder: dict, field: str, text: str, *, add: bool) -> None:
        if field == self.main:
            self.rctx.response_text[self.index] += text
        elif text:
            released = self.rctx.response_fields.setdefault(self.index, {})
            released[field] = released.get(field, "") + text
        if not self.chat:
            holder[TEXT] = (holder.get(TEXT) or "") + text if add else text
        elif add:
            response_fields.add_message_text(holder, field, text)
        else:
            response_fields.set_message_text(holder, field, text)
