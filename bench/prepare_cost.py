"""Per-step cost of preparing a decode batch: the list-based builder (the padded block table and the
slots rebuilt from each sequence's Python lists) against the persistent block tables
(`build_forward_batch`), side by side in one run.

For each context length, `--seqs` sequences hold that many cached tokens in real `BlockManager`
blocks (block size 16, the engine's default) and decode `--steps` tokens; every step the block
manager appends blocks where needed (not timed), then the builder prepares the step. Each builder
gets its own pass over the same steps (passes alternate, best median kept): timed back to back in
one step, the list builder's large temporaries slowed whichever ran after it. The last step's
batches of both builders are checked equal. Reported: median ms per step of each and their ratio.
Writes JSON + markdown.

    .venv/bin/python -P bench/prepare_cost.py --out bench/results
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def _decoding_batch(context: int, *, seqs: int, steps: int, block_size: int, device: torch.device):
    """`seqs` sequences of `context` tokens, all but the last cached, in a fresh block manager."""
    from sluice.inference.block_manager import BlockManager
    from sluice.inference.block_tables import BlockTables
    from sluice.inference.sequence import Sequence

    tables = BlockTables(device=device)
    per_seq = (context + steps) // block_size + 2
    bm = BlockManager(seqs * per_seq, block_size, enable_prefix_caching=False, listener=tables)
    gen = torch.Generator().manual_seed(context)
    batch = []
    for i in range(seqs):
        seq = Sequence(i, torch.randint(3, 1000, (context,), generator=gen).tolist(),
                       block_size=block_size, max_tokens=steps + 1)
        bm.append_slots(seq, context - 1)
        seq.num_computed_tokens = context - 1
        batch.append(seq)
    return bm, tables, batch


def _run(builder: str, context: int, *, seqs: int, steps: int, block_size: int, device: torch.device):
    """Median ms per decode step of one builder over `steps` steps (the first one warms up), and
    the batch of the last step from both builders."""
    from sluice.inference.forward_batch import build_forward_batch
    from tests.inference.reference_prepare import prepare_from_lists

    shape = {"block_size": block_size, "device": device}
    bm, tables, batch = _decoding_batch(context, seqs=seqs, steps=steps, **shape)
    num_new = [1] * seqs
    build = {
        "lists": lambda: prepare_from_lists(batch, num_new, **shape),
        "persistent": lambda: build_forward_batch(batch, num_new, tables, **shape),
    }
    times = []
    for step in range(steps):
        for seq in batch:
            bm.append_slots(seq, 1)  # the block manager's share: not timed, the same for both
        _sync(device)
        start = time.perf_counter()
        build[builder]()
        _sync(device)
        times.append((time.perf_counter() - start) * 1e3)
        if step < steps - 1:
            for seq in batch:
                seq.num_computed_tokens += 1
                seq.append_token(7)
    return statistics.median(times[1:]), build["persistent"](), build["lists"]()


def measure(
    context: int, *, seqs: int, steps: int, block_size: int, device: torch.device, repeats: int
) -> dict:
    """Each builder runs its own pass over the same steps (run back to back, the list builder's
    large temporaries slow whatever runs next); passes alternate, best median kept."""
    from tests.inference.reference_prepare import assert_same_batch

    best = {"lists": float("inf"), "persistent": float("inf")}
    for repeat in range(repeats):
        for builder in (("lists", "persistent") if repeat % 2 == 0 else ("persistent", "lists")):
            ms, ours, ref = _run(
                builder, context, seqs=seqs, steps=steps, block_size=block_size, device=device
            )
            assert_same_batch(ours.to("cpu"), ref.to("cpu"))
            best[builder] = min(best[builder], ms)
    old, new = best["lists"], best["persistent"]
    return {
        "context": context, "seqs": seqs, "steps": steps, "old_ms": old, "new_ms": new, "ratio": old / new
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--contexts", type=int, nargs="+", default=[1024, 8192, 32768])
    parser.add_argument("--seqs", type=int, default=64)
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=2, help="passes per builder, alternating; best kept")
    parser.add_argument("--block-size", type=int, default=16)
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("bench/results"))
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    rows = []
    for context in args.contexts:
        row = measure(context, seqs=args.seqs, steps=args.steps, block_size=args.block_size, device=device,
                      repeats=args.repeats)
        rows.append(row)
        print(f"context {context}: lists {row['old_ms']:.3f} ms, persistent {row['new_ms']:.3f} ms, "
              f"{row['ratio']:.1f}x", flush=True)
    lines = [
        f"Decode step preparation, {args.seqs} sequences, block size {args.block_size}, {args.device}, "
        f"{args.threads} thread(s), median of {args.steps - 1} decode steps, best of {args.repeats} passes.",
        "",
        "| context | lists ms/step | persistent ms/step | ratio |",
        "|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['context']} | {r['old_ms']:.3f} | {r['new_ms']:.3f} | {r['ratio']:.1f}x |")
    markdown = "\n".join(lines)
    result = {"device": args.device, "threads": args.threads, "block_size": args.block_size,
              "torch": torch.__version__, "cpu": platform.processor() or platform.machine(), "rows": rows}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "prepare_cost.json").write_text(json.dumps(result, indent=2) + "\n")
    (args.out / "prepare_cost.md").write_text(markdown + "\n")
    print(markdown)


if __name__ == "__main__":
    main()
