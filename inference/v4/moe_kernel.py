"""The MoE router and the dense experts' SwiGLU on CPU as one small C call (ctypes, `c_build`).

For a batch on `moe.dense_experts` (every local expert applied to every token), after the router's
logits and the stacked gate / up projection (two matmuls left to torch), one call computes per token:
the scores (sqrt-softplus, sigmoid or softmax), the chosen experts (top-k of scores plus the selection
bias, or the hash table's ids), their weights normalised to sum 1 and times the routed scaling, and the
clamped SwiGLU of every expert row scaled by its weight (0 for the experts not chosen, 1 for the shared
expert as the stack's last row). In torch that is about 25 aten calls per layer.

Same arithmetic as the torch ops (softplus as x > 20 ? x : log1p(exp(x)), silu(g) = g / (1 + exp(-g)),
(silu(g) * u) * weight); the libm exp / log1p may differ from PyTorch's vectorised ones in the last bit.
Ties in the top-k go to the lower expert id. Where the kernel does not apply (`c_build.plain`: CPU
fp32, no gradient; local experts a subset of the routed ones) it returns None and the caller runs the
torch ops.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build

_SCORING = {"sqrtsoftplus": 0, "sigmoid": 1, "softmax": 2}

# the router of one token, shared with `moe_sparse_kernel`
ROUTE_SOURCE = r"""
#include <math.h>
#include <stddef.h>

/* scores [E]: the token's router logits in, its scores out (sqrt-softplus, sigmoid or softmax); ids [k]
   from hash (when not NULL) or the top-k of scores + bias (ties to the lower id); w [k] their scores
   normalised to sum 1, times the routed scaling */
static void route_token(float *scores, long E, int scoring, const float *bias, const long *hash, long k,
                        float scaling, long *ids, float *w) {
    float sel[E];
    if (scoring == 0) {
        for (long e = 0; e < E; e++) {
            float l = scores[e];
            scores[e] = sqrtf(l > 20.0f ? l : log1pf(expf(l)));
        }
    } else if (scoring == 1) {
        for (long e = 0; e < E; e++) scores[e] = 1.0f / (1.0f + expf(-scores[e]));
    } else {
        float m = scores[0], sum = 0.0f;
        for (long e = 1; e < E; e++) m = scores[e] > m ? scores[e] : m;
        for (long e = 0; e < E; e++) sum += (scores[e] = expf(scores[e] - m));
        for (long e = 0; e < E; e++) scores[e] = scores[e] / sum;
    }
    if (hash) {
        for (long j = 0; j < k; j++) ids[j] = hash[j];
    } else {
        for (long e = 0; e < E; e++) sel[e] = scores[e] + bias[e];
        for (long j = 0; j < k; j++) {
            long best = -1;
            for (long e = 0; e < E; e++)
                if (sel[e] == sel[e] && (best < 0 || sel[e] > sel[best])) best = e;
            if (best < 0) best = 0;
            ids[j] = best;
            sel[best] = NAN;
        }
    }
    float total = 0.0f;
    for (long j = 0; j < k; j++) total += (w[j] = scores[ids[j]]);
    total += 1e-20f;
    for (long j = 0; j < k; j++) w[j] = (w[j] / total) * scaling;
}
"""

_SOURCE = ROUTE_SOURCE + r"""
/* logits [T, E]; ids from hash [T, k] (when not NULL) or the top-k of scores + bias; h [T, rows, 2, I]
   (gate then up per expert row); act [T, rows, I]. rows = E, or E + 1 with the shared expert last. */
void route_swiglu(const float *logits, long T, long E, int scoring, const float *bias, const long *hash,
                  long k, float scaling, const float *h, long rows, long inter, int has_limit, float limit,
                  float *act) {
    float scores[E], dense[rows];
    long ids[k];
    float w[k];
    for (long t = 0; t < T; t++) {
        for (long e = 0; e < E; e++) scores[e] = logits[t * E + e];
        route_token(scores, E, scoring, bias, hash ? hash + t * k : NULL, k, scaling, ids, w);
        for (long e = 0; e < rows; e++) dense[e] = 0.0f;
        if (rows > E) dense[E] = 1.0f;
        for (long j = 0; j < k; j++) dense[ids[j]] += w[j];
        for (long e = 0; e < rows; e++) {
            const float *g = h + (t * rows + e) * 2 * inter, *u = g + inter;
            float *a = act + (t * rows + e) * inter;
            float d = dense[e];
            for (long i = 0; i < inter; i++) {
                float gi = g[i], ui = u[i];
                if (has_limit) {
                    gi = gi > limit ? limit : gi;
                    ui = ui > limit ? limit : (ui < -limit ? -limit : ui);
                }
                a[i] = ((gi / (1.0f + expf(-gi))) * ui) * d;
            }
        }
    }
}
"""


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long, int_, float_ = c_build.PTR, c_build.LONG, c_build.INT, c_build.FLOAT
    return c_build.load("route_swiglu", _SOURCE, {
        "route_swiglu": [p, long, long, int_, p, p, long, float_, p, long, long, int_, float_, p],
    })


def prepare() -> bool:
    return c_build.enabled() and _library() is not None


def route_swiglu(gate, logits: torch.Tensor, input_ids: torch.Tensor, h: torch.Tensor, rows: int,
                 limit: float | None) -> torch.Tensor | None:
    """`gate`'s routing of logits [T, E] and the weighted SwiGLU of h [T, rows * 2I] (see the C source):
    act [T, rows * I], or None where the kernel does not apply."""
    cfg = gate.cfg
    scoring = _SCORING.get(cfg.scoring_func, 2)
    if not c_build.enabled() or not c_build.plain(logits, h) or not logits.is_contiguous():
        return None
    if not h.is_contiguous() or logits.dim() != 2 or h.shape[0] != logits.shape[0]:
        return None
    library = _library()
    if library is None:
        return None
    tokens, experts = logits.shape
    if gate.hashed:
        ids = gate.tid2eid[input_ids].long().contiguous()
        bias = None
    else:
        bias = gate.bias
        if not c_build.plain(bias) or not bias.is_contiguous():
            return None
        ids = None
    inter = h.shape[1] // (2 * rows)
    act = torch.empty(tokens, rows * inter)
    library.route_swiglu(
        logits.data_ptr(), tokens, experts, scoring, None if bias is None else bias.data_ptr(),
        None if ids is None else ids.data_ptr(), cfg.num_experts_per_tok, cfg.routed_scaling_factor,
        h.data_ptr(), rows, inter, limit is not None, limit or 0.0, act.data_ptr(),
    )
    return act
