"""The decode step's sink attention on CPU as one small C call (ctypes, `c_build`).

One query per sequence q [B, H, D] over its keys [B, K, D] (one shared key / value head), a mask
allowed [B, K] and one sink logit per head: softmax over the allowed logits and the sink, the sink's
share dropped, the weighted sum of the keys. Through PyTorch's fused attention this is the float mask
(three calls), the attention call and the sink correction (about six calls) per layer, for a few
hundred kilobytes of work on the demo; the kernel reads the boolean mask and keeps the sink in the
softmax's sum (exp(s - m) / (sum + exp(sink - m))). The same arithmetic up to the order of the sums (the
fused kernel's blocks and log-sum-exp correction round differently: the last bits of the output).
Where the kernel does not apply (`c_build.plain`: CPU fp32, no gradient) it returns None and the caller
runs the torch ops.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build

_SOURCE = c_build.DOT_SOURCE + r"""
/* q [B, H, D], keys [B, K, D], allowed [B, K] (bytes), sinks [H] -> out [B, H, D] */
void sink_attention(const float *q, long B, long H, long D, const float *keys, long K,
                    const unsigned char *allowed, const float *sinks, float scale, float *out) {
    float logits[K];
    for (long b = 0; b < B; b++) {
        const float *kb = keys + b * K * D;
        const unsigned char *ab = allowed + b * K;
        for (long h = 0; h < H; h++) {
            const float *qh = q + (b * H + h) * D;
            float *o = out + (b * H + h) * D;
            float m = sinks[h];
            for (long k = 0; k < K; k++) {
                if (!ab[k]) continue;
                logits[k] = dot(qh, kb + k * D, D) * scale;
                m = logits[k] > m ? logits[k] : m;
            }
            float total = expf(sinks[h] - m);
            for (long d = 0; d < D; d++) o[d] = 0.0f;
            for (long k = 0; k < K; k++) {
                if (!ab[k]) continue;
                float p = expf(logits[k] - m);
                total += p;
                const float *kk = kb + k * D;
                for (long d = 0; d < D; d++) o[d] += p * kk[d];
            }
            float inv = 1.0f / total;
            for (long d = 0; d < D; d++) o[d] *= inv;
        }
    }
}
"""


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, float_ = c_build.PTR, c_build.LONG, c_build.FLOAT
    return c_build.load("sink_attention", _SOURCE, {
        "sink_attention": [p, long, long, long, p, long, p, p, float_, p],
    })


def prepare() -> bool:
    return c_build.enabled() and _library() is not None


def sink_attention(q: torch.Tensor, keys: torch.Tensor, allowed: torch.Tensor, sinks: torch.Tensor,
                   scale: float) -> torch.Tensor | None:
    """q [B, H, D], keys [B, K, D], allowed [B, K] bool, sinks [H]: the output [B, H, D], or None where
    the kernel does not apply."""
    if not c_build.enabled() or not c_build.plain(q, keys, sinks) or allowed.dtype != torch.bool:
        return None
    if q.dim() != 3 or keys.dim() != 3 or allowed.shape != keys.shape[:2] or keys.shape[0] != q.shape[0]:
        return None
    library = _library()
    if library is None:
        return None
    q, keys, allowed, sinks = q.contiguous(), keys.contiguous(), allowed.contiguous(), sinks.contiguous()
    batch, heads, dim = q.shape
    out = torch.empty(batch, heads, dim)
    library.sink_attention(q.data_ptr(), batch, heads, dim, keys.data_ptr(), keys.shape[1],
                           allowed.data_ptr(), sinks.data_ptr(), scale, out.data_ptr())
    return out
