"""One MoE block of the DeepSeek-V4 demo on CPU: the three ways the torch backend can run it, side by
side at each batch size (CPU time of this process, one thread, best of --repeats, paths alternating).

- loop: the router, then a loop over the chosen experts (gather, three matmuls, `index_add_`);
- dense: every expert on every token in two batched matmuls, router and SwiGLU in one C call
  (`MoE.fused_dense`);
- sparse: the whole block in one C call over the chosen (token, expert) pairs only (`moe_sparse`).

What the engine takes at each size is printed last (`moe_sparse_kernel.SPARSE_MOE_TOKENS`,
`moe.use_dense`). Sets that threshold.

    .venv/bin/python -P bench/v4_moe_cpu.py [--tokens 1 16 64 256 512 1024] [--repeats 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

from bench.dequantised_copy import dequantised_copy  # noqa: E402


def _cpu_us(fn, calls: int) -> float:
    fn()
    start = time.process_time()
    for _ in range(calls):
        fn()
    return (time.process_time() - start) / calls * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, nargs="+", default=[1, 16, 64, 128, 256, 512, 1024])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--layer", type=int, default=1, help="0 is the demo's hash-routed layer")
    args = parser.parse_args()
    torch.set_num_threads(1)
    from sluice.inference import LLM
    from sluice.inference.demo import install_demo
    from sluice.inference.v4 import c_build, moe_sparse_kernel
    from sluice.inference.v4.moe import use_dense

    model_dir = dequantised_copy(install_demo(Path(tempfile.mkdtemp()) / "sluice-demo"),
                                 Path(tempfile.mkdtemp()) / "fp32")
    llm = LLM(model_dir, dtype="float32", load_progress=False)
    model = llm.engine.runner.model
    moe = model.layers[args.layer].ffn
    pack, stacked, cfg = moe.sparse, moe.stacked, model.cfg
    if pack is None:
        sys.exit("the sparse kernel does not apply here (no C compiler, or not CPU fp32)")
    print(f"layer {args.layer} ({'hash' if moe.gate.hashed else 'score'}-routed): {len(moe.local)} experts, "
          f"top-{cfg.num_experts_per_tok}, width {cfg.moe_intermediate_size}, hidden {cfg.hidden_size}; "
          f"CPU us per call, best of {args.repeats}")
    print("| tokens | loop | dense | sparse | dense / sparse | loop / sparse | engine takes |")
    print("|---:|---:|---:|---:|---:|---:|---|")
    gen = torch.Generator().manual_seed(0)
    threshold = moe_sparse_kernel.SPARSE_MOE_TOKENS
    moe_sparse_kernel.SPARSE_MOE_TOKENS = max(args.tokens)  # time the kernel past the engine's threshold
    with torch.inference_mode(), c_build.resolved():
        for tokens in args.tokens:
            x = torch.randn(tokens, cfg.hidden_size, generator=gen)
            ids = torch.randint(0, cfg.vocab_size, (tokens,), generator=gen)
            calls = max(3, 4000 // tokens)

            def loop():
                moe.sparse, moe.stacked = None, None
                try:
                    return moe(x, ids)
                finally:
                    moe.sparse, moe.stacked = pack, stacked

            paths = {"loop": loop, "dense": lambda: moe.fused_dense(x, ids, cfg.swiglu_limit),
                     "sparse": lambda: moe_sparse_kernel.moe_sparse(pack, x, ids)}
            best = {name: float("inf") for name in paths}
            for _ in range(args.repeats):
                for name, fn in paths.items():
                    best[name] = min(best[name], _cpu_us(fn, calls))
            torch.testing.assert_close(paths["sparse"](), loop(), atol=1e-4, rtol=1e-4)
            takes = ("sparse" if tokens <= threshold
                     else "dense" if use_dense(tokens, len(moe.local)) else "loop")
            print(f"| {tokens} | {best['loop']:.0f} | {best['dense']:.0f} | {best['sparse']:.0f} | "
                  f"{best['dense'] / best['sparse']:.2f}x | {best['loop'] / best['sparse']:.2f}x | {takes} |")


if __name__ == "__main__":
    main()
