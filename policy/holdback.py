"""Where a streamed response may be cut: the first position that some pattern could still need.

Each pattern answers ``hold_start(text, pos)``: the leftmost position from which the text seen so
far is a prefix of one of its matches. Text before the minimum over all patterns can never become
part of a match, whatever the model sends next, so it is final. Policy patterns answer in linear
time on RE2 (:mod:`sluice.policy.linear`); the gateway's own Presidio patterns that RE2 cannot
express (a backreference) fall back to partial matching with the ``regex`` module.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from sluice.policy.detectors.presidio_engine import PHONE_CANDIDATE
from sluice.policy.linear import hold_pattern
from sluice.policy.schema.common import PRESIDIO_FLAGS

END_MARGIN = 1
"""For fallback patterns: a complete match ending this close to the end may still grow."""


class PartialMatcher:
    """Hold-back by partial matching with the backtracking ``regex`` module (trusted patterns only)."""

    def __init__(self, source: str, flags: int):
        self.compiled = regex.compile(source, flags)

    def hold_start(self, text: str, pos: int = 0) -> int:
        end = len(text)
        for m in self.compiled.finditer(text, pos, partial=True):
            if m.partial or m.end() >= end - END_MARGIN:
                return m.start()
        return end


@dataclass(frozen=True)
class Hold:
    """``index``: first held position; ``owner``: the guardrail whose pattern holds it (or ``None``)."""

    index: int
    owner: str | None = None


class HoldBack:
    """The patterns of one output scanner, grouped by the guardrail that owns them."""

    def __init__(self, owners: dict[str, list]):
        self.owners = {name: matchers for name, matchers in owners.items() if matchers}

    @classmethod
    def for_detectors(cls, *, pii=None, words=None) -> "HoldBack":
        owners: dict[str, list] = {"pii": [], "words": words.matchers() if words is not None else []}
        if pii is not None:
            sources = []
            for recognizer in pii.recognizers():
                if hasattr(recognizer, "matchers"):
                    owners["pii"] += recognizer.matchers()
                    continue
                sources += [p.regex for p in getattr(recognizer, "patterns", None) or []]
                if "PHONE_NUMBER" in recognizer.supported_entities:
                    sources.append(PHONE_CANDIDATE.pattern)
            for source in dict.fromkeys(sources):
                owners["pii"].append(hold_pattern(source, PRESIDIO_FLAGS) or PartialMatcher(source, PRESIDIO_FLAGS))
        return cls(owners)

    def hold(self, text: str, pos: int = 0) -> Hold:
        """The first position of ``text`` (at or after ``pos``) that a pattern could still need."""
        data = text.encode("utf-8")
        ascii_only = len(data) == len(text)
        byte_pos = pos if ascii_only else len(text[:pos].encode("utf-8"))
        best = Hold(len(text))
        for owner, matchers in self.owners.items():
            for matcher in matchers:
                if isinstance(matcher, PartialMatcher):
                    index = matcher.hold_start(text, pos)
                else:
                    found = matcher.hold_start_utf8(data, byte_pos)
                    index = found if ascii_only or found == len(data) else len(data[:found].decode("utf-8"))
                if index < best.index:
                    best = Hold(index, owner)
        return best
