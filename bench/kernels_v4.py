"""DeepSeek-V4 kernel cases for ``bench/kernels.py --v4``, at V4-Flash layer sizes, bf16.

Each case yields (kernel, model, phase, shape, triton_fn, torch_fn, bytes, flops) like the V2/V3
cases: the Triton kernel and the PyTorch reference it is tested against (for the FP4 MoE, the
fused-MoE reference on weights dequantised at load, which is what the torch path would run).
"""
from __future__ import annotations

import torch

BF16 = torch.bfloat16
DEV = "cuda"
FLASH = dict(hidden=4096, heads=64, head_dim=512, window=128, experts=256, inter=2048, top_k=6, hc=4,
             index_heads=64, index_dim=128, topk=512)
NAME = "V4-Flash"


def _rand(*shape, scale=1.0):
    return (torch.randn(*shape, device=DEV) * scale).to(BF16)


def _fp4(*shape):
    packed = torch.randint(0, 256, (*shape[:-1], shape[-1] // 2), dtype=torch.uint8, device=DEV)
    scale = torch.randint(118, 122, (*shape[:-1], shape[-1] // 32), dtype=torch.uint8, device=DEV)
    return packed, scale.view(torch.float8_e8m0fnu)


def v4_cases(K, R, quick: bool, m: dict = FLASH):
    H, D, W = m["hidden"], m["head_dim"], m["window"]
    heads = m["heads"]
    packed, s4 = _fp4(2 * m["inter"], H)
    yield ("fp4_dequant", NAME, "load", f"{2 * m['inter']}x{H}", lambda: K.fp4_dequant(packed, s4, BF16),
           lambda: R.fp4_dequant(packed, s4, BF16), packed.numel() * 5, 0)
    w8 = torch.randn(H, H, device=DEV).to(torch.float8_e4m3fn)
    s8 = torch.randint(118, 122, (H // 128, H // 128), dtype=torch.uint8, device=DEV)
    yield ("fp8_e8m0_dequant", NAME, "load", f"{H}x{H}", lambda: K.fp8_e8m0_dequant(w8, s8, dtype=BF16),
           lambda: R.fp8_e8m0_dequant(w8, s8, dtype=BF16), w8.numel() * 3, 0)
    yield from _moe_cases(K, R, m, quick)
    scale = D ** -0.5
    sinks = torch.randn(heads, device=DEV)
    for phase, T in (("decode", 64), ("prefill", 4096)):
        if phase == "prefill":
            q, kv = _rand(T, heads, D, scale=0.05), _rand(T, D)
            cu = [0, T]
            yield ("swa_prefill", NAME, phase, f"T={T} H={heads} D={D} W={W}",
                   lambda: K.swa_prefill(q, kv, cu, cu, W, scale, sinks),
                   lambda: R.swa_prefill(q, kv, cu, cu, W, scale, sinks),
                   (2 * q.numel() + kv.numel()) * 2, 4 * T * heads * W * D)
        else:
            ctx, page = 4096, 64
            blocks = ctx // page
            cache = _rand(T * blocks, page, D)
            table = torch.randperm(T * blocks, device=DEV).view(T, blocks).int()
            lens = torch.full((T,), ctx, device=DEV, dtype=torch.int32)
            qd = _rand(T, heads, D, scale=0.05)
            yield ("swa_decode", NAME, phase, f"B={T} H={heads} D={D} W={W} ctx={ctx}",
                   lambda: K.swa_decode(qd, cache, table, lens, W, scale, sinks),
                   lambda: R.swa_decode(qd, cache, table, lens, W, scale, sinks),
                   (2 * qd.numel() + T * W * D) * 2, 4 * T * heads * W * D)
    n_idx = m["topk"] + W
    for phase, T in (("decode", 64), ("prefill", 2048)):
        N = 16384 + T
        q, kv = _rand(T, heads, D, scale=0.05), _rand(N, D)
        idx = torch.randint(0, N, (T, n_idx), device=DEV, dtype=torch.int32)
        yield ("sparse_attention", NAME, phase, f"T={T} H={heads} D={D} k={n_idx}",
               lambda: K.sparse_attention(q, kv, idx, scale, sinks),
               lambda: R.sparse_attention(q, kv, idx, scale, sinks),
               (2 * q.numel() + T * n_idx * D) * 2 + idx.numel() * 4, 4 * T * heads * n_idx * D)
    yield from _indexer_cases(K, R, m)
    yield from _small_op_cases(K, R, m)


def _moe_cases(K, R, m, quick):
    E, H, I, k = m["experts"], m["hidden"], m["inter"], m["top_k"]
    w13, s13 = _fp4(E, 2 * I, H)
    w2, s2 = _fp4(E, H, I)
    # the kernel is bit-exact and needs no fp32 temporaries for 256 experts
    w13_bf, w2_bf = K.fp4_dequant(w13, s13, BF16), K.fp4_dequant(w2, s2, BF16)
    for T in ([1, 64] if quick else [1, 8, 64, 256, 2048]):
        x = _rand(T, H)
        logits = torch.randn(T, E, device=DEV)
        ids = logits.topk(k, dim=-1).indices
        weights = torch.rand(T, k, device=DEV)
        touched = int(ids.unique().numel())
        yield ("fused_moe_fp4", NAME, "decode" if T <= 256 else "prefill",
               f"T={T} E={E} H={H} I={I} k={k} touched={touched}",
               lambda: K.fused_moe_fp4(x, w13, s13, w2, s2, weights, ids, swiglu_limit=10.0),
               lambda: R.fused_moe(x, w13_bf, w2_bf, weights, ids, swiglu_limit=10.0),
               touched * 3 * I * H * (0.5 + 1 / 32) + 2 * T * H * 2, 2 * T * k * 3 * I * H)


def _indexer_cases(K, R, m):
    Hi, Di, rate = m["index_heads"], m["index_dim"], 4
    for phase, T, ctx in (("decode", 64, 65536), ("prefill", 1024, 32768)):
        nc = ctx // rate
        if phase == "decode":  # 64 sequences, one query each
            cq, ck = list(range(T + 1)), [i * nc for i in range(T + 1)]
            pos = torch.full((T,), ctx - 1, device=DEV)
        else:
            cq, ck = [0, T], [0, nc]
            pos = torch.arange(ctx - T, ctx, device=DEV)
        q, keys = _rand(T, Hi, Di), _rand(ck[-1], Di)
        w = torch.randn(T, Hi, device=DEV) / Hi ** 0.5
        yield ("indexer_topk", NAME, phase, f"T={T} Hi={Hi} Di={Di} entries={nc} k={m['topk']}",
               lambda: K.indexer_topk(q, keys, w, cq, ck, pos, rate, m["topk"], Di ** -0.5),
               lambda: R.indexer_topk(q, keys, w, cq, ck, pos, rate, m["topk"], Di ** -0.5),
               (q.numel() + (nc if phase == "prefill" else keys.shape[0]) * Di) * 2, 2 * T * Hi * nc * Di)


def _small_op_cases(K, R, m):
    H, N, D = m["hidden"], m["hc"], m["head_dim"]
    fn, base, hc_scale = torch.randn(24, N * H, device=DEV) * 0.01, torch.randn(24, device=DEV), \
        torch.ones(3, device=DEV)
    for phase, T in (("decode", 64), ("prefill", 4096)):
        x, y = _rand(T, N, H), _rand(T, H)
        yield ("hc_pre", NAME, phase, f"T={T} N={N} D={H}", lambda: K.hc_pre(x, fn, base, hc_scale),
               lambda: R.hc_pre(x, fn, base, hc_scale), x.numel() * 2 + fn.numel() * 4 + T * H * 2,
               2 * T * N * H * 24)
        post, comb = torch.rand(T, N, device=DEV), torch.rand(T, N, N, device=DEV)
        yield ("hc_post", NAME, phase, f"T={T} N={N} D={H}", lambda: K.hc_post(x, y, post, comb),
               lambda: R.hc_post(x, y, post, comb), (2 * x.numel() + y.numel()) * 2, 2 * T * N * (N + 1) * H)
    for rate, overlap in ((4, True), (128, False)):
        T = 4096
        width = (2 if overlap else 1) * D
        kv, gate = _rand(T, width), _rand(T, width)
        bias, weight = torch.randn(rate, width, device=DEV), torch.ones(D, device=DEV)
        name = "CSA" if overlap else "HCA"
        yield ("compress_kv", NAME, "prefill", f"{name} T={T} rate={rate} d={D}",
               lambda: K.compress_kv(kv, gate, bias, weight, [0, T], rate, overlap=overlap),
               lambda: R.compress_kv(kv, gate, bias, weight, [0, T], rate, overlap=overlap),
               (2 * kv.numel() + T // rate * D) * 2, 0)
