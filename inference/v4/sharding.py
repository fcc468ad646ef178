"""How DeepSeek-V4 splits over tensor / expert parallel ranks (as DeepSeek's reference does).

Per rank: 1/world of the query heads (`wq_b` rows, `attn_sink`), of the output groups (`wo_a` rows,
`wo_b` columns: the grouped projection keeps each group's heads on one rank), of the routed experts
(expert parallel) and of the shared expert's width. Attention and MoE outputs are then partial sums,
added up with one all-reduce each. Replicated: the shared key/value head (`wkv`, `norm`), the
compressors and the CSA indexer (so every rank keeps the same paged cache), the router, mHC, the
embedding and the head.
"""

from __future__ import annotations

import re

import torch

from sluice.inference.errors import ConfigError, InferenceErrorCode
from sluice.inference.parallel import ParallelContext
from sluice.inference.v4.config import V4Config

_EXPERT = re.compile(r"^layers\.\d+\.ffn\.experts\.(\d+)\.")
# canonical name suffix -> dimension split over ranks
_SPLIT = {
    "attn.wq_b.weight": 0,
    "attn.attn_sink": 0,
    "attn.wo_a.weight": 0,
    "attn.wo_b.weight": 1,
    "ffn.shared_experts.w1.weight": 0,
    "ffn.shared_experts.w3.weight": 0,
    "ffn.shared_experts.w2.weight": 1,
}


def check_divisible(cfg: V4Config, par: ParallelContext) -> None:
    """Refuse, naming every field, a config whose heads, groups or experts do not split evenly."""
    world = par.world_size
    fields = {
        "num_attention_heads": cfg.num_attention_heads,
        "o_groups": cfg.o_groups,
        "n_routed_experts": cfg.n_routed_experts,
        "moe_intermediate_size": cfg.moe_intermediate_size,
    }
    bad = [f"{name}={value}" for name, value in fields.items() if value % world]
    if bad:
        raise ConfigError(
            f"DeepSeek-V4 over {world} ranks needs {', '.join(bad)} divisible by {world} "
            "(heads, output groups and routed experts are split across ranks)",
            code=InferenceErrorCode.INVALID_ENGINE_ARG,
        )


def local_experts(cfg: V4Config, par: ParallelContext) -> range:
    """Global ids of the routed experts this rank owns."""
    per_rank = cfg.n_routed_experts // par.world_size
    return range(par.rank * per_rank, (par.rank + 1) * per_rank)


class Shards:
    """Which part of each checkpoint tensor this rank loads (names are canonical, see `names`)."""

    def __init__(self, cfg: V4Config, par: ParallelContext) -> None:
        self.par, self.experts = par, local_experts(cfg, par)

    def foreign(self, name: str) -> bool:
        """A routed expert of another rank: not read at all."""
        match = _EXPERT.match(name)
        return match is not None and int(match.group(1)) not in self.experts

    def dim(self, name: str) -> int | None:
        if self.par.world_size == 1 or not name.startswith("layers."):
            return None
        suffix = name.split(".", 2)[2]
        return _SPLIT.get(suffix)

    def full_shape(self, name: str, local: tuple[int, ...]) -> tuple[int, ...]:
        dim = self.dim(name)
        if dim is None:
            return local
        return local[:dim] + (local[dim] * self.par.world_size,) + local[dim + 1 :]

    def take(self, name: str, full: torch.Tensor) -> torch.Tensor:
        """This rank's contiguous share of a full tensor."""
        dim = self.dim(name)
        if dim is None:
            return full
        size = full.shape[dim] // self.par.world_size
        return full.narrow(dim, self.par.rank * size, size)
