"""GPU checks (skipped without CUDA): bf16 and FP8 kernels at DeepSeek layer sizes vs references."""
from __future__ import annotations

import pytest
import torch

import sluice.kernels as K
from tests.kernels.helpers import assert_close

pytestmark = pytest.mark.gpu
BF16 = torch.bfloat16
DEV = "cuda"


def _weights(*shape, scale):
    return (torch.randn(*shape, device=DEV) * scale).to(BF16)


def test_rms_norm_residual_bf16():
    x, r = _weights(300, 2048, scale=1), _weights(300, 2048, scale=1)
    w = _weights(2048, scale=1)
    out, res = K.rms_norm(x, w, 1e-6, r)
    ref_out, ref_res = K.rms_norm_ref(x, w, 1e-6, r)
    assert_close(out, ref_out, BF16)
    torch.testing.assert_close(res, ref_res, atol=0, rtol=0)


def test_rotary_bf16_on_query_view():
    q = _weights(257, 16, 192, scale=1)
    cos, sin = torch.randn(257, 32, device=DEV), torch.randn(257, 32, device=DEV)
    assert_close(K.rotary(q[..., 128:], cos, sin, True), K.rotary_ref(q[..., 128:], cos, sin, True), BF16)


def test_routing_v3_shapes():
    logits = torch.randn(513, 256, device=DEV)
    bias = torch.randn(256, device=DEV) * 0.1
    kw = dict(top_k=8, scoring_func="sigmoid", topk_method="noaux_tc", n_group=8, topk_group=4,
              correction_bias=bias, norm_topk_prob=True, routed_scaling_factor=2.5)
    w, ids = K.moe_route(logits, **kw)
    w_ref, ids_ref = K.moe_route_ref(logits, **kw)
    same = (ids.sort(-1).values == ids_ref.sort(-1).values).all(-1)
    assert same.float().mean() > 0.99  # the rest are near-ties decided by the last bit of a sigmoid
    choice = torch.sigmoid(logits) + bias
    torch.testing.assert_close(choice.gather(1, ids).sum(-1), choice.gather(1, ids_ref).sum(-1), atol=1e-4,
                               rtol=0)
    torch.testing.assert_close(w[same].sort(-1).values, w_ref[same].sort(-1).values, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("tokens", [1, 64, 1000])
def test_fused_moe_bf16_v2_lite_shapes(tokens):
    E, H, I, k = 64, 2048, 1408, 6
    x = _weights(tokens, H, scale=1)
    w13, w2 = _weights(E, 2 * I, H, scale=H ** -0.5), _weights(E, H, I, scale=I ** -0.5)
    weights, ids = K.moe_route(torch.randn(tokens, E, device=DEV), top_k=k)
    assert_close(K.fused_moe(x, w13, w2, weights, ids), K.fused_moe_ref(x, w13, w2, weights, ids), BF16,
                 factor=2)


def _fp8_weight(*shape):
    w = torch.randn(*shape, device=DEV).to(K.FP8_DTYPE)
    scale = torch.rand(*shape[:-2], -(-shape[-2] // 128), -(-shape[-1] // 128), device=DEV) * 0.01 + 1e-3
    return w, scale


@pytest.mark.parametrize("tokens", [3, 300])
def test_fused_moe_fp8_v3_shapes(tokens):
    E, H, I, k = 32, 7168, 2048, 8
    x = _weights(tokens, H, scale=1)
    w13, s13 = _fp8_weight(E, 2 * I, H)
    w2, s2 = _fp8_weight(E, H, I)
    weights, ids = K.moe_route(torch.randn(tokens, E, device=DEV), top_k=k, scoring_func="sigmoid")
    kw = dict(w13_scale=s13, w2_scale=s2)
    expected = K.fused_moe_ref(x, w13, w2, weights, ids, **kw, quantize_activations=True)
    assert_close(K.fused_moe(x, w13, w2, weights, ids, **kw), expected, BF16, factor=3)


@pytest.mark.parametrize("m", [1, 257])
def test_fp8_linear_v3_shapes(m):
    x = _weights(m, 7168, scale=1)
    w, s = _fp8_weight(1536, 7168)
    assert_close(K.fp8_linear(x, w, s), K.fp8_linear_ref(x, w, s, quantize_activations=True), BF16, factor=2)


@pytest.mark.parametrize("batch,ctx", [(1, 4097), (64, 1000)])
def test_mla_decode_bf16_v2_lite_shapes(batch, ctx):
    H, DL, DR, page = 16, 512, 64, 64
    blocks = -(-ctx // page)
    cache = _weights(batch * blocks, page, DL + DR, scale=1)
    table = torch.randperm(batch * blocks, device=DEV).view(batch, blocks).int()
    lens = torch.randint(1, ctx + 1, (batch,), device=DEV).int()
    q_lat, q_pe = _weights(batch, H, DL, scale=0.05), _weights(batch, H, DR, scale=0.05)
    got = K.mla_decode(q_lat, q_pe, cache, table, lens, 0.1147)
    assert_close(got, K.mla_decode_ref(q_lat, q_pe, cache, table, lens, 0.1147), BF16, factor=2)


def test_mla_prefill_bf16_chunked():
    H, D, DV = 16, 192, 128
    cq, ck = [0, 300, 301, 813], [0, 700, 1001, 1513]
    q = _weights(cq[-1], H, D, scale=0.3)
    k = _weights(ck[-1], H, D, scale=0.3)
    v = _weights(ck[-1], H, D + DV, scale=1)[..., D:]
    assert_close(K.mla_prefill(q, k, v, cq, ck, 0.1147), K.mla_prefill_ref(q, k, v, cq, ck, 0.1147), BF16,
                 factor=2)


def test_cache_write_and_paged_prefill_bf16():
    page, DL, DR, H = 64, 512, 64, 16
    cache = torch.zeros(40, page, DL + DR, device=DEV, dtype=BF16)
    table = torch.randperm(40, device=DEV)[:30].view(3, 10).int()
    lens = torch.tensor([600, 1, 333], device=DEV).int()
    q_lens = [100, 1, 333]
    pos = [torch.arange(n - q, n, device=DEV) for n, q in zip(lens.tolist(), q_lens)]
    slots = torch.cat([table[b, p // page].long() * page + p % page for b, p in enumerate(pos)])
    latent = _weights(slots.shape[0], DL + DR, scale=1)
    K.cache_write(cache, slots, latent)
    torch.testing.assert_close(cache.view(-1, DL + DR)[slots], latent, atol=0, rtol=0)
    cu = torch.tensor([0, 100, 101, 434], device=DEV).int()
    q_lat, q_pe = _weights(434, H, DL, scale=0.05), _weights(434, H, DR, scale=0.05)
    assert_close(K.mla_prefill_paged(q_lat, q_pe, cache, table, cu, lens, 0.11),
                 K.mla_prefill_paged_ref(q_lat, q_pe, cache, table, cu, lens, 0.11), BF16, factor=2)
