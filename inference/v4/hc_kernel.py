"""The mHC mixing of `layers.hyper_mix` on CPU as one small C function (no torch headers, ctypes).

For each token: unit RMS of its hc streams, the mixes projection, two sigmoids, a softmax,
`hc_sinkhorn_iters` Sinkhorn-Knopp rounds on an n x n matrix (n = hc_mult = 4) and the pre-weighted
collapse of the streams. In torch that is about 90 tiny ops per call and two calls per layer and
step, each a few microseconds of dispatch for a few hundred bytes of data; here it is one call.
Tokens go 16 at a time: the projections (16-wide running sums per row, two tokens per pass over the
weights), then the sigmoids, softmax and Sinkhorn rounds with one token per vector lane, then the
collapse. Every token is still computed alone, with sums in a fixed order, so a token gets the same
bits in a batch of any size (batched decode and one sequence alone agree exactly in this part).

Built and loaded by `c_build` (`cc -O3`, no fast-math and no fused multiply-adds: IEEE arithmetic; exp
is `c_build`'s vector exp, within a few ulps of expf; each Sinkhorn sum is inverted once and multiplied,
within an ulp of dividing). No compiler, a failed build, a non-fp32 or non-CPU tensor, a tensor that
needs a gradient, or `SLUICE_V4_C_KERNELS=0` keep the torch ops (the functions return None).
`hyper_mix` can also apply the weighted RMSNorm that follows it in a block (the block input's norm);
`hyper_expand` is the write back into the streams (`hyper_expand_inplace` over the old streams where
the caller gives them up), `hyper_expand_mix` the write back followed by the next mixing in one pass
(each token's new streams read again while in cache), `hyper_head` the final collapse.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build
from sluice.inference.v4.hc_source import SOURCE

ENV_VAR = c_build.ENV_VAR


def enabled() -> bool:
    return c_build.enabled()


def prepare() -> bool:
    """Build (or load the cached) kernel now, at start-up rather than in the first request; whether
    it is available."""
    return enabled() and _library() is not None


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, int_, float_ = c_build.PTR, c_build.LONG, c_build.INT, c_build.FLOAT
    return c_build.load("hyper_mix", SOURCE, {
        "hyper_mix": [p] * 4 + [long, int_, long, int_, float_, float_, p, float_] + [p] * 3,
        "hyper_expand": [p] * 4 + [long, int_, long, p],
        "hyper_expand_inplace": [p] * 4 + [long, int_, long],
        "hyper_expand_mix": [p] * 4 + [long, int_, long] + [p] * 4 + [int_, float_, float_, p, float_] + [p] * 3,
    })


def hyper_mix(streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, iters: int,
              rms_eps: float, eps: float, norm: tuple[torch.Tensor, float] | None = None
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None:
    """`layers.hyper_mix` for fp32 streams [T, n, D] on CPU in one C call: (post [T, n], comb [T, n, n],
    collapsed [T, D]), each token computed alone (a batch gives every row what it gives alone); with
    `norm` = (weight [D], eps) the collapsed rows come RMS-normalised. None where the kernel does not
    apply (then the caller runs the torch ops)."""
    args = _mix_args(streams, fn, base, scale, norm)
    if args is None:
        return None
    streams, weights, norm_w, norm_eps = args
    fn, base, scale, norm_p = _pointers(weights, norm_w)
    post, comb, collapsed = _mix_outputs(streams)
    _library().hyper_mix(streams.data_ptr(), fn, base, scale, *streams.shape, iters, rms_eps, eps, norm_p,
                         norm_eps, post.data_ptr(), comb.data_ptr(), collapsed.data_ptr())
    return post, comb, collapsed


def hyper_head(streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, rms_eps: float,
               eps: float, norm: tuple[torch.Tensor, float] | None = None) -> torch.Tensor | None:
    """`layers.hyper_head` (the final collapse [T, D] of the streams, fn [n, n * D]) in one C call, each
    token alone; with `norm` the rows come RMS-normalised. None where the kernel does not apply."""
    args = _mix_args(streams, fn, base, scale, norm, head=True)
    if args is None:
        return None
    streams, weights, norm_w, norm_eps = args
    fn, base, scale, norm_p = _pointers(weights, norm_w)
    collapsed = torch.empty(streams.shape[0], streams.shape[2], dtype=torch.float32)
    _library().hyper_mix(streams.data_ptr(), fn, base, scale, *streams.shape, 0, rms_eps, eps, norm_p, norm_eps,
                         None, None, collapsed.data_ptr())
    return collapsed


def hyper_expand_mix(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor, comb: torch.Tensor,
                     fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, iters: int, rms_eps: float,
                     eps: float, norm: tuple[torch.Tensor, float] | None = None
                     ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor, torch.Tensor] | None:
    """`hyper_expand` then `hyper_mix` of the new streams in one C call that reads each token's new
    streams while they are in cache: (new streams, post, comb, collapsed), the values of the two calls;
    None where the kernels do not apply."""
    if not _expand_applies(streams, block_out, post, comb):
        return None
    args = _mix_args(streams, fn, base, scale, norm)
    if args is None:
        return None
    streams, weights, norm_w, norm_eps = args
    fn, base, scale, norm_p = _pointers(weights, norm_w)
    block_out, post, comb = block_out.contiguous(), post.contiguous(), comb.contiguous()
    new_streams = torch.empty_like(streams, memory_format=torch.contiguous_format)
    post_out, comb_out, collapsed = _mix_outputs(streams)
    _library().hyper_expand_mix(streams.data_ptr(), block_out.data_ptr(), post.data_ptr(), comb.data_ptr(),
                                *streams.shape, new_streams.data_ptr(), fn, base, scale, iters, rms_eps, eps,
                                norm_p, norm_eps, post_out.data_ptr(), comb_out.data_ptr(),
                                collapsed.data_ptr())
    return new_streams, post_out, comb_out, collapsed


def _mix_args(streams, fn, base, scale, norm, head: bool = False):
    """(contiguous streams, (fn, base, scale), the norm weight or None, the norm's eps) for the mixing
    kernel, or None where it does not apply."""
    if not enabled() or streams.dim() != 3:
        return None
    tokens, n, dim = streams.shape
    m = n if head else (2 + n) * n
    if n > 16 or fn.shape != (m, n * dim) or base.numel() != m or scale.numel() < (1 if head else 3):
        return None
    tensors = (streams, fn, base, scale) if norm is None else (streams, fn, base, scale, norm[0])
    if not c_build.plain(*tensors) or (norm is not None and norm[0].shape != (dim,)):
        return None  # training (a gradient to carry), another dtype or device: the torch ops
    if _library() is None:
        return None
    streams, fn, base, scale = streams.contiguous(), fn.contiguous(), base.contiguous(), scale.contiguous()
    norm_w, norm_eps = (norm[0].contiguous(), norm[1]) if norm is not None else (None, 0.0)
    return streams, (fn, base, scale), norm_w, norm_eps


def _pointers(weights, norm_w) -> tuple[int, int, int, int | None]:
    fn, base, scale = weights
    return fn.data_ptr(), base.data_ptr(), scale.data_ptr(), None if norm_w is None else norm_w.data_ptr()


def _mix_outputs(streams: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    tokens, n, dim = streams.shape
    f32 = {"dtype": torch.float32}
    return torch.empty(tokens, n, **f32), torch.empty(tokens, n, n, **f32), torch.empty(tokens, dim, **f32)


def hyper_expand(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor,
                 comb: torch.Tensor) -> torch.Tensor | None:
    """`layers.hyper_expand` for fp32 on CPU in one C call (new streams [T, n, D]), or None where the
    kernel does not apply."""
    if not _expand_applies(streams, block_out, post, comb):
        return None
    library = _library()
    if library is None:
        return None
    tokens, n, dim = streams.shape
    streams, block_out, post, comb = (t.contiguous() for t in (streams, block_out, post, comb))
    out = torch.empty(tokens, n, dim, dtype=torch.float32)
    pointers = (t.data_ptr() for t in (streams, block_out, post, comb))
    library.hyper_expand(*pointers, tokens, n, dim, out.data_ptr())
    return out


def hyper_expand_inplace(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor,
                         comb: torch.Tensor) -> torch.Tensor | None:
    """`hyper_expand` written over `streams` (contiguous; the caller gives them up) in one C call: no
    new [T, n, D] tensor. The same values; None where the kernel does not apply."""
    if not _expand_applies(streams, block_out, post, comb) or not streams.is_contiguous():
        return None
    library = _library()
    if library is None:
        return None
    block_out, post, comb = (t.contiguous() for t in (block_out, post, comb))
    library.hyper_expand_inplace(streams.data_ptr(), block_out.data_ptr(), post.data_ptr(), comb.data_ptr(),
                                 *streams.shape)
    return streams


def _expand_applies(streams, block_out, post, comb) -> bool:
    if not enabled() or streams.dim() != 3 or block_out.shape != (streams.shape[0], streams.shape[2]):
        return False
    tokens, n, _ = streams.shape
    return post.shape == (tokens, n) and comb.shape == (tokens, n, n) and c_build.plain(streams, block_out, post,
                                                                                        comb)
