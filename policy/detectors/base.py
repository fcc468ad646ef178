"""Detector extension point: a base class, a registry by name, and a factory from config.

A detector turns one text into a :class:`Detection` (a score and optional spans). It never acts:
the pipeline decides what to do from the policy. Constructors only store configuration; heavy
models are fetched lazily from :mod:`sluice.policy.models.cache` on first ``detect`` (or ``warm_up``).
"""

from __future__ import annotations

import re
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, Callable, ClassVar

from sluice.policy.errors import UnknownDetectorError


@dataclass(frozen=True)
class Span:
    """A located finding. ``start``/``end`` are character offsets into the scanned text."""

    entity_type: str
    start: int
    end: int
    score: float

    def to_dict(self) -> dict:
        return {"entity_type": self.entity_type, "start": self.start, "end": self.end, "score": round(self.score, 4)}


@dataclass
class Detection:
    """What a detector found in one text. ``label`` names a matched topic or pattern family;
    ``labels`` lists every category a guard model named; ``category_scores`` holds a multi-label
    classifier's probability per category (the policy thresholds each one)."""

    score: float = 0.0
    spans: list[Span] = field(default_factory=list)
    label: str | None = None
    labels: list[str] = field(default_factory=list)
    category_scores: dict[str, float] = field(default_factory=dict)

    def all_labels(self) -> list[str]:
        return self.labels or ([self.label] if self.label else [])

    @staticmethod
    def empty() -> "Detection":
        return Detection()


WINDOW_CHARS = 400
"""The encoder reads at most 128 tokens (about 400 characters of English)."""

_SENTENCE = re.compile(r"(?<=[.!?\n])\s+")


def text_windows(text: str, size: int = WINDOW_CHARS) -> list[str]:
    """Pieces of ``text`` to embed so that nothing in it goes unseen or diluted: the whole text
    when it fits, and each sentence on its own (long sentences cut into ``size`` pieces) when
    there are several. Padding a prompt cannot push a denied topic or an attack out of view."""
    sentences = [s for s in _SENTENCE.split(text) if s.strip()]
    windows = [text] if len(text) <= size else []
    if len(sentences) > 1 or not windows:
        for sentence in sentences:
            windows += [sentence[i:i + size] for i in range(0, len(sentence), size)]
    return list(dict.fromkeys(windows)) or [text]


class ScanContext:
    """Per-scan shared work, e.g. sentence embeddings computed once and used by several detectors,
    and the scan's CPU-time deadline (:class:`~sluice.policy.budget.Deadline`), which detectors
    check between pieces of work. ``request_text``: when scanning a response, the request it
    answers (guard models judge the pair)."""

    def __init__(self, request_text: str | None = None, deadline: Any = None) -> None:
        self._embeddings: dict[str, Any] = {}
        self.request_text = request_text
        self.deadline = deadline

    def check_deadline(self) -> None:
        """Raise :class:`~sluice.policy.errors.ScanTimeoutError` when the scan is over its budget."""
        if self.deadline is not None:
            self.deadline.check()

    def between_pieces(self) -> None:
        """Called by detectors between pieces of a long text: the deadline check, then a yield of
        the interpreter lock so that other scans in the process get their turn."""
        self.check_deadline()
        time.sleep(0)

    def embedding(self, text: str):
        """One unit vector for ``text`` (the encoder reads its first 128 tokens)."""
        vecs = self._embeddings.get(text)
        return vecs[0] if vecs is not None and len(text) <= WINDOW_CHARS else self._embed([text])[0]

    def embeddings(self, text: str):
        """``[windows, 384]`` unit vectors covering the whole of ``text``."""
        vecs = self._embeddings.get(text)
        if vecs is None:
            vecs = self._embeddings[text] = self._embed(text_windows(text))
        return vecs

    @staticmethod
    def _embed(texts: list[str]):
        from sluice.policy.models import cache

        return cache.embedder().embed(texts)


class Detector(ABC):
    """Base class of every detector. Subclasses set ``name`` and implement ``detect``."""

    name: ClassVar[str] = ""
    max_match_length: ClassVar[int | None] = None

    @abstractmethod
    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        """Scan ``text``; raise on internal failure (the pipeline records ``errored``)."""

    def warm_up(self) -> None:
        """Load models now (optional; detection loads lazily otherwise)."""


_REGISTRY: dict[str, Callable[..., Detector]] = {}


def register_detector(name: str):
    """Class decorator: make a detector constructible by ``create_detector(name, ...)``."""

    def wrap(cls):
        cls.name = name
        _REGISTRY[name] = cls
        return cls

    return wrap


def create_detector(name: str, /, **config: Any) -> Detector:
    """Build the detector registered under ``name`` with keyword configuration."""
    try:
        factory = _REGISTRY[name]
    except KeyError:
        raise UnknownDetectorError(f"unknown detector {name!r}; known: {sorted(_REGISTRY)}") from None
    return factory(**config)


def registered_detectors() -> list[str]:
    return sorted(_REGISTRY)
