"""DeepSeek-V4 building blocks whose fast forms must equal their plain definitions bit for bit."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4.layers import sinkhorn
from sluice.inference.v4.moe import MoE, dense_experts, use_dense
from tests.inference.v4_small import small_moe


def _axis_sinkhorn(comb: torch.Tensor, iters: int, eps: float) -> torch.Tensor:
    comb = comb / (comb.sum(dim=-2, keepdim=True) + eps)
    for _ in range(iters - 1):
        comb = comb / (comb.sum(dim=-1, keepdim=True) + eps)
        comb = comb / (comb.sum(dim=-2, keepdim=True) + eps)
    return comb


@pytest.mark.parametrize("n", [2, 3, 4])
@pytest.mark.parametrize("tokens", [1, 2, 7, 16, 300])
def test_sinkhorn_gives_each_row_what_it_gives_alone(n, tokens):
    gen = torch.Generator().manual_seed(n * 1000 + tokens)
    comb = torch.softmax(3 * torch.randn(tokens, n, n, generator=gen), dim=-1) + 1e-6
    got = sinkhorn(comb, 20, 1e-6)
    assert torch.equal(got, _axis_sinkhorn(comb, 20, 1e-6))
    # a batch gives each row what that row alone gives (batched decode vs one sequence)
    assert all(torch.equal(got[t:t + 1], sinkhorn(comb[t:t + 1], 20, 1e-6)) for t in range(min(tokens, 8)))
    # doubly stochastic: the last half-step normalised the columns
    assert torch.allclose(got.sum(dim=-2), torch.ones(tokens, n), atol=1e-5)


def _moe(hashed: bool) -> MoE:
    return small_moe(hashed)


@pytest.mark.parametrize("hashed", [False, True])
@pytest.mark.parametrize("tokens", [1, 9, 200])  # 200 tokens x 6 experts: past DENSE_MOE_ROWS, the loop
def test_stacked_experts_give_the_expert_loop_output(hashed, tokens):
    moe = _moe(hashed)
    x, ids = torch.randn(tokens, 16), torch.randint(0, 50, (tokens,))
    loop = moe(x, ids)
    moe.stack_experts()
    assert moe.experts["2"].w1.weight.data_ptr() == moe.stacked[0][2].data_ptr()  # views, no copy
    torch.testing.assert_close(moe(x, ids), loop, atol=1e-5, rtol=1e-5)
    assert use_dense(tokens, 6) == (tokens < 200) and not use_dense(1, 256)
    weights, chosen = moe.gate(x, ids)
    dense = dense_experts(x, weights, chosen, moe.stacked, moe.local, 6, moe.cfg.swiglu_limit)
    shared = moe.shared_experts(x, moe.cfg.swiglu_limit)
    torch.testing.assert_close(dense + shared, loop, atol=1e-5, rtol=1e-5)


def test_experts_not_held_as_plain_weights_stay_on_the_loop():
    moe = _moe(hashed=False)
    packed = torch.zeros(8, 8, dtype=torch.uint8)  # e.g. FP4 codes, two per byte
    moe.experts["4"].w1.weight = torch.nn.Parameter(packed, requires_grad=False)
    moe.stack_experts()
    assert moe.stacked is None and moe.experts["0"].w1.weight.shape == (8, 16)
