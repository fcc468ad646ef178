"""A small pattern-recognizer base with the interface the PII detector calls on Presidio's
recognizers (``supported_entities``, ``context``, ``analyze``), but no Presidio machinery: each
recognizer is a few compiled regexes plus a plain-Python validation of every candidate."""

from __future__ import annotations

import bisect
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Callable, ClassVar, Iterator


@dataclass(frozen=True)
class Found:
    """One match, shaped like Presidio's ``RecognizerResult`` where the detector reads it."""

    entity_type: str
    start: int
    end: int
    score: float


@dataclass(frozen=True)
class HoldPattern:
    """Shaped like Presidio's ``Pattern`` where the output scanner reads it."""

    regex: str


class OwnRecognizer(ABC):
    """Base of Sluice's own recognizers. ``context`` lists words that raise a score when they stand
    shortly before a match (the detector applies them, as for Presidio's recognizers)."""

    supported_entities: ClassVar[list[str]] = []
    context: ClassVar[list[str]] = []
    supported_language: ClassVar[str] = "en"

    hold_patterns: ClassVar[list[str]] = []
    """Regexes whose partial matches at the end of streamed text must be held back."""

    @property
    def patterns(self) -> list["HoldPattern"]:
        return [HoldPattern(r) for r in self.hold_patterns]

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[Found]:
        wanted = set(entities)
        return [f for f in self.find(text) if f.entity_type in wanted]

    @abstractmethod
    def find(self, text: str) -> Iterator[Found]:
        """Every match in ``text``."""


_REGISTRY: dict[str, Callable[[], OwnRecognizer]] = {}


def own_recognizer(cls: type[OwnRecognizer]) -> type[OwnRecognizer]:
    """Class decorator: the class is the recognizer of each entity in ``supported_entities``."""
    for entity in cls.supported_entities:
        _REGISTRY[entity] = cls
    return cls


def own_recognizer_for(entity: str) -> Callable[[], OwnRecognizer] | None:
    return _REGISTRY.get(entity)


def own_entities() -> set[str]:
    return set(_REGISTRY)


def preceding_words(text: str, start: int, count: int = 4, reach: int = 60) -> list[str]:
    """The last ``count`` words (case-folded) before ``start``."""
    return _WORD.findall(text[max(0, start - reach):start].casefold())[-count:]


_WORD = re.compile(r"[^\W\d_]+")


class Covered:
    """A union of character ranges: ``add`` a range, ask whether one lies inside (log time)."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._ends, start)
        j = bisect.bisect_right(self._starts, end)
        if i < j:
            start, end = min(start, self._starts[i]), max(end, self._ends[j - 1])
        self._starts[i:j], self._ends[i:j] = [start], [end]

    def contains(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and end <= self._ends[i]
