"""Compiled policy patterns: matching on RE2 (linear time in the text) plus the hold-back query a
streaming scanner needs."""

from __future__ import annotations

import re
from functools import lru_cache

import re2

from sluice.policy.linear.render import prefixes, render
from sluice.policy.linear.syntax import UnsupportedPattern, max_width, parse

_UNANCHORED = re2._Anchor.UNANCHORED
MAX_PROGRAM_BYTES = 64 << 20
"""RE2's memory budget per compiled pattern (its DFA cache included)."""


def _options() -> re2.Options:
    options = re2.Options()
    options.log_errors = False
    options.max_mem = MAX_PROGRAM_BYTES
    return options


def _re2(source: str):
    try:
        return re2.compile(source, options=_options())
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise UnsupportedPattern(f"the linear-time engine (RE2) cannot compile it: {reason}") from None


def _with_flags(body: str, flags: int) -> str:
    return ("(?i)" if flags & re.IGNORECASE else "") + body


class LinearPattern:
    """One policy regular expression (Python syntax) running on RE2.

    ``max_width`` is the longest match in characters (``None``: unbounded). ``hold_start(text)`` is
    the first position of ``text`` from which more text could still complete, extend or change a
    match: everything before it is final for this pattern."""

    def __init__(self, source: str, flags: int = 0, *, trusted: bool = False):
        tree = parse(source, flags, allow_assertions=trusted)
        global_flags = tree.state.flags
        self.source = source
        self.max_width = max_width(tree)
        self.regex = None if trusted else _re2(_with_flags(render(tree, global_flags), global_flags))
        tail = prefixes(tree, global_flags)
        self._tail = _re2(_with_flags(f"(?:{tail})\\z", global_flags)) if tail else None

    def finditer(self, text: str, pos: int = 0):
        """Non-overlapping matches from ``pos``; ``text[:pos]`` is context for ``^`` and ``\\b``."""
        return self.regex.finditer(text, pos)

    def fullmatch(self, text: str):
        return self.regex.fullmatch(text)

    def search(self, text: str, pos: int = 0):
        return self.regex.search(text, pos)

    def hold_start(self, text: str, pos: int = 0) -> int:
        """The leftmost ``i >= pos`` such that ``text[i:]`` is a prefix of some match (``len(text)``
        when there is none). With a bounded width only the last ``max_width + 1`` characters are read."""
        if self._tail is None:
            return len(text)
        if self.max_width is not None:
            pos = max(pos, len(text) - self.max_width - 1)
        match = self._tail.search(text, pos)
        return match.start() if match is not None else len(text)

    def hold_start_utf8(self, data: bytes, pos: int = 0) -> int:
        """``hold_start`` on UTF-8 bytes (byte offsets), without the wrapper's per-call re-encoding:
        a scanner encodes its held text once and asks every pattern."""
        if self._tail is None:
            return len(data)
        if self.max_width is not None:
            pos = max(pos, len(data) - 4 * (self.max_width + 1))  # a character is at most 4 bytes
        start = self._tail._regexp.Match(_UNANCHORED, data, pos, len(data))[0][0]
        return start if start >= 0 else len(data)


@lru_cache(maxsize=2048)
def compile_pattern(source: str, flags: int = 0) -> LinearPattern:
    """A policy pattern compiled for RE2 (cached); raises :class:`UnsupportedPattern`."""
    return LinearPattern(source, flags)


@lru_cache(maxsize=512)
def hold_pattern(source: str, flags: int = 0) -> LinearPattern | None:
    """The hold-back query of one of the gateway's own patterns (lookaround allowed, dropped from
    the query); ``None`` when it cannot be expressed, and the caller falls back."""
    try:
        return LinearPattern(source, flags, trusted=True)
    except UnsupportedPattern:
        return None


def check_pattern(source: str, flags: int = 0) -> str:
    """Validate a policy pattern; return it unchanged or raise :class:`UnsupportedPattern`."""
    compile_pattern(source, flags)
    return source
