"""Which patterns match a long text, searched piece by piece.

One RE2 call over a 400,000-character text holds the interpreter lock for tens of milliseconds, so
other scans in the same process stall behind it. Here the text is read in pieces of
``piece_chars`` characters, and ``between()`` runs before each piece (the scan's deadline check
and a yield to other threads).

The answer is the same as searching the whole text at once, for bounded and unbounded patterns:

- each piece is searched together with the text a pattern still holds back from the pieces before
  it (``LinearPattern.hold_start``: the leftmost position from which more text could still
  complete a match), plus one character of left context for ``^``, ``\\b`` and ``\\A``;
- a match that ends before the end of the searched slice saw its real right neighbour, so it is a
  match of the whole text; one that touches the end of the slice (which is not the end of the text)
  is only a candidate, and stays held back until more text is read;
- a pattern that holds back more than ``held_limit`` characters (a partial match that keeps
  growing) searches the rest of the text in one call, so no text is read more than a bounded
  number of times.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sluice.policy.linear.pattern import LinearPattern

PIECE_CHARS = 8_192
"""About 0.1-0.5 ms of RE2 work per pattern and piece."""
HELD_LIMIT = 65_536


def matching(patterns: Sequence[LinearPattern], text: str, *, between: Callable[[], None] | None = None,
             piece_chars: int = PIECE_CHARS, held_limit: int = HELD_LIMIT) -> set[int]:
    """Indexes of the ``patterns`` that match somewhere in ``text``. A pattern stops being searched
    once it has matched; the search ends when every pattern has."""
    if piece_chars < 1 or held_limit < piece_chars:
        raise ValueError("piece_chars must be >= 1 and held_limit >= piece_chars")
    if len(text) <= piece_chars:
        return {i for i, pattern in enumerate(patterns) if pattern.search(text) is not None}
    size = len(text)
    held = [0] * len(patterns)  # first position of the text from which pattern i may still match
    found: set[int] = set()
    end = 0
    while end < size and len(found) < len(patterns):
        if between is not None:
            between()
        end = min(size, end + piece_chars)
        for i, pattern in enumerate(patterns):
            if i in found:
                continue
            start = held[i]
            stop = size if end - start > held_limit else end
            lo = max(0, start - 1)
            window = text[lo:stop]
            match = pattern.search(window, start - lo)
            if match is not None and (stop == size or match.end() < len(window)):
                found.add(i)
            elif stop == size:
                held[i] = size
            else:
                held[i] = lo + pattern.hold_start(window, start - lo)
    return found
