"""The CPU C kernel of the prefill's sink attention (`v4.prefill_kernel`) against the torch ops and the
definition: softmax over the allowed logits and the sink, the sink's share dropped."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4 import c_build, prefill_kernel
from sluice.inference.v4.attention import sink_attention, window_attention, window_mask
from tests.inference.c_kernels_required import require_built
from tests.inference.v4_small import torch_ops


@pytest.fixture
def c_kernels(monkeypatch):
    monkeypatch.setenv(c_build.ENV_VAR, "1")
    require_built(prefill_kernel.prepare())


def by_definition(q, keys, allowed, sinks, scale):
    logits = torch.einsum("thd,kd->thk", q.double(), keys.double()) * scale
    logits = logits.masked_fill(~allowed[:, None], float("-inf"))
    sink = sinks.double().view(1, -1, 1).expand(q.shape[0], -1, 1)
    probs = torch.softmax(torch.cat((logits, sink), dim=-1), dim=-1)[..., :-1]
    return torch.einsum("thk,kd->thd", probs, keys.double()).float()


def inputs(tokens, heads, dim, keys, seed):
    gen = torch.Generator().manual_seed(seed)
    q, k = torch.randn(tokens, heads, dim, generator=gen), torch.randn(keys, dim, generator=gen)
    return q, k, torch.randn(heads, generator=gen)


@pytest.mark.parametrize(("dim", "keys"), [(32, 150), (20, 40), (16, 5), (7, 33)])
def test_masked_attention_gives_the_torch_values(c_kernels, monkeypatch, dim, keys):
    tokens = 37
    q, k, sinks = inputs(tokens, 3, dim, keys, seed=dim + keys)
    gen = torch.Generator().manual_seed(keys)
    # a window over the first keys (consecutive runs) and scattered entries after them
    window = window_mask(torch.arange(tokens) + keys // 2, torch.arange(keys // 2), 12)
    scattered = torch.rand(tokens, keys - keys // 2, generator=gen) < 0.4
    allowed = torch.cat((window, scattered), dim=1)
    allowed[:, 0] |= ~allowed.any(dim=1)  # the fused torch kernel needs a key in every row
    got = prefill_kernel.sink_attention(q, k, allowed, sinks, 0.3)
    assert got is not None
    want = torch_ops(monkeypatch, lambda: sink_attention(q, k, allowed, sinks, 0.3))
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)
    torch.testing.assert_close(got, by_definition(q, k, allowed, sinks, 0.3), atol=1e-6, rtol=1e-5)
    assert torch.equal(sink_attention(q, k, allowed, sinks, 0.3), got)  # the C kernel in the layer's op
    # a query gets the same bits whatever other queries share the call
    assert torch.equal(prefill_kernel.sink_attention(q[5:9], k, allowed[5:9], sinks, 0.3), got[5:9])


def test_a_query_without_keys_gets_zeros_and_large_logits_stay_finite(c_kernels):
    q, k, sinks = inputs(6, 2, 32, 40, seed=5)
    allowed = torch.rand(6, 40, generator=torch.Generator().manual_seed(1)) < 0.5
    allowed[2] = False
    got = prefill_kernel.sink_attention(q, k, allowed, sinks, 8.0)  # logits spread over hundreds
    assert torch.equal(got[2], torch.zeros(2, 32))
    torch.testing.assert_close(got, by_definition(q, k, allowed, sinks, 8.0), atol=1e-6, rtol=1e-5)


@pytest.mark.parametrize(("tokens", "keys", "window"), [(30, 50, 7), (40, 40, 64), (1, 90, 64), (17, 17, 1)])
def test_window_attention_gives_the_torch_values(c_kernels, monkeypatch, tokens, keys, window):
    q, k, sinks = inputs(tokens, 4, 32, keys, seed=tokens + keys)
    got = prefill_kernel.window_attention(q, k, window, sinks, 0.2)
    assert got is not None
    want = torch_ops(monkeypatch, lambda: window_attention(q, k, window, sinks, 0.2))
    torch.testing.assert_close(got, want, atol=1e-6, rtol=1e-5)
    positions = torch.arange(keys)
    allowed = window_mask(positions[keys - tokens :], positions, window)
    torch.testing.assert_close(got, by_definition(q, k, allowed, sinks, 0.2), atol=1e-6, rtol=1e-5)
    assert torch.equal(window_attention(q, k, window, sinks, 0.2), got)
    # the last queries alone, over the same keys: the same bits
    assert torch.equal(prefill_kernel.window_attention(q[-3:], k, window, sinks, 0.2), got[-3:])


def test_the_torch_ops_run_where_the_kernel_does_not_apply(c_kernels, monkeypatch):
    q, k, sinks = inputs(4, 2, 16, 10, seed=2)
    allowed = torch.ones(4, 10, dtype=torch.bool)
    assert prefill_kernel.sink_attention(q.bfloat16(), k.bfloat16(), allowed, sinks, 0.3) is None
    assert prefill_kernel.window_attention(q.requires_grad_(), k, 4, sinks, 0.3) is None
    monkeypatch.setenv(c_build.ENV_VAR, "0")
    assert prefill_kernel.sink_attention(q.detach(), k, allowed, sinks, 0.3) is None
    out = sink_attention(q.detach(), k, allowed, sinks, 0.3)  # the fused torch path
    torch.testing.assert_close(out, by_definition(q.detach(), k, allowed, sinks, 0.3), atol=1e-6, rtol=1e-5)


def test_the_portable_build_gives_the_native_builds_bits(c_kernels, tmp_path, monkeypatch):
    if c_build.native_target() is None:
        pytest.skip("the compiler names no native target here")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    compiler = c_build._compiler()
    portable = c_build._build(compiler, "prefill_attention", prefill_kernel._SOURCE, c_build.FLAGS, "")
    portable.prefill_attention.restype = None
    portable.prefill_attention.argtypes = prefill_kernel._library().prefill_attention.argtypes
    q, k, sinks = inputs(20, 3, 24, 60, seed=9)
    allowed = torch.rand(20, 60, generator=torch.Generator().manual_seed(3)) < 0.5
    out = torch.empty(20, 3, 24)
    portable.prefill_attention(q.data_ptr(), 20, 3, 24, k.data_ptr(), 60, allowed.data_ptr(), 0,
                               sinks.data_ptr(), 0.3, out.data_ptr())
    assert torch.equal(out, prefill_kernel.sink_attention(q, k, allowed, sinks, 0.3))


def test_the_window_mask_kernel_gives_the_torch_mask(c_kernels, monkeypatch):
    positions, key_pos = torch.arange(40, 90), torch.cat((torch.arange(20, 90), torch.tensor([5, 95, 60])))
    got = prefill_kernel.window_mask(positions, key_pos, 16)
    assert got is not None
    assert torch.equal(got, torch_ops(monkeypatch, lambda: window_mask(positions, key_pos, 16)))
    assert got.sum(dim=1).tolist() == [16 + ((p - 60) in range(16)) for p in positions.tolist()]
