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
def finish_with_sink(m_i, l_i, acc, sink):
    """Normalise a flash-attention state whose softmax also holds one dropped logit per row.

    ``sink`` ``[M]``: that logit in the scores' base-2 units (-inf for none). Rows with neither
    keys nor sink give zeros.
    """
    m = tl.maximum(m_i, sink)
    m = tl.where(m > float("-inf"), m, 0.0)
    alpha = tl.exp2(m_i - m)
    denom = l_i * alpha + tl.exp2(sink - m)
    return acc * (alpha / tl.where(denom > 0, denom, 1.0))[:, None]
