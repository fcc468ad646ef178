"""Tensors describing one model step over a flat list of tokens from several sequences."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch

if TYPE_CHECKING:
    from sluice.inference.block_tables import BlockTables
    from sluice.inference.sequence import Sequence


@dataclass
class ForwardBatch:
    """Decode tokens (one per sequence) come first, then the prefill chunks, sequence by sequence.

    slot_mapping gives each token's flat slot in the paged cache. Decode sequences read
    `decode_context_lens[i]` cached tokens through `decode_block_tables[i]`; prefill sequence i owns
    query rows cu_seqlens_q[i]:cu_seqlens_q[i+1] (offset by num_decode) and reads
    `prefill_context_lens[i]` cached tokens (its prefix plus the chunk itself). The block tables
    may be slices of the runner's persistent `BlockTables`: read them within the step.
    """

    input_ids: torch.Tensor
    positions: torch.Tensor
    slot_mapping: torch.Tensor
    num_decode: int
    decode_block_tables: torch.Tensor | None
    decode_context_lens: torch.Tensor | None
    prefill_block_tables: torch.Tensor | None
    prefill_context_lens: torch.Tensor | None
    cu_seqlens_q: list[int]
    cu_seqlens_k: list[int]

    def to(self, device: torch.device | str) -> ForwardBatch:
        """The same batch with its tensors on `device` (sent between ranks on CPU)."""
        moved = {
            name: value.to(device) if isinstance(value, torch.Tensor) else value
            for name, value in self.__dict__.items()
        }
        return ForwardBatch(**moved)

    @property
    def num_tokens(self) -> int:
        return int(self.input_ids.shape[0])


def step_order(seqs: list[Sequence], num_new: list[int], tables: BlockTables | None) -> list[int]:
    """Indices of `seqs` in the order to run them: decode sequences (one new token) first, each
    group by table row, so a batch of every running sequence reads its table as one slice."""
    if tables is None:
        return sorted(range(len(seqs)), key=lambda i: num_new[i] != 1)
    return sorted(range(len(seqs)), key=lambda i: (num_new[i] != 1, tables.row(seqs[i].seq_id)))


def build_forward_batch(
    seqs: list[Sequence],
    num_new: list[int],
    tables: BlockTables,
    *,
    block_size: int,
    device: torch.device,
) -> ForwardBatch:
    """The step's batch for `seqs` (decode sequences first, one new token each), whose blocks
    `tables` holds. Python work is per sequence and per new token: past context is only touched by
    tensor ops on the persistent table (the new tokens' slots, the rows the step reads)."""
    nd = 0
    while nd < len(seqs) and num_new[nd] == 1:
        nd += 1
    ids: list[int] = []
    rows: list[int] = []
    starts: list[int] = []
    for seq, n in zip(seqs, num_new):
        start = seq.num_computed_tokens
        ids.extend(seq.token_ids[start : start + n])
        rows.append(tables.row(seq.seq_id))
        starts.append(start)
    total, count = len(ids), len(seqs)
    start_t = torch.tensor(starts, dtype=torch.long)
    counts = torch.tensor(num_new, dtype=torch.long)
    row_t = torch.tensor(rows, dtype=torch.long)
    if nd == count:  # decode only: one token per sequence
        positions, token_rows = start_t, row_t
    else:
        first = torch.cumsum(counts, 0) - counts  # each sequence's first row in the flat batch
        positions = torch.arange(total) + (start_t - first).repeat_interleave(counts, output_size=total)
        token_rows = row_t.repeat_interleave(counts, output_size=total)
    host = torch.cat((torch.tensor(ids, dtype=torch.long), positions, token_rows, start_t + counts))
    host = host.to(device, non_blocking=True)  # one copy to the device per step
    input_ids, positions, token_rows, lens = host.split((total, total, total, count))
    table = tables.table
    slots = table[token_rows, positions // block_size].long() * block_size + positions % block_size
    lens = lens.to(torch.int32)
    cu_q, cu_k = [0], [0]
    for start, n in zip(starts[nd:], num_new[nd:]):
        cu_q.append(cu_q[-1] + n)
        cu_k.append(cu_k[-1] + start + n)
    return ForwardBatch(
        input_ids=input_ids,
        positions=positions,
        slot_mapping=slots,
        num_decode=nd,
        decode_block_tables=tables.view(rows[:nd]),
        decode_context_lens=lens[:nd] if nd else None,
        prefill_block_tables=tables.view(rows[nd:]),
        prefill_context_lens=lens[nd:] if nd < count else None,
        cu_seqlens_q=cu_q,
        cu_seqlens_k=cu_k,
    )
