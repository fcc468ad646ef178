"""Whole-word, case-insensitive word lists on RE2.

RE2 has no lookaround, so ``(?<!\\w)word(?!\\w)`` is checked in two steps: RE2 finds the leftmost
candidate (longest word first), then the characters on either side are tested. A candidate that
fails the test falls back to the shorter words starting at the same place, as the lookaround
version does, and the search goes on one character later otherwise."""

from __future__ import annotations

import re
from collections.abc import Iterator

from sluice.policy.linear.pattern import LinearPattern, compile_pattern


def is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


class WordList:
    """Matches any of ``words`` as a whole word, ignoring case."""

    def __init__(self, words: list[str]):
        self.words = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
        self.any_word: LinearPattern | None = (
            compile_pattern("(?i)(?:" + "|".join(re.escape(w) for w in self.words) + ")") if self.words else None
        )
        self._each = [compile_pattern("(?i)" + re.escape(w)) for w in self.words]

    def _bounded(self, text: str, start: int, end: int) -> bool:
        return (start == 0 or not is_word_char(text[start - 1])) and (end == len(text) or not is_word_char(text[end]))

    def _at(self, text: str, start: int) -> int | None:
        """End of the first (longest) word that matches whole at ``start``."""
        for pattern in self._each:
            m = pattern.regex.match(text, start)
            if m is not None and m.end() > start and self._bounded(text, start, m.end()):
                return m.end()
        return None

    def finditer(self, text: str, pos: int = 0) -> Iterator[tuple[int, int]]:
        if self.any_word is None:
            return
        while pos < len(text):
            m = self.any_word.search(text, pos)
            if m is None:
                return
            start = m.start()
            end = m.end() if self._bounded(text, start, m.end()) else self._at(text, start)
            if end is None:
                pos = start + 1
                continue
            yield start, end
            pos = end

    def hold_start(self, text: str, pos: int = 0) -> int:
        """First position from which a word (and the character after it) could still be completed."""
        return self.any_word.hold_start(text, pos) if self.any_word is not None else len(text)

    def hold_start_utf8(self, data: bytes, pos: int = 0) -> int:
        return self.any_word.hold_start_utf8(data, pos) if self.any_word is not None else len(data)
