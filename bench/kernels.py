"""Triton kernel benchmarks at DeepSeek-V2-Lite and V3 layer shapes (decode and prefill sizes).

For every case: median time of the Triton kernel and of the PyTorch path the engine would run
otherwise (``sluice.kernels.reference``, also the kernels' test reference), both measured in this
run; achieved bandwidth (minimum bytes: weights + inputs + outputs) and TFLOP/s; their fraction of
the H200 peaks (4.8 TB/s HBM, 989 dense bf16 TFLOP/s); the speed-up over PyTorch; and the largest difference between the two outputs. Writes JSON + markdown.

    python bench/kernels.py --out bench/results            # all cases (~2-3 min on an H200)
    python bench/kernels.py --quick                        # a smaller set
    python bench/kernels.py --set v4 --out bench/results   # DeepSeek-V4 kernels (bench/kernels_v4.py)
    python bench/kernels.py --set all                      # V2/V3 cases, then V4
    python bench/kernels.py --tune-moe --out DIR           # sweep fused-MoE block sizes, write tables
"""
from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from pathlib import Path

import torch

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

HBM_PEAK = 4.8e12
BF16_PEAK = 989e12
BF16 = torch.bfloat16
DEV = "cuda"
V2_LITE = dict(name="V2-Lite", hidden=2048, heads=16, experts=64, inter=1408, top_k=6, fp8=False,
               route=dict(scoring_func="softmax", topk_method="greedy"))
V3 = dict(name="V3", hidden=7168, heads=128, experts=256, inter=2048, top_k=8, fp8=True,
          route=dict(scoring_func="sigmoid", topk_method="noaux_tc", n_group=8, topk_group=4,
                     norm_topk_prob=True, routed_scaling_factor=2.5))
DL, DR, NOPE, DV, PAGE = 512, 64, 128, 128, 64


def _rand(*shape, scale=1.0, dtype=BF16):
    return (torch.randn(*shape, device=DEV) * scale).to(dtype)


def _fp8(*shape):
    import sluice.kernels as K
    w = torch.randn(*shape, device=DEV).to(K.FP8_DTYPE)
    s = torch.rand(*shape[:-2], -(-shape[-2] // 128), -(-shape[-1] // 128), device=DEV) * 1e-2 + 1e-3
    return w, s


def _dequant_bf16(R, w, s):
    """What the engine's PyTorch path runs with: FP8 weights dequantized to bf16 at load."""
    return torch.stack([R.fp8_block_dequant(w[e], s[e]).to(BF16) for e in range(w.shape[0])])


def _ms(fn) -> float:
    import triton.testing
    return float(triton.testing.do_bench(fn, warmup=10, rep=60, return_mode="median"))


def cases(quick: bool):
    """Yield (kernel, model, phase, shape, triton_fn, torch_fn, bytes, flops)."""
    import sluice.kernels as K
    from sluice.kernels import reference as R
    models = [V2_LITE, V3]
    for m in models:
        H = m["hidden"]
        for phase, T in (("decode", 64), ("prefill", 4096)):
            x, r, w = _rand(T, H), _rand(T, H), _rand(H)
            yield ("rms_norm+residual", m["name"], phase, f"T={T} D={H}", lambda: K.rms_norm(x, w, 1e-6, r),
                   lambda: R.rms_norm(x, w, 1e-6, r), 4 * T * H * 2, 4 * T * H)
        for phase, T in (("decode", 64), ("prefill", 4096)):
            q = _rand(T, m["heads"], NOPE + DR)[..., NOPE:]
            cos, sin = torch.randn(T, DR // 2, device=DEV), torch.randn(T, DR // 2, device=DEV)
            yield ("rotary", m["name"], phase, f"T={T} H={m['heads']} D={DR}",
                   lambda: K.rotary(q, cos, sin, True), lambda: R.rotary(q, cos, sin, True),
                   2 * q.numel() * 2 + 2 * cos.numel() * 4, 6 * q.numel())
        bias = torch.zeros(m["experts"], device=DEV) if m["fp8"] else None
        kw = dict(top_k=m["top_k"], correction_bias=bias,
                  **{"n_group": 1, "topk_group": 1, "norm_topk_prob": False, "routed_scaling_factor": 1.0,
                     **m["route"]})
        for phase, T in (("decode", 64), ("prefill", 4096)):
            logits = torch.randn(T, m["experts"], device=DEV)
            yield ("moe_route", m["name"], phase, f"T={T} E={m['experts']}",
                   lambda: K.moe_route(logits, **kw), lambda: R.moe_route(logits, **kw),
                   T * m["experts"] * 4 + T * m["top_k"] * 12, 0)
        yield from _moe_cases(K, R, m, kw, quick)
        yield from _mla_cases(K, R, m, quick)
        if m["fp8"]:
            yield from _fp8_cases(K, R, m, quick)
    for phase, T in (("decode", 64), ("prefill", 4096)):
        cache = torch.zeros(T // PAGE + 8, PAGE, DL + DR, device=DEV, dtype=BF16)
        slots = torch.randperm(cache.shape[0] * PAGE, device=DEV)[:T]
        lat = _rand(T, DL + DR)
        yield ("cache_write", "both", phase, f"T={T} D={DL + DR}", lambda: K.cache_write(cache, slots, lat),
               lambda: R.cache_write(cache, slots, lat), 2 * lat.numel() * 2, 0)


def _moe_cases(K, R, m, route_kw, quick):
    E, H, I, k = m["experts"], m["hidden"], m["inter"], m["top_k"]
    if m["fp8"]:
        w13, s13 = _fp8(E, 2 * I, H)
        w2, s2 = _fp8(E, H, I)
        w13_bf, w2_bf = _dequant_bf16(R, w13, s13), _dequant_bf16(R, w2, s2)
        extra, wbytes = dict(w13_scale=s13, w2_scale=s2), 1
    else:
        w13, w2 = _rand(E, 2 * I, H, scale=H ** -0.5), _rand(E, H, I, scale=I ** -0.5)
        w13_bf, w2_bf, extra, wbytes = w13, w2, {}, 2
    batches = [1, 64] if quick else [1, 8, 64, 256, 2048]
    for T in batches:
        x = _rand(T, H)
        weights, ids = K.moe_route(torch.randn(T, E, device=DEV), **route_kw)
        touched = int(ids.unique().numel())
        phase = "decode" if T <= 256 else "prefill"
        yield ("fused_moe" + ("_fp8" if m["fp8"] else ""), m["name"], phase,
               f"T={T} E={E} H={H} I={I} k={k} touched={touched}",
               lambda: K.fused_moe(x, w13, w2, weights, ids, **extra),
               lambda: R.fused_moe(x, w13_bf, w2_bf, weights, ids),
               touched * 3 * I * H * wbytes + 2 * T * H * 2, 2 * T * k * 3 * I * H)


def _mla_cases(K, R, m, quick):
    heads = m["heads"]
    scale = 0.1147
    for B in ([1, 64] if quick else [1, 64, 256]):
        ctx = 4096
        if B * ctx * (DL + DR) * 2 > 8e9:
            continue
        blocks = ctx // PAGE
        cache = _rand(B * blocks, PAGE, DL + DR)
        table = torch.randperm(B * blocks, device=DEV).view(B, blocks).int()
        lens = torch.full((B,), ctx, device=DEV, dtype=torch.int32)
        q_lat, q_pe = _rand(B, heads, DL, scale=0.05), _rand(B, heads, DR, scale=0.05)
        yield ("mla_decode", m["name"], "decode", f"B={B} H={heads} ctx={ctx}",
               lambda: K.mla_decode(q_lat, q_pe, cache, table, lens, scale),
               lambda: R.mla_decode(q_lat, q_pe, cache, table, lens, scale),
               B * ctx * (DL + DR) * 2 + B * heads * (DL + DR + DL) * 2, 2 * B * heads * ctx * (DL + DR + DL))
    for q_len, prefix in ((4096, 0), (2048, 2048)):
        cq, ck = [0, q_len], [0, q_len + prefix]
        q = _rand(q_len, heads, NOPE + DR, scale=0.3)
        k = _rand(q_len + prefix, heads, NOPE + DR, scale=0.3)
        v = _rand(q_len + prefix, heads, NOPE + DV)[..., NOPE:]
        pairs = sum(prefix + i + 1 for i in range(q_len))
        yield ("mla_prefill", m["name"], "prefill", f"q={q_len} prefix={prefix} H={heads}",
               lambda: K.mla_prefill(q, k, v, cq, ck, scale),
               lambda: R.mla_prefill(q, k, v.contiguous(), cq, ck, scale),
               (q.numel() + k.numel() + v.numel() + q_len * heads * DV) * 2,
               2 * heads * pairs * (NOPE + DR + DV))


def _fp8_cases(K, R, m, quick):
    shapes = [("q_a_proj", 1536, 7168), ("o_proj", 7168, 16384), ("mlp.down", 7168, 18432)]
    for name, N, Kd in shapes[:1] if quick else shapes:
        w, s = _fp8(N, Kd)
        w_bf = R.fp8_block_dequant(w, s).to(BF16)
        for phase, M in (("decode", 64), ("prefill", 4096)):
            x = _rand(M, Kd)
            yield ("fp8_linear", m["name"], phase, f"{name} M={M} N={N} K={Kd}",
                   lambda: K.fp8_linear(x, w, s), lambda: torch.nn.functional.linear(x, w_bf),
                   N * Kd + M * Kd * 2 + M * N * 2, 2 * M * N * Kd)


def _canon(out):
    """First output; for (weights, ids) routing results, weights ordered by expert id."""
    if isinstance(out, tuple) and len(out) == 2 and not out[1].is_floating_point():
        return out[0].gather(-1, out[1].argsort(-1))
    return out[0] if isinstance(out, tuple) else out


def selected_cases(quick: bool, which: str):
    """``which``: ``v2v3`` (the cases above), ``v4`` (``bench/kernels_v4.py``) or ``all``."""
    if which in ("v2v3", "all"):
        yield from cases(quick)
    if which in ("v4", "all"):
        import sluice.kernels as K
        from bench.kernels_v4 import v4_cases
        from sluice.kernels import reference as R
        yield from v4_cases(K, R, quick)


def run(quick: bool, save=lambda rows: None, which: str = "v2v3") -> list[dict]:
    """Measure every case; ``save(rows)`` after each one, so a run cut short keeps what it measured."""
    rows = []
    for kernel, model, phase, shape, tri, ref, nbytes, flops in selected_cases(quick, which):
        row = dict(kernel=kernel, model=model, phase=phase, shape=shape)
        try:
            out_t, out_r = _canon(tri()), _canon(ref())
            both = isinstance(out_t, torch.Tensor) and isinstance(out_r, torch.Tensor)
            if both and out_t.is_floating_point():
                row["max_abs_diff"] = float((out_t.float() - out_r.float()).abs().max())
            t_ms, r_ms = _ms(tri), _ms(ref)
            row.update(triton_ms=t_ms, torch_ms=r_ms, speedup=r_ms / t_ms, gbps=nbytes / t_ms / 1e6,
                       tflops=flops / t_ms / 1e9, hbm_frac=nbytes / t_ms / 1e-3 / HBM_PEAK,
                       bf16_frac=flops / t_ms / 1e-3 / BF16_PEAK)
        except Exception as exc:  # keep going: one failing case must not hide the others
            row["error"] = f"{type(exc).__name__}: {exc}"[:300]
        rows.append(row)
        print(_md_row(row), flush=True)
        save(rows)
        torch.cuda.empty_cache()
    return rows


HEADER = ("| kernel | model | phase | shape | triton ms | torch ms | speed-up | GB/s | TFLOP/s | "
          "% HBM | % bf16 | max diff |\n|---|---|---|---|---|---|---|---|---|---|---|---|")


def _md_row(r: dict) -> str:
    if "error" in r:
        return f"| {r['kernel']} | {r['model']} | {r['phase']} | {r['shape']} | error: {r['error']} |"
    return (f"| {r['kernel']} | {r['model']} | {r['phase']} | {r['shape']} | {r['triton_ms']:.4f} | "
            f"{r['torch_ms']:.4f} | {r['speedup']:.2f}x | {r['gbps']:.0f} | {r['tflops']:.1f} | "
            f"{100 * r['hbm_frac']:.0f}% | {100 * r['bf16_frac']:.1f}% | "
            f"{r.get('max_abs_diff', float('nan')):.3g} |")


def tune_moe(out: Path) -> None:
    """Sweep fused-MoE tiles for V2-Lite (bf16) and V3 (fp8); write kernels/moe_configs-style tables."""
    import sluice.kernels as K
    from sluice.kernels.moe_config import config_file
    grid = [dict(BLOCK_M=bm, BLOCK_N=bn, BLOCK_K=bk, GROUP_M=gm, num_warps=nw, num_stages=ns)
            for bm, bn, bk, gm, nw, ns in [
                (16, 64, 128, 1, 4, 3), (16, 128, 128, 1, 4, 3), (16, 64, 64, 1, 4, 4),
                (32, 64, 128, 8, 4, 3), (32, 128, 64, 8, 4, 4), (64, 64, 64, 8, 4, 3),
                (64, 128, 64, 8, 8, 3), (64, 128, 128, 8, 8, 3), (128, 128, 64, 8, 8, 3)]]
    for m in (V2_LITE, V3):
        E, H, I, k = m["experts"], m["hidden"], m["inter"], m["top_k"]
        w13, s13 = _fp8(E, 2 * I, H) if m["fp8"] else (_rand(E, 2 * I, H, scale=H ** -0.5), None)
        w2, s2 = _fp8(E, H, I) if m["fp8"] else (_rand(E, H, I, scale=I ** -0.5), None)
        extra = dict(w13_scale=s13, w2_scale=s2) if m["fp8"] else {}
        table = {}
        for T in (1, 8, 32, 64, 128, 256, 1024, 4096):
            x = _rand(T, H)
            weights, ids = K.moe_route(torch.randn(T, E, device=DEV), top_k=k)
            timed = []
            for cfg in grid:
                try:
                    ms = _ms(lambda: K.fused_moe(x, w13, w2, weights, ids, config=cfg, **extra))
                    timed.append((ms, cfg))
                except Exception as exc:
                    print(f"  skip {cfg}: {type(exc).__name__}", flush=True)
            best_ms, best = min(timed, key=lambda t: t[0])
            table[str(T)] = best
            print(f"{m['name']} T={T}: {best_ms:.4f} ms {best}", flush=True)
        path = out / config_file(E, I, m["fp8"]).name
        path.write_text(json.dumps(table, indent=1) + "\n")
        print(f"wrote {path}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("bench/results"))
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--tune-moe", action="store_true")
    ap.add_argument("--set", dest="which", choices=("v2v3", "v4", "all"), default="v2v3",
                    help="V2-Lite/V3 cases (default), the DeepSeek-V4 kernels, or both")
    args = ap.parse_args(argv)
    if not torch.cuda.is_available():
        print("CUDA required: bench/kernels.py times Triton kernels on an NVIDIA GPU and no CUDA device "
              "is visible. On CPU run the interpreter tests instead: pytest tests/kernels")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    torch.manual_seed(0)
    if args.tune_moe:
        tune_moe(args.out)
        return 0
    started = time.time()
    print(HEADER, flush=True)

    def save(rows):
        meta = dict(device=torch.cuda.get_device_name(), torch=torch.__version__,
                    python=platform.python_version(),
                    triton=__import__("triton").__version__, hbm_peak=HBM_PEAK, bf16_peak=BF16_PEAK,
                    seconds=round(time.time() - started, 1),
                    command=" ".join(["python", "bench/kernels.py", *sys.argv[1:]]))
        (args.out / "kernels.json").write_text(json.dumps(dict(meta=meta, rows=rows), indent=1) + "\n")
        md = [f"# Kernel benchmarks ({meta['device']}, torch {meta['torch']}, triton {meta['triton']})", "",
              "Bytes = weights + inputs + outputs (minimum traffic); % of H200 peaks 4.8 TB/s and "
              "989 bf16 TFLOP/s; speed-up = PyTorch path time / Triton time, same run.", "", HEADER]
        md += [_md_row(r) for r in rows]
        (args.out / "kernels.md").write_text("\n".join(md) + "\n")

    rows = run(args.quick, save, args.which)
    print(f"wrote {args.out / 'kernels.json'} and {args.out / 'kernels.md'} ({len(rows)} cases) in "
          f"{round(time.time() - started, 1)} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
