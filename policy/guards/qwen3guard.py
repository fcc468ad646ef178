"""Qwen3Guard-Gen: the conversation is sent as chat messages (the model's own chat template holds
its instructions and categories); the answer reads ``Safety: Safe|Unsafe|Controversial``, then
``Categories: ...`` and, for a response, ``Refusal: Yes|No``.

Unsafe scores 1.0, Controversial 0.5 and Safe 0.0: a threshold at or below 0.5 is Qwen's "strict"
mode (controversial counts as unsafe), above it the "loose" mode."""

from __future__ import annotations

import re
from typing import Any, Callable

from sluice.policy.guards.base import (Conversation, GuardFormat, GuardSettings, GuardVerdict, chat_text,
                                       register_format, unparseable)

CATEGORIES = ("Violent", "Non-violent Illegal Acts", "Sexual Content or Sexual Acts", "PII", "Suicide & Self-Harm",
              "Unethical Acts", "Politically Sensitive Topics", "Copyright Violation", "Jailbreak")
SEVERITY = {"safe": 0.0, "controversial": 0.5, "unsafe": 1.0}
SAFETY = re.compile(r"^\s*Safety:\s*(\w+)\s*$", re.IGNORECASE | re.MULTILINE)
LISTED = re.compile(r"^\s*Categories:\s*(.*)$", re.IGNORECASE | re.MULTILINE)


def read_answer(text: str) -> tuple[float, list[str]]:
    safety = SAFETY.search(text)
    if safety is None or safety.group(1).casefold() not in SEVERITY:
        raise unparseable("'Safety: Safe|Unsafe|Controversial'")
    listed = LISTED.search(text)
    names = [c.strip() for c in listed.group(1).split(",") if c.strip()] if listed else []
    return SEVERITY[safety.group(1).casefold()], [n for n in names if n.casefold() != "none"]


@register_format
class Qwen3Guard(GuardFormat):
    name = "qwen3guard"

    def check(self, conversation: Conversation, settings: GuardSettings,
              ask: Callable[[dict[str, Any]], dict[str, Any]]) -> GuardVerdict:
        messages = [{"role": "user", "content": conversation.user}]
        if conversation.is_output:
            messages.append({"role": "assistant", "content": conversation.assistant})
        severity, labels = read_answer(chat_text(ask({"messages": messages, "max_tokens": 64, "temperature": 0})))
        acted = not labels or any(settings.acts_on(label) for label in labels)
        return GuardVerdict(score=severity if acted else 0.0, labels=labels)
