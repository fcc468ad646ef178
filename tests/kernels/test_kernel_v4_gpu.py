"""GPU checks (skipped without CUDA): the DeepSeek-V4 kernels at V4-Flash layer sizes, bf16, vs references."""
from __future__ import annotations

import pytest
import torch

import sluice.kernels as K
from tests.kernels.helpers import assert_close

pytestmark = pytest.mark.gpu
BF16 = torch.bfloat16
DEV = "cuda"
HIDDEN, HEADS, HEAD_DIM, WINDOW = 4096, 64, 512, 128


def _rand(*shape, scale=1.0):
    return (torch.randn(*shape, device=DEV) * scale).to(BF16)


def _fp4(*shape, exp=(118, 122)):
    packed = torch.randint(0, 256, (*shape[:-1], shape[-1] // 2), dtype=torch.uint8, device=DEV)
    scale = torch.randint(*exp, (*shape[:-1], shape[-1] // 32), dtype=torch.uint8, device=DEV)
    return packed, scale.view(torch.float8_e8m0fnu)


def test_fp4_and_fp8_dequant_bit_exact_on_cuda():
    packed, scale = _fp4(256, 2048, exp=(100, 150))
    assert torch.equal(K.fp4_dequant(packed, scale, BF16), K.fp4_dequant_ref(packed, scale, BF16))
    w = torch.randn(1024, 4096, device=DEV).mul(30).to(torch.float8_e4m3fn)
    s = torch.randint(110, 140, (8, 32), dtype=torch.uint8, device=DEV)
    assert torch.equal(K.fp8_e8m0_dequant(w, s, dtype=BF16), K.fp8_e8m0_dequant_ref(w, s, dtype=BF16))


@pytest.mark.parametrize("tokens", [3, 300])
def test_fused_moe_fp4_v4_flash_shapes(tokens):
    E, I, k = 32, 2048, 6
    x = _rand(tokens, HIDDEN)
    w13, s13 = _fp4(E, 2 * I, HIDDEN)
    w2, s2 = _fp4(E, HIDDEN, I)
    weights, ids = torch.rand(tokens, k, device=DEV), torch.stack(
        [torch.randperm(E, device=DEV)[:k] for _ in range(tokens)])
    expected = K.fused_moe_fp4_ref(x, w13, s13, w2, s2, weights, ids, swiglu_limit=10.0)
    got = K.fused_moe_fp4(x, w13, s13, w2, s2, weights, ids, swiglu_limit=10.0)
    assert_close(got, expected, BF16, factor=3)


def test_swa_prefill_and_decode_v4_shapes():
    cq, ck = [0, 300, 301], [0, 700, 1001]
    q, kv = _rand(301, HEADS, HEAD_DIM, scale=0.05), _rand(1001, HEAD_DIM)
    sinks = torch.randn(HEADS, device=DEV)
    scale = HEAD_DIM ** -0.5
    assert_close(K.swa_prefill(q, kv, cq, ck, WINDOW, scale, sinks),
                 K.swa_prefill_ref(q, kv, cq, ck, WINDOW, scale, sinks), BF16, factor=2)
    B, page, ctx = 64, 64, 1000
    blocks = -(-ctx // page)
    cache = _rand(B * blocks, page, HEAD_DIM)
    table = torch.randperm(B * blocks, device=DEV).view(B, blocks).int()
    lens = torch.randint(1, ctx + 1, (B,), device=DEV).int()
    qd = _rand(B, HEADS, HEAD_DIM, scale=0.05)
    assert_close(K.swa_decode(qd, cache, table, lens, WINDOW, scale, sinks),
                 K.swa_decode_ref(qd, cache, table, lens, WINDOW, scale, sinks), BF16, factor=2)


def test_sparse_attention_window_plus_selected_entries():
    T, N, topk = 257, 5000, 512
    q, kv, sinks = _rand(T, HEADS, HEAD_DIM, scale=0.05), _rand(N, HEAD_DIM), torch.randn(HEADS, device=DEV)
    idx = torch.randint(0, N, (T, topk + WINDOW), device=DEV, dtype=torch.int32)
    idx[:5, 300:] = -1
    assert_close(K.sparse_attention(q, kv, idx, HEAD_DIM ** -0.5, sinks),
                 K.sparse_attention_ref(q, kv, idx, HEAD_DIM ** -0.5, sinks), BF16, factor=2)


def test_indexer_v4_shapes():
    rate = 4  # sequence 0: 300 queries over 1024 entries; sequence 1: one query over 2048
    cq = [0, 300, 301]
    ck = [0, 1024, 3072]
    q, k = _rand(301, 64, 128), _rand(3072, 128)
    w = torch.randn(301, 64, device=DEV) / 8
    pos = torch.cat([torch.arange(4096 - 300, 4096), torch.tensor([8191])]).to(DEV)
    expected = K.indexer_scores_ref(q, k, w, cq, ck, pos, rate, 128 ** -0.5)
    got = K.indexer_scores(q, k, w, cq, ck, pos, rate, 128 ** -0.5)
    assert torch.equal(torch.isinf(got), torch.isinf(expected))
    fin = torch.isfinite(expected)
    torch.testing.assert_close(got[fin], expected[fin], atol=2e-3 * float(expected[fin].abs().max()), rtol=0)
    top = K.indexer_topk(q, k, w, cq, ck, pos, rate, 512, 128 ** -0.5)
    assert top.shape == (301, 512) and int(top.max()) < 2048


def test_mhc_v4_shapes():
    T, N = 300, 4
    x = _rand(T, N, HIDDEN)
    fn, base, scale = torch.randn(24, N * HIDDEN, device=DEV) * 0.01, torch.randn(24, device=DEV) * 0.1, \
        torch.rand(3, device=DEV) + 0.5
    got, ref = K.hc_pre(x, fn, base, scale), K.hc_pre_ref(x, fn, base, scale)
    torch.testing.assert_close(got[1], ref[1], atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(got[2], ref[2], atol=1e-4, rtol=1e-4)
    assert_close(got[0], ref[0], BF16)
    y = _rand(T, HIDDEN)
    assert_close(K.hc_post(x, y, ref[1], ref[2]), K.hc_post_ref(x, y, ref[1], ref[2]), BF16, factor=2)


@pytest.mark.parametrize("rate,overlap", [(4, True), (128, False)])
def test_compressor_v4_shapes(rate, overlap):
    width = 2 * HEAD_DIM if overlap else HEAD_DIM
    lens = [1024, 512]
    kv, gate = _rand(sum(lens), width), _rand(sum(lens), width)
    bias, weight = torch.randn(rate, width, device=DEV) * 0.3, torch.rand(HEAD_DIM, device=DEV) + 0.5
    cu = [0, 1024, 1536]
    assert_close(K.compress_kv(kv, gate, bias, weight, cu, rate, overlap=overlap),
                 K.compress_kv_ref(kv, gate, bias, weight, cu, rate, overlap=overlap), BF16, factor=3)
