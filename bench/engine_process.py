"""The built-in engine's loop in a thread of the server vs in its own process, side by side.

While the engine generates for ``--requests`` concurrent requests, the server's side does what a
gateway does between tokens: an asyncio ticker (event-loop lag: how late a 1 ms sleep wakes) and a
pure-Python worker thread standing in for policy scans (iterations per second of a regex-and-dict
loop over 1 KB of text). Reported for both modes, in one run and alternating: loop lag p50/p99,
the worker's throughput as a share of its throughput with no engine running, and the engine's
output tokens/s. The demo checkpoint (``sluice model init-demo``) unless ``--model`` is given.

    .venv/bin/python -P bench/engine_process.py --rounds 3 --requests 8 --tokens 64
"""

from __future__ import annotations

import argparse
import asyncio
import re
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

TEXT = ("Dear team, the quarterly report for account 4711 is attached. Call me on +44 20 7946 0958 or "
        "write to jane.doe@example.com before Friday. ") * 8  # ~1 KB
WORDS = re.compile(r"\b\w+\b")


def _scan_work(stop: threading.Event, counter: list[int]) -> None:
    """Stands in for a policy scan: regex and dictionaries, all under the interpreter lock."""
    while not stop.is_set():
        seen: dict[str, int] = {}
        for word in WORDS.findall(TEXT):
            seen[word.lower()] = seen.get(word.lower(), 0) + 1
        counter[0] += 1


def _worker_rate(seconds: float) -> float:
    stop, counter = threading.Event(), [0]
    thread = threading.Thread(target=_scan_work, args=(stop, counter))
    thread.start()
    time.sleep(seconds)
    stop.set()
    thread.join()
    return counter[0] / seconds


async def _measure(engine, requests: int, tokens: int) -> dict:
    from sluice.inference import SamplingParams

    params = SamplingParams(max_tokens=tokens, temperature=0.0, ignore_eos=True)
    lags: list[float] = []
    done = asyncio.Event()

    async def ticker():
        while not done.is_set():
            start = time.perf_counter()
            await asyncio.sleep(0.001)
            lags.append((time.perf_counter() - start - 0.001) * 1e3)

    async def one(i: int) -> int:
        last = None
        async for out in engine.generate(f"request {i} about the weather", params):
            last = out
        return len(last.outputs[0].token_ids)

    stop, counter = threading.Event(), [0]
    worker = threading.Thread(target=_scan_work, args=(stop, counter))
    tick = asyncio.create_task(ticker())
    worker.start()
    start = time.perf_counter()
    produced = sum(await asyncio.gather(*(one(i) for i in range(requests))))
    elapsed = time.perf_counter() - start
    stop.set()
    done.set()
    await tick
    await asyncio.to_thread(worker.join)
    lags.sort()
    return dict(tok_s=produced / elapsed, worker_rate=counter[0] / elapsed,
                lag_p50_ms=lags[len(lags) // 2], lag_p99_ms=lags[int(len(lags) * 0.99)])


def _engine(mode: str, model: Path, threads: int):
    args = dict(load_progress=False, max_model_len=1024)
    if mode == "process":
        from sluice.inference.engine_process import ProcessEngine

        return ProcessEngine(model, **args)
    from sluice.inference import AsyncEngine

    return AsyncEngine.from_model_dir(model, **args)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--requests", type=int, default=8)
    ap.add_argument("--tokens", type=int, default=64)
    ap.add_argument("--threads", type=int, default=1, help="torch intra-op threads in each engine")
    args = ap.parse_args()
    import torch

    torch.set_num_threads(args.threads)
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            from sluice.inference.demo import install_demo

            model = install_demo(Path(tmp) / "sluice-demo")
        idle_rate = _worker_rate(2.0)
        engines = {mode: _engine(mode, model, args.threads) for mode in ("thread", "process")}
        rows: dict[str, list[dict]] = {mode: [] for mode in engines}
        for r in range(args.rounds):
            order = ["thread", "process"] if r % 2 == 0 else ["process", "thread"]
            for mode in order:
                rows[mode].append(asyncio.run(_measure(engines[mode], args.requests, args.tokens)))
                print(mode, {k: round(v, 2) for k, v in rows[mode][-1].items()}, flush=True)
        for eng in engines.values():
            asyncio.run(eng.shutdown())
    print(f"\nworker alone: {idle_rate:.0f} scans/s; {args.requests} requests x {args.tokens} tokens, "
          f"{args.rounds} rounds, medians\n")
    print("| engine loop | loop lag p50 ms | loop lag p99 ms | scan worker, share of alone | engine tok/s |")
    print("|---|---|---|---|---|")
    for mode, got in rows.items():
        med = {k: statistics.median(row[k] for row in got) for k in got[0]}
        print(f"| {mode} | {med['lag_p50_ms']:.2f} | {med['lag_p99_ms']:.2f} | "
              f"{med['worker_rate'] / idle_rate:.2f} | {med['tok_s']:.0f} |")


if __name__ == "__main__":
    sys.exit(main())
