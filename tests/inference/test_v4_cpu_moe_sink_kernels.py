"""The CPU C kernels for V4's MoE router with the dense experts' SwiGLU and for the decode step's sink
attention against the torch ops (`v4.moe_kernel`, `v4.sink_kernel`)."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4 import c_build, moe_kernel, sink_kernel
from sluice.inference.v4.moe import MoE
from sluice.inference.v4.paged_decode import batch_sink_attention
from tests.inference.c_kernels_required import require_built
from tests.inference.v4_small import small_moe, torch_ops


@pytest.fixture
def c_kernels(monkeypatch):
    monkeypatch.setenv(c_build.ENV_VAR, "1")
    require_built(moe_kernel.prepare() and sink_kernel.prepare())


def _moe(hashed: bool, scoring: str, limit: float | None) -> MoE:
    moe = small_moe(hashed, seed=4, num_hidden_layers=1, layer_types=["sliding_attention"],
                    num_experts_per_tok=3, swiglu_limit=limit, scoring_func=scoring)
    moe.stack_experts()
    return moe


@pytest.mark.parametrize("hashed", [False, True])
@pytest.mark.parametrize("scoring", ["sqrtsoftplus", "sigmoid", "softmax"])
@pytest.mark.parametrize("limit", [None, 0.5])
def test_router_and_swiglu_give_the_torch_values(c_kernels, monkeypatch, hashed, scoring, limit):
    moe = _moe(hashed, scoring, limit)
    x, ids = torch.randn(9, 16), torch.randint(0, 50, (9,))
    assert moe.stacked is not None and moe.shared_joined
    with torch.no_grad():
        got = moe.fused_dense(x, ids, limit)
        want = torch_ops(monkeypatch, lambda: moe(x, ids))
    assert got is not None
    torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)


def test_the_router_leaves_gradients_to_torch(c_kernels):
    moe = _moe(False, "sqrtsoftplus", 0.5)
    x = torch.randn(4, 16, requires_grad=True)
    assert moe.fused_dense(x, torch.zeros(4, dtype=torch.long), 0.5) is None
    moe(x, torch.zeros(4, dtype=torch.long)).sum().backward()
    assert x.grad is not None


@pytest.mark.parametrize("keys", [1, 7, 40])
def test_sink_attention_gives_the_torch_values(c_kernels, monkeypatch, keys):
    gen = torch.Generator().manual_seed(keys)
    q, k = torch.randn(5, 3, 16, generator=gen), torch.randn(5, keys, 16, generator=gen)
    allowed = torch.rand(5, keys, generator=gen) < 0.6
    allowed[:, 0] = True
    sinks = torch.randn(3, generator=gen)
    got = sink_kernel.sink_attention(q, k, allowed, sinks, 0.25)
    assert got is not None
    want = torch_ops(monkeypatch, lambda: batch_sink_attention(q, k, allowed, sinks, 0.25))
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)
    # by definition: softmax over the allowed logits and the sink, the sink's share dropped
    logits = torch.einsum("bhd,bkd->bhk", q, k) * 0.25
    sink = sinks.view(1, 3, 1).expand(5, 3, 1)
    logits = torch.cat((logits.masked_fill(~allowed[:, None], float("-inf")), sink), dim=-1)
    probs = torch.softmax(logits, dim=-1)[..., :-1]
    torch.testing.assert_close(got, torch.einsum("bhk,bkd->bhd", probs, k), atol=1e-6, rtol=1e-5)
    assert torch.equal(sink_kernel.sink_attention(q[2:3], k[2:3], allowed[2:3], sinks, 0.25), got[2:3])


@pytest.mark.parametrize("entries", [0, 9])
def test_ring_attention_gives_the_torch_values_and_moves_the_rings_on(c_kernels, monkeypatch, entries):
    """Window read in place from the rings (some full, some filling, one empty) plus allowed entries
    read through page rows: the values of the gathered keys' sink attention, and each ring ends as the
    last keep keys."""
    gen = torch.Generator().manual_seed(entries)
    keep, dim, heads = 6, 16, 3
    ring = torch.randn(7, keep, dim, generator=gen)
    slots, fills = torch.tensor([4, 0, 6, 2]), torch.tensor([keep, 3, 0, keep])
    q, kv = torch.randn(4, heads, dim, generator=gen), torch.randn(4, dim, generator=gen)
    pages = torch.randn(20, dim, generator=gen)
    rows = torch.randint(0, 20, (4, entries), generator=gen)
    allowed = torch.rand(4, entries, generator=gen) < 0.5
    sinks = torch.randn(heads, generator=gen)
    before = ring.clone()
    args = (pages, rows, allowed) if entries else ()
    got = sink_kernel.ring_attention(q, ring, slots, fills, kv, sinks, 0.3, *args)
    assert got is not None
    for b in range(4):
        slot, fill = int(slots[b]), int(fills[b])
        keys = torch.cat((before[slot, :fill], kv[b : b + 1], pages[rows[b]]))
        mask = torch.cat((torch.ones(fill + 1, dtype=torch.bool), allowed[b]))
        one = (q[b : b + 1], keys[None], mask[None], sinks, 0.3)
        want = torch_ops(monkeypatch, lambda: batch_sink_attention(*one))
        torch.testing.assert_close(got[b : b + 1], want, atol=1e-6, rtol=1e-5)
        window = torch.cat((before[slot, :fill], kv[b : b + 1]))[-keep:]
        assert torch.equal(ring[slot, : window.shape[0]], window)
    untouched = [s for s in range(7) if s not in slots.tolist()]
    assert torch.equal(ring[untouched], before[untouched])
