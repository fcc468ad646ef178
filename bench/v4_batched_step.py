"""DeepSeek-V4 decode step: one batched call over the paged cache vs one call per sequence.

The per-sequence loop is what the engine ran before the paged cache (each sequence with its own
`V4Cache`); the batched call is what `V4Runner` runs now. A random transformers checkpoint (four
layers: sliding, CSA, HCA, CSA; hidden 256; 16 experts) is loaded once; `--seqs` sequences are
prefilled to `--context` tokens, then `--steps` decode steps are timed each way (fp32, CPU).
Reported: median milliseconds per step and the ratio, plus the largest logit difference.

    .venv/bin/python -P bench/v4_batched_step.py --seqs 16 --context 96 --steps 8 --threads 2
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seqs", type=int, default=16)
    parser.add_argument("--context", type=int, default=96)
    parser.add_argument("--steps", type=int, default=8)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    sys.path.append(str(Path(__file__).resolve().parents[1]))  # test helpers build the checkpoint

    from transformers import DeepseekV4Config, DeepseekV4ForCausalLM

    from sluice.inference.v4.loader import load_v4_model
    from sluice.inference.v4.paged_attention import PagedLayer, SeqRows
    from sluice.inference.v4.paged_cache import V4PagedCache
    from tests.inference.reference_v4 import C, H, S, randomize

    config = DeepseekV4Config(
        vocab_size=1024, hidden_size=256, num_hidden_layers=4, layer_types=[S, C, H, C],
        mlp_layer_types=["hash_moe", "moe", "moe", "moe"], num_attention_heads=8, head_dim=64,
        partial_rotary_factor=0.25, q_lora_rank=128, o_groups=2, o_lora_rank=64, n_routed_experts=16,
        num_experts_per_tok=4, moe_intermediate_size=128, index_n_heads=4, index_head_dim=32,
        index_topk=8, compress_rates={C: 4, H: 32}, sliding_window=32, hc_mult=4,
        num_nextn_predict_layers=0, max_position_embeddings=1024,
    )  # fmt: skip
    torch.manual_seed(0)
    ref = DeepseekV4ForCausalLM(config).eval()
    randomize(ref, 0)
    with tempfile.TemporaryDirectory() as tmp:
        ref.save_pretrained(Path(tmp))
        model = load_v4_model(tmp)
    cfg, bs, n = model.cfg, 32, args.seqs
    gen = torch.Generator().manual_seed(1)
    prompts = torch.randint(2, 1024, (n, args.context), generator=gen)
    steps = torch.randint(2, 1024, (args.steps, n), generator=gen)

    caches = [model.new_cache() for _ in range(n)]
    for prompt, cache in zip(prompts, caches):
        model(prompt, cache)
    per_blocks = (args.context + args.steps + bs - 1) // bs
    paged = V4PagedCache(cfg, n * per_blocks, bs, n, dtype=torch.float32, device="cpu")
    tables = [torch.arange(i * per_blocks, (i + 1) * per_blocks) for i in range(n)]

    def run_paged(ids: torch.Tensor, start: int, width: int) -> torch.Tensor:
        rows = [SeqRows(i * width, (i + 1) * width, start, i, tables[i]) for i in range(n)]
        positions = torch.arange(start, start + width).repeat(n)
        views = [PagedLayer(paged, layer, rows) for layer in range(len(cfg.layer_types))]
        return model.run(ids.reshape(-1), positions, views)

    run_paged(prompts, 0, args.context)
    loop_ms, batch_ms, diff = [], [], 0.0
    for step, ids in enumerate(steps):
        t0 = time.perf_counter()
        one = torch.cat([model(ids[i : i + 1], caches[i]) for i in range(n)])
        t1 = time.perf_counter()
        batched = run_paged(ids[:, None], args.context + step, 1)
        t2 = time.perf_counter()
        loop_ms.append((t1 - t0) * 1e3)
        batch_ms.append((t2 - t1) * 1e3)
        diff = max(diff, (model.compute_logits(one) - model.compute_logits(batched)).abs().max().item())
    result = {
        "seqs": n, "context": args.context, "threads": args.threads,
        "per_sequence_ms": round(statistics.median(loop_ms), 2),
        "batched_ms": round(statistics.median(batch_ms), 2),
        "speedup": round(statistics.median(loop_ms) / statistics.median(batch_ms), 2),
        "max_logit_diff": diff,
    }  # fmt: skip
    print(json.dumps(result))
    print(
        f"| {n} seqs x {args.context} ctx | {result['per_sequence_ms']} ms | {result['batched_ms']} ms | "
        f"{result['speedup']}x | {diff:.1e} |"
    )


if __name__ == "__main__":
    main()
