"""DeepSeek-V4 routed experts kept packed in FP4 (triton backend) against dequantised (torch backend).

1. Memory: the demo model's routed experts as the engine holds them on each backend (loaded from
   `inference/demo_model`), and V4-Flash's (43 layers x 256 experts of 4096 x 2048, counted on the
   meta device: nothing is allocated).
2. Parity on CPU: the demo model through the engine on the torch backend and on the triton backend
   (the kernels in Triton's interpreter, fp32): greedy tokens and the largest logprob difference.

    TRITON_INTERPRET=1 OMP_NUM_THREADS=1 .venv/bin/python -P bench/v4_fp4_experts.py --out bench/results
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import torch

DEMO = Path(__file__).resolve().parents[1] / "inference" / "demo_model"
PROMPTS = [[5, 9, 14, 3, 22, 7, 8, 30, 2, 11, 17], [40, 41, 7, 9, 3, 15], [7, 7, 8]]


def demo_memory() -> dict:
    from sluice.inference import ops
    from sluice.inference.engine_config import EngineConfig
    from sluice.inference.v4.config import load_v4_config
    from sluice.inference.v4.runner import V4Runner

    cfg, out = load_v4_config(DEMO), {}
    for backend in ("torch", "triton"):
        ops.select_backend(backend, "cpu")
        runner = V4Runner(cfg, DEMO, device=torch.device("cpu"), dtype=torch.float32, config=EngineConfig())
        tensors = [*runner.model.named_parameters(), *runner.model.named_buffers()]
        experts = sum(t.numel() * t.element_size() for name, t in tensors if ".ffn.experts." in name)
        out[backend] = dict(routed_expert_bytes=experts,
                            model_bytes=sum(t.numel() * t.element_size() for _, t in tensors))
    ops.select_backend("torch", "cpu")
    return out


def flash_memory() -> dict:
    from sluice.inference.v4.fp4_experts import PackedExperts

    layers, experts, hidden, inter = 43, 256, 4096, 2048
    one = PackedExperts(hidden, inter, range(experts), device="meta")
    return dict(layers=layers, experts=experts, packed_bytes=layers * one.nbytes(),
                bf16_bytes=layers * one.dequantised_nbytes(torch.bfloat16),
                fp32_bytes=layers * one.dequantised_nbytes(torch.float32))


def parity(max_tokens: int) -> dict:
    from sluice.inference import LLM, SamplingParams

    params = SamplingParams(max_tokens=max_tokens, temperature=0.0, logprobs=1, prompt_logprobs=0, ignore_eos=True)
    runs = {}
    for backend in ("torch", "triton"):
        start = time.perf_counter()
        llm = LLM(DEMO, device="cpu", dtype="float32", kernel_backend=backend, load_progress=False,
                  num_kv_blocks=64, block_size=4, cuda_graphs=False)
        runs[backend] = (llm.generate(PROMPTS, params), time.perf_counter() - start,
                         llm.engine.runner.fp4_experts)
        del llm
    (ref, ref_s, _), (got, got_s, packed) = runs["torch"], runs["triton"]
    same_tokens, worst = 0, 0.0
    for a, b in zip(ref, got):
        same_tokens += a.outputs[0].token_ids == b.outputs[0].token_ids
        for tok, x, y in zip(a.outputs[0].token_ids, a.outputs[0].logprobs, b.outputs[0].logprobs):
            worst = max(worst, abs(x[tok].logprob - y[tok].logprob))
        for tok, x, y in zip(a.prompt_token_ids, a.prompt_logprobs, b.prompt_logprobs):
            if x and y:
                worst = max(worst, abs(x[tok].logprob - y[tok].logprob))
    return dict(prompts=len(PROMPTS), max_tokens=max_tokens, same_greedy_tokens=same_tokens,
                max_abs_logprob_diff=worst, triton_experts_packed=packed, torch_s=ref_s, triton_interpreter_s=got_s)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("bench/results"))
    ap.add_argument("--max-tokens", type=int, default=6)
    args = ap.parse_args(argv)
    if os.environ.get("TRITON_INTERPRET") != "1" and not torch.cuda.is_available():
        print("set TRITON_INTERPRET=1 to run the triton backend on CPU")
        return 2
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    result = dict(demo=demo_memory(), v4_flash=flash_memory(), parity=parity(args.max_tokens))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "v4_fp4_experts.json").write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
