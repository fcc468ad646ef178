"""Every Triton kernel compiles for Hopper (sm_90) in the configurations the GPU path launches.

Triton's compiler and ptxas ship in the triton wheel, so this runs without a GPU and catches what
the CPU interpreter cannot: type errors of the compiled language, tl.dot shape/dtype rules
(FP8 included), and shared memory beyond the 227 KB a Hopper block may use.
"""
from __future__ import annotations

import importlib
import inspect

import pytest

triton = pytest.importorskip("triton")
from triton.backends.compiler import GPUTarget  # noqa: E402
from triton.compiler import ASTSource  # noqa: E402

COMPILED_MODE = True  # no interpreter here: conftest leaves triton in compiled mode
HOPPER = GPUTarget("cuda", 90, 32)
SMEM_LIMIT = 227 * 1024
FLOAT_ARGS = {"eps", "sm_scale", "scaling", "scale", "limit", "norm_eps", "hc_eps"}

# (module, kernel, pointer dtypes (others *bf16), constexprs, num_warps, num_stages)
CASES = {
    "rms_norm": ("rms_norm", "_rms_norm_kernel", {}, dict(HAS_RESIDUAL=True, BLOCK_D=8192), 16, 1),
    "rotary": ("rotary", "_rotary_kernel", {"cos_ptr": "*fp32", "sin_ptr": "*fp32"},
               dict(INTERLEAVED=True, BLOCK_H=16, BLOCK_R=32), 4, 1),
    "cache_write": ("cache_write", "_cache_write_kernel", {"slot_ptr": "*i64"}, dict(BLOCK_D=1024), 4, 1),
    "route_noaux_tc": ("moe_routing", "_route_kernel",
                       {"logits_ptr": "*fp32", "bias_ptr": "*fp32", "w_ptr": "*fp32", "ids_ptr": "*i64"},
                       dict(SIGMOID=True, HAS_BIAS=True, GROUP_MODE=2, TOP_K=8, N_GROUP=8, TOPK_GROUP=4,
                            NORM=True, BLOCK_E=256, BLOCK_G=8), 4, 1),
    "route_greedy": ("moe_routing", "_route_kernel",
                     {"logits_ptr": "*fp32", "bias_ptr": "*fp32", "w_ptr": "*fp32", "ids_ptr": "*i64"},
                     dict(SIGMOID=False, HAS_BIAS=False, GROUP_MODE=0, TOP_K=6, N_GROUP=1, TOPK_GROUP=1,
                          NORM=False, BLOCK_E=64, BLOCK_G=2), 4, 1),
    "align_count": ("moe_align", "_count_kernel", {"ids_ptr": "*i32", "counts_ptr": "*i32",
                                                    "rank_ptr": "*i32"}, dict(BLOCK=256), 4, 1),
    "align_blocks": ("moe_align", "_blocks_kernel", {"counts_ptr": "*i32", "starts_ptr": "*i32",
                                                      "expert_ids_ptr": "*i32", "npad_ptr": "*i32"},
                     dict(BLOCK_M=16, BLOCK_E=256, BLOCK_B=64), 4, 1),
    "align_scatter": ("moe_align", "_scatter_kernel", {"ids_ptr": "*i32", "rank_ptr": "*i32",
                                                        "starts_ptr": "*i32", "sorted_ptr": "*i32"},
                      dict(BLOCK=256), 4, 1),
    "group_quant": ("fp8_linear", "_group_quant_kernel", {"q_ptr": "*fp8e4nv", "s_ptr": "*fp32"},
                    dict(BLOCK=128), 4, 1),
    "fp8_matmul": ("fp8_linear", "_fp8_matmul_kernel", {"a_ptr": "*fp8e4nv", "as_ptr": "*fp32",
                                                         "b_ptr": "*fp8e4nv", "bs_ptr": "*fp32",
                                                         "bias_ptr": "*fp32"},
                   dict(HAS_BIAS=False, BLOCK_M=64, BLOCK_N=128, BLOCK_K=128, GROUP_M=8), 8, 3),
    "moe_sum": ("fused_moe", "_moe_sum_kernel", {"ids_ptr": "*i64"}, dict(TOP_K=8, BLOCK_H=1024), 4, 1),
    "mla_decode_stage1": ("mla_decode", "_stage1_kernel", {"bt_ptr": "*i32", "lens_ptr": "*i32",
                                                           "part_ptr": "*fp32", "lse_ptr": "*fp32"},
                          dict(BLOCK_H=16, BLOCK_N=32, BLOCK_DL=512, BLOCK_DR=64), 4, 2),
    "mla_decode_stage2": ("mla_decode", "_stage2_kernel", {"part_ptr": "*fp32", "lse_ptr": "*fp32"},
                          dict(BLOCK_DL=512), 4, 1),
    "mla_prefill": ("mla_prefill", "_prefill_kernel", {"cuq_ptr": "*i32", "cuk_ptr": "*i32"},
                    dict(BLOCK_M=64, BLOCK_N=32, BLOCK_D=256, BLOCK_DV=128), 8, 2),
    "mla_prefill_paged": ("mla_prefill_paged", "_paged_prefill_kernel", {"bt_ptr": "*i32", "cu_ptr": "*i32",
                                                                         "lens_ptr": "*i32"},
                          dict(BLOCK_T=2, BLOCK_H=16, BLOCK_N=32, BLOCK_DL=512, BLOCK_DR=64), 8, 2),
}
# DeepSeek-V4 kernels at V4-Flash sizes
_SWA = {"cuq_ptr": "*i32", "cuk_ptr": "*i32", "table_ptr": "*i32", "sink_ptr": "*fp32"}
_COMPRESS = {"bias_ptr": "*fp32", "w_ptr": "*fp32", "pg_ptr": "*fp32", "tok_ptr": "*i32", "seq_ptr": "*i32",
             "first_ptr": "*i32"}
CASES.update({
    "v4_fp4_dequant": ("v4_dequant", "_fp4_dequant_kernel", {"w_ptr": "*u8", "s_ptr": "*u8"},
                       dict(BLOCK_R=16, BLOCK_J=64), 4, 1),
    "v4_fp8_dequant": ("v4_dequant", "_fp8_dequant_kernel", {"w_ptr": "*fp8e4nv", "s_ptr": "*u8"},
                       dict(BLOCK_N=32, BLOCK_K=64), 4, 1),
    "v4_sparse_attention": ("sparse_attention", "_sparse_attn_kernel",
                            {"idx_ptr": "*i32", "sink_ptr": "*fp32"},
                            dict(HAS_SINK=True, BLOCK_H=16, BLOCK_N=32, BLOCK_D=512), 8, 1),
    "v4_swa_prefill": ("swa_attention", "_swa_kernel", _SWA,
                       dict(PAGED=False, PAGE=1, HAS_SINK=True, BLOCK_M=32, BLOCK_N=32, BLOCK_D=512), 8, 1),
    "v4_swa_decode": ("swa_attention", "_swa_kernel", _SWA,
                      dict(PAGED=True, PAGE=64, HAS_SINK=True, BLOCK_M=32, BLOCK_N=32, BLOCK_D=512), 8, 1),
    "v4_indexer": ("indexer", "_indexer_kernel", {"w_ptr": "*fp32", "kstart_ptr": "*i32", "klen_ptr": "*i32",
                                                  "pos_ptr": "*i64", "o_ptr": "*fp32"},
                   dict(BLOCK_H=64, BLOCK_N=64, BLOCK_D=128), 4, 1),
    "v4_hc_pre": ("hyper_connections", "_hc_pre_kernel", {"raw_ptr": "*fp32", "base_ptr": "*fp32",
                                                          "scale_ptr": "*fp32", "post_ptr": "*fp32",
                                                          "comb_ptr": "*fp32"},
                  dict(NP=4, BLOCK_D=1024), 4, 1),
    "v4_hc_post": ("hyper_connections", "_hc_post_kernel", {"post_ptr": "*fp32", "comb_ptr": "*fp32"},
                   dict(NP=4, BLOCK_D=512), 4, 1),
    "v4_compress_csa": ("compressor", "_compress_kernel", _COMPRESS,
                        dict(OVERLAP=True, HAS_PREV=True, BLOCK_R=4, BLOCK_D=512), 4, 1),
    "v4_compress_hca": ("compressor", "_compress_kernel", _COMPRESS,
                        dict(OVERLAP=False, HAS_PREV=False, BLOCK_R=16, BLOCK_D=512), 4, 1),
})
_FP4_MOE = {"b_ptr": "*u8", "bs_ptr": "*u8", "topk_w_ptr": "*fp32", "sorted_ptr": "*i32",
            "expert_ids_ptr": "*i32", "npad_ptr": "*i32"}
for _step, (_bm, _bn, _bk, _gm, _nw) in (("w13", (16, 64, 128, 1, 4)), ("w2", (64, 128, 64, 8, 8))):
    _gated = _step == "w13"
    CASES[f"v4_moe_fp4_{_step}"] = ("fused_moe_fp4", "_moe_fp4_gemm_kernel", _FP4_MOE,
                                    dict(TOP_K=6 if _gated else 1, GATED=_gated, MUL_WEIGHT=not _gated,
                                         CLAMP=_gated, BLOCK_M=_bm, BLOCK_N=_bn, BLOCK_K=_bk, GROUP_M=_gm),
                                    _nw, 3)
_MOE = {"sorted_ptr": "*i32", "expert_ids_ptr": "*i32", "npad_ptr": "*i32", "topk_w_ptr": "*fp32",
        "as_ptr": "*fp32", "bs_ptr": "*fp32"}
_FP8 = dict(_MOE, a_ptr="*fp8e4nv", b_ptr="*fp8e4nv")
# both GEMMs of the fused MoE, each dtype once, decode and prefill tiles between them
_MOE_TILES = [("w13", "bf16", (16, 64, 128, 1, 4)), ("w13", "fp8", (64, 128, 128, 8, 8)),
              ("w2", "bf16", (64, 128, 64, 8, 8)), ("w2", "fp8", (16, 64, 128, 1, 4))]
for step, dtype, (bm, bn, bk, gm, nw) in _MOE_TILES:
    gated = step == "w13"
    flags = dict(TOP_K=6 if gated else 1, GATED=gated, MUL_WEIGHT=not gated, EVEN_K=True,
                 USE_FP8=dtype == "fp8", BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, GROUP_M=gm)
    CASES[f"moe_{step}_{dtype}"] = ("fused_moe", "_moe_gemm_kernel", _FP8 if dtype == "fp8" else _MOE, flags,
                                    nw, 3)


def hopper_source(lazy, pointers: dict, constexprs: dict) -> ASTSource:
    """The source the JIT would build: pointers and strides 16-aligned, as torch allocations and
    DeepSeek's dims (multiples of 16) make them."""
    signature, attrs = {}, {}
    for i, name in enumerate(inspect.signature(lazy.fn).parameters):
        if name in constexprs:
            signature[name] = "constexpr"
        elif name.endswith("_ptr"):
            signature[name] = pointers.get(name, "*bf16")
        else:
            signature[name] = "fp32" if name in FLOAT_ARGS else "i32"
        if name.endswith("_ptr") or name.startswith("stride"):
            attrs[(i,)] = [["tt.divisibility", 16]]
    jit = lazy._kernel()  # compiled mode here; also points device helpers at their compiled versions
    return ASTSource(fn=jit, signature=signature, constexprs=constexprs, attrs=attrs)


@pytest.mark.parametrize("case", sorted(CASES))
def test_kernel_compiles_for_hopper(case, monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    monkeypatch.setenv("TRITON_DEFAULT_FP_FUSION", "1")
    module, kernel, pointers, constexprs, num_warps, num_stages = CASES[case]
    lazy = getattr(importlib.import_module(f"sluice.kernels.{module}"), kernel)
    source = hopper_source(lazy, pointers, constexprs)
    compiled = triton.compile(source, target=HOPPER, options=dict(num_warps=num_warps, num_stages=num_stages))
    assert compiled.asm["cubin"]
    shared = compiled.metadata.shared
    assert shared <= SMEM_LIMIT, f"{case} needs {shared} B of shared memory"
