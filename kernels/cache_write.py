"""Write the latent (``c_kv``) and rotary (``k_pe``) parts of new tokens into the paged
MLA cache.

Cache layout: ``kv_cache[num_blocks, block_size, kv_lora_rank + rope_dim]``; token ``t``
goes to flat slot ``slot_mapping[t] = block * block_size + offset``. Negative slots
(padding) are skipped.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, check_same_device, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)

_NAME = "mla_cache_write"


def mla_cache_write_ref(kv_cache: torch.Tensor, c_kv: torch.Tensor, k_pe: torch.Tensor,
                        slot_mapping: torch.Tensor) -> None:
    dl = c_kv.shape[-1]
    flat = kv_cache.view(-1, kv_cache.shape[-1])
    keep = slot_mapping >= 0
    slots = slot_mapping[keep].long()
    flat[slots, :dl] = c_kv.reshape(c_kv.shape[0], dl)[keep].to(kv_cache.dtype)
    flat[slots, dl:] = k_pe.reshape(k_pe.shape[0], -1)[keep].to(kv_cache.dtype)


@lazy_jit
def _cache_write_kernel(cache_ptr, ckv_ptr, kpe_ptr, slot_ptr, DL, DR,
                        stride_cb, stride_cs, stride_ckv, stride_kpe, BLOCK_SIZE,
                        BLOCK_DL: tl.constexpr, BLOCK_DR: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    slot = tl.load(slot_ptr + t).to(tl.int64)
    if slot >= 0:
        dst = cache_ptr + (slot // BLOCK_SIZE) * stride_cb + (slot % BLOCK_SIZE) * stride_cs
        offs_l = tl.arange(0, BLOCK_DL)
        ckv = tl.load(ckv_ptr + t * stride_ckv + offs_l, mask=offs_l < DL)
        tl.store(dst + offs_l, ckv.to(cache_ptr.dtype.element_ty), mask=offs_l < DL)
        offs_r = tl.arange(0, BLOCK_DR)
        kpe = tl.load(kpe_ptr + t * stride_kpe + offs_r, mask=offs_r < DR)
        tl.store(dst + DL + offs_r, kpe.to(cache_ptr.dtype.element_ty), mask=offs_r < DR)


def mla_cache_write(kv_cache: torch.Tensor, c_kv: torch.Tensor, k_pe: torch.Tensor,
                    slot_mapping: torch.Tensor) -> None:
    """In place: ``kv_cache`` ``[NB, BS, DL+DR]``, ``c_kv`` ``[T, DL]``, ``k_pe`` ``[T, DR]``
    (or ``[T, 1, DR]``), ``slot_mapping`` ``[T]``."""
    check_tensor(_NAME, "kv_cache", kv_cache, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "c_kv", c_kv, ndim=2, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "k_pe", k_pe, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "slot_mapping", slot_mapping, ndim=1, dtypes=INDEX_DTYPES, last_contiguous=False)
    if k_pe.dim() == 3 and k_pe.shape[1] == 1:
        k_pe = k_pe[:, 0]
    if k_pe.dim() != 2:
        raise KernelArgumentError(_NAME, f"k_pe must be [T, DR] or [T, 1, DR], got {tuple(k_pe.shape)}")
    T, DL = c_kv.shape
    DR = k_pe.shape[1]
    if k_pe.shape[0] != T or slot_mapping.shape[0] != T:
        raise KernelArgumentError(_NAME, f"token counts differ: c_kv {T}, k_pe {k_pe.shape[0]}, "
                                         f"slot_mapping {slot_mapping.shape[0]}")
    if kv_cache.shape[2] != DL + DR:
        raise KernelArgumentError(_NAME, f"cache last dim {kv_cache.shape[2]} != {DL} + {DR}")
    if kv_cache.stride(2) != 1 or kv_cache.stride(0) != kv_cache.shape[1] * kv_cache.stride(1):
        raise KernelArgumentError(_NAME, "kv_cache blocks must be laid out densely")
    check_same_device(_NAME, kv_cache=kv_cache, c_kv=c_kv, k_pe=k_pe, slot_mapping=slot_mapping)
    if not triton_runnable(kv_cache, c_kv, k_pe):
        mla_cache_write_ref(kv_cache, c_kv, k_pe, slot_mapping)
        return
    if T:
        _cache_write_kernel[(T,)](kv_cache, c_kv, k_pe, slot_mapping.contiguous(), DL, DR,
                                  kv_cache.stride(0), kv_cache.stride(1), c_kv.stride(0), k_pe.stride(0),
                                  kv_cache.shape[1], BLOCK_DL=next_pow2(DL), BLOCK_DR=next_pow2(DR))
