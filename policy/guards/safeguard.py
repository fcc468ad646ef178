"""gpt-oss-safeguard: a reasoning model that applies the policy it is given. The policy text goes in
the system message with the output instructions; the content is the user message. The answer (the
final channel, ``message.content``) is a JSON object ``{"violation": 0|1, "policy_category": ...,
"confidence": ...}`` or a bare ``0``/``1`` label.

Score: 1.0 for a violation (scaled by a stated confidence: high 1.0, medium 0.8, low 0.6, or a number
in 0..1), 0.0 otherwise."""

from __future__ import annotations

import json
import re
from typing import Any, Callable

from sluice.policy.guards.base import (Conversation, GuardError, GuardFailure, GuardFormat, GuardSettings,
                                       GuardVerdict, chat_text, register_format, unparseable)

OUTPUT_INSTRUCTIONS = """

## Output format
Answer with a single JSON object and nothing else:
{"violation": 0 or 1, "policy_category": "<the category of the policy that is violated, or null>", "confidence": "low" | "medium" | "high"}"""
CONFIDENCE = {"high": 1.0, "medium": 0.8, "low": 0.6}
JSON_OBJECT = re.compile(r"\{.*\}", re.DOTALL)


def content(conversation: Conversation) -> str:
    if not conversation.is_output:
        return conversation.user
    return ("Classify the assistant's response to the user's request.\n\n"
            f"User request:\n{conversation.user}\n\nAssistant response:\n{conversation.assistant}")


def _confidence(value: Any) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return float(value)
    return CONFIDENCE.get(str(value).casefold(), 1.0) if value is not None else 1.0


def read_answer(text: str) -> tuple[float, list[str]]:
    stripped = text.strip()
    if stripped in ("0", "1"):
        return float(stripped), []
    found = JSON_OBJECT.search(stripped)
    try:
        answer = json.loads(found.group(0)) if found else None
    except ValueError:
        answer = None
    violation = answer.get("violation") if isinstance(answer, dict) else None
    if violation not in (0, 1, True, False):
        raise unparseable('a 0/1 label or a JSON object with "violation": 0 or 1')
    category = answer.get("policy_category")
    labels = [str(c) for c in (category if isinstance(category, list) else [category]) if c not in (None, "")]
    return (_confidence(answer.get("confidence")) if violation else 0.0), labels


@register_format
class GptOssSafeguard(GuardFormat):
    name = "gpt_oss_safeguard"

    def check(self, conversation: Conversation, settings: GuardSettings,
              ask: Callable[[dict[str, Any]], dict[str, Any]]) -> GuardVerdict:
        if not settings.policy_text:
            raise GuardError(GuardFailure.NOT_CONFIGURED, "gpt_oss_safeguard needs the policy text (guard.policy_text)")
        messages = [{"role": "system", "content": settings.policy_text + OUTPUT_INSTRUCTIONS},
                    {"role": "user", "content": content(conversation)}]
        score, labels = read_answer(chat_text(ask({"messages": messages, "max_tokens": 2048, "temperature": 0,
                                                   "reasoning_effort": "low"})))
        acted = not labels or any(settings.acts_on(label) for label in labels)
        return GuardVerdict(score=score if acted else 0.0, labels=labels)
