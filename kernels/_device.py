"""Device helpers shared by several kernels (Triton functions called from kernels)."""
from __future__ import annotations

from ._common import lazy_jit_helper, tl


@lazy_jit_helper
def online_softmax_step(s, m_i, l_i, acc, v):
    """Fold one key block into a flash-attention state.

    ``s`` ``[M, N]``: scores already scaled by log2(e) (masked keys at -inf); ``v`` ``[N, D]``;
    ``m_i``/``l_i`` ``[M]``: running max and sum in base 2; ``acc`` ``[M, D]`` fp32. Rows that have
    seen no key yet keep a zero state.
    """
    m_new = tl.maximum(m_i, tl.max(s, axis=1))
    m_safe = tl.where(m_new > float("-inf"), m_new, 0.0)
    alpha = tl.exp2(m_i - m_safe)
    p = tl.exp2(s - m_safe[:, None])
    l_i = l_i * alpha + tl.sum(p, axis=1)
    acc = acc * alpha[:, None] + tl.dot(p.to(v.dtype), v)
    return m_new, l_i, acc


@lazy_jit_helper
def grouped_tile(pid, num_m, num_n, GROUP_M: tl.constexpr):
    """(pid_m, pid_n) of a GEMM tile, walking GROUP_M row-tiles together for L2 reuse."""
    per_group = GROUP_M * num_n
    first_m = (pid // per_group) * GROUP_M
    size_m = min(num_m - first_m, GROUP_M)
    pid_m = first_m + (pid % per_group) % size_m
    pid_n = (pid % per_group) // size_m
    return pid_m, pid_n


@lazy_jit_helper
def finish_with_sink(m_i, l_i, acc, sink_ptr, heads, ok, HAS_SINK: tl.constexpr):
    """Normalise a flash-attention state whose softmax also holds one dropped logit per row.

    Row ``r`` uses the sink logit ``sink_ptr[heads[r]]`` (natural units, fp32; none without
    ``HAS_SINK`` or where ``ok`` is false); scores are in base 2. Rows with neither keys nor sink
    give zeros.
    """
    if HAS_SINK:
        sink = tl.load(sink_ptr + heads, mask=ok, other=float("-inf")).to(tl.float32) * 1.4426950408889634
    else:
        sink = tl.full(m_i.shape, float("-inf"), tl.float32)
    m = tl.maximum(m_i, sink)
    m = tl.where(m > float("-inf"), m, 0.0)
    alpha = tl.exp2(m_i - m)
    denom = l_i * alpha + tl.exp2(sink - m)
    return acc * (alpha / tl.where(denom > 0, denom, 1.0))[:, None]


@lazy_jit_helper
def moe_tile(max_padded, N, BLOCK_M: tl.constexpr, BLOCK_N: tl.constexpr, GROUP_M: tl.constexpr):
    """(pid_m, pid_n) of this program's tile of an aligned MoE GEMM (rows: padded sorted pairs)."""
    pid = tl.program_id(0)
    return grouped_tile(pid, tl.cdiv(max_padded, BLOCK_M), tl.cdiv(N, BLOCK_N), GROUP_M)


@lazy_jit_helper
def moe_block_rows(pid_m, sorted_ptr, expert_ids_ptr, num_valid, TOP_K: tl.constexpr, BLOCK_M: tl.constexpr):
    """(pair ids, which are real, their activation rows, the block's expert) of an M-block."""
    pair = tl.load(sorted_ptr + pid_m * BLOCK_M + tl.arange(0, BLOCK_M)).to(tl.int64)
    valid = pair < num_valid
    return pair, valid, pair // TOP_K, tl.load(expert_ids_ptr + pid_m).to(tl.int64)
