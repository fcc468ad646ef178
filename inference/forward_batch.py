"""Tensors describing one model step over a flat list of tokens from several sequences."""

from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass
class ForwardBatch:
    """Decode tokens (one per sequence) come first, then the prefill chunks, sequence by sequence.

    slot_mapping gives each token's flat slot in the paged cache. Decode sequences read
    `decode_context_lens[i]` cached tokens through `decode_block_tables[i]`; prefill sequence i owns
    query rows cu_seqlens_q[i]:cu_seqlens_q[i+1] (offset by num_decode) and reads
    `prefill_context_lens[i]` cached tokens (its prefix plus the chunk itself).
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
