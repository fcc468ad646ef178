"""DeepSeek-V4 mixture of experts: the router (learned top-k with a selection-only bias, or the `tid2eid`
hash table of the first layers), the routed experts (dense, or packed FP4) and the shared expert.

Module attributes carry DeepSeek's official tensor names (`gate.weight`, `experts.M.w1`, `shared_experts`),
so `state_dict()` keys are the official checkpoint names.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference.layers import _param
from sluice.inference.parallel import ParallelContext
from sluice.inference.v4.config import V4Config
from sluice.inference.v4.fp4_experts import PackedExperts, routed_experts
from sluice.inference.v4.layers import Weight
from sluice.inference.v4.moe_kernel import route_swiglu
from sluice.inference.v4.moe_sparse_kernel import SparsePack, moe_sparse, packs
from sluice.inference.v4.sharding import local_experts


def swiglu(gate: torch.Tensor, up: torch.Tensor, limit: float | None) -> torch.Tensor:
    if limit is not None:
        gate, up = gate.clamp(max=limit), up.clamp(min=-limit, max=limit)
    return F.silu(gate) * up


class Expert(nn.Module):
    """SwiGLU MLP with official names: w1 gate, w3 up, w2 down."""

    def __init__(self, hidden: int, inter: int, *, dtype, device) -> None:
        super().__init__()
        self.w1 = Weight(inter, hidden, dtype=dtype, device=device)
        self.w2 = Weight(hidden, inter, dtype=dtype, device=device)
        self.w3 = Weight(inter, hidden, dtype=dtype, device=device)

    def forward(self, x: torch.Tensor, limit: float | None) -> torch.Tensor:
        return self.w2(swiglu(self.w1(x), self.w3(x), limit))


class Gate(nn.Module):
    """Router: learned scores; experts chosen by top-k (with a selection-only bias) or tid2eid."""

    def __init__(self, cfg: V4Config, hashed: bool, *, dtype, device) -> None:
        super().__init__()
        self.cfg, self.hashed = cfg, hashed
        self.weight = _param(cfg.n_routed_experts, cfg.hidden_size, dtype=dtype, device=device)
        if hashed:
            table = torch.zeros(cfg.vocab_size, cfg.num_experts_per_tok, dtype=torch.long, device=device)
            self.register_buffer("tid2eid", table)
        else:
            self.bias = _param(cfg.n_routed_experts, dtype=torch.float32, device=device)

    def forward(self, x: torch.Tensor, input_ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        cfg = self.cfg
        logits = F.linear(x, self.weight)
        if cfg.scoring_func == "sqrtsoftplus":
            scores = F.softplus(logits).sqrt()
        elif cfg.scoring_func == "sigmoid":
            scores = torch.sigmoid(logits)
        else:
            scores = torch.softmax(logits, dim=-1)
        if self.hashed:
            ids = self.tid2eid[input_ids].long()
        else:
            ids = torch.topk(scores + self.bias, cfg.num_experts_per_tok, dim=-1, sorted=False).indices
        weights = scores.gather(1, ids)
        weights = weights / (weights.sum(dim=-1, keepdim=True) + 1e-20)
        return weights * cfg.routed_scaling_factor, ids


class MoE(nn.Module):
    """Router, routed experts and the shared expert. Under parallelism this rank holds its share of
    the routed experts (keyed by global id) and of the shared expert's width, and the output is a
    partial sum over ranks. With `fp4_experts` the routed experts stay packed (`PackedExperts`)."""

    def __init__(self, cfg: V4Config, layer: int, par: ParallelContext, *, dtype, device,
                 fp4_experts: bool = False) -> None:
        super().__init__()
        self.cfg = cfg
        kw = {"dtype": dtype, "device": device}
        self.gate = Gate(cfg, cfg.is_hash_layer(layer), **kw)
        inter = cfg.moe_intermediate_size
        self.local = local_experts(cfg, par)
        if fp4_experts:
            self.experts = PackedExperts(cfg.hidden_size, inter, self.local, device=device)
        else:
            self.experts = nn.ModuleDict({str(e): Expert(cfg.hidden_size, inter, **kw) for e in self.local})
        self.shared_experts = Expert(cfg.hidden_size, inter // par.world_size, **kw)
        self.stacked: tuple[torch.Tensor, torch.Tensor] | None = None
        self.shared_joined = False  # the shared expert is the stack's last row (`stack_experts`)
        self.sparse: SparsePack | None = None  # small batches' one-call block (`moe_sparse`, CPU fp32)

    def stack_experts(self) -> None:
        """Hold the routed experts' weights in two stacked tensors, w1 and w3 side by side [E, 2I, H] and
        w2 as [H, E, I] (one [H, E * I] matrix); the experts' own weights become views of them, so
        nothing is duplicated. When the shared expert has the routed experts' shape (one rank) it joins
        the stack as row E with weight 1. Run after loading: small batches then take `dense_experts`, or
        on CPU fp32 with the shared expert joined `moe_sparse` (which keeps the stack transposed: a
        second copy of the experts, made only for blocks of at most `DENSE_MOE_EXPERTS`). Experts held in another form (not plain floating-point weights of one dtype) stay on the loop."""
        if isinstance(self.experts, PackedExperts):  # FP4 bytes run through `fused_moe_fp4`
            return
        experts = [self.experts[str(e)] for e in self.local]
        weights = [w.weight for ex in experts for w in (ex.w1, ex.w2, ex.w3)]
        if not weights or any(not w.is_floating_point() or w.dtype != weights[0].dtype for w in weights):
            return
        shared = self.shared_experts
        pairs = [(getattr(shared, n).weight, getattr(experts[0], n).weight) for n in ("w1", "w2", "w3")]
        self.shared_joined = all(s.shape == r.shape and s.dtype == r.dtype for s, r in pairs)
        if self.shared_joined:
            experts = experts + [shared]
        w13 = torch.stack([torch.cat((ex.w1.weight, ex.w3.weight)) for ex in experts])
        w2 = torch.stack([ex.w2.weight for ex in experts], dim=1)  # [H, E, I]
        inter = experts[0].w1.weight.shape[0]
        for i, ex in enumerate(experts):
            ex.w1.weight = nn.Parameter(w13[i, :inter], requires_grad=False)
            ex.w3.weight = nn.Parameter(w13[i, inter:], requires_grad=False)
            ex.w2.weight = nn.Parameter(w2[:, i], requires_grad=False)
        self.stacked = (w13, w2)
        if self.shared_joined and len(self.local) == self.cfg.n_routed_experts <= DENSE_MOE_EXPERTS:
            self.sparse = packs(self.gate, self.stacked, self.cfg.swiglu_limit)

    def forward(self, x: torch.Tensor, input_ids: torch.Tensor) -> torch.Tensor:
        limit = self.cfg.swiglu_limit
        if self.sparse is not None:
            out = moe_sparse(self.sparse, x, input_ids)
            if out is not None:
                return out
        if self.stacked is not None and use_dense(x.shape[0], len(self.local)):
            out = self.fused_dense(x, input_ids, limit)
            if out is not None:
                return out
        weights, ids = self.gate(x, input_ids)
        if isinstance(self.experts, PackedExperts):
            return routed_experts(x, weights, ids, self.experts, limit) + self.shared_experts(x, limit)
        if self.stacked is not None and use_dense(x.shape[0], len(self.local)):
            total = self.cfg.n_routed_experts
            out = dense_experts(x, weights, ids, self.stacked, self.local, total, limit, self.shared_joined)
            return out if self.shared_joined else out + self.shared_experts(x, limit)
        out = torch.zeros_like(x)
        for e in ids.unique().tolist():
            if str(e) not in self.experts:
                continue  # another rank's expert
            tokens, slot = torch.where(ids == e)
            y = self.experts[str(e)](x[tokens], limit) * weights[tokens, slot, None]
            out.index_add_(0, tokens, y.to(out.dtype))
        return out + self.shared_experts(x, limit)


    def fused_dense(self, x: torch.Tensor, input_ids: torch.Tensor,
                    limit: float | None) -> torch.Tensor | None:
        """`dense_experts` with the router and the SwiGLU as one C call (`moe_kernel`), or None where
        it does not apply (local experts a subset of the routed ones, not CPU fp32)."""
        if len(self.local) != self.cfg.n_routed_experts:
            return None
        w13, w2 = self.stacked
        h = F.linear(x, w13.view(-1, w13.shape[-1]))
        act = route_swiglu(self.gate, F.linear(x, self.gate.weight), input_ids, h, w13.shape[0], limit)
        if act is None:
            return None
        out = F.linear(act, w2.view(w2.shape[0], -1))
        return out if self.shared_joined else out + self.shared_experts(x, limit)


# With few local experts and up to this many (token, local expert) pairs, every local expert runs
# on every token of the batch in one batched matmul (the unchosen ones with weight 0): fewer,
# larger ops than a loop over experts. On the demo (8 experts of 128 x 64, one CPU thread) the
# dense form is faster up to 128 tokens and slower from 256 (bench/RESULTS.md). With many experts
# (V4-Flash: 256) the loop reads only the chosen experts' weights, which is what counts there.
DENSE_MOE_ROWS = 1024
DENSE_MOE_EXPERTS = 16


def use_dense(tokens: int, experts: int) -> bool:
    return experts <= DENSE_MOE_EXPERTS and tokens * experts <= DENSE_MOE_ROWS


def dense_experts(x: torch.Tensor, weights: torch.Tensor, ids: torch.Tensor,
                  stacked: tuple[torch.Tensor, torch.Tensor], local: range, total: int,
                  limit: float | None, shared: bool = False) -> torch.Tensor:
    """Routed experts' weighted sum for x [T, H] with every local expert applied to every token;
    weights / ids [T, k] from the router (global ids of `total` experts), stacked = (w13 [E, 2I, H],
    w2 [H, E, I]) of the local experts, plus the shared expert as row E with weight 1 when `shared`
    (the output then includes it). Two matmuls: [T, H] x [H, E * 2I] and [T, E * I] x [E * I, H]."""
    w13, w2 = stacked
    rows, inter = w13.shape[0], w2.shape[2]
    h = F.linear(x, w13.view(rows * 2 * inter, -1)).view(-1, rows, 2, inter)
    act = swiglu(h[:, :, 0], h[:, :, 1], limit)  # [T, E, I]
    dense = weights.new_zeros(x.shape[0], total + 1)
    if shared:
        dense[:, total] = 1.0
    dense.scatter_add_(1, ids, weights)  # an id twice adds up
    if local.start or local.stop != total:
        dense = torch.cat((dense[:, local.start : local.stop], dense[:, total:]), dim=1)
    act = act * dense[:, :rows, None].to(act.dtype)
    return F.linear(act.view(x.shape[0], -1), w2.view(w2.shape[0], -1))
