"""Persistent block tables: one row per sequence holding cache blocks, kept in step with the block
manager, so a model step reads rows instead of rebuilding a padded table from Python lists.

The block manager reports every change (`on_allocate` when blocks are appended to a sequence's
table, by a prefix-cache hit or a fresh allocation; `on_free` when the sequence gives all of them
back, on finish, preemption or cancellation). Changes are queued on the host and applied to the
table tensor in one indexed write when the next step reads it, so a step costs O(batch + new
blocks), whatever the context length. A row past its sequence's length holds zeros, which makes
`view(rows)` equal to the zero-padded table built from the sequences' lists.

The table grows by doubling, in rows (sequences) and in width (blocks per sequence).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from sluice.inference.sequence import Sequence


class BlockTables:
    def __init__(self, *, device: torch.device | str = "cpu", rows: int = 64, width: int = 16) -> None:
        if rows < 1 or width < 1:
            raise ValueError("rows and width must be positive")
        self.device = torch.device(device)
        self._table = torch.zeros(rows, width, dtype=torch.int32, device=self.device)
        self._row_of: dict[int, int] = {}  # seq_id -> row
        self._seq_at: list[int | None] = [None] * rows  # row -> seq_id
        self.num_used = 0  # rows 0 .. num_used - 1 hold the sequences, with no gaps
        self.lens = [0] * rows  # blocks in each row
        self._writes: dict[int, list[tuple[int, list[int]]]] = {}  # row -> [(first column, block ids)]
        self._cleared: set[int] = set()  # rows to zero before the writes

    # -- updates from the block manager ------------------------------------------------------------
    def on_allocate(self, seq: Sequence, blocks: list[int]) -> None:
        """`blocks` were appended, in order, to the end of seq's block table."""
        if not blocks:
            return
        row = self._row_of.get(seq.seq_id)
        if row is None:
            if self.num_used == self._table.shape[0]:
                self._grow(rows=2 * self.num_used)
            row = self._row_of[seq.seq_id] = self.num_used
            self._seq_at[row] = seq.seq_id
            self.num_used += 1
        start = self.lens[row]
        end = start + len(blocks)
        if end > self._table.shape[1]:
            self._grow(width=end)
        self._writes.setdefault(row, []).append((start, list(blocks)))
        self.lens[row] = end

    def on_free(self, seq: Sequence) -> None:
        """seq gave back all its blocks. The last row moves into its row (one row copy), so the
        rows in use stay 0 .. num_used - 1 and a full decode batch reads them as one slice."""
        row = self._row_of.pop(seq.seq_id, None)
        if row is None:
            return
        self._writes.pop(row, None)
        last = self.num_used - 1
        if row != last:
            self._flush()  # the last row's queued blocks land before it is copied
            self._table[row].copy_(self._table[last])
            moved = self._seq_at[last]
            self._row_of[moved] = row
            self._seq_at[row] = moved
            self.lens[row] = self.lens[last]
        self._writes.pop(last, None)
        self._cleared.add(last)
        self.lens[last] = 0
        self._seq_at[last] = None
        self.num_used -= 1

    # -- reads for a step -------------------------------------------------------------------------
    def row(self, seq_id: int) -> int:
        """The row of a sequence that holds blocks (KeyError otherwise)."""
        return self._row_of[seq_id]

    @property
    def table(self) -> torch.Tensor:
        """The whole table `[rows, width]` int32 with every queued change applied."""
        self._flush()
        return self._table

    def view(self, rows: list[int]) -> torch.Tensor | None:
        """`[len(rows), longest of them]` int32: those rows, zero-padded (None for no rows).

        Consecutive ascending rows (a step's decode sequences in row order) come back as a slice
        of the table, without a copy: valid until the next change to the tables."""
        if not rows:
            return None
        width = max(self.lens[r] for r in rows)
        first = rows[0]
        if rows == list(range(first, first + len(rows))):
            return self.table[first : first + len(rows), :width]
        index = torch.tensor(rows, dtype=torch.long).to(self.device, non_blocking=True)
        return self.table[:, :width].index_select(0, index)

    # -- internals --------------------------------------------------------------------------------
    def _grow(self, *, rows: int | None = None, width: int | None = None) -> None:
        old_rows, old_width = self._table.shape
        new_rows = max(rows or 0, old_rows)
        new_width = old_width
        while width is not None and new_width < width:
            new_width *= 2
        table = torch.zeros(new_rows, new_width, dtype=torch.int32, device=self.device)
        table[:old_rows, :old_width] = self._table
        self._table = table
        self._seq_at.extend([None] * (new_rows - old_rows))
        self.lens.extend([0] * (new_rows - old_rows))

    def _flush(self) -> None:
        if self._cleared:
            rows = torch.tensor(sorted(self._cleared), dtype=torch.long).to(self.device, non_blocking=True)
            self._table.index_fill_(0, rows, 0)
            self._cleared.clear()
        if not self._writes:
            return
        rows: list[int] = []
        cols: list[int] = []
        blocks: list[int] = []
        for row, writes in self._writes.items():
            for start, ids in writes:
                rows.extend([row] * len(ids))
                cols.extend(range(start, start + len(ids)))
                blocks.extend(ids)
        self._writes.clear()
        packed = torch.tensor([rows, cols, blocks], dtype=torch.long).to(self.device, non_blocking=True)
        self._table[packed[0], packed[1]] = packed[2].to(torch.int32)
