"""One sequence's sink attention over many queries on CPU as one small C call (ctypes, `c_build`): the
prefill's attention.

Queries q [T, H, D] over one shared key / value head keys [K, D], one sink logit per head. Each query
sees either the keys its row of a boolean mask allowed [T, K] names (window plus chosen compressed
entries) or, for a sliding layer, its window: the last `window` keys up to its own (the queries are the
last T keys). The torch path builds a dense [T, K] float mask and runs the fused attention over every
key; here each query reads only the keys it sees (a window of 64 out of thousands in a long prefill).
The arithmetic is the decode kernel's (`sink_kernel`): softmax over the seen logits and the sink
(exp(s - m) / (sum + exp(sink - m))), the sink's share dropped, the weighted sum of the keys; each query
is computed alone in a fixed order (the same bits in a chunk of any size). Against the fused kernel the
order of the sums differs (the last bits of the output). Where the kernel does not apply
(`c_build.plain`: CPU fp32, no gradient; `SLUICE_V4_C_KERNELS=0`) it returns None and the caller runs
the torch ops. `window_mask` builds the boolean window mask the masked form takes in one pass.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build

_SOURCE = c_build.LANES_SOURCE + r"""
#include <stdlib.h>

/* q [T, H, D], keys [K, D], sinks [H] -> out [T, H, D]. Query t sees the keys k with allowed[t * K + k]
   when allowed is not NULL, else those with K - T + t - window < k <= K - T + t. A logit is the sum over
   d of q[d] * key[d] in the order of d (16 keys at a time, one per vector lane, read from the keys
   transposed): the same bits whichever other keys share its vector. */
void prefill_attention(const float *restrict q, long T, long H, long D, const float *restrict keys, long K,
                       const unsigned char *restrict allowed, long window, const float *restrict sinks,
                       float scale, float *restrict out) {
    long size = K > 0 ? K : 1;
    long *seen = malloc(sizeof(long) * (size + LANES));  /* on the heap: K may be long */
    float *logits = malloc(sizeof(float) * (size + LANES));
    float *kt = malloc(sizeof(float) * (D * size + LANES));  /* keys transposed [D, K] */
    /* per group of 16 seen keys: its rows of kt, or a gathered copy [D, 16] where they are not consecutive */
    const float **lanes = malloc(sizeof(float *) * (size / LANES + 2));
    long *stride = malloc(sizeof(long) * (size / LANES + 2));
    float *gathered = malloc(sizeof(float) * (size / LANES + 2) * D * LANES);
    if (!seen || !logits || !kt || !lanes || !stride || !gathered) abort();
    for (long k = 0; k < K; k++) {
        for (long d = 0; d < D; d++) kt[d * K + k] = keys[k * D + d];
    }
    for (long t = 0; t < T; t++) {
        long count = 0;
        if (allowed) {
            const unsigned char *row = allowed + t * K;
            for (long k = 0; k < K; k++) {
                if (row[k]) seen[count++] = k;
            }
        } else {
            long last = K - T + t, first = last - window + 1;
            for (long k = first > 0 ? first : 0; k <= last && k < K; k++) seen[count++] = k;
        }
        /* padding lanes: the indices run on (their logits are dropped; kt has room to read them) */
        for (long c = count; c < count + LANES; c++) seen[c] = c ? seen[c - 1] + 1 : 0;
        for (long c = 0, g = 0; c < count; c += LANES, g++) {
            const long *idx = seen + c;
            if (idx[LANES - 1] - idx[0] == LANES - 1) {  /* 16 consecutive keys (the indices increase) */
                lanes[g] = kt + idx[0];
                stride[g] = K;
            } else {
                float *copy = gathered + g * D * LANES;
                for (long d = 0; d < D; d++) {
                    for (int l = 0; l < LANES; l++) copy[d * LANES + l] = kt[d * K + idx[l]];
                }
                lanes[g] = copy;
                stride[g] = LANES;
            }
        }
        for (long h = 0; h < H; h++) {
            const float *qh = q + (t * H + h) * D;
            float *o = out + (t * H + h) * D;
            v16 top = (v16){0} + sinks[h];
            for (long c = 0, g = 0; c < count; c += LANES, g++) {
                const float *rows = lanes[g];
                long step = stride[g];
                v16 a0 = {0}, a1 = {0}, a2 = {0}, a3 = {0};  /* the sums over d = 0, 1, 2, 3 mod 4 */
                long d = 0;
                for (; d + 4 <= D; d += 4) {
                    a0 += qh[d] * load16(rows + d * step);
                    a1 += qh[d + 1] * load16(rows + (d + 1) * step);
                    a2 += qh[d + 2] * load16(rows + (d + 2) * step);
                    a3 += qh[d + 3] * load16(rows + (d + 3) * step);
                }
                for (; d < D; d++) a0 += qh[d] * load16(rows + d * step);
                v16 x = ((a0 + a1) + (a2 + a3)) * scale;
                for (int l = 0; l < LANES; l++) {
                    if (c + l >= count) x[l] = -INFINITY;  /* padding lanes */
                    top[l] = x[l] > top[l] ? x[l] : top[l];
                }
                memcpy(logits + c, &x, sizeof x);
            }
            float m = top[0];
            for (int l = 1; l < LANES; l++) m = top[l] > m ? top[l] : m;
            v16 sum = {0};  /* the padding lanes' exp is 0 */
            for (long c = 0; c < count; c += LANES) {
                v16 x = exp_lanes(load16(logits + c) - m);
                sum += x;
                memcpy(logits + c, &x, sizeof x);
            }
            float total = expf(sinks[h] - m);
            for (int l = 0; l < LANES; l++) total += sum[l];
            float inv = 1.0f / total;
            /* the weighted sum of the keys, 16 channels at a time: keys c = 0, 1, 2, 3 mod 4 in four sums */
            long d = 0;
            for (; d + LANES <= D; d += LANES) {
                v16 s0 = {0}, s1 = {0}, s2 = {0}, s3 = {0};
                long c = 0;
                for (; c + 4 <= count; c += 4) {
                    s0 += logits[c] * load16(keys + seen[c] * D + d);
                    s1 += logits[c + 1] * load16(keys + seen[c + 1] * D + d);
                    s2 += logits[c + 2] * load16(keys + seen[c + 2] * D + d);
                    s3 += logits[c + 3] * load16(keys + seen[c + 3] * D + d);
                }
                for (; c < count; c++) s0 += logits[c] * load16(keys + seen[c] * D + d);
                v16 v = ((s0 + s1) + (s2 + s3)) * inv;
                memcpy(o + d, &v, sizeof v);
            }
            for (; d < D; d++) {
                float s0 = 0.0f, s1 = 0.0f, s2 = 0.0f, s3 = 0.0f;
                long c = 0;
                for (; c + 4 <= count; c += 4) {
                    s0 += logits[c] * keys[seen[c] * D + d];
                    s1 += logits[c + 1] * keys[seen[c + 1] * D + d];
                    s2 += logits[c + 2] * keys[seen[c + 2] * D + d];
                    s3 += logits[c + 3] * keys[seen[c + 3] * D + d];
                }
                for (; c < count; c++) s0 += logits[c] * keys[seen[c] * D + d];
                o[d] = ((s0 + s1) + (s2 + s3)) * inv;
            }
        }
    }
    free(seen);
    free(logits);
    free(kt);
    free(lanes);
    free(stride);
    free(gathered);
}

/* out [T, K] bytes: 1 where 0 <= positions[t] - key_pos[k] < window */
void window_mask(const long *restrict positions, long T, const long *restrict key_pos, long K, long window,
                 unsigned char *restrict out) {
    for (long t = 0; t < T; t++) {
        long p = positions[t];
        for (long k = 0; k < K; k++) {
            long distance = p - key_pos[k];
            out[t * K + k] = distance >= 0 && distance < window;
        }
    }
}
"""


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, float_ = c_build.PTR, c_build.LONG, c_build.FLOAT
    return c_build.load("prefill_attention", _SOURCE, {
        "prefill_attention": [p, long, long, long, p, long, p, long, p, float_, p],
        "window_mask": [p, long, p, long, long, p],
    })


def prepare() -> bool:
    return c_build.enabled() and _library() is not None


def sink_attention(q: torch.Tensor, keys: torch.Tensor, allowed: torch.Tensor, sinks: torch.Tensor,
                   scale: float) -> torch.Tensor | None:
    """q [T, H, D] over keys [K, D] with allowed [T, K] bool, sinks [H]: the output [T, H, D], or None
    where the kernel does not apply."""
    if allowed.dtype != torch.bool or allowed.shape != (q.shape[0], keys.shape[0]):
        return None
    return _run(q, keys, allowed.contiguous(), 0, sinks, scale)


def window_attention(q: torch.Tensor, keys: torch.Tensor, window: int, sinks: torch.Tensor,
                     scale: float) -> torch.Tensor | None:
    """q [T, H, D], the last T of keys [K, D], each over the last `window` keys up to its own; None where
    the kernel does not apply."""
    if q.shape[0] > keys.shape[0]:
        return None
    return _run(q, keys, None, window, sinks, scale)


def _run(q, keys, allowed, window, sinks, scale) -> torch.Tensor | None:
    if not c_build.enabled() or q.dim() != 3 or keys.dim() != 2 or keys.shape[1] != q.shape[2]:
        return None
    if not c_build.plain(q, keys, sinks) or sinks.numel() != q.shape[1]:
        return None
    library = _library()
    if library is None:
        return None
    q, keys, sinks = q.contiguous(), keys.contiguous(), sinks.contiguous()
    tokens, heads, dim = q.shape
    out = torch.empty(tokens, heads, dim)
    library.prefill_attention(q.data_ptr(), tokens, heads, dim, keys.data_ptr(), keys.shape[0],
                              None if allowed is None else allowed.data_ptr(), window, sinks.data_ptr(),
                              scale, out.data_ptr())
    return out


def window_mask(positions: torch.Tensor, key_pos: torch.Tensor, window: int) -> torch.Tensor | None:
    """`attention.window_mask` ([T, K] bool: 0 <= positions[t] - key_pos[k] < window) in one C call for
    CPU int64 positions, or None where the kernel does not apply."""
    tensors = (positions, key_pos)
    if not c_build.enabled() or any(t.dtype != torch.int64 or t.device.type != "cpu" or t.dim() != 1
                                    for t in tensors):
        return None
    library = _library()
    if library is None:
        return None
    positions, key_pos = positions.contiguous(), key_pos.contiguous()
    out = torch.empty(positions.shape[0], key_pos.shape[0], dtype=torch.bool)
    library.window_mask(positions.data_ptr(), positions.shape[0], key_pos.data_ptr(), key_pos.shape[0], window,
                        out.data_ptr())
    return out
