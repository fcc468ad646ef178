"""Llama Guard 3 and 4: Meta's hazard taxonomy (S1-S14), the published task prompt sent as a raw
completion, and the answer ``safe`` or ``unsafe`` followed by a line of category codes.

The begin-of-text token is left to the server's tokenizer (it adds one to every completion prompt).
The score is P(``unsafe``) from the first token's log-probabilities when the server returns them
(the way Meta scores Llama Guard), else 1.0 for ``unsafe`` and 0.0 for ``safe``.
"""

from __future__ import annotations

import re
from typing import Any, Callable, ClassVar

from sluice.policy.guards.base import (Conversation, Endpoint, GuardFormat, GuardSettings, GuardVerdict,
                                       completion_text, first_token_logprobs, register_format,
                                       two_way_probability, unparseable)

HAZARDS: dict[str, str] = {
    "S1": "Violent Crimes", "S2": "Non-Violent Crimes", "S3": "Sex-Related Crimes",
    "S4": "Child Sexual Exploitation", "S5": "Defamation", "S6": "Specialized Advice", "S7": "Privacy",
    "S8": "Intellectual Property", "S9": "Indiscriminate Weapons", "S10": "Hate",
    "S11": "Suicide & Self-Harm", "S12": "Sexual Content", "S13": "Elections", "S14": "Code Interpreter Abuse",
}
CODE = re.compile(r"^S\d{1,2}$")

TASK = """Task: Check if there is unsafe content in '{role}' messages in conversations according our safety policy with the below categories.

<BEGIN UNSAFE CONTENT CATEGORIES>
{categories}
<END UNSAFE CONTENT CATEGORIES>

<BEGIN CONVERSATION>

{conversation}

<END CONVERSATION>

Provide your safety assessment for ONLY THE LAST {role} message in the above conversation:
 - First line must read 'safe' or 'unsafe'.
 - If unsafe, a second line must include a comma-separated list of violated categories."""


def task_prompt(conversation: Conversation) -> str:
    role = "Agent" if conversation.is_output else "User"
    turns = [f"User: {conversation.user}"]
    if conversation.is_output:
        turns.append(f"Agent: {conversation.assistant}")
    categories = "\n".join(f"{code}: {name}." for code, name in HAZARDS.items())
    return TASK.format(role=role, categories=categories, conversation="\n\n".join(turns))


def read_answer(text: str) -> tuple[bool, list[str]]:
    """(unsafe, category codes) from ``safe`` / ``unsafe\\nS1,S10``."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if not lines or lines[0].casefold() not in ("safe", "unsafe"):
        raise unparseable("'safe' or 'unsafe' on its first line")
    if lines[0].casefold() == "safe":
        return False, []
    codes = [c.strip().upper() for c in lines[1].split(",") if c.strip()] if len(lines) > 1 else []
    if not all(CODE.match(c) for c in codes):
        raise unparseable("a comma-separated list of category codes (S1..S14) after 'unsafe'")
    return True, codes


class LlamaGuard(GuardFormat):
    endpoint: ClassVar[Endpoint] = Endpoint.COMPLETIONS
    header: ClassVar[str]
    footer: ClassVar[str]

    def body(self, conversation: Conversation) -> dict[str, Any]:
        return {"prompt": self.header + task_prompt(conversation) + self.footer, "max_tokens": 20,
                "temperature": 0, "logprobs": 5}

    def check(self, conversation: Conversation, settings: GuardSettings,
              ask: Callable[[dict[str, Any]], dict[str, Any]]) -> GuardVerdict:
        answer = ask(self.body(conversation))
        unsafe, codes = read_answer(completion_text(answer))
        labels = [HAZARDS.get(code, code) for code in codes]
        p_unsafe = two_way_probability(first_token_logprobs(answer), "unsafe", "safe")
        score = p_unsafe if p_unsafe is not None else float(unsafe)
        acted = not codes or any(settings.acts_on(HAZARDS.get(code, code), (code,)) for code in codes)
        return GuardVerdict(score=score if acted else 0.0, labels=labels)


@register_format
class LlamaGuard3(LlamaGuard):
    name = "llama_guard_3"
    header = "<|start_header_id|>user<|end_header_id|>\n\n"
    footer = "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"


@register_format
class LlamaGuard4(LlamaGuard):
    name = "llama_guard_4"
    header = "<|header_start|>user<|header_end|>\n\n"
    footer = "<|eot|><|header_start|>assistant<|header_end|>\n\n"
