"""Building blocks of the DeepSeek model: RMSNorm, dense MLP and the MoE block."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference import ops
from sluice.inference.config import ModelConfig
from sluice.inference.parallel import ParallelContext


def _param(*shape: int, dtype: torch.dtype, device: torch.device) -> nn.Parameter:
    return nn.Parameter(torch.empty(*shape, dtype=dtype, device=device), requires_grad=False)


def linear(x: torch.Tensor, weight: torch.Tensor) -> torch.Tensor:
    """x @ weight.T; a weight kept in FP8 carries `scale_inv` and `fp8_block` (set by the loader)."""
    scale = getattr(weight, "scale_inv", None)
    if scale is None:
        return F.linear(x, weight)
    return ops.fp8_linear(x, weight, scale, weight.fp8_block)


class RMSNorm(nn.Module):
    def __init__(self, dim: int, eps: float, *, dtype: torch.dtype, device: torch.device) -> None:
        super().__init__()
        self.eps = eps
        self.weight = _param(dim, dtype=dtype, device=device)

    def forward(self, x: torch.Tensor, residual: torch.Tensor | None = None):
        return ops.rms_norm(x, self.weight, self.eps, residual)


class MLP(nn.Module):
    """SiLU-gated MLP, split over ranks by intermediate columns; output is a partial sum."""

    def __init__(self, hidden: int, intermediate: int, par: ParallelContext, *, dtype, device) -> None:
        super().__init__()
        _, self.local = par.split(intermediate, "MLP intermediate size")
        self.gate_up_proj = _param(2 * self.local, hidden, dtype=dtype, device=device)
        self.down_proj = _param(hidden, self.local, dtype=dtype, device=device)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        gate, up = F.linear(x, self.gate_up_proj).chunk(2, dim=-1)
        return F.linear(F.silu(gate) * up, self.down_proj)


class MoE(nn.Module):
    """Routed experts (this rank's share) plus the shared experts; output is a partial sum."""

    def __init__(
        self, cfg: ModelConfig, par: ParallelContext, *, dtype, device, fp8_experts: bool = False
    ) -> None:
        super().__init__()
        self.cfg = cfg
        experts, hidden, inter = cfg.n_routed_experts, cfg.hidden_size, cfg.moe_intermediate_size
        self.expert_start, self.num_local_experts = par.split(experts, "n_routed_experts")
        self.gate_weight = _param(experts, hidden, dtype=torch.float32, device=device)
        self.correction_bias = (
            _param(experts, dtype=torch.float32, device=device) if cfg.topk_method == "noaux_tc" else None
        )
        local = self.num_local_experts
        self.w13_scale = self.w2_scale = None
        self.fp8_block = cfg.fp8.block_size if fp8_experts else None
        if fp8_experts:  # block-scaled FP8 weights, scales [E, ceil(out / bo), ceil(in / bi)]
            bo, bi = self.fp8_block
            self.w13 = _param(local, 2 * inter, hidden, dtype=torch.float8_e4m3fn, device=device)
            self.w2 = _param(local, hidden, inter, dtype=torch.float8_e4m3fn, device=device)
            self.w13_scale = _param(
                local, 2 * inter // bo, -(-hidden // bi), dtype=torch.float32, device=device
            )
            self.w2_scale = _param(
                local, -(-hidden // bo), -(-inter // bi), dtype=torch.float32, device=device
            )
        else:
            self.w13 = _param(local, 2 * inter, hidden, dtype=dtype, device=device)
            self.w2 = _param(local, hidden, inter, dtype=dtype, device=device)
        self.shared = (
            MLP(hidden, inter * cfg.n_shared_experts, par, dtype=dtype, device=device)
            if cfg.n_shared_experts
            else None
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        cfg = self.cfg
        logits = F.linear(x.float(), self.gate_weight)
        weights, ids = ops.moe_route(
            logits,
            top_k=cfg.num_experts_per_tok,
            scoring_func=cfg.scoring_func,
            topk_method=cfg.topk_method,
            n_group=cfg.n_group,
            topk_group=cfg.topk_group,
            correction_bias=self.correction_bias,
            norm_topk_prob=cfg.norm_topk_prob,
            routed_scaling_factor=cfg.routed_scaling_factor,
        )
        if self.fp8_block is None:
            out = ops.fused_moe(x, self.w13, self.w2, weights, ids, self.expert_start)
        else:
            out = ops.fused_moe(
                x,
                self.w13,
                self.w2,
                weights,
                ids,
                self.expert_start,
                w13_scale=self.w13_scale,
                w2_scale=self.w2_scale,
                block_shape=self.fp8_block,
            )
        if self.shared is not None:
            out = out + self.shared(x)
        return out
