"""The pure-PyTorch implementation of every op, one per op.

It is two things at once: the inference engine's "torch" backend (``sluice.inference.ops``
dispatches to it; the production path on CPU), and the reference that each Triton kernel in
``sluice.kernels`` falls back to and is tested against (there as ``<name>_ref``). It imports only
torch, never triton.

Precision: matmuls run in the activations' dtype, as the model's own arithmetic does; the
reductions the kernels keep in fp32 (RMSNorm statistics, rotary, softmax, the gated activation,
the sum over experts) are taken in fp32 here too, so results agree with the kernels to rounding
(``mla_prefill_paged``, which no engine path uses, is all fp32). FP8 weights are dequantized;
``quantize_activations=True`` on ``fp8_linear``/``fused_moe`` additionally rounds activations
through per-token-group FP8, the kernels' arithmetic (DeepSeek-V3's scheme), for comparing
against them.
"""
from .compressor import compress_kv
from .fp8_linear import (FP8_DTYPE, FP8_MAX, fp8_block_dequant, fp8_group_dequant, fp8_linear,
                         per_token_group_quant_fp8, quantize_activations_fp8)
from .fused_moe import fused_moe
from .fused_moe_fp4 import fused_moe_fp4
from .mla_decode import mla_decode
from .mla_prefill import mla_prefill
from .mla_prefill_paged import mla_prefill_paged
from .hyper_connections import hc_post, hc_pre
from .indexer import indexer_scores, indexer_topk, topk_indices
from .moe_align import moe_align_block_size
from .moe_routing import moe_route
from .paged_cache import cache_gather, cache_write
from .rms_norm import rms_norm
from .rotary import rotary
from .sparse_attention import sparse_attention
from .swa_attention import swa_decode, swa_prefill, window_indices
from .v4_quant import E2M1_VALUES, e8m0_to_float, fp4_dequant, fp4_unpack, fp8_e8m0_dequant

__all__ = [
    "cache_gather", "cache_write", "FP8_DTYPE", "FP8_MAX", "fp8_block_dequant", "fp8_group_dequant",
    "fp8_linear", "fused_moe", "mla_decode", "mla_prefill", "mla_prefill_paged", "moe_align_block_size",
    "moe_route", "per_token_group_quant_fp8", "quantize_activations_fp8", "rms_norm", "rotary",
    "E2M1_VALUES", "e8m0_to_float", "fp4_dequant", "fp4_unpack", "fp8_e8m0_dequant", "fused_moe_fp4",
    "sparse_attention",
    "swa_decode", "swa_prefill", "window_indices", "indexer_scores", "indexer_topk", "topk_indices",
    "hc_post", "hc_pre", "compress_kv",
]
