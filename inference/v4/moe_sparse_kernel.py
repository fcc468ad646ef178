"""The whole MoE block for a small batch on CPU as one C call (ctypes, `c_build`): router, the chosen
experts only, and the shared expert.

`moe.dense_experts` runs every local expert on every token (two batched matmuls, the unchosen experts
weighted 0): with 8 experts, top-2 and a shared expert that is three times the arithmetic the tokens
need, plus the router's and the SwiGLU's ops. Here one call computes per token the router logits and
scores, the chosen experts and their weights (as `moe_kernel.route_swiglu`), and then, expert by
expert, only the (token, expert) pairs that were chosen: gate / up projection, clamped SwiGLU times the
weight, down projection added to the token's output. Tokens of one expert go through together, in
groups of up to eight, so each weight row is read once per group.

The weights are a transposed copy of the stacked experts (`SparsePack`: w13 as [rows, H, 2I], w2 as
[rows, I, H], so every inner loop runs over contiguous memory), built once per MoE block on first use.
Each token's result is computed in a fixed order, whatever else is in the batch. Sums run in another
order than the BLAS matmuls of the torch path: results agree to float rounding, not bit for bit.
"""

from __future__ import annotations

import ctypes
import functools

import torch

from sluice.inference.v4 import c_build, moe_kernel

_SCORING = {"sqrtsoftplus": 0, "sigmoid": 1, "softmax": 2}

# the largest batch this kernel takes; bigger batches keep the matmul paths (measured in bench/RESULTS.md,
# "V4 CPU decode: sparse MoE kernel")
SPARSE_MOE_TOKENS = 512

_SOURCE = c_build.DOT_SOURCE + c_build.LANES_SOURCE + moe_kernel.ROUTE_SOURCE + r"""
#define GROUP 8

static void route(const float *x, long H, const float *gw, long E, int scoring, const float *bias,
                  const long *hash, long k, float scaling, long *ids, float *w) {
    float scores[E];
    for (long e = 0; e < E; e++) scores[e] = dot(x, gw + e * H, H);
    route_token(scores, E, scoring, bias, hash, k, scaling, ids, w);
}

/* dst[g][c0 .. c0 + 16 CB) (+)= sum over r < K of src[g][r] W[r][c0 ..] for the m <= 4 rows g, with
   4 x CB 16-lane sums held in registers; each token's sums run in the same order whatever m is. */
static inline __attribute__((always_inline)) void tile(int CB, const float *const *src, long m, long K,
                                                       const float *W, long ld, long c0, float *const *dst,
                                                       int add) {
    v16 acc[4][4];
    for (int g = 0; g < 4; g++)
        for (int b = 0; b < CB; b++) acc[g][b] = (v16){0};
    for (long r = 0; r < K; r++) {
        const float *row = W + r * ld + c0;
        v16 w[4];
        for (int b = 0; b < CB; b++) w[b] = load16(row + 16 * b);
        for (int g = 0; g < 4; g++) {
            if (g >= m) break;
            float xv = src[g][r];
            for (int b = 0; b < CB; b++) acc[g][b] += w[b] * xv;
        }
    }
    for (int g = 0; g < 4; g++) {
        if (g >= m) break;
        for (int b = 0; b < CB; b++) {
            float *p = dst[g] + c0 + 16 * b;
            store16(p, add ? load16(p) + acc[g][b] : acc[g][b]);
        }
    }
}

/* dst[g][0 .. N) (+)= src[g][0 .. K) W for g < n (W [K, N] with row stride ld; N a multiple of 16) */
static void small_gemm(const float *const *src, long n, long K, const float *W, long ld, long N,
                       float *const *dst, int add) {
    for (long g = 0; g < n; g += 4) {
        long m = n - g < 4 ? n - g : 4;
        long c = 0;
        for (; c + 64 <= N; c += 64) tile(4, src + g, m, K, W, ld, c, dst + g, add);
        for (; c < N; c += 16) tile(1, src + g, m, K, W, ld, c, dst + g, add);
    }
}

/* one MoE block's fixed inputs: gw [E, H] router weights; bias [E] (top-k of scores + bias), or NULL and
   then table [V, k] the hash layer's expert ids per token id; w13 [rows, H, 2I] (gate in columns 0..I-1,
   up in I..2I-1); w2 [rows, I, H]; rows = E, or E + 1 with the shared expert last (weight 1 for every
   token). H and I multiples of 16. */
struct moe_block {
    const float *gw, *bias, *w13, *w2;
    const long *table;
    long V, H, E, k, rows, inter;
    int scoring, has_limit;
    float scaling, limit;
};

/* x [T, H]; tokens [T] the token ids (read by a hash layer); out [T, H] (written). T is at most a few
   hundred (the per-expert lists live on the stack). */
void moe_sparse(const struct moe_block *b, const float *x, long T, const long *tokens, float *out) {
    const float *gw = b->gw, *bias = b->bias, *w13 = b->w13, *w2 = b->w2;
    long H = b->H, E = b->E, k = b->k, rows = b->rows, inter = b->inter;
    int scoring = b->scoring, has_limit = b->has_limit;
    float scaling = b->scaling, limit = b->limit;
    long count[rows], member[rows * T];
    float weight[rows * T];
    long ids[k];
    float w[k];
    for (long e = 0; e < rows; e++) count[e] = 0;
    for (long t = 0; t < T; t++) {
        const long *hash = bias ? NULL : b->table + tokens[t] * k;
        long chosen = bias || (tokens[t] >= 0 && tokens[t] < b->V) ? k : 0;  /* not a token id: none */
        if (chosen) route(x + t * H, H, gw, E, scoring, bias, hash, k, scaling, ids, w);
        for (long j = 0; j < chosen; j++) {
            long e = ids[j], c = 0;
            if (e < 0 || e >= E) continue;
            for (; c < count[e] && member[e * T + c] != t; c++) {}
            if (c == count[e]) { member[e * T + c] = t; weight[e * T + c] = 0.0f; count[e]++; }
            weight[e * T + c] += w[j];  /* an id chosen twice adds up */
        }
        if (rows > E) { member[E * T + count[E]] = t; weight[E * T + count[E]] = 1.0f; count[E]++; }
    }
    memset(out, 0, sizeof(float) * T * H);
    long two = 2 * inter;
    float acc[GROUP * two], act[GROUP * inter];
    const float *src[GROUP], *act_rows[GROUP];
    float *acc_rows[GROUP], *out_rows[GROUP];
    for (long g = 0; g < GROUP; g++) {
        acc_rows[g] = acc + g * two;
        act_rows[g] = act + g * inter;
    }
    for (long e = 0; e < rows; e++) {
        const float *up = w13 + e * H * two, *down = w2 + e * inter * H;
        for (long start = 0; start < count[e]; start += GROUP) {
            long n = count[e] - start < GROUP ? count[e] - start : GROUP;
            const long *tok = member + e * T + start;
            for (long g = 0; g < n; g++) {
                src[g] = x + tok[g] * H;
                out_rows[g] = out + tok[g] * H;
            }
            small_gemm(src, n, H, up, two, two, acc_rows, 0);
            for (long g = 0; g < n; g++) {
                v16 d = (v16){0} + weight[e * T + start + g];
                for (long i = 0; i < inter; i += LANES) {
                    v16 gi = load16(acc + g * two + i), ui = load16(acc + g * two + inter + i);
                    if (has_limit) {
                        gi = select16(gi > limit, (v16){0} + limit, gi);
                        ui = select16(ui > limit, (v16){0} + limit, ui);
                        ui = select16(ui < -limit, (v16){0} - limit, ui);
                    }
                    store16(act + g * inter + i, ((gi / (1.0f + exp_lanes(-gi))) * ui) * d);
                }
            }
            small_gemm(act_rows, n, inter, down, H, H, out_rows, 1);
        }
    }
}
"""


class _Block(ctypes.Structure):
    _fields_ = [("gw", c_build.PTR), ("bias", c_build.PTR), ("w13", c_build.PTR), ("w2", c_build.PTR),
                ("table", c_build.PTR), ("V", c_build.LONG), ("H", c_build.LONG), ("E", c_build.LONG), ("k", c_build.LONG), ("rows", c_build.LONG),
                ("inter", c_build.LONG), ("scoring", c_build.INT), ("has_limit", c_build.INT),
                ("scaling", c_build.FLOAT), ("limit", c_build.FLOAT)]


@functools.cache
def _library() -> ctypes.CDLL | None:
    p, long = c_build.PTR, c_build.LONG
    return c_build.load("moe_sparse", _SOURCE, {"moe_sparse": [ctypes.POINTER(_Block), p, long, p, p]})


class SparsePack:
    """One MoE block as `moe_sparse` reads it: the stacked experts transposed (w13 [rows, H, 2I], w2
    [rows, I, H]) and the router's weights, with their addresses in a C struct. Built after loading; it
    holds the tensors it points to."""

    def __init__(self, gate, stacked: tuple[torch.Tensor, torch.Tensor], limit: float | None) -> None:
        """gate: the block's `moe.Gate`; stacked: `MoE.stacked` = (w13 [rows, 2I, H], w2 [H, rows, I])."""
        w13, w2 = stacked
        self.w13 = w13.transpose(1, 2).contiguous()
        self.w2 = w2.permute(1, 2, 0).contiguous()
        cfg = gate.cfg
        self.hashed = gate.hashed
        self.gate_weight = gate.weight.detach().contiguous()
        self.bias = None if gate.hashed else gate.bias.detach().contiguous()
        self.table = gate.tid2eid.long().contiguous() if gate.hashed else None
        self.rows, self.inter, self.hidden = self.w2.shape[0], self.w2.shape[1], self.w2.shape[2]
        self.block = _Block(
            self.gate_weight.data_ptr(), None if self.bias is None else self.bias.data_ptr(), self.w13.data_ptr(),
            self.w2.data_ptr(), None if self.table is None else self.table.data_ptr(),
            0 if self.table is None else self.table.shape[0], self.hidden, self.gate_weight.shape[0], cfg.num_experts_per_tok, self.rows,
            self.inter, _SCORING.get(cfg.scoring_func, 2), limit is not None, cfg.routed_scaling_factor,
            limit or 0.0)
        self.usable = (self.hidden % 16 == 0 and self.inter % 16 == 0  # the kernel's 16-lane tiles
                       and c_build.plain(self.w13, self.gate_weight) and (self.bias is None or c_build.plain(self.bias)))


def packs(gate, stacked: tuple[torch.Tensor, torch.Tensor], limit: float | None) -> SparsePack | None:
    """The block's `SparsePack` where the kernel can take it (CPU fp32, widths multiples of 16), else None."""
    w13 = stacked[0]
    if not w13.is_cpu or w13.dtype != torch.float32 or gate.weight.dtype != torch.float32:
        return None
    pack = SparsePack(gate, stacked, limit)
    return pack if pack.usable else None


def prepare() -> bool:
    return c_build.enabled() and _library() is not None


def applies(tokens: int) -> bool:
    """Whether the kernel takes a batch of this many tokens: up to `SPARSE_MOE_TOKENS`, with the kernels
    enabled and built, and no gradient to carry."""
    return (0 < tokens <= SPARSE_MOE_TOKENS and c_build.enabled() and not torch.is_grad_enabled()
            and _library() is not None)


def moe_sparse(pack: SparsePack, x: torch.Tensor, input_ids: torch.Tensor) -> torch.Tensor | None:
    """The MoE output [T, H] of x [T, H] (routed experts chosen by the router, plus the shared expert
    where it is the pack's last row), or None where the kernel does not apply."""
    if not applies(x.shape[0]) or x.dtype != torch.float32 or not x.is_cpu or not x.is_contiguous():
        return None
    if pack.hashed and (input_ids.dtype != torch.int64 or not input_ids.is_contiguous()):
        input_ids = input_ids.long().contiguous()
    out = torch.empty(x.shape[0], pack.hidden)
    _library().moe_sparse(ctypes.byref(pack.block), x.data_ptr(), x.shape[0], input_ids.data_ptr(), out.data_ptr())
    return out
