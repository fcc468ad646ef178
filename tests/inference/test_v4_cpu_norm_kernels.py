"""The CPU C kernels for V4's RMSNorm / rotary chain and for closing compression windows against the
torch ops (`v4.norm_kernel`, `v4.compress_kernel`, the norm folded into `hc_kernel.hyper_mix`)."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4 import c_build, compress_kernel, norm_kernel
from sluice.inference.v4.compressor import Compressor
from sluice.inference.v4.config import parse_v4
from sluice.inference.v4.layers import (RMSNorm, Rotary, hyper_mix, hyper_mix_norm, norm_rotate_tail,
                                        rotate_tail, unit_rms, unrotate_tail)
from tests.inference.c_kernels_required import require_built
from tests.inference.v4_small import torch_ops

CFG = parse_v4({
    "vocab_size": 50, "hidden_size": 32, "num_hidden_layers": 1, "num_attention_heads": 2, "head_dim": 16,
    "qk_rope_head_dim": 8, "q_lora_rank": 8, "o_groups": 2, "o_lora_rank": 4, "sliding_window": 4,
    "n_routed_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 8, "hc_mult": 4,
    "index_n_heads": 2, "index_head_dim": 8, "index_topk": 2,
})


@pytest.fixture
def c_kernels(monkeypatch):
    monkeypatch.setenv(c_build.ENV_VAR, "1")
    require_built(norm_kernel.prepare() and compress_kernel.prepare())


def _norm(dim: int, seed: int) -> RMSNorm:
    norm = RMSNorm(dim, 1e-6, device="cpu")
    norm.weight.data.copy_(torch.rand(dim, generator=torch.Generator().manual_seed(seed)) + 0.5)
    return norm


@pytest.mark.parametrize("shape", [(1, 16), (5, 3, 16), (300, 128)])
def test_rms_norm_and_unit_rms_give_the_torch_values(c_kernels, monkeypatch, shape):
    x = 3 * torch.randn(shape, generator=torch.Generator().manual_seed(len(shape)))
    norm = _norm(shape[-1], seed=1)
    assert norm_kernel.norm_rotate(x, norm.weight, norm.eps) is not None  # the kernel ran
    got = (norm(x), unit_rms(x, 1e-6))
    want = torch_ops(monkeypatch, lambda: (norm(x), unit_rms(x, 1e-6)))
    for g, w in zip(got, want):
        torch.testing.assert_close(g, w, atol=1e-6, rtol=1e-5)


@pytest.mark.parametrize("half", [1, 2, 4, 8])
def test_rotation_and_its_inverse_give_the_torch_values(c_kernels, monkeypatch, half):
    gen = torch.Generator().manual_seed(half)
    x, angle = torch.randn(6, 3, 16, generator=gen), torch.randn(6, half, generator=gen)
    cos, sin = angle.cos(), angle.sin()
    norm = _norm(16, seed=2)
    got = (rotate_tail(x, cos, sin), unrotate_tail(x, cos, sin), norm_rotate_tail(x, norm, cos, sin),
           norm_rotate_tail(x, 1e-6, cos, sin))
    want = torch_ops(monkeypatch, lambda: (
        rotate_tail(x, cos, sin), rotate_tail(x, cos, -sin), rotate_tail(norm(x), cos, sin),
        rotate_tail(unit_rms(x, 1e-6), cos, sin)))
    for g, w in zip(got, want):
        torch.testing.assert_close(g, w, atol=1e-6, rtol=1e-5)
    torch.testing.assert_close(unrotate_tail(got[0], cos, sin), x, atol=1e-5, rtol=0)


def test_a_token_gets_the_same_bits_in_any_batch(c_kernels):
    gen = torch.Generator().manual_seed(3)
    x, angle = torch.randn(9, 2, 16, generator=gen), torch.randn(9, 4, generator=gen)
    norm = _norm(16, seed=3)
    batch = norm_rotate_tail(x, norm, angle.cos(), angle.sin())
    for row in (0, 4, 8):
        one = angle[row : row + 1]
        alone = norm_rotate_tail(x[row : row + 1], norm, one.cos(), one.sin())
        assert torch.equal(batch[row : row + 1], alone)


def test_gradients_stay_with_thetorch_ops(c_kernels):
    norm = _norm(16, seed=4)
    norm.weight.requires_grad_(True)
    x = torch.randn(3, 16)
    assert norm_kernel.norm_rotate(x, norm.weight, norm.eps) is None  # the weight needs a gradient
    x.requires_grad_(True)
    norm(x).sum().backward()
    assert x.grad is not None and norm.weight.grad is not None


def test_hyper_mix_with_the_block_norm_gives_mix_then_norm(c_kernels, monkeypatch):
    gen = torch.Generator().manual_seed(5)
    hc, dim = CFG.hc_mult, CFG.hidden_size
    mix = (2 + hc) * hc
    streams = torch.randn(7, hc, dim, generator=gen)
    fn, base = 0.3 * torch.randn(mix, hc * dim, generator=gen), torch.randn(mix, generator=gen)
    scale, norm = torch.rand(3, generator=gen) + 0.5, _norm(dim, seed=5)
    got = hyper_mix_norm(streams, fn, base, scale, CFG, norm)
    post, comb, x = torch_ops(monkeypatch, lambda: hyper_mix(streams, fn, base, scale, CFG))
    for g, w in zip(got, (post, comb, torch_ops(monkeypatch, lambda: norm(x)))):
        torch.testing.assert_close(g, w, atol=2e-6, rtol=1e-5)


@pytest.mark.parametrize("overlap", [True, False])
@pytest.mark.parametrize("with_previous", [True, False])
def test_closing_windows_gives_the_torch_pooling(c_kernels, monkeypatch, overlap, with_previous):
    gen = torch.Generator().manual_seed(6)
    comp = Compressor(CFG, 4, 16, overlap, dtype=torch.float32, device="cpu")
    for p in comp.parameters():
        p.data.copy_(torch.randn(p.shape, generator=gen))
    rotary = Rotary(CFG.compress_rope, 8, 256, "cpu")
    width = comp.ape.shape[1]
    kv, gate = torch.randn(12, width, generator=gen), torch.randn(12, width, generator=gen)
    previous = None
    if overlap and with_previous:
        previous = (torch.randn(4, 16, generator=gen), torch.randn(4, 16, generator=gen))
    with torch.inference_mode():
        got, got_last = comp.close(kv, gate, previous, 3, rotary)
        want, want_last = torch_ops(monkeypatch, lambda: comp.close(kv, gate, previous, 3, rotary))
    torch.testing.assert_close(got, want, atol=2e-6, rtol=1e-5)
    if overlap:
        assert all(torch.equal(g, w) for g, w in zip(got_last, want_last))
    else:
        assert got_last is None and want_last is None


def test_a_column_slice_of_a_wider_product_is_read_in_place(c_kernels):
    gen = torch.Generator().manual_seed(7)
    wide, angle = torch.randn(5, 3 + 2 * 16 + 4, generator=gen), torch.randn(5, 4, generator=gen)
    x = wide[:, 3 : 3 + 32].view(5, 2, 16)  # heads of a column slice: strided tokens
    norm = _norm(16, seed=7)
    got = norm_rotate_tail(x, norm, angle.cos(), angle.sin())
    assert torch.equal(got, norm_rotate_tail(x.contiguous(), norm, angle.cos(), angle.sin()))
    assert torch.equal(norm(wide[:, 3:19]), norm(wide[:, 3:19].contiguous()))
