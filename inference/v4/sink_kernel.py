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

`ring_attention` is the same attention reading its keys in place: the window from the slot's ring (the
rows up to its fill, then the new key) and the allowed compressed entries through their page rows, so
the decode step gathers no window or entry copy; it then moves the ring on (the new key appended, or
the rows shifted by one when full). Same keys in the same order as the gathered path: same bits.
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

/* The decode step's attention of one layer, read in place: sequence b's keys are its ring's first
   fills[b] rows (ring row ring_rows[b] of [*, keep, D]), then its new key kv[b], then the entries e < E
   with allowed[b, e] at page row entry_rows[b, e] of pages [*, D] (no entries when E == 0). Output as
   sink_attention; then the ring moves on: kv[b] goes after the fill, or (full ring) the rows shift by one. */
void ring_attention(const float *q, long B, long H, long D, float *ring, const long *ring_rows, long keep,
                    const long *fills, const float *kv, const float *pages, const long *entry_rows, long E,
                    const unsigned char *allowed, const float *sinks, float scale, float *out) {
    float logits[keep + 1 + E];
    const float *key[keep + 1 + E];
    for (long b = 0; b < B; b++) {
        float *r = ring + ring_rows[b] * keep * D;
        long fill = fills[b], n = 0;
        for (long k = 0; k < fill; k++) key[n++] = r + k * D;
        key[n++] = kv + b * D;
        for (long e = 0; e < E; e++)
            if (allowed[b * E + e]) key[n++] = pages + entry_rows[b * E + e] * D;
        for (long h = 0; h < H; h++) {
            const float *qh = q + (b * H + h) * D;
            float *o = out + (b * H + h) * D;
            float m = sinks[h];
            for (long k = 0; k < n; k++) {
                logits[k] = dot(qh, key[k], D) * scale;
                m = logits[k] > m ? logits[k] : m;
            }
            float total = expf(sinks[h] - m);
            for (long d = 0; d < D; d++) o[d] = 0.0f;
            for (long k = 0; k < n; k++) {
                float p = expf(logits[k] - m);
                total += p;
                const float *kk = key[k];
                for (long d = 0; d < D; d++) o[d] += p * kk[d];
            }
            float inv = 1.0f / total;
            for (long d = 0; d < D; d++) o[d] *= inv;
        }
        if (keep == 0) continue;
        if (fill < keep) {
            memcpy(r + fill * D, kv + b * D, D * sizeof(float));
        } else {
            memmove(r, r + D, (keep - 1) * D * sizeof(float));
            memcpy(r + (keep - 1) * D, kv + b * D, D * sizeof(float));
        }
    }
}
"""


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, float_ = c_build.PTR, c_build.LONG, c_build.FLOAT
    return c_build.load("sink_attention", _SOURCE, {
        "sink_attention": [p, long, long, long, p, long, p, p, float_, p],
        "ring_attention": [p, long, long, long, p, p, long, p, p, p, p, long, p, p, float_, p],
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


def ring_attention(q: torch.Tensor, ring: torch.Tensor, ring_rows: torch.Tensor, fills: torch.Tensor,
                   kv: torch.Tensor, sinks: torch.Tensor, scale: float, pages: torch.Tensor | None = None,
                   entry_rows: torch.Tensor | None = None, allowed: torch.Tensor | None = None
                   ) -> torch.Tensor | None:
    """The decode step's sink attention over each sequence's window read in place from its ring and
    the allowed compressed entries read in place from the pages; the rings then take the new keys (see
    the C source). q [B, H, D], ring [slots, keep, D], ring_rows / fills [B] long, kv [B, D], pages
    [rows, D], entry_rows [B, E] long, allowed [B, E] bool. The output [B, H, D], or None (nothing
    done) where the kernel does not apply."""
    tensors = (q, ring, kv, sinks) if pages is None else (q, ring, kv, sinks, pages)
    if not c_build.enabled() or not c_build.plain(*tensors) or not ring.is_contiguous():
        return None
    if pages is not None and (not pages.is_contiguous() or allowed is None or allowed.dtype != torch.bool):
        return None
    library = _library()
    if library is None:
        return None
    q, kv, sinks = q.contiguous(), kv.contiguous(), sinks.contiguous()
    batch, heads, dim = q.shape
    out = torch.empty(batch, heads, dim)
    if pages is None:
        entries, page_ptr, rows_ptr, allowed_ptr = 0, None, None, None
    else:
        entry_rows, allowed = entry_rows.contiguous(), allowed.contiguous()
        entries, page_ptr = entry_rows.shape[1], pages.data_ptr()
        rows_ptr, allowed_ptr = entry_rows.data_ptr(), allowed.data_ptr()
    library.ring_attention(q.data_ptr(), batch, heads, dim, ring.data_ptr(), ring_rows.data_ptr(),
                           ring.shape[1], fills.data_ptr(), kv.data_ptr(), page_ptr, rows_ptr, entries,
                           allowed_ptr, sinks.data_ptr(), scale, out.data_ptr())
    return out
