"""MLA decode attention over the paged latent cache, absorbed form.

Per layer the cache is ``kv_cache[num_blocks, block_size, DL + DR]``: the first ``DL``
(kv_lora_rank, 512) values of a token are ``c_kv`` and serve as both key part and value,
the last ``DR`` (64) are the rotated ``k_pe``. Queries are absorbed: ``q_lat`` ``[B, H, DL]``
(= q_nope @ W_UK) and ``q_pe`` ``[B, H, DR]``. One query token per sequence:

    score[b, h, n] = (q_lat[b, h] . c_kv[n] + q_pe[b, h] . k_pe[n]) * scale
    o_lat[b, h]    = softmax_n(score) @ c_kv

Stage 1 splits every sequence's context into ``num_kv_splits`` parts; one program handles
up to ``BLOCK_H`` heads of one sequence over one split (the cache tile is loaded once for
all of them), keeps an online softmax and writes its partial output and log-sum-exp.
Stage 2 merges the splits by log-sum-exp.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, cdiv, check_same_device,
                      check_tensor, lazy_jit, next_pow2, tl, triton_runnable)
from ._device import online_softmax_step
from .reference.mla_decode import mla_decode as mla_decode_ref

_NAME = "mla_decode"
_LOG2E = 1.4426950408889634


@lazy_jit
def _stage1_kernel(ql_ptr, qp_ptr, cache_ptr, bt_ptr, lens_ptr, part_ptr, lse_ptr, H, DL, DR, sm_scale,
                   stride_qlb, stride_qlh, stride_qpb, stride_qph, stride_cb, stride_cs, stride_bt,
                   stride_pb, stride_ph, stride_ps, stride_lb, stride_lh, PAGE, NUM_SPLITS,
                   BLOCK_H: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_DL: tl.constexpr,
                   BLOCK_DR: tl.constexpr):
    # head groups of one (sequence, split) are neighbours in launch order: they read the same
    # cache tiles, which then come from L2 for all but the first
    offs_h = tl.program_id(0) * BLOCK_H + tl.arange(0, BLOCK_H)
    b = tl.program_id(1).to(tl.int64)
    split = tl.program_id(2)
    h_ok = offs_h < H
    offs_l = tl.arange(0, BLOCK_DL)
    offs_r = tl.arange(0, BLOCK_DR)
    l_ok = offs_l < DL
    r_ok = offs_r < DR
    q = tl.load(ql_ptr + b * stride_qlb + offs_h[:, None] * stride_qlh + offs_l[None, :],
                mask=h_ok[:, None] & l_ok[None, :], other=0.0)
    qp = tl.load(qp_ptr + b * stride_qpb + offs_h[:, None] * stride_qph + offs_r[None, :],
                 mask=h_ok[:, None] & r_ok[None, :], other=0.0)
    seq_len = tl.load(lens_ptr + b)
    per_split = tl.cdiv(seq_len, NUM_SPLITS)
    start = split * per_split
    end = tl.minimum(start + per_split, seq_len)
    qk_scale = sm_scale * 1.4426950408889634
    m_i = tl.full([BLOCK_H], float("-inf"), tl.float32)
    l_i = tl.zeros([BLOCK_H], dtype=tl.float32)
    acc = tl.zeros([BLOCK_H, BLOCK_DL], dtype=tl.float32)
    for n0 in range(start, end, BLOCK_N):
        offs_n = n0 + tl.arange(0, BLOCK_N)
        n_ok = offs_n < end
        page = tl.load(bt_ptr + b * stride_bt + offs_n // PAGE, mask=n_ok, other=0).to(tl.int64)
        row = cache_ptr + page * stride_cb + (offs_n % PAGE) * stride_cs
        kv = tl.load(row[:, None] + offs_l[None, :], mask=n_ok[:, None] & l_ok[None, :], other=0.0)
        kpe = tl.load(row[:, None] + DL + offs_r[None, :], mask=n_ok[:, None] & r_ok[None, :], other=0.0)
        s = tl.dot(q, tl.trans(kv)) + tl.dot(qp, tl.trans(kpe))
        s = tl.where(n_ok[None, :], s * qk_scale, float("-inf"))
        m_i, l_i, acc = online_softmax_step(s, m_i, l_i, acc, kv)
    has = end > start
    safe_l = tl.where(l_i > 0, l_i, 1.0)
    part = acc / safe_l[:, None]
    lse = tl.where(has & (l_i > 0), m_i + tl.log2(safe_l), float("-inf"))
    tl.store(part_ptr + b * stride_pb + offs_h[:, None] * stride_ph + split * stride_ps + offs_l[None, :],
             part, mask=h_ok[:, None] & l_ok[None, :])
    tl.store(lse_ptr + b * stride_lb + offs_h * stride_lh + split, lse, mask=h_ok)


@lazy_jit
def _stage2_kernel(part_ptr, lse_ptr, out_ptr, DL, NUM_SPLITS, stride_pb, stride_ph, stride_ps,
                   stride_lb, stride_lh, stride_ob, stride_oh, BLOCK_DL: tl.constexpr):
    b = tl.program_id(0).to(tl.int64)
    h = tl.program_id(1).to(tl.int64)
    offs_l = tl.arange(0, BLOCK_DL)
    l_ok = offs_l < DL
    m = tl.full([], float("-inf"), tl.float32)
    denom = tl.full([], 0.0, tl.float32)
    acc = tl.zeros([BLOCK_DL], dtype=tl.float32)
    for s in range(0, NUM_SPLITS):
        lse = tl.load(lse_ptr + b * stride_lb + h * stride_lh + s)
        if lse > float("-inf"):
            part = tl.load(part_ptr + b * stride_pb + h * stride_ph + s * stride_ps + offs_l, mask=l_ok,
                           other=0.0)
            m_new = tl.maximum(m, lse)
            alpha = tl.exp2(m - m_new)
            w = tl.exp2(lse - m_new)
            acc = acc * alpha + part * w
            denom = denom * alpha + w
            m = m_new
    out = acc / tl.where(denom > 0, denom, 1.0)
    tl.store(out_ptr + b * stride_ob + h * stride_oh + offs_l, out.to(out_ptr.dtype.element_ty), mask=l_ok)


def check_paged(name: str, q_lat, q_pe, kv_cache, block_table, seq_lens):
    check_tensor(name, "q_lat", q_lat, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(name, "q_pe", q_pe, ndim=3, dtypes=(q_lat.dtype,))
    check_tensor(name, "kv_cache", kv_cache, ndim=3, dtypes=(q_lat.dtype,))
    check_tensor(name, "block_table", block_table, ndim=2, dtypes=INDEX_DTYPES)
    check_tensor(name, "seq_lens", seq_lens, ndim=1, dtypes=INDEX_DTYPES, last_contiguous=False)
    if q_pe.shape[:2] != q_lat.shape[:2]:
        raise KernelArgumentError(name, f"q_pe {tuple(q_pe.shape)} and q_lat {tuple(q_lat.shape)} must "
                                        "agree on tokens and heads")
    DL, DR = q_lat.shape[2], q_pe.shape[2]
    if kv_cache.shape[2] != DL + DR:
        raise KernelArgumentError(name, f"cache last dim {kv_cache.shape[2]} != {DL} (latent) + {DR} (rope)")
    if block_table.shape[0] != seq_lens.shape[0]:
        raise KernelArgumentError(name, f"block_table has {block_table.shape[0]} rows for "
                                        f"{seq_lens.shape[0]} sequences")
    check_same_device(name, q_lat=q_lat, q_pe=q_pe, kv_cache=kv_cache, block_table=block_table,
                      seq_lens=seq_lens)


def default_num_splits(batch: int, heads: int, block_h: int, max_len: int, device: torch.device) -> int:
    """Enough programs to fill the GPU (about 2 per SM), but >= 128 tokens per split."""
    sms = torch.cuda.get_device_properties(device).multi_processor_count if device.type == "cuda" else 4
    programs = batch * cdiv(heads, block_h)
    by_occupancy = cdiv(2 * sms, programs)
    by_length = max(1, max_len // 128)
    return max(1, min(by_occupancy, by_length, 64))


def mla_decode(q_lat: torch.Tensor, q_pe: torch.Tensor, kv_cache: torch.Tensor, block_table: torch.Tensor,
               seq_lens: torch.Tensor, scale: float, *, num_kv_splits: int | None = None,
               block_h: int = 16, block_n: int = 32) -> torch.Tensor:
    """Absorbed MLA decode; returns ``o_lat`` ``[B, H, DL]`` in q's dtype.

    ``num_kv_splits`` depends only on shapes (batch, heads, block-table width) unless
    given, so the launch is the same on every step of a CUDA graph.
    """
    check_paged(_NAME, q_lat, q_pe, kv_cache, block_table, seq_lens)
    if block_h < 16 or block_n < 16:
        raise KernelArgumentError(_NAME, "block_h and block_n must be >= 16 (tl.dot tile)")
    if not triton_runnable(q_lat, kv_cache):
        return mla_decode_ref(q_lat, q_pe, kv_cache, block_table, seq_lens, scale)
    B, H, DL = q_lat.shape
    DR = q_pe.shape[2]
    out = torch.empty_like(q_lat)
    if B == 0:
        return out
    max_len = block_table.shape[1] * kv_cache.shape[1]
    splits = num_kv_splits or default_num_splits(B, H, block_h, max_len, q_lat.device)
    part = torch.empty((B, H, splits, DL), dtype=torch.float32, device=q_lat.device)
    lse = torch.empty((B, H, splits), dtype=torch.float32, device=q_lat.device)
    bdl, bdr = next_pow2(DL), max(16, next_pow2(DR))
    _stage1_kernel[(cdiv(H, block_h), B, splits)](
        q_lat, q_pe, kv_cache, block_table, seq_lens, part, lse, H, DL, DR, float(scale),
        q_lat.stride(0), q_lat.stride(1), q_pe.stride(0), q_pe.stride(1), kv_cache.stride(0),
        kv_cache.stride(1), block_table.stride(0), part.stride(0), part.stride(1), part.stride(2),
        lse.stride(0), lse.stride(1), kv_cache.shape[1], splits,
        BLOCK_H=block_h, BLOCK_N=block_n, BLOCK_DL=bdl, BLOCK_DR=bdr, num_warps=4, num_stages=2)
    _stage2_kernel[(B, H)](part, lse, out, DL, splits, part.stride(0), part.stride(1), part.stride(2),
                           lse.stride(0), lse.stride(1), out.stride(0), out.stride(1), BLOCK_DL=bdl,
                           num_warps=4)
    return out
