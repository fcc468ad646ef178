"""MoE routing, expert alignment and the fused MoE GEMMs: Triton (interpreter) vs reference."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels.fp8_linear import FP8_DTYPE
from sluice.kernels.fused_moe import fused_moe, fused_moe_ref
from sluice.kernels.moe_align import moe_align_block_size, moe_align_block_size_ref
from sluice.kernels.moe_config import default_moe_config, get_moe_config
from sluice.kernels.moe_routing import moe_route, moe_route_ref
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]
SMALL_TILES = dict(BLOCK_M=16, BLOCK_N=16, BLOCK_K=16, GROUP_M=2, num_warps=4, num_stages=1)

ROUTINGS = {
    "v2_lite_greedy": dict(top_k=3, scoring_func="softmax", topk_method="greedy"),
    "v2_group_limited": dict(top_k=3, scoring_func="softmax", topk_method="group_limited_greedy", n_group=4,
                             topk_group=2, norm_topk_prob=True),
    "v3_noaux_tc": dict(top_k=4, scoring_func="sigmoid", topk_method="noaux_tc", n_group=4, topk_group=2,
                        norm_topk_prob=True, routed_scaling_factor=2.5),
}


@pytest.mark.parametrize("name", list(ROUTINGS))
@pytest.mark.parametrize("tokens,experts", [(1, 8), (9, 24), (5, 36)])
def test_routing_matches_reference(monkeypatch, name, tokens, experts):
    kwargs = dict(ROUTINGS[name])
    logits = torch.randn(tokens, experts)
    if kwargs["topk_method"] == "noaux_tc":
        kwargs["correction_bias"] = torch.randn(experts) * 0.3
    weights_ref, ids_ref = moe_route_ref(logits, **kwargs)
    forbid_fallback(monkeypatch, "moe_routing", "moe_route_ref")
    weights, ids = moe_route(logits, **kwargs)
    assert ids.dtype == torch.int64
    torch.testing.assert_close(ids, ids_ref)
    torch.testing.assert_close(weights, weights_ref, atol=1e-6, rtol=1e-5)


def test_noaux_tc_bias_chooses_experts_but_weights_stay_unbiased():
    logits = torch.zeros(1, 8)
    logits[0, 0] = 3.0  # best raw score
    bias = torch.zeros(8)
    bias[5] = 10.0  # expert 5 wins only through the bias
    weights, ids = moe_route(logits, top_k=1, scoring_func="sigmoid", topk_method="noaux_tc", n_group=2,
                             topk_group=1, correction_bias=bias)
    assert ids.tolist() == [[5]]
    torch.testing.assert_close(weights, torch.sigmoid(torch.zeros(1, 1)))


def test_group_limit_excludes_experts_of_dropped_groups():
    logits = torch.full((1, 8), -5.0)
    logits[0, 1] = 4.0  # group 0 (experts 0-3) holds the single best expert
    logits[0, 4:] = torch.tensor([3.0, 3.0, 3.0, 3.0])  # group 1 is better by its top-2 sum
    _, ids = moe_route(logits, top_k=2, scoring_func="sigmoid", topk_method="noaux_tc", n_group=2,
                       topk_group=1, correction_bias=torch.zeros(8))
    assert set(ids[0].tolist()) <= {4, 5, 6, 7}


def _experts_of_blocks(sorted_ids, expert_ids, npad, block_m, numel):
    """{expert: sorted pair ids} as the GEMM will see them."""
    seen = {}
    for blk in range(int(npad) // block_m):
        pairs = sorted_ids[blk * block_m:(blk + 1) * block_m]
        seen.setdefault(int(expert_ids[blk]), []).extend(p for p in pairs.tolist() if p < numel)
    return {e: sorted(p) for e, p in seen.items()}


@pytest.mark.parametrize("tokens,top_k,experts,block_m,start", [(7, 3, 5, 4, 0), (1, 2, 9, 16, 0),
                                                                (13, 2, 4, 8, 2)])
def test_alignment_groups_pairs_by_expert_with_padding(monkeypatch, tokens, top_k, experts, block_m, start):
    ids = torch.stack([torch.randperm(experts + start)[:top_k] for _ in range(tokens)]).int()
    ref = moe_align_block_size_ref(ids, block_m, experts, start)
    forbid_fallback(monkeypatch, "moe_align", "moe_align_block_size_ref")
    got = moe_align_block_size(ids, block_m, experts, start)
    assert int(got[2]) == int(ref[2]) and int(got[2]) % block_m == 0
    numel = ids.numel()
    assert _experts_of_blocks(*got, block_m, numel) == _experts_of_blocks(*ref, block_m, numel)
    flat = ids.flatten().long() - start
    for e, pairs in _experts_of_blocks(*got, block_m, numel).items():
        assert all(int(flat[p]) == e for p in pairs)
    assert sum(len(p) for p in _experts_of_blocks(*got, block_m, numel).values()) == int(
        ((flat >= 0) & (flat < experts)).sum())


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("tokens,hidden,inter,experts,top_k", [(7, 48, 40, 5, 2), (1, 33, 17, 3, 1),
                                                               (12, 40, 24, 8, 3)])
def test_fused_moe_matches_reference(monkeypatch, dtype, tokens, hidden, inter, experts, top_k):
    x = torch.randn(tokens, hidden, dtype=dtype)
    w13 = (torch.randn(experts, 2 * inter, hidden) / hidden ** 0.5).to(dtype)
    w2 = (torch.randn(experts, hidden, inter) / inter ** 0.5).to(dtype)
    ids = torch.stack([torch.randperm(experts)[:top_k] for _ in range(tokens)])
    weights = torch.rand(tokens, top_k)
    expected = fused_moe_ref(x, w13, w2, weights, ids)
    forbid_fallback(monkeypatch, "fused_moe", "fused_moe_ref")
    assert_close(fused_moe(x, w13, w2, weights, ids, config=SMALL_TILES), expected, dtype)


def test_fused_moe_ignores_experts_held_elsewhere(monkeypatch):
    x = torch.randn(6, 32)
    w13 = torch.randn(3, 32, 32) / 6
    w2 = torch.randn(3, 32, 16) / 4
    ids = torch.tensor([[0, 4], [3, 5], [1, 2], [3, 3], [6, 7], [5, 4]])
    weights = torch.rand(6, 2)
    expected = fused_moe_ref(x, w13, w2, weights, ids, 3)
    forbid_fallback(monkeypatch, "fused_moe", "fused_moe_ref")
    got = fused_moe(x, w13, w2, weights, ids, 3, config=SMALL_TILES)
    assert_close(got, expected, torch.float32)
    assert got[2].abs().sum() == 0  # token 2 routed only to experts 1 and 2, not held here


@pytest.mark.parametrize("dtype", DTYPES)
def test_fused_moe_fp8_block_scaled_matches_reference(monkeypatch, dtype):
    tokens, hidden, inter, experts, top_k, blk = 7, 64, 32, 5, 2, (16, 16)
    x = torch.randn(tokens, hidden, dtype=dtype)
    w13 = torch.randn(experts, 2 * inter, hidden).to(FP8_DTYPE)
    w2 = torch.randn(experts, hidden, inter).to(FP8_DTYPE)
    s13 = torch.rand(experts, 2 * inter // 16, hidden // 16) / 10 + 0.01
    s2 = torch.rand(experts, hidden // 16, inter // 16) / 10 + 0.01
    ids = torch.stack([torch.randperm(experts)[:top_k] for _ in range(tokens)])
    weights = torch.rand(tokens, top_k)
    kw = dict(w13_scale=s13, w2_scale=s2, block_shape=blk)
    expected = fused_moe_ref(x, w13, w2, weights, ids, **kw, quantize_activations=True)
    forbid_fallback(monkeypatch, "fused_moe", "fused_moe_ref")
    assert_close(fused_moe(x, w13, w2, weights, ids, config=SMALL_TILES, **kw), expected, dtype, factor=5)


def test_moe_config_uses_small_blocks_for_decode_and_large_for_prefill():
    assert get_moe_config(1, 64, 1408, 6, False)["BLOCK_M"] == 16
    assert default_moe_config(8192, 64, 6, False)["BLOCK_M"] == 64
    assert default_moe_config(8192, 256, 8, True)["BLOCK_K"] == 128


def test_moe_config_reads_the_tuned_table(tmp_path, monkeypatch):
    import sluice.kernels.moe_config as mc

    monkeypatch.setattr(mc, "CONFIG_DIR", tmp_path)
    mc._load_table.cache_clear()
    cfg = dict(BLOCK_M=32, BLOCK_N=128, BLOCK_K=64, GROUP_M=4, num_warps=8, num_stages=4)
    (tmp_path / "E=64,N=1408,dtype=bf16.json").write_text(
        '{"1": %s, "256": %s}' % (str(dict(SMALL_TILES)).replace("'", '"'), str(cfg).replace("'", '"')))
    try:
        assert mc.get_moe_config(200, 64, 1408, 6, False) == cfg
        assert mc.get_moe_config(2, 64, 1408, 6, False) == SMALL_TILES
    finally:
        mc._load_table.cache_clear()
