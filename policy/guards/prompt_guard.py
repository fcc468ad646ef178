"""Prompt Guard (and other sequence classifiers) behind vLLM's ``/classify`` endpoint: the text goes
in as ``input`` (long text in windows the model can read, all in one request), each result carries
the class probabilities ``probs`` in the model's label order. Prompt Guard 2's order is
``BENIGN, MALICIOUS``; Prompt Guard 1's ``BENIGN, INJECTION, JAILBREAK`` (set ``labels``).

Score: the highest probability of a non-benign class over the windows; labels: those classes that
reach the threshold in some window."""

from __future__ import annotations

from typing import Any, Callable, ClassVar

from sluice.policy.guards.base import (Conversation, Endpoint, GuardFormat, GuardSettings, GuardVerdict,
                                       register_format, unparseable)

DEFAULT_LABELS = ("BENIGN", "MALICIOUS")
BENIGN = {"benign", "safe", "label_0"}
WINDOW_CHARS = 1500
"""Prompt Guard reads 512 tokens; 1500 characters of English stay within them."""
MAX_WINDOWS = 64


def windows(text: str) -> list[str]:
    if len(text) <= WINDOW_CHARS:
        return [text or " "]
    step = WINDOW_CHARS - 100  # overlap, so an attack cut at a boundary is still read whole once
    return [text[i:i + WINDOW_CHARS] for i in range(0, len(text) - 100, step)]


@register_format
class PromptGuard(GuardFormat):
    name = "prompt_guard"
    endpoint: ClassVar[Endpoint] = Endpoint.CLASSIFY
    input_only: ClassVar[bool] = True

    def check(self, conversation: Conversation, settings: GuardSettings,
              ask: Callable[[dict[str, Any]], dict[str, Any]]) -> GuardVerdict:
        labels = settings.labels or DEFAULT_LABELS
        text = conversation.assistant if conversation.is_output else conversation.user
        pieces = windows(text)
        scores: dict[str, float] = {}
        for start in range(0, len(pieces), MAX_WINDOWS):
            batch = pieces[start:start + MAX_WINDOWS]
            data = ask({"input": batch}).get("data")
            if not isinstance(data, list) or len(data) != len(batch):
                raise unparseable("a /classify answer with one result per input")
            for item in data:
                for label, p in zip(labels, self._probs(item, len(labels))):
                    if label.casefold() not in BENIGN and settings.acts_on(label):
                        scores[label] = max(scores.get(label, 0.0), p)
        return GuardVerdict(score=max(scores.values(), default=0.0),
                            labels=[label for label, p in scores.items() if p >= settings.threshold])

    @staticmethod
    def _probs(item: Any, count: int) -> list[float]:
        probs = item.get("probs") if isinstance(item, dict) else None
        if (not isinstance(probs, list) or len(probs) != count
                or not all(isinstance(p, (int, float)) and 0 <= p <= 1 for p in probs)):
            raise unparseable(f"a /classify result with {count} class probabilities (guard.labels)")
        return [float(p) for p in probs]
