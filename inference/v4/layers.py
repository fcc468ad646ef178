"""DeepSeek-V4 building blocks: norms, partial interleaved RoPE and mHC mixing (the MoE block is in `moe`).

Module attributes carry DeepSeek's official tensor names (`wq_a`, `attn_sink`, `hc_attn_fn`, ...), so
`state_dict()` keys are the official checkpoint names and the loader maps other layouts onto them.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from sluice.inference import ops
from sluice.inference.config import RopeConfig
from sluice.inference.layers import _param
from sluice.inference.rope import inverse_frequencies
from sluice.inference.v4.config import V4Config
from sluice.inference.v4.hc_kernel import hyper_expand as c_hyper_expand
from sluice.inference.v4.hc_kernel import hyper_expand_inplace as c_hyper_expand_inplace
from sluice.inference.v4.hc_kernel import hyper_expand_mix as c_hyper_expand_mix
from sluice.inference.v4.hc_kernel import hyper_head as c_hyper_head
from sluice.inference.v4.hc_kernel import hyper_mix as c_hyper_mix
from sluice.inference.v4.norm_kernel import norm_rotate


class Weight(nn.Module):
    """A bias-free projection stored as `<name>.weight`, applied as x @ weight.T. A `FusedWeights` it
    belongs to may have computed its output for an input already (`given`: that input, the output)."""

    def __init__(self, out_features: int, in_features: int, *, dtype, device) -> None:
        super().__init__()
        self.weight = _param(out_features, in_features, dtype=dtype, device=device)
        self.given: tuple[torch.Tensor, torch.Tensor] | None = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        given = self.given
        if given is not None and given[0] is x:
            return given[1]
        return F.linear(x, self.weight)


class FusedWeights:
    """Projections of one input as one matmul: the weights are stacked into one [sum of outputs, in]
    tensor (each `Weight` keeps a view of its rows, nothing is duplicated) and a call hands each
    `Weight` its slice of the product for that input (`Weight.given`). On a small batch a matmul is
    mostly dispatch, and V4 applies up to seven projections to a block's normalised input."""

    def __init__(self, weights: list[Weight]) -> None:
        stacked = torch.cat([w.weight for w in weights])
        self.sizes = [w.weight.shape[0] for w in weights]
        for w, rows in zip(weights, stacked.split(self.sizes)):
            w.weight = nn.Parameter(rows, requires_grad=False)
        self.weights, self.stacked = weights, stacked

    @staticmethod
    def fits(weights: list[Weight]) -> bool:
        """Plain floating-point weights of one dtype and input width."""
        first = weights[0].weight
        return len(weights) > 1 and all(
            w.weight.is_floating_point() and w.weight.dtype == first.dtype
            and w.weight.shape[1] == first.shape[1] and getattr(w.weight, "scale_inv", None) is None
            for w in weights)

    def __call__(self, x: torch.Tensor) -> None:
        for w, out in zip(self.weights, F.linear(x, self.stacked).split_with_sizes(self.sizes, dim=-1)):
            w.__dict__["given"] = (x, out)  # a plain attribute: skips nn.Module.__setattr__ (~1 us)


class RMSNorm(nn.Module):
    """Weighted RMSNorm computed in fp32 (the weight stays fp32), result in the input dtype."""

    def __init__(self, dim: int, eps: float, *, device) -> None:
        super().__init__()
        self.eps = eps
        self.weight = _param(dim, dtype=torch.float32, device=device)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        fused = norm_rotate(x, self.weight, self.eps)
        if fused is not None:  # fp32 on CPU: one C call (`v4.norm_kernel`)
            return fused
        if x.dtype == torch.float32:
            return F.rms_norm(x, (x.shape[-1],), self.weight, self.eps)
        return F.rms_norm(x.float(), (x.shape[-1],), self.weight, self.eps).to(x.dtype)


def unit_rms(x: torch.Tensor, eps: float) -> torch.Tensor:
    """RMSNorm without a weight (query heads and the mHC inputs)."""
    if x.dtype == torch.float32:
        fused = norm_rotate(x, None, eps)
        return fused if fused is not None else F.rms_norm(x, (x.shape[-1],), None, eps)
    return x * torch.rsqrt(x.float().square().mean(-1, keepdim=True) + eps).to(x.dtype)


def norm_rotate_tail(x: torch.Tensor, norm: RMSNorm | float, cos: torch.Tensor,
                     sin: torch.Tensor) -> torch.Tensor:
    """`rotate_tail` of x normalised by `norm` (an `RMSNorm`, or the eps of a unit RMS): one C call on
    CPU in fp32."""
    weight, eps = (norm.weight, norm.eps) if isinstance(norm, RMSNorm) else (None, norm)
    fused = norm_rotate(x, weight, eps, (cos, sin))
    if fused is not None:
        return fused
    return rotate_tail(norm(x) if isinstance(norm, RMSNorm) else unit_rms(x, eps), cos, sin)


def unrotate_tail(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """The inverse of `rotate_tail` (the rotation by -sin)."""
    fused = norm_rotate(x, None, None, (cos, sin), sign=-1.0)
    return fused if fused is not None else rotate_tail(x, cos, -sin)


def rotate_tail(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotate interleaved pairs of the last 2 * cos.shape[-1] channels of x [T, ..., D] in fp32.

    cos / sin are [T, rope_dim / 2]; the leading (no-position) channels pass through unchanged. In
    fp32 the pairs are complex numbers multiplied in place by cos + i sin (three kernels instead of
    about twelve; the same products and sums)."""
    fused = norm_rotate(x, None, None, (cos, sin))
    if fused is not None:  # fp32 on CPU: one C call (`v4.norm_kernel`)
        return fused
    rope_dim = 2 * cos.shape[-1]
    shape = (cos.shape[0],) + (1,) * (x.dim() - 2) + (cos.shape[-1],)
    if x.dtype == torch.float32 and cos.dtype == torch.float32 and x.shape[-1] % 2 == 0:
        out = x.clone(memory_format=torch.contiguous_format)
        pairs = torch.view_as_complex(out[..., -rope_dim:].unflatten(-1, (-1, 2)))
        pairs.mul_(torch.complex(cos, sin).view(shape))
        return out
    cos, sin = cos.view(shape), sin.view(shape)
    head, tail = x[..., :-rope_dim], x[..., -rope_dim:].float()
    even, odd = tail[..., 0::2], tail[..., 1::2]
    rotated = torch.stack((even * cos - odd * sin, odd * cos + even * sin), dim=-1).flatten(-2)
    return torch.cat((head, rotated.to(x.dtype)), dim=-1)


class Rotary:
    """cos / sin [T, rope_dim / 2] at given positions for one rope branch (main or compress)."""

    def __init__(self, rope: RopeConfig, dim: int, max_positions: int, device) -> None:
        inv_freq, self.attention_factor = inverse_frequencies(rope, dim, max_positions)
        self.inv_freq = inv_freq.to(device)

    def __call__(self, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        freqs = positions.float()[:, None] * self.inv_freq[None, :]
        return freqs.cos() * self.attention_factor, freqs.sin() * self.attention_factor


@ops.dispatch("v4_hc_pre")
def hyper_mix(
    streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, cfg: V4Config
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """mHC weights for streams [T, hc, D]: (post [T, hc], comb [T, hc, hc], collapsed block input [T, D]).

    comb is projected towards a doubly-stochastic matrix by Sinkhorn-Knopp normalisation."""
    hc, eps = cfg.hc_mult, cfg.hc_eps
    fused = c_hyper_mix(streams, fn, base, scale, cfg.hc_sinkhorn_iters, cfg.rms_norm_eps, eps)
    if fused is not None:  # fp32 on CPU: one C call (`v4.hc_kernel`)
        return fused
    flat = unit_rms(streams.flatten(1).float(), cfg.rms_norm_eps)
    mixes = F.linear(flat, fn.float())
    pre_w, post_w, comb_w = mixes.split([hc, hc, hc * hc], dim=-1)
    pre_b, post_b, comb_b = base.split([hc, hc, hc * hc])
    pre = torch.sigmoid(pre_w * scale[0] + pre_b) + eps
    post = 2 * torch.sigmoid(post_w * scale[1] + post_b)
    comb = torch.softmax(comb_w.view(-1, hc, hc) * scale[2] + comb_b.view(hc, hc), dim=-1) + eps
    comb = sinkhorn(comb, cfg.hc_sinkhorn_iters, eps)
    collapsed = (pre.unsqueeze(-1) * streams).sum(dim=1).to(streams.dtype)
    return post, comb, collapsed


def hyper_mix_norm(streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor,
                   cfg: V4Config, norm: RMSNorm) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """`hyper_mix` with the block input normalised by `norm`: one C call on CPU in fp32 (torch backend)."""
    if ops.active_backend() == "torch":
        fused = c_hyper_mix(streams, fn, base, scale, cfg.hc_sinkhorn_iters, cfg.rms_norm_eps, cfg.hc_eps,
                            (norm.weight, norm.eps))
        if fused is not None:
            return fused
    post, comb, x = hyper_mix(streams, fn, base, scale, cfg)
    return post, comb, norm(x)


def hyper_expand_mix_norm(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor, comb: torch.Tensor,
                          fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, cfg: V4Config,
                          norm: RMSNorm) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor]:
    """`hyper_expand` then `hyper_mix_norm` of the new streams: (new streams, post, comb, normed block
    input). One C call on CPU in fp32 (torch backend), which reads the new streams while in cache."""
    if ops.active_backend() == "torch":
        fused = c_hyper_expand_mix(streams, block_out, post, comb, fn, base, scale, cfg.hc_sinkhorn_iters,
                                   cfg.rms_norm_eps, cfg.hc_eps, (norm.weight, norm.eps))
        if fused is not None:
            return fused
    streams = hyper_expand(streams, block_out, post, comb)
    return (streams, *hyper_mix_norm(streams, fn, base, scale, cfg, norm))


def sinkhorn(comb: torch.Tensor, iters: int, eps: float) -> torch.Tensor:
    """Sinkhorn-Knopp on comb [T, n, n] (fp32, positive): columns, then `iters - 1` times rows and
    columns, each divided by its sum + eps, summed along the axis. Each row's sums involve only that
    row, so a batch gives every row what it gives alone (batched decode and one sequence agree). A
    matmul with 0/1 matrices would take fewer ops, but BLAS orders its additions differently from one
    CPU to another; on CPU in fp32 the mixing runs in the C kernel of `hc_kernel` anyway."""
    comb = comb / (comb.sum(dim=-2, keepdim=True) + eps)
    for _ in range(iters - 1):
        comb = comb / (comb.sum(dim=-1, keepdim=True) + eps)
        comb = comb / (comb.sum(dim=-2, keepdim=True) + eps)
    return comb


@ops.dispatch("v4_hc_post")
def hyper_expand(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor, comb: torch.Tensor):
    """New streams: each output stream gets post-weighted block output plus comb^T-mixed input streams."""
    fused = c_hyper_expand(streams, block_out, post, comb)
    if fused is not None:  # fp32 on CPU: one C call (`v4.hc_kernel`)
        return fused
    dtype = streams.dtype
    return post.to(dtype).unsqueeze(-1) * block_out.unsqueeze(-2) + torch.matmul(
        comb.to(dtype).transpose(-1, -2), streams
    )


def hyper_expand_over(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor,
                      comb: torch.Tensor) -> torch.Tensor:
    """`hyper_expand` for streams the caller gives up: on CPU in fp32 (torch backend) the new streams are
    written over them (one C call, no new tensor)."""
    if ops.active_backend() == "torch":
        fused = c_hyper_expand_inplace(streams, block_out, post, comb)
        if fused is not None:
            return fused
    return hyper_expand(streams, block_out, post, comb)


def hyper_head(streams: torch.Tensor, fn, base, scale, cfg: V4Config) -> torch.Tensor:
    """Final collapse of the hc streams [T, hc, D] -> [T, D] before the last norm."""
    fused = c_hyper_head(streams, fn, base, scale, cfg.rms_norm_eps, cfg.hc_eps)
    if fused is not None:  # fp32 on CPU: one C call (`v4.hc_kernel`)
        return fused
    flat = unit_rms(streams.flatten(1).float(), cfg.rms_norm_eps)
    pre = torch.sigmoid(F.linear(flat, fn.float()) * scale.float() + base.float()) + cfg.hc_eps
    return (pre.unsqueeze(-1) * streams).sum(dim=1).to(streams.dtype)
