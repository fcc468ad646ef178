"""The step preparation as it was before the persistent block tables: every tensor rebuilt from the
sequences' Python lists (the padded block table row by row, a slot per token from its block). Kept
as the reference that `build_forward_batch` must equal, and as the baseline of
`bench/prepare_cost.py`."""

from __future__ import annotations

import torch

from sluice.inference.forward_batch import ForwardBatch
from sluice.inference.sequence import Sequence


def prepare_from_lists(
    seqs: list[Sequence], num_new: list[int], *, block_size: int, device: torch.device | str = "cpu"
) -> ForwardBatch:
    """Decode tokens (one per sequence) must come first in `seqs`."""
    ids: list[int] = []
    pos: list[int] = []
    slots: list[int] = []
    bs = block_size
    for seq, n in zip(seqs, num_new):
        start = seq.num_computed_tokens
        ids.extend(seq.token_ids[start : start + n])
        for p in range(start, start + n):
            pos.append(p)
            slots.append(seq.block_table[p // bs] * bs + p % bs)
    nd = 0
    while nd < len(seqs) and num_new[nd] == 1:
        nd += 1
    dec, pre = seqs[:nd], seqs[nd:]
    cu_q, cu_k = [0], [0]
    for seq, n in zip(pre, num_new[nd:]):
        cu_q.append(cu_q[-1] + n)
        cu_k.append(cu_k[-1] + seq.num_computed_tokens + n)
    return ForwardBatch(
        input_ids=torch.tensor(ids, dtype=torch.long, device=device),
        positions=torch.tensor(pos, dtype=torch.long, device=device),
        slot_mapping=torch.tensor(slots, dtype=torch.long, device=device),
        num_decode=nd,
        decode_block_tables=tables_from_lists(dec, device),
        decode_context_lens=_lens(dec, [1] * nd, device),
        prefill_block_tables=tables_from_lists(pre, device),
        prefill_context_lens=_lens(pre, num_new[nd:], device),
        cu_seqlens_q=cu_q,
        cu_seqlens_k=cu_k,
    )


def tables_from_lists(seqs: list[Sequence], device: torch.device | str = "cpu") -> torch.Tensor | None:
    """The zero-padded `[len(seqs), longest table]` int32 block table."""
    if not seqs:
        return None
    width = max(len(s.block_table) for s in seqs)
    rows = [s.block_table + [0] * (width - len(s.block_table)) for s in seqs]
    return torch.tensor(rows, dtype=torch.int32, device=device)


def _lens(seqs: list[Sequence], num_new: list[int], device: torch.device | str) -> torch.Tensor | None:
    if not seqs:
        return None
    lens = [s.num_computed_tokens + n for s, n in zip(seqs, num_new)]
    return torch.tensor(lens, dtype=torch.int32, device=device)


def assert_same_batch(ours: ForwardBatch, reference: ForwardBatch) -> None:
    """Every field equal, tensors in value, dtype and shape."""
    for name, want in reference.__dict__.items():
        got = getattr(ours, name)
        if isinstance(want, torch.Tensor):
            assert isinstance(got, torch.Tensor), name
            assert got.dtype == want.dtype and torch.equal(got, want), name
        else:
            assert got == want, name
