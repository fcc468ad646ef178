"""What both verifiers share: the report, and replaying leaves into a tree checked against checkpoints."""

from __future__ import annotations

from dataclasses import dataclass, field

import orjson

from sluice.audit.indexed import INDEXED, indexed_values
from sluice.audit.merkle import CompactRange, leaf_hash


@dataclass(frozen=True)
class Problem:
    kind: str  # edited | deleted | inserted | reordered | truncated | checkpoint | signature | bundle
    message: str
    seq: int | None = None


@dataclass
class Report:
    source: str
    records: int = 0
    tree_size: int = 0
    checkpoints: int = 0
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, message: str, seq: int | None = None) -> None:
        self.problems.append(Problem(kind, message, seq))

    def first(self) -> Problem:
        """The problem at the lowest record position, else the first one found."""
        located = [p for p in self.problems if p.seq is not None]
        return min(located, key=lambda p: p.seq) if located else self.problems[0]

    def summary(self) -> str:
        if self.ok:
            return (f"OK: {self.source}: {self.records} records, tree size {self.tree_size}, "
                    f"{self.checkpoints} checkpoint(s) verified")
        first = self.first()
        more = f" (and {len(self.problems) - 1} more problem(s))" if len(self.problems) > 1 else ""
        return f"FAILED: {self.source}: {first.message}{more}"


def entry_seq(entry: bytes) -> int | None:
    """The ``seq`` a canonical entry claims, or None if it is not a JSON object with one."""
    try:
        value = orjson.loads(entry)
    except orjson.JSONDecodeError:
        return None
    seq = value.get("seq") if isinstance(value, dict) else None
    return seq if isinstance(seq, int) and not isinstance(seq, bool) else None


def check_entry(report: Report, position: int, entry: bytes, expected_leaf: bytes,
                stored: tuple | None = None) -> bool:
    """Compare one record with the leaf at ``position`` and, given the row's ``stored`` indexed column
    values, those with what the entry implies; name what is wrong. True when intact."""
    claimed = entry_seq(entry)
    if claimed is None:
        report.add("edited", f"record {position} was edited: it is not a valid audit entry", position)
        return False
    if claimed != position:
        if claimed > position:
            report.add("reordered", f"record {position} is missing or was moved: position {position} holds "
                                    f"record {claimed} (deleted or reordered)", position)
        else:
            report.add("inserted", f"position {position} holds record {claimed}: a record was inserted or "
                                   f"moved before it (inserted or reordered)", position)
        return False
    if leaf_hash(entry) != expected_leaf:
        report.add("edited", f"record {position} was edited: its content does not match its leaf hash", position)
        return False
    if stored is not None:
        changed = [name for name, mine, theirs in zip(INDEXED, indexed_values(entry), stored) if mine != theirs]
        if changed:
            report.add("edited", f"record {position}: column {', '.join(changed)} was edited: it no longer "
                                 f"matches the hashed entry", position)
            return False
    return True


class Replay:
    """Feeds leaf hashes in order and checks the root at every checkpoint size on the way."""

    def __init__(self, report: Report, checkpoints: list[tuple[int, bytes, str]]):
        self.report = report
        self.tree = CompactRange()
        self.pending = sorted(checkpoints)
        self.matched: list[tuple[int, str]] = []
        self._check()

    def _check(self) -> None:
        while self.pending and self.pending[0][0] == self.tree.size:
            size, root, label = self.pending.pop(0)
            if self.tree.root() == root:
                self.matched.append((size, label))
                self.report.checkpoints += 1
            else:
                self.report.add("checkpoint", f"{label} (size {size}) does not match the records "
                                              f"0..{size - 1}: they were rewritten or the checkpoint is forged")

    def append(self, leaf: bytes) -> None:
        self.tree.append(leaf)
        if self.pending and self.pending[0][0] == self.tree.size:
            self._check()

    def extend(self, leaves: list[bytes]) -> None:
        i = 0
        while i < len(leaves):
            stop = self.pending[0][0] if self.pending else None
            take = len(leaves) - i if stop is None else min(len(leaves) - i, stop - self.tree.size)
            self.tree.extend(leaves[i:i + take])
            i += take
            self._check()

    def finish(self) -> None:
        for size, _, label in self.pending:
            self.report.add("truncated", f"log truncated: {label} covers {size} records but only "
                                         f"{self.tree.size} are present (records {self.tree.size}..{size - 1} "
                                         f"deleted)", self.tree.size)
        self.pending = []


def prefix_problems(report: Report, checkpoints: list[tuple[int, bytes, str]], replay: Replay) -> None:
    """Name a checkpoint that is not a prefix of a later one (both checked against the same leaves)."""
    matched = {label for _, label in replay.matched}
    ordered = sorted(checkpoints)
    for i, (size, _, label) in enumerate(ordered):
        if label in matched:
            continue
        for later_size, _, later_label in ordered[i + 1:]:
            if later_label in matched and later_size >= size:
                report.add("checkpoint", f"{label} (size {size}) is not a prefix of {later_label} "
                                         f"(size {later_size})", None)
                break
