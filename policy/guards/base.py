"""Guard models: the transport a guard is reached through, what one check asks, and the registry of
guard formats (one per model family: its prompt, its endpoint, how its answer is read).

The policy library never talks HTTP itself. Whoever builds a pipeline hands it a
:class:`GuardTransport` (the gateway's sends the request to one of its configured providers), so
``sluice.policy`` stays free of web code and a test can hand it any server.
"""

from __future__ import annotations

import math
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Callable, ClassVar, Protocol

from sluice.policy.errors import DetectorError


class GuardFailure(StrEnum):
    """Why a guard model gave no verdict. Reported as the guardrail's ``errored`` reason."""

    TIMEOUT = "guard_timeout"
    UNREACHABLE = "guard_unreachable"
    UNPARSEABLE = "guard_unparseable"
    NOT_CONFIGURED = "guard_not_configured"


class GuardError(DetectorError):
    """A guard check failed; ``code`` is a :class:`GuardFailure`. The message names the provider,
    model and what went wrong, never the scanned text."""

    def __init__(self, code: GuardFailure, message: str):
        super().__init__(message)
        self.code = code


class Endpoint(StrEnum):
    """The OpenAI-style endpoint a guard format calls."""

    CHAT = "chat"  # /v1/chat/completions
    COMPLETIONS = "completions"  # /v1/completions (raw prompt)
    CLASSIFY = "classify"  # vLLM's /classify (sequence classifiers)


class GuardTransport(Protocol):
    """Sends one request body to a guard model and returns the decoded JSON answer.

    ``provider`` names a configured provider (None: any enabled provider serving ``model``); the
    transport fills in the model name the upstream knows. It raises :class:`GuardError`
    (``guard_timeout``, ``guard_unreachable``, ``guard_not_configured``) and never returns a
    non-object."""

    def __call__(self, *, provider: str | None, model: str, endpoint: Endpoint, body: dict[str, Any],
                 timeout_s: float) -> dict[str, Any]: ...


@dataclass(frozen=True)
class Conversation:
    """What a guard judges: the user's text, and for output checks the model's answer to it."""

    user: str
    assistant: str | None = None

    @property
    def is_output(self) -> bool:
        return self.assistant is not None


@dataclass(frozen=True)
class GuardSettings:
    """One guardrail's guard model, as the policy configures it (see ``policy/schema/guard.py``)."""

    format: str
    model: str
    provider: str | None = None
    categories: tuple[str, ...] = ()
    threshold: float = 0.5
    timeout_s: float = 5.0
    policy_text: str | None = None
    labels: tuple[str, ...] = ()

    def acts_on(self, category: str, aliases: tuple[str, ...] = ()) -> bool:
        """Whether a flagged category counts toward the score (no list: every category does)."""
        if not self.categories:
            return True
        wanted = {c.casefold() for c in self.categories}
        return any(name.casefold() in wanted for name in (category, *aliases))


@dataclass
class GuardVerdict:
    """A guard's answer: ``score`` is the probability (or certainty) that the text violates one of
    the categories acted on; ``labels`` are every category the guard named."""

    score: float
    labels: list[str] = field(default_factory=list)


@dataclass
class Deadline:
    """The time left for one check that may take several requests."""

    timeout_s: float
    clock: Callable[[], float] = time.monotonic
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def left(self) -> float:
        left = self.timeout_s - (self.clock() - self.started)
        if left <= 0:
            raise GuardError(GuardFailure.TIMEOUT, f"the guard model gave no verdict within {self.timeout_s:g}s")
        return left


class GuardFormat(ABC):
    """One guard model family: builds its requests and reads its answers."""

    name: ClassVar[str] = ""
    endpoint: ClassVar[Endpoint] = Endpoint.CHAT
    input_only: ClassVar[bool] = False

    @abstractmethod
    def check(self, conversation: Conversation, settings: GuardSettings,
              ask: Callable[[dict[str, Any]], dict[str, Any]]) -> GuardVerdict:
        """Judge ``conversation``; ``ask(body)`` sends one request body to the guard model."""


_FORMATS: dict[str, GuardFormat] = {}


def register_format(cls: type[GuardFormat]) -> type[GuardFormat]:
    _FORMATS[cls.name] = cls()
    return cls


def guard_format(name: str) -> GuardFormat:
    try:
        return _FORMATS[name]
    except KeyError:
        raise GuardError(GuardFailure.NOT_CONFIGURED, f"unknown guard format {name!r}; known: {sorted(_FORMATS)}") from None


def format_names() -> list[str]:
    return sorted(_FORMATS)


# -- reading answers -------------------------------------------------------------------------------
def unparseable(what: str) -> GuardError:
    return GuardError(GuardFailure.UNPARSEABLE, f"the guard model's answer is not {what}")


def completion_choice(answer: dict[str, Any]) -> dict[str, Any]:
    choices = answer.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        raise unparseable("a completion (no choices)")
    return choices[0]


def chat_text(answer: dict[str, Any]) -> str:
    message = completion_choice(answer).get("message")
    content = message.get("content") if isinstance(message, dict) else None
    if not isinstance(content, str):
        raise unparseable("a chat message with text content")
    return content


def completion_text(answer: dict[str, Any]) -> str:
    text = completion_choice(answer).get("text")
    if not isinstance(text, str):
        raise unparseable("a text completion")
    return text


WORD_START = "\u2581\u0120"


def first_token_logprobs(answer: dict[str, Any]) -> dict[str, float]:
    """The first generated token's top alternatives (``/v1/completions`` logprobs), stripped of white
    space and of the word-start markers of raw SentencePiece/BPE tokens (``▁``, ``Ġ``) and case-folded;
    empty when the server sent none."""
    logprobs = completion_choice(answer).get("logprobs")
    tops = logprobs.get("top_logprobs") if isinstance(logprobs, dict) else None
    if not isinstance(tops, list) or not tops or not isinstance(tops[0], dict):
        return {}
    out: dict[str, float] = {}
    for token, value in tops[0].items():
        if isinstance(token, str) and isinstance(value, (int, float)) and math.isfinite(value):
            key = token.strip().strip(WORD_START).strip().casefold()
            out[key] = max(out.get(key, -math.inf), float(value))
    return out


def two_way_probability(logprobs: dict[str, float], yes: str, no: str) -> float | None:
    """P(yes) renormalised over the two answers, or None when neither is among the alternatives."""
    if yes not in logprobs and no not in logprobs:
        return None
    p_yes = math.exp(logprobs.get(yes, -math.inf))
    p_no = math.exp(logprobs.get(no, -math.inf))
    return p_yes / (p_yes + p_no) if p_yes + p_no > 0 else None
