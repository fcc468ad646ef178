"""Tensor parallelism (attention heads, dense MLP widths) and expert parallelism (routed experts).

Every rank holds the full latent KV cache, the embeddings and the LM head; each holds 1/world of
the heads and MLP columns and of the routed experts, and partial outputs are summed with one
all-reduce per attention and per MLP block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import torch

from sluice.inference.errors import ConfigError


@dataclass(frozen=True)
class ParallelContext:
    rank: int = 0
    world_size: int = 1
    group: Any = None

    @classmethod
    def from_torch_distributed(cls, group: Any = None) -> ParallelContext:
        import torch.distributed as dist

        if not dist.is_available() or not dist.is_initialized():
            return cls()
        return cls(rank=dist.get_rank(group), world_size=dist.get_world_size(group), group=group)

    def split(self, total: int, what: str) -> tuple[int, int]:
        """(start, size) of this rank's contiguous share of `total` items."""
        if total % self.world_size:
            raise ConfigError(f"{what} ({total}) is not divisible by the parallel size {self.world_size}")
        size = total // self.world_size
        return self.rank * size, size

    def all_reduce(self, tensor: torch.Tensor) -> torch.Tensor:
        if self.world_size > 1:
            import torch.distributed as dist

            dist.all_reduce(tensor, group=self.group)
        return tensor

    def broadcast_object(self, obj: Any) -> Any:
        """Rank 0's value on every rank (used for sampled token ids)."""
        if self.world_size == 1:
            return obj
        import torch.distributed as dist

        holder = [obj]
        dist.broadcast_object_list(holder, src=0, group=self.group)
        return holder[0]
