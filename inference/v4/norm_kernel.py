"""RMSNorm and the partial interleaved rotary of `layers` on CPU as one small C call (ctypes, `c_build`).

`norm_rotate` covers the position-wise chain around V4's attention: the weighted RMSNorms (block inputs,
q latent, key/value, compressed entries, final norm), the per-head unit RMS of the queries, and the
rotation of the last rope channels (queries, keys, indexer queries, compressed entries; with the sine
negated, its undoing on the attention output). In torch a weighted RMSNorm is about 8 aten calls and a
rotation about 7, each a few microseconds of dispatch for a few hundred bytes; a decode step has dozens.

Same arithmetic as the torch ops (x * rsqrt(mean(x^2) + eps) * weight; pairs multiplied as complex
numbers by cos + i sin, each part with one fused multiply-add as PyTorch's scalar complex product:
re = fma(a, c, -b s), im = fma(a, s, b c); its vectorised loop rounds the products separately, so
torch itself gives either form depending on the width), the sum of squares in a fixed order per row,
so a token gets the same bits in any batch. Where the kernel does not apply (`c_build.plain`: CPU
fp32, no gradient) it returns None and the caller runs the torch ops.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build

_SOURCE = c_build.DOT_SOURCE + r"""
/* rows x [R, D] -> y [R, D]: unit RMS (when norm) times the weight w [D] (when not NULL), then the last
   2 * half channels' interleaved pairs turned by cos + i sign * sin of token r / heads (when cos is not
   NULL; cos / sin [R / heads, half]). Token t's heads rows start at x + t * stride. y may be x. */
void norm_rotate(const float *x, long R, long D, long stride, int norm, const float *w, float eps,
                 const float *cos, const float *sin, long heads, long half, float sign, float *y) {
    for (long r = 0; r < R; r++) {
        const float *a = x + (r / heads) * stride + (r % heads) * D;
        float *b = y + r * D;
        if (norm) {
            float s = 1.0f / sqrtf(dot(a, a, D) / (float)D + eps);
            if (w) {
                for (long d = 0; d < D; d++) b[d] = (a[d] * s) * w[d];
            } else {
                for (long d = 0; d < D; d++) b[d] = a[d] * s;
            }
        } else if (b != a) {
            memcpy(b, a, D * sizeof *b);
        }
        if (cos) {
            const float *c = cos + (r / heads) * half, *s = sin + (r / heads) * half;
            float *p = b + D - 2 * half;
            for (long k = 0; k < half; k++) {
                float re = p[2 * k], im = p[2 * k + 1], sk = sign * s[k];
                p[2 * k] = fmaf(re, c[k], -(im * sk));
                p[2 * k + 1] = fmaf(re, sk, im * c[k]);
            }
        }
    }
}
"""


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, int_, float_ = c_build.PTR, c_build.LONG, c_build.INT, c_build.FLOAT
    return c_build.load("norm_rotate", _SOURCE, {
        "norm_rotate": [p, long, long, long, int_, p, float_, p, p, long, long, float_, p],
    })


def prepare() -> bool:
    return c_build.enabled() and _library() is not None


def norm_rotate(x: torch.Tensor, weight: torch.Tensor | None, eps: float | None,
                cos_sin: tuple[torch.Tensor, torch.Tensor] | None = None,
                sign: float = 1.0) -> torch.Tensor | None:
    """x [T, ..., D]: RMS-normalised over D (eps None: not normalised) times `weight` [D] (None: no
    weight), then with the last 2 * cos.shape[-1] channels rotated by (cos, sign * sin) [T, rope / 2];
    a new tensor, or None where the kernel does not apply."""
    if not c_build.enabled():
        return None
    tensors = (x,) if weight is None else (x, weight)
    if cos_sin is not None:
        tensors += cos_sin
    if not c_build.plain(*tensors):
        return None
    library = _library()
    if library is None:
        return None
    dim = x.shape[-1]
    rows = x.numel() // dim if dim else 0
    if rows == 0 or x.dim() < 2:
        return None
    heads = rows // x.shape[0]
    cos_p = sin_p = None
    half = 1
    if cos_sin is not None:
        cos, sin = cos_sin
        half = cos.shape[-1]
        if cos.dim() != 2 or sin.shape != cos.shape or 2 * half > dim or x.shape[0] != cos.shape[0]:
            return None
        cos, sin = cos.contiguous(), sin.contiguous()
        cos_p, sin_p = cos.data_ptr(), sin.data_ptr()
    stride = _token_stride(x)
    if stride is None:
        x = x.contiguous()
        stride = heads * dim
    w_p = None
    if weight is not None:
        if weight.shape != (dim,):
            return None
        weight = weight.contiguous()
        w_p = weight.data_ptr()
    out = torch.empty_like(x, memory_format=torch.contiguous_format)  # cheaper than from x.shape
    library.norm_rotate(x.data_ptr(), rows, dim, stride, eps is not None, w_p, eps or 0.0, cos_p, sin_p,
                        heads, half, sign, out.data_ptr())
    return out


def _token_stride(x: torch.Tensor) -> int | None:
    """The stride between tokens (dim 0) when each token's values are contiguous (a column slice of a
    wider product, for instance), else None."""
    if x.is_contiguous():  # the common case, in one call
        return x.numel() // x.shape[0]
    expected = 1
    for size, stride in zip(reversed(x.shape[1:]), reversed(x.stride()[1:])):
        if size != 1 and stride != expected:
            return None
        expected *= size
    return x.stride(0) if x.shape[0] > 1 else expected
