"""The CPU C kernel for a small batch's whole MoE block (router, chosen experts only, shared expert:
`v4.moe_sparse_kernel`) against the torch ops, and where it steps aside."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4 import c_build, moe_sparse_kernel
from sluice.inference.v4.moe_sparse_kernel import SPARSE_MOE_TOKENS, moe_sparse
from tests.inference.c_kernels_required import require_built
from tests.inference.v4_small import small_moe, torch_ops


@pytest.fixture
def c_kernels(monkeypatch):
    monkeypatch.setenv(c_build.ENV_VAR, "1")
    require_built(moe_sparse_kernel._library() is not None)


def _moe(hashed: bool, scoring: str, limit: float | None, top_k: int = 3):
    moe = small_moe(hashed, seed=5, num_hidden_layers=1, layer_types=["sliding_attention"],
                    num_experts_per_tok=top_k, swiglu_limit=limit, scoring_func=scoring,
                    moe_intermediate_size=16)
    moe.stack_experts()
    return moe


@pytest.mark.parametrize("hashed", [False, True])
@pytest.mark.parametrize("scoring", ["sqrtsoftplus", "sigmoid", "softmax"])
@pytest.mark.parametrize("limit", [None, 0.5])
@pytest.mark.parametrize("tokens", [1, 11, SPARSE_MOE_TOKENS])
def test_the_sparse_block_gives_the_torch_values(c_kernels, monkeypatch, hashed, scoring, limit, tokens):
    moe = _moe(hashed, scoring, limit)
    gen = torch.Generator().manual_seed(tokens)
    x, ids = torch.randn(tokens, 16, generator=gen), torch.randint(0, 50, (tokens,), generator=gen)
    assert moe.sparse is not None and moe.shared_joined
    with torch.no_grad():
        got = moe_sparse(moe.sparse, x, ids)
        want = torch_ops(monkeypatch, lambda: moe(x, ids))
    assert got is not None
    torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(moe(x, ids), want, atol=1e-4, rtol=1e-4)  # what forward takes


def test_an_expert_the_hash_table_names_twice_counts_twice(c_kernels, monkeypatch):
    moe = _moe(True, "sqrtsoftplus", None, top_k=2)
    moe.gate.tid2eid[7] = torch.tensor([4, 4])
    x, ids = torch.randn(3, 16), torch.tensor([7, 1, 7])
    with torch.no_grad():
        want = torch_ops(monkeypatch, lambda: moe(x, ids))
        torch.testing.assert_close(moe_sparse(moe.sparse, x, ids), want, atol=1e-4, rtol=1e-4)


def test_a_token_gets_the_same_bits_in_any_batch(c_kernels):
    moe = _moe(False, "sqrtsoftplus", 0.5)
    x, ids = torch.randn(20, 16), torch.randint(0, 50, (20,))
    with torch.no_grad():
        batch = moe_sparse(moe.sparse, x, ids)
        for t in (0, 9, 19):
            alone = moe_sparse(moe.sparse, x[t:t + 1].contiguous(), ids[t:t + 1])
            assert torch.equal(alone[0], batch[t])


def test_large_batches_gradients_and_disabled_kernels_take_the_torch_path(c_kernels, monkeypatch):
    moe = _moe(False, "sqrtsoftplus", 0.5)
    zeros = torch.zeros(SPARSE_MOE_TOKENS + 1, dtype=torch.long)
    with torch.no_grad():
        assert moe_sparse(moe.sparse, torch.randn(SPARSE_MOE_TOKENS + 1, 16), zeros) is None
    x = torch.randn(4, 16, requires_grad=True)
    assert moe_sparse(moe.sparse, x, zeros[:4]) is None
    moe(x, zeros[:4]).sum().backward()
    assert x.grad is not None
    monkeypatch.setenv(c_build.ENV_VAR, "0")
    with torch.no_grad():
        assert moe_sparse(moe.sparse, x.detach(), zeros[:4]) is None


def test_the_pack_is_the_stack_transposed_and_only_for_cpu_fp32_and_16_lane_widths():
    moe = _moe(False, "sqrtsoftplus", 0.5)
    w13, w2 = moe.stacked
    assert torch.equal(moe.sparse.w13[2], w13[2].t()) and torch.equal(moe.sparse.w2[2], w2[:, 2].t())
    narrow = small_moe(False, seed=5)  # intermediate width 8
    narrow.stack_experts()
    assert narrow.stacked is not None and narrow.sparse is None
    half = small_moe(False, seed=5, moe_intermediate_size=16)
    half.to(torch.bfloat16)
    half.stack_experts()
    assert half.stacked is not None and half.sparse is None
