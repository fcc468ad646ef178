"""Fused MoE with DeepSeek-V4 FP4 experts (dequantised in the kernel) vs dequantise-then-reference."""
from __future__ import annotations

import pytest
import torch

from sluice.kernels import reference as R
from sluice.kernels._common import KernelArgumentError
from sluice.kernels.fused_moe_fp4 import fused_moe_fp4, fused_moe_fp4_ref
from tests.kernels.helpers import assert_close, forbid_fallback

DTYPES = [torch.float32, torch.float16]
TILES = dict(BLOCK_M=16, BLOCK_N=16, BLOCK_K=32, GROUP_M=2, num_warps=4, num_stages=1)


def fp4_experts(experts, rows, cols, *, scale_exp=(120, 124)):
    packed = torch.randint(0, 256, (experts, rows, cols // 2), dtype=torch.uint8)
    scale = torch.randint(*scale_exp, (experts, rows, cols // 32), dtype=torch.uint8)
    return packed, scale.view(torch.float8_e8m0fnu)


def _routing(tokens, experts, top_k):
    return torch.rand(tokens, top_k), torch.stack([torch.randperm(experts)[:top_k] for _ in range(tokens)])


@pytest.mark.parametrize("dtype", DTYPES)
@pytest.mark.parametrize("tokens,hidden,inter,experts,top_k,block_k",
                         [(7, 64, 32, 5, 2, 32), (1, 96, 64, 3, 1, 64), (12, 32, 96, 8, 3, 32)])
def test_fused_moe_fp4_matches_dequantised_reference(monkeypatch, dtype, tokens, hidden, inter, experts,
                                                      top_k, block_k):
    x = torch.randn(tokens, hidden, dtype=dtype)
    w13, s13 = fp4_experts(experts, 2 * inter, hidden)
    w2, s2 = fp4_experts(experts, hidden, inter)
    weights, ids = _routing(tokens, experts, top_k)
    expected = fused_moe_fp4_ref(x, w13, s13, w2, s2, weights, ids)
    dense = R.fused_moe(x, R.fp4_dequant(w13, s13, dtype), R.fp4_dequant(w2, s2, dtype), weights, ids)
    torch.testing.assert_close(expected, dense, atol=0, rtol=0)
    forbid_fallback(monkeypatch, "fused_moe_fp4", "fused_moe_fp4_ref")
    got = fused_moe_fp4(x, w13, s13, w2, s2, weights, ids, config=dict(TILES, BLOCK_K=block_k))
    assert_close(got, expected, dtype, factor=3)


@pytest.mark.parametrize("dtype", DTYPES)
def test_fused_moe_fp4_clamps_gate_and_up_at_the_swiglu_limit(monkeypatch, dtype):
    tokens, hidden, inter, experts, top_k = 5, 64, 32, 4, 2
    x = torch.randn(tokens, hidden, dtype=dtype) * 4
    w13, s13 = fp4_experts(experts, 2 * inter, hidden, scale_exp=(126, 128))  # pre-activations well past 1.5
    w2, s2 = fp4_experts(experts, hidden, inter)
    weights, ids = _routing(tokens, experts, top_k)
    expected = fused_moe_fp4_ref(x, w13, s13, w2, s2, weights, ids, swiglu_limit=1.5)
    unclamped = fused_moe_fp4_ref(x, w13, s13, w2, s2, weights, ids)
    assert (expected.float() - unclamped.float()).abs().max() > 1.0  # the limit matters for these inputs
    forbid_fallback(monkeypatch, "fused_moe_fp4", "fused_moe_fp4_ref")
    got = fused_moe_fp4(x, w13, s13, w2, s2, weights, ids, swiglu_limit=1.5, config=TILES)
    assert_close(got, expected, dtype, factor=3)


def test_fused_moe_fp4_ignores_experts_held_elsewhere(monkeypatch):
    x = torch.randn(6, 32)
    w13, s13 = fp4_experts(3, 64, 32)
    w2, s2 = fp4_experts(3, 32, 32)
    ids = torch.tensor([[0, 4], [3, 5], [1, 2], [3, 3], [6, 7], [5, 4]])
    weights = torch.rand(6, 2)
    expected = fused_moe_fp4_ref(x, w13, s13, w2, s2, weights, ids, 3)
    forbid_fallback(monkeypatch, "fused_moe_fp4", "fused_moe_fp4_ref")
    got = fused_moe_fp4(x, w13, s13, w2, s2, weights, ids, 3, config=TILES)
    assert_close(got, expected, torch.float32)
    assert got[2].abs().sum() == 0  # token 2 routed only to experts 1 and 2, not held here


def test_fused_moe_fp4_refuses_unpacked_weights():
    x = torch.randn(2, 64)
    w13, s13 = fp4_experts(2, 64, 64)
    with pytest.raises(KernelArgumentError, match="w13 must be"):
        fused_moe_fp4(x, torch.zeros(2, 64, 64, dtype=torch.uint8), s13.repeat(1, 1, 2), w13, s13,
                      torch.rand(2, 1), torch.zeros(2, 1, dtype=torch.long))
