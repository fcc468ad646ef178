"""MLA prefill / chunked prefill straight from the paged latent cache (absorbed form).

The new tokens' ``c_kv``/``k_pe`` are written to the cache first (``mla_cache_write``); then
every new query token attends causally to its sequence's cached prefix and to the new
tokens up to itself, all read from the paged cache. Sequences have variable lengths:

- ``q_lat`` ``[T, H, DL]``, ``q_pe`` ``[T, H, DR]``: new tokens of all sequences, packed;
- ``cu_seqlens_q`` ``[B + 1]``: start of each sequence's new tokens in the packing;
- ``seq_lens`` ``[B]``: context length after this step (prefix + new tokens);
- ``block_table`` ``[B, max_blocks]`` into ``kv_cache`` ``[num_blocks, block_size, DL + DR]``.

Query ``i`` of sequence ``b`` sits at position ``seq_lens[b] - q_len[b] + i`` and sees keys
``0..position``. Because MLA's absorbed keys are shared by all heads, one program takes
``BLOCK_T`` tokens x ``BLOCK_H`` heads as the rows of one tile and loads each cache tile once
for all of them. (The absorbed form costs more FLOPs per key than the up-projected MHA form
but reads the compressed cache directly, with no gather/up-projection of the prefix; the
non-absorbed path is ``mla_prefill``.)
"""
from __future__ import annotations

import torch

from ._common import (INDEX_DTYPES, KernelArgumentError, cdiv, check_tensor, lazy_jit, next_pow2, tl,
                      triton_runnable)
from ._device import online_softmax_step
from .mla_decode import check_paged
from .reference.mla_prefill_paged import mla_prefill_paged as mla_prefill_paged_ref

_NAME = "mla_prefill_paged"


@lazy_jit
def _paged_prefill_kernel(ql_ptr, qp_ptr, cache_ptr, bt_ptr, cu_ptr, lens_ptr, out_ptr, H, DL, DR, sm_scale,
                    stride_qlt, stride_qlh, stride_qpt, stride_qph, stride_cb, stride_cs, stride_bt,
                    stride_ot, stride_oh, PAGE,
                    BLOCK_T: tl.constexpr, BLOCK_H: tl.constexpr, BLOCK_N: tl.constexpr,
                    BLOCK_DL: tl.constexpr, BLOCK_DR: tl.constexpr):
    tile = tl.program_id(0)
    b = tl.program_id(1).to(tl.int64)
    q_start = tl.load(cu_ptr + b).to(tl.int64)
    q_len = tl.load(cu_ptr + b + 1).to(tl.int64) - q_start
    if tile * BLOCK_T >= q_len:
        return
    seq_len = tl.load(lens_ptr + b).to(tl.int64)
    rows = tl.arange(0, BLOCK_T * BLOCK_H)
    t_idx = tile * BLOCK_T + rows // BLOCK_H
    h_idx = tl.program_id(2) * BLOCK_H + rows % BLOCK_H
    row_ok = (t_idx < q_len) & (h_idx < H)
    q_pos = seq_len - q_len + t_idx
    tok = q_start + t_idx
    offs_l = tl.arange(0, BLOCK_DL)
    offs_r = tl.arange(0, BLOCK_DR)
    l_ok = offs_l < DL
    r_ok = offs_r < DR
    q = tl.load(ql_ptr + tok[:, None] * stride_qlt + h_idx[:, None] * stride_qlh + offs_l[None, :],
                mask=row_ok[:, None] & l_ok[None, :], other=0.0)
    qp = tl.load(qp_ptr + tok[:, None] * stride_qpt + h_idx[:, None] * stride_qph + offs_r[None, :],
                 mask=row_ok[:, None] & r_ok[None, :], other=0.0)
    qk_scale = sm_scale * 1.4426950408889634
    m_i = tl.full([BLOCK_T * BLOCK_H], float("-inf"), tl.float32)
    l_i = tl.zeros([BLOCK_T * BLOCK_H], dtype=tl.float32)
    acc = tl.zeros([BLOCK_T * BLOCK_H, BLOCK_DL], dtype=tl.float32)
    kv_end = tl.minimum(seq_len - q_len + (tile + 1) * BLOCK_T, seq_len)
    for n0 in range(0, kv_end, BLOCK_N):
        offs_n = n0 + tl.arange(0, BLOCK_N)
        n_ok = offs_n < kv_end
        page = tl.load(bt_ptr + b * stride_bt + offs_n // PAGE, mask=n_ok, other=0).to(tl.int64)
        row = cache_ptr + page * stride_cb + (offs_n % PAGE) * stride_cs
        kv = tl.load(row[:, None] + offs_l[None, :], mask=n_ok[:, None] & l_ok[None, :], other=0.0)
        kpe = tl.load(row[:, None] + DL + offs_r[None, :], mask=n_ok[:, None] & r_ok[None, :], other=0.0)
        s = tl.dot(q, tl.trans(kv)) + tl.dot(qp, tl.trans(kpe))
        visible = n_ok[None, :] & (offs_n[None, :] <= q_pos[:, None])
        s = tl.where(visible, s * qk_scale, float("-inf"))
        m_i, l_i, acc = online_softmax_step(s, m_i, l_i, acc, kv)
    out = acc / tl.where(l_i > 0, l_i, 1.0)[:, None]
    tl.store(out_ptr + tok[:, None] * stride_ot + h_idx[:, None] * stride_oh + offs_l[None, :],
             out.to(out_ptr.dtype.element_ty), mask=row_ok[:, None] & l_ok[None, :])


def mla_prefill_paged(q_lat: torch.Tensor, q_pe: torch.Tensor, kv_cache: torch.Tensor,
                      block_table: torch.Tensor, cu_seqlens_q: torch.Tensor, seq_lens: torch.Tensor,
                      scale: float, *, max_q_len: int | None = None, block_t: int | None = None,
                      block_h: int | None = None, block_n: int = 32) -> torch.Tensor:
    """Causal absorbed MLA over cached prefix + new tokens; returns ``o_lat`` ``[T, H, DL]``."""
    check_paged(_NAME, q_lat, q_pe, kv_cache, block_table, seq_lens)
    check_tensor(_NAME, "cu_seqlens_q", cu_seqlens_q, ndim=1, dtypes=INDEX_DTYPES, last_contiguous=False)
    if cu_seqlens_q.shape[0] != seq_lens.shape[0] + 1:
        raise KernelArgumentError(_NAME, f"cu_seqlens_q needs {seq_lens.shape[0] + 1} entries, "
                                         f"got {cu_seqlens_q.shape[0]}")
    if not triton_runnable(q_lat, kv_cache):
        return mla_prefill_paged_ref(q_lat, q_pe, kv_cache, block_table, cu_seqlens_q, seq_lens, scale)
    T, H, DL = q_lat.shape
    out = torch.empty_like(q_lat)
    B = seq_lens.shape[0]
    if T == 0 or B == 0:
        return out
    if max_q_len is None:
        max_q_len = int((cu_seqlens_q[1:] - cu_seqlens_q[:-1]).max())
    bh = block_h or min(16, next_pow2(H))
    bt = block_t or max(1, 32 // bh)
    if bt * bh < 16:
        bt = cdiv(16, bh)
    grid = (cdiv(max(max_q_len, 1), bt), B, cdiv(H, bh))
    _paged_prefill_kernel[grid](q_lat, q_pe, kv_cache, block_table, cu_seqlens_q, seq_lens, out, H, DL,
                          q_pe.shape[2], float(scale), q_lat.stride(0), q_lat.stride(1), q_pe.stride(0),
                          q_pe.stride(1), kv_cache.stride(0), kv_cache.stride(1), block_table.stride(0),
                          out.stride(0), out.stride(1), kv_cache.shape[1],
                          BLOCK_T=bt, BLOCK_H=bh, BLOCK_N=block_n, BLOCK_DL=next_pow2(DL),
                          BLOCK_DR=max(16, next_pow2(q_pe.shape[2])), num_warps=8, num_stages=2)
    return out
