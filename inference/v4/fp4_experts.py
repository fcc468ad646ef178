"""DeepSeek-V4 routed experts kept packed in FP4 at run time (the triton backend's layout).

`PackedExperts` holds one MoE layer's local routed experts as the fused-MoE kernel reads them:
`w13` [E, 2I, H / 2] (gate rows `w1`, then up rows `w3`) and `w2` [E, H, I / 2], two e2m1 values
per byte, with one E8M0 scale byte per 32 inputs (`w13_scale` [E, 2I, H / 32], `w2_scale`
[E, H, I / 32]). Under expert parallelism the rank's experts are global ids `expert_start ..
expert_start + E - 1`; ids of other ranks' experts contribute nothing here.

`routed_experts` is the dispatched op (`v4_routed_experts`): the torch default dequantises and runs
the fused-MoE reference; the triton backend calls `fused_moe_fp4`, which dequantises inside the GEMM.
A packed layer takes about a quarter of the bytes of the same experts dequantised to bf16
(4.25 bits per weight against 16), an eighth against fp32.
"""

from __future__ import annotations

import torch
from torch import nn

from sluice.inference import ops
from sluice.inference.v4.quant import FP4_GROUP, float_to_e8m0
from sluice.kernels.reference import fused_moe_fp4 as _fused_moe_fp4_ref

_ROWS = {"w1": 0, "w3": 1}  # halves of w13: gate then up


class PackedExperts(nn.Module):
    def __init__(self, hidden: int, inter: int, experts: range, *, device) -> None:
        super().__init__()
        if hidden % FP4_GROUP or inter % FP4_GROUP:
            raise ValueError(f"FP4 experts need hidden ({hidden}) and intermediate ({inter}) sizes that are "
                             f"multiples of {FP4_GROUP}")
        self.hidden, self.inter, self.expert_start = hidden, inter, experts.start
        n = len(experts)
        u8 = {"dtype": torch.uint8, "device": device}
        self.register_buffer("w13", torch.zeros(n, 2 * inter, hidden // 2, **u8))
        self.register_buffer("w13_scale", torch.zeros(n, 2 * inter, hidden // FP4_GROUP, **u8))
        self.register_buffer("w2", torch.zeros(n, hidden, inter // 2, **u8))
        self.register_buffer("w2_scale", torch.zeros(n, hidden, inter // FP4_GROUP, **u8))

    @property
    def experts(self) -> range:
        return range(self.expert_start, self.expert_start + self.w13.shape[0])

    def shape_of(self, proj: str) -> tuple[int, int]:
        """[out, in] of one expert's unpacked `w1` / `w2` / `w3` weight."""
        return (self.hidden, self.inter) if proj == "w2" else (self.inter, self.hidden)

    def put(self, expert: int, proj: str, packed: torch.Tensor, scale: torch.Tensor) -> None:
        """Store global expert `expert`'s `proj` from checkpoint bytes [out, in / 2] and its scale
        [out, in / 32] (E8M0 bytes, or power-of-two floats that become E8M0)."""
        out, inp = self.shape_of(proj)
        packed = packed.contiguous().view(torch.uint8)
        if tuple(packed.shape) != (out, inp // 2) or tuple(scale.shape) != (out, inp // FP4_GROUP):
            raise ValueError(f"FP4 {proj} {list(packed.shape)} with scale {list(scale.shape)}, expected "
                             f"{[out, inp // 2]} and {[out, inp // FP4_GROUP]}")
        if scale.dtype == torch.float8_e8m0fnu:
            scale = scale.view(torch.uint8)
        elif scale.dtype != torch.uint8:
            scale = float_to_e8m0(scale)
        local = expert - self.expert_start
        if proj == "w2":
            self.w2[local].copy_(packed)
            self.w2_scale[local].copy_(scale)
            return
        rows = slice(_ROWS[proj] * self.inter, (_ROWS[proj] + 1) * self.inter)
        self.w13[local, rows].copy_(packed)
        self.w13_scale[local, rows].copy_(scale)

    def nbytes(self) -> int:
        return sum(t.numel() * t.element_size() for t in (self.w13, self.w13_scale, self.w2, self.w2_scale))

    def dequantised_nbytes(self, dtype: torch.dtype) -> int:
        """What the same experts take as w1 / w2 / w3 in `dtype`."""
        return 3 * self.w13.shape[0] * self.hidden * self.inter * torch.empty((), dtype=dtype).element_size()


@ops.dispatch("v4_routed_experts")
def routed_experts(x: torch.Tensor, weights: torch.Tensor, ids: torch.Tensor, experts: PackedExperts,
                   limit: float | None) -> torch.Tensor:
    """Sum over each token's local experts of weight * w2(swiglu(w1 x, w3 x)); x [T, H], weights and
    ids [T, k] (global expert ids)."""
    return _fused_moe_fp4_ref(x, experts.w13, experts.w13_scale, experts.w2, experts.w2_scale, weights, ids,
                              experts.expert_start, swiglu_limit=limit)


def packed_bytes(model: nn.Module, dtype: torch.dtype) -> tuple[int, int]:
    """(bytes of the model's packed experts, bytes the same experts take dequantised to `dtype`)."""
    layers = [m for m in model.modules() if isinstance(m, PackedExperts)]
    return sum(m.nbytes() for m in layers), sum(m.dequantised_nbytes(dtype) for m in layers)
