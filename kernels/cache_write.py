"""Write new tokens' latent rows (``c_kv`` then rotated ``k_pe``) into the paged MLA cache.

Cache layout: ``kv_cache[num_blocks, block_size, D]`` with ``D = kv_lora_rank + rope_dim``;
token ``t`` goes to flat slot ``slot_mapping[t] = block * block_size + offset``. Negative
slots (padding in a CUDA graph batch) are skipped.
"""
from __future__ import annotations

import torch

from ._common import (FLOAT_DTYPES, INDEX_DTYPES, KernelArgumentError, check_same_device, check_tensor,
                      lazy_jit, next_pow2, tl, triton_runnable)
from .reference.paged_cache import cache_write as cache_write_ref

_NAME = "cache_write"


@lazy_jit
def _cache_write_kernel(cache_ptr, latent_ptr, slot_ptr, D, stride_slot, stride_lat,
                        BLOCK_D: tl.constexpr):
    t = tl.program_id(0).to(tl.int64)
    slot = tl.load(slot_ptr + t).to(tl.int64)
    if slot >= 0:
        offs = tl.arange(0, BLOCK_D)
        row = tl.load(latent_ptr + t * stride_lat + offs, mask=offs < D)
        tl.store(cache_ptr + slot * stride_slot + offs, row.to(cache_ptr.dtype.element_ty), mask=offs < D)


def cache_write(kv_cache: torch.Tensor, slot_mapping: torch.Tensor, latent: torch.Tensor) -> None:
    """In place: ``kv_cache`` ``[NB, BS, D]``, ``slot_mapping`` ``[T]``, ``latent`` ``[T, D]``."""
    check_tensor(_NAME, "kv_cache", kv_cache, ndim=3, dtypes=FLOAT_DTYPES)
    check_tensor(_NAME, "slot_mapping", slot_mapping, ndim=1, dtypes=INDEX_DTYPES, last_contiguous=False)
    check_tensor(_NAME, "latent", latent, ndim=2, dtypes=FLOAT_DTYPES)
    T, D = latent.shape
    if slot_mapping.shape[0] != T:
        raise KernelArgumentError(_NAME, f"slot_mapping has {slot_mapping.shape[0]} slots for {T} tokens")
    if kv_cache.shape[2] != D:
        raise KernelArgumentError(_NAME, f"cache rows hold {kv_cache.shape[2]} values, latent has {D}")
    if kv_cache.stride(0) != kv_cache.shape[1] * kv_cache.stride(1):
        raise KernelArgumentError(_NAME, "kv_cache blocks must be laid out densely")
    check_same_device(_NAME, kv_cache=kv_cache, slot_mapping=slot_mapping, latent=latent)
    if not triton_runnable(kv_cache, latent):
        cache_write_ref(kv_cache, slot_mapping, latent)
        return
    if T:
        _cache_write_kernel[(T,)](kv_cache, latent, slot_mapping.contiguous(), D, kv_cache.stride(1),
                                  latent.stride(0), BLOCK_D=next_pow2(D))
