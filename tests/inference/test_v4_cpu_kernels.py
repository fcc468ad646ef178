"""The CPU fast forms of the V4 model (the mHC C kernel, the fused sink attention) against the torch ops."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4 import hc_kernel
from sluice.inference.v4.attention import fused_sink_attention, window_mask
from sluice.inference.v4.config import parse_v4
from sluice.inference.v4.layers import hyper_expand, hyper_head, hyper_mix, rotate_tail
from tests.inference.c_kernels_required import require_built

CFG = parse_v4({
    "vocab_size": 50, "hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2, "head_dim": 8,
    "qk_rope_head_dim": 4, "q_lora_rank": 8, "o_groups": 2, "o_lora_rank": 4, "sliding_window": 4,
    "n_routed_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 8, "hc_mult": 4,
    "index_n_heads": 2, "index_head_dim": 4, "index_topk": 2,
})


def _mix_inputs(tokens: int, seed: int):
    gen = torch.Generator().manual_seed(seed)
    hc, dim = CFG.hc_mult, CFG.hidden_size
    mix = (2 + hc) * hc
    streams = torch.randn(tokens, hc, dim, generator=gen)
    return streams, 0.3 * torch.randn(mix, hc * dim, generator=gen), torch.randn(mix, generator=gen), \
        torch.rand(3, generator=gen) + 0.5


@pytest.fixture
def c_kernel(monkeypatch):
    monkeypatch.setenv(hc_kernel.ENV_VAR, "1")
    require_built(hc_kernel._library() is not None)


@pytest.mark.parametrize("tokens", [1, 5, 300])
def test_c_hyper_mix_gives_the_torch_ops_values(c_kernel, monkeypatch, tokens):
    streams, fn, base, scale = _mix_inputs(tokens, seed=tokens)
    got = hyper_mix(streams, fn, base, scale, CFG)
    assert hc_kernel.hyper_mix(streams, fn, base, scale, CFG.hc_sinkhorn_iters, CFG.rms_norm_eps,
                               CFG.hc_eps) is not None  # the kernel ran
    monkeypatch.setenv(hc_kernel.ENV_VAR, "0")
    want = hyper_mix(streams, fn, base, scale, CFG)
    for g, w in zip(got, want):
        torch.testing.assert_close(g, w, atol=2e-6, rtol=1e-5)
    # each token's row of the doubly-stochastic comb sums to about 1 after Sinkhorn
    torch.testing.assert_close(got[1].sum(-2), torch.ones(tokens, CFG.hc_mult), atol=1e-4, rtol=0)


def test_c_hyper_mix_gives_a_token_the_same_bits_in_any_batch(c_kernel):
    streams, fn, base, scale = _mix_inputs(41, seed=1)  # tokens go 16 and 2 at a time in the kernel
    batch = hyper_mix(streams, fn, base, scale, CFG)
    for row in (0, 4, 17, 40):
        alone = hyper_mix(streams[row : row + 1], fn, base, scale, CFG)
        assert all(torch.equal(b[row : row + 1], a) for b, a in zip(batch, alone))


def test_c_hyper_mix_leaves_gradients_to_the_torch_ops(c_kernel):
    streams, fn, base, scale = _mix_inputs(3, seed=2)
    fn.requires_grad_(True)
    post, comb, collapsed = hyper_mix(streams, fn, base, scale, CFG)
    (post.sum() + comb.sum() + collapsed.sum()).backward()
    assert fn.grad is not None and fn.grad.abs().sum() > 0


@pytest.mark.parametrize("tokens", [1, 7])
def test_c_hyper_expand_gives_the_torch_ops_values(c_kernel, monkeypatch, tokens):
    gen = torch.Generator().manual_seed(tokens)
    streams, out = torch.randn(tokens, 4, 16, generator=gen), torch.randn(tokens, 16, generator=gen)
    post, comb = torch.rand(tokens, 4, generator=gen), torch.rand(tokens, 4, 4, generator=gen)
    assert hc_kernel.hyper_expand(streams, out, post, comb) is not None
    got = hyper_expand(streams, out, post, comb)
    monkeypatch.setenv(hc_kernel.ENV_VAR, "0")
    torch.testing.assert_close(got, hyper_expand(streams, out, post, comb), atol=1e-6, rtol=1e-6)


def test_rotate_tail_turns_pairs_and_keeps_the_head():
    gen = torch.Generator().manual_seed(0)
    x, angle = torch.randn(5, 2, 8, generator=gen), torch.randn(5, 2, generator=gen)
    got = rotate_tail(x, angle.cos(), angle.sin())
    assert torch.equal(got[..., :4], x[..., :4])
    even, odd, cos, sin = x[..., 4::2], x[..., 5::2], angle.cos()[:, None], angle.sin()[:, None]
    torch.testing.assert_close(got[..., 4::2], even * cos - odd * sin, atol=1e-6, rtol=0)
    torch.testing.assert_close(got[..., 5::2], odd * cos + even * sin, atol=1e-6, rtol=0)
    strided = x.transpose(0, 1).contiguous().transpose(0, 1)  # same values, other strides
    assert torch.equal(rotate_tail(strided, angle.cos(), angle.sin()), got)


def test_fused_sink_attention_gives_the_softmax_with_sinks():
    gen = torch.Generator().manual_seed(0)
    tokens, heads, dim, entries = 12, 3, 8, 5
    q = torch.randn(1, heads, tokens, dim, generator=gen)
    keys = torch.randn(1, 1, tokens + entries, dim, generator=gen)
    pos = torch.arange(tokens)
    allowed = torch.cat((window_mask(pos, pos, 4), torch.rand(tokens, entries, generator=gen) < 0.5), dim=1)
    sinks = torch.randn(heads, generator=gen)
    logits = torch.einsum("htd,kd->htk", q[0], keys[0, 0]) * 0.3
    logits = logits.masked_fill(~allowed, float("-inf"))
    full = torch.cat((logits, sinks.view(-1, 1, 1).expand(-1, tokens, 1)), dim=-1).softmax(-1)[..., :-1]
    want = torch.einsum("htk,kd->thd", full, keys[0, 0])
    got = fused_sink_attention(q, keys, allowed[None, None], sinks, 0.3)[0]
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)


@pytest.mark.parametrize(("tokens", "dim"), [(1, 32), (37, 32), (6, 20)])
def test_c_expand_then_mix_in_one_call_gives_the_two_calls_bits(c_kernel, tokens, dim):
    gen = torch.Generator().manual_seed(tokens)
    hc, mix = CFG.hc_mult, (2 + CFG.hc_mult) * CFG.hc_mult
    streams, out = torch.randn(tokens, hc, dim, generator=gen), torch.randn(tokens, dim, generator=gen)
    post, comb = torch.rand(tokens, hc, generator=gen), torch.rand(tokens, hc, hc, generator=gen)
    fn, base = 0.3 * torch.randn(mix, hc * dim, generator=gen), torch.randn(mix, generator=gen)
    scale, norm = torch.rand(3, generator=gen) + 0.5, (torch.rand(dim, generator=gen) + 0.5, 1e-6)
    args = (CFG.hc_sinkhorn_iters, CFG.rms_norm_eps, CFG.hc_eps, norm)
    got = hc_kernel.hyper_expand_mix(streams, out, post, comb, fn, base, scale, *args)
    new = hc_kernel.hyper_expand(streams, out, post, comb)
    want = (new, *hc_kernel.hyper_mix(new, fn, base, scale, *args))
    assert all(torch.equal(g, w) for g, w in zip(got, want, strict=True))
    # written over its input, the expansion gives the same bits
    over = streams.clone()
    assert hc_kernel.hyper_expand_inplace(over, out, post, comb) is over
    assert torch.equal(over, new)


@pytest.mark.parametrize("tokens", [1, 19])
def test_c_hyper_head_gives_the_torch_ops_values(c_kernel, monkeypatch, tokens):
    streams, _, _, _ = _mix_inputs(tokens, seed=tokens)
    gen = torch.Generator().manual_seed(7)
    hc = CFG.hc_mult
    fn, base = 0.3 * torch.randn(hc, hc * CFG.hidden_size, generator=gen), torch.randn(hc, generator=gen)
    scale = torch.rand(1, generator=gen) + 0.5
    assert hc_kernel.hyper_head(streams, fn, base, scale, CFG.rms_norm_eps, CFG.hc_eps) is not None
    got = hyper_head(streams, fn, base, scale, CFG)
    assert torch.equal(hyper_head(streams[-1:], fn, base, scale, CFG), got[-1:])  # alone: the same bits
    monkeypatch.setenv(hc_kernel.ENV_VAR, "0")
    torch.testing.assert_close(got, hyper_head(streams, fn, base, scale, CFG), atol=2e-6, rtol=1e-5)
