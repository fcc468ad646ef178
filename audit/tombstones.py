"""Tombstones: the signed record, inside the log, of which positions a retention purge emptied.

A purge keeps each event's row, position and leaf hash and drops its entry. The same transaction
appends ``system`` events ``audit.purged`` whose ``detail.positions`` lists the emptied positions as
inclusive ``[first, last]`` ranges, with the reason and the rule. Tombstones are entries like any
other: hashed, covered by the next checkpoint, exported, and never purged themselves. Verification
accepts an empty position only when a tombstone later in the log names it, so emptying an entry by
hand (``entry = NULL``) is reported as a deletion.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import orjson

ACTION = "audit.purged"
MARKER = b'"action":"audit.purged"'  # how a canonical tombstone entry spells its action
RANGES_PER_EVENT = 2_000  # keeps each tombstone entry well under 100 KB


def to_ranges(positions: Iterable[int]) -> list[list[int]]:
    """Sorted positions as inclusive ``[first, last]`` ranges."""
    ranges: list[list[int]] = []
    for seq in sorted(positions):
        if ranges and seq == ranges[-1][1] + 1:
            ranges[-1][1] = seq
        else:
            ranges.append([seq, seq])
    return ranges


def batches(ranges: list[list[int]]) -> Iterator[list[list[int]]]:
    for i in range(0, len(ranges), RANGES_PER_EVENT):
        yield ranges[i:i + RANGES_PER_EVENT]


def tombstone_ranges(seq: int, entry: bytes) -> list[tuple[int, int]] | None:
    """The ranges a tombstone entry at ``seq`` covers (None if it is not a well-formed tombstone).

    Only positions before the tombstone itself count: a purge cannot vouch for the future.
    """
    if MARKER not in entry:
        return None
    try:
        event = orjson.loads(entry)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(event, dict) or event.get("kind") != "system" or event.get("action") != ACTION:
        return None
    positions = (event.get("detail") or {}).get("positions")
    if not isinstance(positions, list):
        return None
    found = []
    for item in positions:
        if (isinstance(item, list) and len(item) == 2 and all(type(v) is int for v in item)
                and 0 <= item[0] <= item[1] < seq):
            found.append((item[0], item[1]))
    return found


def merge_ranges(ranges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Inclusive ranges, sorted, overlapping and adjacent ones joined."""
    merged: list[list[int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return merged


class Coverage:
    """The union of tombstone ranges, asked whether a gap of positions is fully covered."""

    def __init__(self) -> None:
        self._ranges: list[tuple[int, int]] = []
        self._merged: list[list[int]] | None = None

    def add(self, ranges: Iterable[tuple[int, int]]) -> None:
        self._ranges.extend(ranges)
        self._merged = None

    def _merge(self) -> list[list[int]]:
        if self._merged is None:
            self._merged = merge_ranges(self._ranges)
        return self._merged

    def uncovered(self, first: int, last: int) -> list[tuple[int, int]]:
        """The parts of ``[first, last]`` no tombstone names."""
        missing, at = [], first
        for lo, hi in self._merge():
            if hi < at:
                continue
            if lo > last:
                break
            if lo > at:
                missing.append((at, lo - 1))
            at = max(at, hi + 1)
            if at > last:
                break
        if at <= last:
            missing.append((at, last))
        return missing
