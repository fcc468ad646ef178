"""Triton kernels for the MLA + MoE inference core, each with a pure-PyTorch reference.

Every ``<name>(...)`` checks its arguments (raising ``KernelArgumentError``), runs the
Triton kernel on CUDA tensors (or on CPU tensors under ``TRITON_INTERPRET=1``) and falls
back to ``<name>_ref(...)`` otherwise. ``<name>_ref`` is the op's one PyTorch implementation,
``sluice.kernels.reference.<name>``, which is also the inference engine's torch backend; the
kernels are tested against it. Signatures of the ops in ``sluice.inference.ops`` (rms_norm,
rotary, moe_route, fused_moe, mla_decode, mla_prefill, cache_write, fp8_linear) match theirs.
DeepSeek-V4's operators (``fp4_dequant``, ``fp8_e8m0_dequant``, ``fused_moe_fp4``, ``swa_prefill``,
``swa_decode``, ``sparse_attention``, ``indexer_scores``/``indexer_topk``, ``compress_kv``,
``hc_pre``/``hc_post``) follow the same pattern and take plain tensors.
"""
from ._common import KernelArgumentError, interpret_mode, triton_runnable
from .cache_write import cache_write, cache_write_ref
from .compressor import compress_kv, compress_kv_ref
from .fp8_linear import (FP8_DTYPE, fp8_linear, fp8_linear_ref, per_token_group_quant_fp8,
                         per_token_group_quant_fp8_ref)
from .fused_moe import fused_moe, fused_moe_ref
from .fused_moe_fp4 import fused_moe_fp4, fused_moe_fp4_ref
from .hyper_connections import hc_post, hc_post_ref, hc_pre, hc_pre_ref
from .indexer import indexer_scores, indexer_scores_ref, indexer_topk, indexer_topk_ref
from .mla_decode import mla_decode, mla_decode_ref
from .mla_prefill import mla_prefill, mla_prefill_ref
from .mla_prefill_paged import mla_prefill_paged, mla_prefill_paged_ref
from .moe_align import moe_align_block_size, moe_align_block_size_ref
from .moe_routing import moe_route, moe_route_ref
from .reference import fp8_block_dequant as fp8_block_dequant_ref
from .rms_norm import rms_norm, rms_norm_ref
from .rotary import rotary, rotary_ref
from .sparse_attention import sparse_attention, sparse_attention_ref
from .swa_attention import swa_decode, swa_decode_ref, swa_prefill, swa_prefill_ref
from .v4_dequant import fp4_dequant, fp4_dequant_ref, fp8_e8m0_dequant, fp8_e8m0_dequant_ref

__all__ = [
    "cache_write", "cache_write_ref", "fp8_block_dequant_ref", "FP8_DTYPE", "fp8_linear",
    "fp8_linear_ref", "fused_moe", "fused_moe_ref", "interpret_mode", "KernelArgumentError",
    "mla_decode", "mla_decode_ref", "mla_prefill", "mla_prefill_paged", "mla_prefill_paged_ref",
    "mla_prefill_ref", "moe_align_block_size", "moe_align_block_size_ref", "moe_route", "moe_route_ref",
    "per_token_group_quant_fp8", "per_token_group_quant_fp8_ref", "rms_norm", "rms_norm_ref", "rotary",
    "rotary_ref", "triton_runnable",
    # DeepSeek-V4
    "fp4_dequant", "fp4_dequant_ref", "fused_moe_fp4", "fused_moe_fp4_ref",
    "sparse_attention", "sparse_attention_ref", "swa_decode", "swa_decode_ref", "swa_prefill",
    "swa_prefill_ref", "indexer_scores", "indexer_scores_ref", "indexer_topk", "indexer_topk_ref", "hc_pre",
    "hc_pre_ref", "hc_post", "hc_post_ref",
    "compress_kv", "compress_kv_ref", "fp8_e8m0_dequant", "fp8_e8m0_dequant_ref",
]
