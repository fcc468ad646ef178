"""The mHC mixing of `layers.hyper_mix` on CPU as one small C function (no torch headers, ctypes).

For each token: unit RMS of its hc streams, the mixes projection, two sigmoids, a softmax,
`hc_sinkhorn_iters` Sinkhorn-Knopp rounds on an n x n matrix (n = hc_mult = 4) and the pre-weighted
collapse of the streams. In torch that is about 90 tiny ops per call and two calls per layer and
step, each a few microseconds of dispatch for a few hundred bytes of data; here it is one call.
Every token is computed alone, with sums in a fixed order, so a token gets the same bits in a batch
of any size (batched decode and one sequence alone agree exactly in this part).

The source is compiled once with the system C compiler (`cc -O3`, no fast-math: IEEE arithmetic and
`expf`; each Sinkhorn sum is inverted once and multiplied, within an ulp of dividing) into
~/.cache/sluice/kernels (or $XDG_CACHE_HOME) and reused by later processes. No compiler, a failed
build, a non-fp32 or non-CPU tensor, a tensor that needs a gradient, or `SLUICE_V4_C_KERNELS=0` keep
the torch ops (`hyper_mix` returns None). `hyper_expand`, the write back into the streams, is the
second function.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import torch

logger = logging.getLogger(__name__)

ENV_VAR = "SLUICE_V4_C_KERNELS"
# no -ffast-math (keeps IEEE arithmetic), no -march (the cache directory may be shared between machines)
_FLAGS = ("-O3", "-shared", "-fPIC")

_SOURCE = r"""
#include <math.h>
#include <string.h>

static float sigmoidf_(float x) { return 1.0f / (1.0f + expf(-x)); }

/* sum of a[i] * b[i] over i < len in a fixed order (8 running sums in two 4-wide vectors), whatever
   the batch */
typedef float v4 __attribute__((vector_size(16)));
static float dot(const float *a, const float *b, long len) {
    v4 lo = {0, 0, 0, 0}, hi = {0, 0, 0, 0};
    long i = 0;
    for (; i + 8 <= len; i += 8) {
        v4 x0, x1, y0, y1;
        memcpy(&x0, a + i, sizeof x0);
        memcpy(&x1, a + i + 4, sizeof x1);
        memcpy(&y0, b + i, sizeof y0);
        memcpy(&y1, b + i + 4, sizeof y1);
        lo += x0 * y0;
        hi += x1 * y1;
    }
    float total = ((lo[0] + lo[1]) + (lo[2] + lo[3])) + ((hi[0] + hi[1]) + (hi[2] + hi[3]));
    for (; i < len; i++) total += a[i] * b[i];
    return total;
}

/* streams [T, n, D] -> post [T, n], comb [T, n, n], collapsed [T, D] (see layers.hyper_mix);
   mixes [(2 + n) * n] is scratch */
void hyper_mix(const float *streams, const float *fn, const float *base, const float *scale, long T, int n,
               long D, int iters, float rms_eps, float eps, float *mixes, float *post, float *comb,
               float *collapsed) {
    int m = (2 + n) * n;
    long width = n * D;
    float pre[64];
    for (long t = 0; t < T; t++) {
        const float *x = streams + t * width;
        float *q = post + t * n, *c = comb + t * n * n, *out = collapsed + t * D;
        float r = 1.0f / sqrtf(dot(x, x, width) / (float)width + rms_eps);
        for (int k = 0; k < m; k++) mixes[k] = dot(x, fn + k * width, width) * r;
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
        for (int k = 0; k < iters; k++) {
            if (k > 0) {
                for (int i = 0; i < n; i++) {
                    float s = 0.0f;
                    for (int j = 0; j < n; j++) s += c[i * n + j];
                    s = 1.0f / (s + eps);
                    for (int j = 0; j < n; j++) c[i * n + j] *= s;
                }
            }
            for (int j = 0; j < n; j++) {
                float s = 0.0f;
                for (int i = 0; i < n; i++) s += c[i * n + j];
                s = 1.0f / (s + eps);
                for (int i = 0; i < n; i++) c[i * n + j] *= s;
            }
        }
        for (long d = 0; d < D; d++) {
            float s = 0.0f;
            for (int i = 0; i < n; i++) s += pre[i] * x[i * D + d];
            out[d] = s;
        }
    }
}

/* new streams [T, n, D]: post[t, j] * block_out[t] + sum over i of comb[t, i, j] * streams[t, i] */
void hyper_expand(const float *streams, const float *block_out, const float *post, const float *comb, long T,
                  int n, long D, float *out) {
    for (long t = 0; t < T; t++) {
        const float *x = streams + t * n * D, *o = block_out + t * D, *c = comb + t * n * n;
        for (int j = 0; j < n; j++) {
            float *y = out + (t * n + j) * D;
            float p = post[t * n + j];
            for (long d = 0; d < D; d++) y[d] = p * o[d];
            for (int i = 0; i < n; i++) {
                float w = c[i * n + j];
                const float *xi = x + i * D;
                for (long d = 0; d < D; d++) y[d] += w * xi[d];
            }
        }
    }
}
"""


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "1") != "0"


def prepare() -> bool:
    """Build (or load the cached) kernel now, at start-up rather than in the first request; whether
    it is available."""
    return enabled() and _library() is not None


@functools.cache
def _library() -> ctypes.CDLL | None:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    digest = hashlib.sha256((" ".join(_FLAGS) + _SOURCE).encode()).hexdigest()[:16]
    try:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sluice" / "kernels"
        path = cache / f"hyper_mix-{digest}.so"
        if not path.exists():
            cache.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=cache) as tmp:
                src, lib = Path(tmp) / "hc.c", Path(tmp) / "hc.so"
                src.write_text(_SOURCE)
                subprocess.run([compiler, *_FLAGS, "-o", str(lib), str(src), "-lm"],
                               check=True, capture_output=True, timeout=120)
                os.replace(lib, path)  # atomic: another process may build the same file
        library = ctypes.CDLL(str(path))
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:  # RuntimeError: no home directory
        logger.warning("mHC C kernel unavailable, using torch ops: %s", exc)
        return None
    fn = library.hyper_mix
    fn.restype = None
    pointer, long, int_, float_ = ctypes.c_void_p, ctypes.c_long, ctypes.c_int, ctypes.c_float
    fn.argtypes = [pointer] * 4 + [long, int_, long, int_, float_, float_] + [pointer] * 4
    library.hyper_expand.restype = None
    library.hyper_expand.argtypes = [pointer] * 4 + [long, int_, long, pointer]
    return library


def hyper_mix(streams: torch.Tensor, fn: torch.Tensor, base: torch.Tensor, scale: torch.Tensor, iters: int,
              rms_eps: float, eps: float) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None:
    """`layers.hyper_mix` for fp32 streams [T, n, D] on CPU in one C call: (post [T, n], comb [T, n, n],
    collapsed [T, D]), each token computed alone (a batch gives every row what it gives alone); None
    where the kernel does not apply (then the caller runs the torch ops)."""
    if not enabled() or streams.device.type != "cpu" or streams.dtype != torch.float32 or streams.dim() != 3:
        return None
    tokens, n, dim = streams.shape
    m = (2 + n) * n
    if n > 64 or fn.shape != (m, n * dim) or base.numel() != m or scale.numel() < 3:
        return None
    tensors = (streams, fn, base, scale)
    if any(t.device.type != "cpu" or t.dtype != torch.float32 for t in tensors):
        return None
    if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
        return None  # training: the torch ops carry the gradients
    library = _library()
    if library is None:
        return None
    streams, fn, base, scale = (t.contiguous() for t in (streams, fn, base, scale))
    mixes, post = streams.new_empty(m), streams.new_empty(tokens, n)
    comb, collapsed = streams.new_empty(tokens, n, n), streams.new_empty(tokens, dim)
    library.hyper_mix(streams.data_ptr(), fn.data_ptr(), base.data_ptr(), scale.data_ptr(), tokens, n, dim,
                      iters, rms_eps, eps, mixes.data_ptr(), post.data_ptr(), comb.data_ptr(),
                      collapsed.data_ptr())
    return post, comb, collapsed


def hyper_expand(streams: torch.Tensor, block_out: torch.Tensor, post: torch.Tensor,
                 comb: torch.Tensor) -> torch.Tensor | None:
    """`layers.hyper_expand` for fp32 on CPU in one C call (new streams [T, n, D]), or None where the
    kernel does not apply."""
    tensors = (streams, block_out, post, comb)
    if not enabled() or any(t.device.type != "cpu" or t.dtype != torch.float32 for t in tensors):
        return None
    if streams.dim() != 3 or block_out.shape != (streams.shape[0], streams.shape[2]):
        return None
    if torch.is_grad_enabled() and any(t.requires_grad for t in tensors):
        return None
    library = _library()
    if library is None:
        return None
    tokens, n, dim = streams.shape
    streams, block_out, post, comb = (t.contiguous() for t in tensors)
    out = torch.empty_like(streams)
    pointers = (t.data_ptr() for t in (streams, block_out, post, comb))
    library.hyper_expand(*pointers, tokens, n, dim, out.data_ptr())
    return out
