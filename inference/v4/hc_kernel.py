"""The mHC mixing of `layers.hyper_mix` on CPU as one small C function (no torch headers, ctypes).

For each token: unit RMS of its hc streams, the mixes projection, two sigmoids, a softmax,
`hc_sinkhorn_iters` Sinkhorn-Knopp rounds on an n x n matrix (n = hc_mult = 4) and the pre-weighted
collapse of the streams. In torch that is about 90 tiny ops per call and two calls per layer and
step, each a few microseconds of dispatch for a few hundred bytes of data; here it is one call.
Every token is computed alone, with sums in a fixed order, so a token gets the same bits in a batch
of any size (batched decode and one sequence alone agree exactly in this part).

Built and loaded by `c_build` (`cc -O3`, no fast-math: IEEE arithmetic and `expf`; each Sinkhorn sum is
inverted once and multiplied, within an ulp of dividing). No compiler, a failed build, a non-fp32 or
non-CPU tensor, a tensor that needs a gradient, or `SLUICE_V4_C_KERNELS=0` keep the torch ops
(`hyper_mix` returns None). `hyper_mix` can also apply the weighted RMSNorm that follows it in a block
(the block input's norm); `hyper_expand`, the write back into the streams, is the second function.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build

ENV_VAR = c_build.ENV_VAR

_SOURCE = c_build.DOT_SOURCE + r"""
typedef float v16 __attribute__((vector_size(64)));
#define LANES 16

static float sigmoidf_(float x) { return 1.0f / (1.0f + expf(-x)); }

static inline v16 load16(const float *p) { v16 v; memcpy(&v, p, sizeof v); return v; }
static inline void store16(float *p, v16 v) { memcpy(p, &v, sizeof v); }

/* the 16 running sums of a row added in a fixed tree */
static inline float hsum16(v16 v) {
    float h[8];
    for (int i = 0; i < 8; i++) h[i] = v[i] + v[i + 8];
    return ((h[0] + h[4]) + (h[2] + h[6])) + ((h[1] + h[5]) + (h[3] + h[7]));
}

/* out[j] = sum over i < len of a[i] * b[j * len + i] for j < ROWS: 16 running sums per row (one
   vector) over the 16-wide chunks, a fixed tree, then the tail in order. A row's sum is the same
   whichever group of rows it is computed in. */
#define DOT_ROWS(ROWS)                                                                              \
static void dot_rows##ROWS(const float *restrict a, const float *restrict b, long len,              \
                           float *restrict out) {                                                   \
    v16 acc[ROWS];                                                                                  \
    for (int j = 0; j < ROWS; j++) acc[j] = (v16){0};                                               \
    long i = 0;                                                                                     \
    for (; i + LANES <= len; i += LANES) {                                                          \
        v16 x = load16(a + i);                                                                      \
        for (int j = 0; j < ROWS; j++) acc[j] += x * load16(b + j * len + i);                       \
    }                                                                                               \
    for (int j = 0; j < ROWS; j++) {                                                                \
        float total = hsum16(acc[j]);                                                               \
        for (long k = i; k < len; k++) total += a[k] * b[j * len + k];                             \
        out[j] = total;                                                                             \
    }                                                                                               \
}
DOT_ROWS(8)
DOT_ROWS(1)

/* Sinkhorn-Knopp on the n x n matrices of `count` <= 16 tokens at once, one token per vector lane (the
   same operations in the same order in every lane: a token's bits do not depend on its neighbours) */
static void sinkhorn_lanes(float *restrict comb, long count, int n, int iters, float eps) {
    int nn = n * n;
    v16 c[256];
    for (int e = 0; e < nn; e++) {
        for (int l = 0; l < LANES; l++) c[e][l] = l < count ? comb[l * nn + e] : 1.0f;
    }
    v16 veps = (v16){0} + eps, one = (v16){0} + 1.0f;
    for (int k = 0; k < iters; k++) {
        if (k > 0) {
            for (int i = 0; i < n; i++) {
                v16 s = (v16){0};
                for (int j = 0; j < n; j++) s += c[i * n + j];
                s = one / (s + veps);
                for (int j = 0; j < n; j++) c[i * n + j] *= s;
            }
        }
        for (int j = 0; j < n; j++) {
            v16 s = (v16){0};
            for (int i = 0; i < n; i++) s += c[i * n + j];
            s = one / (s + veps);
            for (int i = 0; i < n; i++) c[i * n + j] *= s;
        }
    }
    for (int e = 0; e < nn; e++) {
        for (int l = 0; l < count; l++) comb[l * nn + e] = c[e][l];
    }
}

/* streams [T, n, D] -> post [T, n], comb [T, n, n], collapsed [T, D] (see layers.hyper_mix), the
   collapsed rows then RMS-normalised with the weight norm_w [D] when it is not NULL */
void hyper_mix(const float *restrict streams, const float *restrict fn, const float *restrict base,
               const float *restrict scale, long T, int n, long D, int iters, float rms_eps, float eps,
               const float *restrict norm_w, float norm_eps, float *restrict post, float *restrict comb,
               float *restrict collapsed) {
    int m = (2 + n) * n;
    long width = n * D;
    float pre[16], mixes[(2 + 16) * 16];
    for (long t = 0; t < T; t++) {
        const float *x = streams + t * width;
        float *q = post + t * n, *c = comb + t * n * n, *out = collapsed + t * D;
        float sumsq;
        dot_rows1(x, x, width, &sumsq);
        float r = 1.0f / sqrtf(sumsq / (float)width + rms_eps);
        int k = 0;
        for (; k + 8 <= m; k += 8) dot_rows8(x, fn + k * width, width, mixes + k);
        for (; k < m; k++) dot_rows1(x, fn + k * width, width, mixes + k);
        for (k = 0; k < m; k++) mixes[k] *= r;
        for (int i = 0; i < n; i++) {
            pre[i] = sigmoidf_(mixes[i] * scale[0] + base[i]) + eps;
            q[i] = 2.0f * sigmoidf_(mixes[n + i] * scale[1] + base[n + i]);
        }
        for (int i = 0; i < n; i++) {
            float *row = c + i * n;
            const float *w = mixes + 2 * n + i * n, *b = base + 2 * n + i * n;
            float top = -INFINITY, total = 0.0f;
            for (int j = 0; j < n; j++) {
                row[j] = w[j] * scale[2] + b[j];
                if (row[j] > top) top = row[j];
            }
            for (int j = 0; j < n; j++) {
                row[j] = expf(row[j] - top);
                total += row[j];
            }
            for (int j = 0; j < n; j++) row[j] = row[j] / total + eps;
        }
        long d = 0;
        for (; d + LANES <= D; d += LANES) {
            v16 v = (v16){0};
            for (int i = 0; i < n; i++) v += pre[i] * load16(x + i * D + d);
            store16(out + d, v);
        }
        for (; d < D; d++) {
            float v = 0.0f;
            for (int i = 0; i < n; i++) v += pre[i] * x[i * D + d];
            out[d] = v;
        }
        if (norm_w) {
            float s;
            dot_rows1(out, out, D, &s);
            s = 1.0f / sqrtf(s / (float)D + norm_eps);
            for (d = 0; d < D; d++) out[d] = (out[d] * s) * norm_w[d];
        }
    }
    for (long t = 0; t < T; t += LANES) {
        sinkhorn_lanes(comb + t * n * n, T - t < LANES ? T - t : LANES, n, iters, eps);
    }
}

/* new streams [T, n, D]: post[t, j] * block_out[t] + sum over i of comb[t, i, j] * streams[t, i]
   (added in that order), 16 channels at a time */
void hyper_expand(const float *restrict streams, const float *restrict block_out, const float *restrict post,
                  const float *restrict comb, long T, int n, long D, float *restrict out) {
    for (long t = 0; t < T; t++) {
        const float *x = streams + t * n * D, *o = block_out + t * D, *c = comb + t * n * n;
        for (int j = 0; j < n; j++) {
            float *y = out + (t * n + j) * D;
            float p = post[t * n + j];
            long d = 0;
            for (; d + LANES <= D; d += LANES) {
                v16 v = p * load16(o + d);
                for (int i = 0; i < n; i++) v += c[i * n + j] * load16(x + i * D + d);
                store16(y + d, v);
            }
            for (; d < D; d++) {
                float v = p * o[d];
                for (int i = 0; i < n; i++) v += c[i * n + j] * x[i * D + d];
                y[d] = v;
            }
        }
    }
}
"""


def enabled() -> bool:
    return c_build.enabled()


def prepare() -> bool:
    """Build (or load the cached) kernel now, at start-up rather than in the first request; whether
    it is available."""
    return enabled() and _library() is not None


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, int_, float_ = c_build.PTR, c_build.LONG, c_build.INT, c_build.FLOAT
    return c_build.load("hyper_mix", _SOURCE, {
        "hyper_mix": [p] * 4 + [long, int_, long, int_, float_, float_, p, float_] + [p] * 3,
        "hyper_expand": [p] * 4 + [long, int_, long, p],
    })


def hyper_mix(streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, iters: int,
              rms_eps: float, eps: float, norm: tuple[torch.Tensor, float] | None = None
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None:
    """`layers.hyper_mix` for fp32 streams [T, n, D] on CPU in one C call: (post [T, n], comb [T, n, n],
    collapsed [T, D]), each token computed alone (a batch gives every row what it gives alone); with
    `norm` = (weight [D], eps) the collapsed rows come RMS-normalised. None where the kernel does not
    apply (then the caller runs the torch ops)."""
    if not enabled() or streams.dim() != 3:
        return None
    tokens, n, dim = streams.shape
    m = (2 + n) * n
    if n > 16 or fn.shape != (m, n * dim) or base.numel() != m or scale.numel() < 3:
        return None
    tensors = (streams, fn, base, scale) if norm is None else (streams, fn, base, scale, norm[0])
    if not c_build.plain(*tensors) or (norm is not None and norm[0].shape != (dim,)):
        return None  # training (a gradient to carry), another dtype or device: the torch ops
    library = _library()
    if library is None:
        return None
    streams, fn, base, scale = (t.contiguous() for t in (streams, fn, base, scale))
    norm_w, norm_eps = (norm[0].contiguous(), norm[1]) if norm is not None else (None, 0.0)
    f32 = {"dtype": torch.float32}
    post, comb = torch.empty(tokens, n, **f32), torch.empty(tokens, n, n, **f32)
    collapsed = torch.empty(tokens, dim, **f32)
    library.hyper_mix(streams.data_ptr(), fn.data_ptr(), base.data_ptr(), scale.data_ptr(), tokens, n, dim,
                      iters, rms_eps, eps, None if norm_w is None else norm_w.data_ptr(), norm_eps,
                      post.data_ptr(), comb.data_ptr(), collapsed.data_ptr())
    return post, comb, collapsed


def hyper_expand(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor,
                 comb: torch.Tensor) -> torch.Tensor | None:
    """`layers.hyper_expand` for fp32 on CPU in one C call (new streams [T, n, D]), or None where the
    kernel does not apply."""
    if not enabled() or streams.dim() != 3 or block_out.shape != (streams.shape[0], streams.shape[2]):
        return None
    tensors = (streams, block_out, post, comb)
    if not c_build.plain(*tensors):
        return None
    library = _library()
    if library is None:
        return None
    tokens, n, dim = streams.shape
    streams, block_out, post, comb = (t.contiguous() for t in tensors)
    out = torch.empty(tokens, n, dim, dtype=torch.float32)
    pointers = (t.data_ptr() for t in (streams, block_out, post, comb))
    library.hyper_expand(*pointers, tokens, n, dim, out.data_ptr())
    return out
