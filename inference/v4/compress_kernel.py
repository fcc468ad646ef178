"""Closing compression windows on CPU as one small C call (ctypes, `c_build`): the gated pooling of
`Compressor.pool`, the entry's RMSNorm and its rotation, with the CSA overlap state read and written in
place.

For each closing window: the gate plus its position bias `ape`, a softmax over the window's series (for
overlapping CSA windows: the previous window's first series, or nothing for a sequence's first window,
then this window's second series), the softmax-weighted sum of the values, the weighted RMSNorm, the
rotation of the rope channels at the window's first position, and the entry written to its row. The
window's first series (values, gates with `ape`) then becomes the overlap state. In torch that is about
30 ops per compressor and step; the batch-wide decode step (`paged_decode`) reads the open windows, the
overlap state and the pages through row indices, and one sequence's prefill (`Compressor.close`) runs
its windows in order through one scratch overlap row, so window w sees window w - 1's first series.

Sums in a fixed order per window (a window gets the same bits whichever path or batch closes it). Where
the kernel does not apply (`c_build.plain`) `close_windows` returns None and the caller runs the torch ops.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build

_SOURCE = c_build.DOT_SOURCE + r"""
/* Close n windows in order. Window b: values / gates [rate, width] at row rows[b] (b when rows is NULL)
   of pend_kv / pend_gate [*, rate, width], width = dim (overlap: 2 dim, first series then second).
   With overlap, ov_kv / ov_gate [*, rate, dim] row ov_rows[b] (0 when NULL) hold the previous window's
   first series, used when has_prev[b] (when has_prev is NULL: b > 0 or first_prev) and then replaced by
   this window's. The entry (normalised with norm_w, eps; rope pairs of the last 2 half channels turned
   by cos / sin row b) goes to out row out_rows[b] (b when NULL). */
void close_windows(const float *pend_kv, const float *pend_gate, const long *rows, long n, long rate,
                   long dim, int overlap, const float *ape, float *ov_kv, float *ov_gate, const long *ov_rows,
                   const unsigned char *has_prev, int first_prev, const float *norm_w, float eps,
                   const float *cos, const float *sin, long half, float *out, const long *out_rows) {
    long width = overlap ? 2 * dim : dim, series = overlap ? 2 * rate : rate;
    float val[series], gate[series], mixed[dim];
    for (long b = 0; b < n; b++) {
        const float *K = pend_kv + (rows ? rows[b] : b) * rate * width;
        const float *G = pend_gate + (rows ? rows[b] : b) * rate * width;
        float *P = NULL, *PG = NULL;
        int prev = 0;
        if (overlap) {
            long r = ov_rows ? ov_rows[b] : 0;
            P = ov_kv + r * rate * dim;
            PG = ov_gate + r * rate * dim;
            prev = has_prev ? has_prev[b] != 0 : (b > 0 || first_prev);
        }
        for (long d = 0; d < dim; d++) {
            long first = 0, count = 0;
            if (overlap) {
                for (long i = 0; i < rate; i++) {
                    val[i] = prev ? P[i * dim + d] : 0.0f;
                    gate[i] = prev ? PG[i * dim + d] : -INFINITY;
                }
                for (long i = 0; i < rate; i++) {
                    val[rate + i] = K[i * width + dim + d];
                    gate[rate + i] = G[i * width + dim + d] + ape[i * width + dim + d];
                }
                first = prev ? 0 : rate;
            } else {
                for (long i = 0; i < rate; i++) {
                    val[i] = K[i * width + d];
                    gate[i] = G[i * width + d] + ape[i * width + d];
                }
            }
            count = series;
            float top = -INFINITY, total = 0.0f, sum = 0.0f;
            for (long i = first; i < count; i++) if (gate[i] > top) top = gate[i];
            for (long i = first; i < count; i++) {
                gate[i] = expf(gate[i] - top);
                total += gate[i];
            }
            float inv = 1.0f / total;
            for (long i = first; i < count; i++) sum += val[i] * (gate[i] * inv);
            mixed[d] = sum;
        }
        if (overlap) {
            for (long i = 0; i < rate; i++) {
                for (long d = 0; d < dim; d++) {
                    P[i * dim + d] = K[i * width + d];
                    PG[i * dim + d] = G[i * width + d] + ape[i * width + d];
                }
            }
        }
        float *y = out + (out_rows ? out_rows[b] : b) * dim;
        float s = 1.0f / sqrtf(dot(mixed, mixed, dim) / (float)dim + eps);
        for (long d = 0; d < dim; d++) y[d] = (mixed[d] * s) * norm_w[d];
        const float *c = cos + b * half, *sn = sin + b * half;
        float *p = y + dim - 2 * half;
        for (long k = 0; k < half; k++) {
            float re = p[2 * k], im = p[2 * k + 1];
            p[2 * k] = fmaf(re, c[k], -(im * sn[k]));
            p[2 * k + 1] = fmaf(re, sn[k], im * c[k]);
        }
    }
}
"""


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, int_, float_ = c_build.PTR, c_build.LONG, c_build.INT, c_build.FLOAT
    return c_build.load("close_windows", _SOURCE, {
        "close_windows": [p, p, p, long, long, long, int_, p, p, p, p, p, int_, p, float_, p, p, long, p, p],
    })


def prepare() -> bool:
    return c_build.enabled() and _library() is not None


def _ptr(t: torch.Tensor | None):
    return None if t is None else t.data_ptr()


def close_windows(comp, pend_kv: torch.Tensor, pend_gate: torch.Tensor, cos: torch.Tensor,
                  sin: torch.Tensor, out: torch.Tensor, *, rows: torch.Tensor | None = None,
                  overlap_kv: torch.Tensor | None = None, overlap_gate: torch.Tensor | None = None,
                  overlap_rows: torch.Tensor | None = None, has_prev: torch.Tensor | None = None,
                  first_prev: bool = False, out_rows: torch.Tensor | None = None) -> bool:
    """Close cos.shape[0] windows of compressor `comp` (see the C source above) into `out`; the overlap
    state is updated in place. All float tensors contiguous; row indices long, has_prev bool. False
    (nothing done) where the kernel does not apply."""
    if not c_build.enabled():
        return False
    ape, norm = comp.ape, comp.norm  # each a module attribute look-up (nn.Module.__getattr__)
    weight = norm.weight
    floats = [pend_kv, pend_gate, ape, weight, cos, sin, out]
    if comp.overlap:
        if overlap_kv is None or overlap_gate is None:
            return False
        floats += [overlap_kv, overlap_gate]
    if not c_build.plain(*floats) or not all(t.is_contiguous() for t in floats):
        return False
    library = _library()
    if library is None:
        return False
    n, dim, rate = cos.shape[0], comp.head_dim, comp.rate
    if out.shape[-1] != dim or pend_kv.shape[-1] != ape.shape[-1]:
        return False
    library.close_windows(
        pend_kv.data_ptr(), pend_gate.data_ptr(), _ptr(rows), n, rate, dim, int(comp.overlap),
        ape.data_ptr(), _ptr(overlap_kv), _ptr(overlap_gate), _ptr(overlap_rows), _ptr(has_prev),
        int(first_prev), weight.data_ptr(), norm.eps, cos.data_ptr(), sin.data_ptr(),
        cos.shape[1], out.data_ptr(), _ptr(out_rows),
    )
    return True
