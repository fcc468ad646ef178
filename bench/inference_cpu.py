"""CPU benchmark of the inference core, side by side with transformers `generate` on the same model.

Both engines load the same checkpoint (the `sluice-demo` model unless --model is given: any
checkpoint the engine serves, V2 / V3 / V4), run in fp32
with the same number of intra-op threads, and produce the same number of tokens (greedy, EOS
ignored). Reported: output tokens/s at batch 1 and batch 16, time to first token (TTFT) for one
request, and the ratio Sluice / transformers. Writes JSON and a markdown table.

    .venv/bin/python -P bench/inference_cpu.py --threads 1 --out bench/results
    .venv/bin/python -P bench/inference_cpu.py --model DIR --threads 1   # any other checkpoint
    .venv/bin/python -P bench/inference_cpu.py --threads 1 --clock cpu   # on a loaded, shared machine
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

from bench.dequantised_copy import dequantised_copy  # noqa: E402


# wall time by default; --clock cpu reads this process's CPU time instead (one thread: the time the
# engine actually ran), which other jobs on a shared machine disturb far less than the wall clock
_clock = time.perf_counter


def _prompts(batch: int, length: int, vocab: int, seed: int) -> list[list[int]]:
    gen = torch.Generator().manual_seed(seed)
    return torch.randint(3, vocab, (batch, length), generator=gen).tolist()


def bench_sluice(model_dir: Path, prompts: list[list[int]], new_tokens: int) -> float:
    from sluice.inference import SamplingParams

    llm = _sluice(model_dir)
    params = SamplingParams(max_tokens=new_tokens, temperature=0, ignore_eos=True)
    start = _clock()
    outs = llm.generate(prompts, params)
    elapsed = _clock() - start
    assert all(len(o.outputs[0].token_ids) == new_tokens for o in outs)
    return len(prompts) * new_tokens / elapsed


def bench_hf(model, prompts: list[list[int]], new_tokens: int) -> float:
    ids = torch.tensor(prompts)
    start = _clock()
    with torch.no_grad():
        out = model.generate(
            ids,
            attention_mask=torch.ones_like(ids),
            max_new_tokens=new_tokens,
            min_new_tokens=new_tokens,
            do_sample=False,
            eos_token_id=None,
            pad_token_id=0,
        )
    elapsed = _clock() - start
    assert out.shape[1] - ids.shape[1] == new_tokens
    return len(prompts) * new_tokens / elapsed


def ttft_sluice(model_dir: Path, prompt: list[int], repeats: int) -> float:
    from sluice.inference import SamplingParams

    llm = _sluice(model_dir, enable_prefix_caching=False)
    times = []
    for _ in range(repeats):
        start = _clock()
        llm.generate([prompt], SamplingParams(max_tokens=1, temperature=0, ignore_eos=True))
        times.append(_clock() - start)
    return statistics.median(times)


def ttft_hf(model, prompt: list[int], repeats: int) -> float:
    ids = torch.tensor([prompt])
    times = []
    for _ in range(repeats):
        start = _clock()
        with torch.no_grad():
            model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=1,
                do_sample=False,
                eos_token_id=None,
                pad_token_id=0,
            )
        times.append(_clock() - start)
    return statistics.median(times)


_LLMS: dict = {}


def _sluice(model_dir: Path, **engine_args):
    from sluice.inference import LLM

    key = tuple(sorted(engine_args.items()))
    if key not in _LLMS:
        _LLMS[key] = LLM(model_dir, dtype="float32", load_progress=False, max_num_seqs=64, **engine_args)
    return _LLMS[key]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="checkpoint dir (default: a fresh sluice-demo)")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--prompt-len", type=int, default=256)
    parser.add_argument("--new-tokens", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=2, help="best of N, runs alternate between engines")
    parser.add_argument("--ttft-prompt-len", type=int, default=512)
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="cpu: this process's CPU time (for a loaded, shared machine; with --threads 1)")
    args = parser.parse_args()
    global _clock
    _clock = time.process_time if args.clock == "cpu" else time.perf_counter
    torch.set_num_threads(args.threads)
    from transformers import AutoModelForCausalLM

    from sluice.inference.architectures import load_config
    from sluice.inference.config import read_config_json
    from sluice.inference.demo import install_demo

    model_dir = args.model or install_demo(Path(tempfile.mkdtemp()) / "sluice-demo")
    # FP8 / FP4 checkpoints: both engines read the same plain fp32 copy (transformers cannot read
    # the quantised one on CPU; Sluice's loader would dequantise it to the same values)
    model_dir = dequantised_copy(Path(model_dir), Path(tempfile.mkdtemp()) / "fp32")
    vocab = load_config(model_dir).vocab_size  # any architecture the engine serves (V2, V3, V4)
    model_type = read_config_json(model_dir).get("model_type", "?")
    hf = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32).eval()

    # warm-up both (first calls allocate and initialise kernels), and check they agree
    warm = _prompts(1, 16, vocab, seed=99)
    bench_sluice(model_dir, warm, 4)
    bench_hf(hf, warm, 4)
    from sluice.inference import SamplingParams

    ours = _sluice(model_dir).generate(warm, SamplingParams(max_tokens=16, temperature=0, ignore_eos=True))
    with torch.no_grad():
        theirs = hf.generate(
            torch.tensor(warm), max_new_tokens=16, do_sample=False, eos_token_id=None, pad_token_id=0
        )[0, 16:].tolist()
    same_tokens = ours[0].outputs[0].token_ids == theirs

    rows = []
    for batch in (1, 16):
        prompts = _prompts(batch, args.prompt_len, vocab, seed=batch)
        s = h = 0.0
        for _ in range(args.repeats):  # the machine may be shared: alternate and keep each engine's best
            s = max(s, bench_sluice(model_dir, prompts, args.new_tokens))
            h = max(h, bench_hf(hf, prompts, args.new_tokens))
        rows.append(
            {"metric": f"output tokens/s, batch {batch}", "sluice": s, "transformers": h, "ratio": s / h}
        )
    prompt = _prompts(1, args.ttft_prompt_len, vocab, seed=7)[0]
    s, h = ttft_sluice(model_dir, prompt, 2 * args.repeats + 1), ttft_hf(hf, prompt, 2 * args.repeats + 1)
    rows.append(
        {
            "metric": f"TTFT ms, {args.ttft_prompt_len}-token prompt",
            "sluice": s * 1e3,
            "transformers": h * 1e3,
            "ratio": h / s,
        }
    )

    import transformers

    result = {
        "model": str(model_dir),
        "model_type": model_type,
        "threads": args.threads,
        "clock": args.clock,
        "prompt_len": args.prompt_len,
        "new_tokens": args.new_tokens,
        "greedy_tokens_match_transformers": same_tokens,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "cpu": platform.processor() or platform.machine(),
        "rows": rows,
    }
    lines = [
        f"Model: {Path(model_dir).name} ({model_type}), fp32, {args.threads} thread(s), "
        f"prompt {args.prompt_len} tokens, {args.new_tokens} new tokens per sequence, greedy, "
        f"{args.clock} clock. "
        f"Greedy tokens equal transformers: {same_tokens}.",
        "",
        "| metric | Sluice | transformers | Sluice advantage |",
        "|---|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['metric']} | {r['sluice']:.1f} | {r['transformers']:.1f} | {r['ratio']:.2f}x |")
    markdown = "\n".join(lines)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "inference_cpu.json").write_text(json.dumps(result, indent=2) + "\n")
    (args.out / "inference_cpu.md").write_text(markdown + "\n")
    print(markdown)


if __name__ == "__main__":
    main()
