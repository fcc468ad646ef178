"""Phase timings of the CPU engine on the DeepSeek-V4 demo: prefill and per-decode-step CPU time at one
batch size, and (with --profile) the aten op count and top ops of one decode step.

    .venv/bin/python -P bench/v4_phases.py --batch 16 [--profile] [--hf]

Prefill = `generate` with 1 new token; a decode step = (time with N new tokens - prefill) / (N - 1).
CPU time of this process, one thread (a shared machine disturbs it less than the wall clock).
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
from bench.inference_cpu import _prompts  # noqa: E402


def _best(fn, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--prompt-len", type=int, default=256)
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--profile", action="store_true", help="op count and top ops of decode steps")
    parser.add_argument("--hf", action="store_true", help="also time transformers generate")
    args = parser.parse_args()
    torch.set_num_threads(1)
    from sluice.inference import LLM, SamplingParams
    from sluice.inference.architectures import load_config
    from sluice.inference.demo import install_demo

    model_dir = dequantised_copy(install_demo(Path(tempfile.mkdtemp()) / "sluice-demo"),
                                 Path(tempfile.mkdtemp()) / "fp32")
    vocab = load_config(model_dir).vocab_size
    prompts = _prompts(args.batch, args.prompt_len, vocab, seed=args.batch)
    llm = LLM(model_dir, dtype="float32", load_progress=False, max_num_seqs=64)

    def run(n: int):
        return llm.generate(prompts, SamplingParams(max_tokens=n, temperature=0, ignore_eos=True))

    run(4)
    prefill = _best(lambda: run(1), args.repeats)
    total = _best(lambda: run(args.new_tokens), args.repeats)
    step = (total - prefill) / (args.new_tokens - 1)
    print(f"sluice batch {args.batch}: prefill {prefill * 1e3:.1f} ms, decode {step * 1e3:.2f} ms/step, "
          f"total {total * 1e3:.0f} ms, {args.batch * args.new_tokens / total:.1f} tok/s (CPU time)")
    if args.hf:
        from transformers import AutoModelForCausalLM

        hf = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()
        ids = torch.tensor(prompts)

        def gen(n: int):
            with torch.no_grad():
                hf.generate(ids, attention_mask=torch.ones_like(ids), max_new_tokens=n, min_new_tokens=n,
                            do_sample=False, eos_token_id=None, pad_token_id=0)

        gen(4)
        hp = _best(lambda: gen(1), args.repeats)
        ht = _best(lambda: gen(args.new_tokens), args.repeats)
        print(f"transformers batch {args.batch}: prefill {hp * 1e3:.1f} ms, "
              f"decode {(ht - hp) / (args.new_tokens - 1) * 1e3:.2f} ms/step, total {ht * 1e3:.0f} ms, "
              f"{args.batch * args.new_tokens / ht:.1f} tok/s; Sluice / transformers {ht / total:.2f}x")
    if args.profile:
        from torch.profiler import ProfilerActivity, profile

        steps = 33
        with profile(activities=[ProfilerActivity.CPU]) as prof:
            run(steps)
        with profile(activities=[ProfilerActivity.CPU]) as prof1:
            run(1)
        events = {e.key: e.count for e in prof.key_averages()}
        events1 = {e.key: e.count for e in prof1.key_averages()}
        aten = sum(c - events1.get(k, 0) for k, c in events.items() if k.startswith("aten::"))
        print(f"aten calls per decode step (nested included): {aten / (steps - 1):.0f}")
        per_step = sorted(((c - events1.get(k, 0)) / (steps - 1), k) for k, c in events.items())
        print("most frequent per decode step:", ", ".join(f"{k} {n:.0f}" for n, k in per_step[::-1][:20]))
        print(prof.key_averages().table(sort_by="self_cpu_time_total", row_limit=25))


if __name__ == "__main__":
    main()
