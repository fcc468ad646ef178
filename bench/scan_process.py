"""Small requests while maximum-size requests are scanned: input scans in threads vs in a worker
process, side by side in one run, through a real gateway server.

The set-up of ``bench/pii_budget.py`` (one gateway with an in-process server thread and SQLite, an
emulated upstream in a process of its own, 1 KB small requests one after another, maximum-size
requests of card-like digit groups sent back to back by another client), shipped default policy.
The scan modes take turns within each round, in an order that alternates between rounds:

- ``threads``: every request scanned in the gateway's scan threads (``SLUICE_SCAN_PROCESS_MIN_CHARS=0``);
- ``process, nice 0``: requests of at least ``--min-chars`` characters scanned in one worker process
  at the gateway's priority;
- ``process, nice N``: the same with the worker's priority lowered by ``--nice`` (``SLUICE_SCAN_PROCESS_NICE``).

Per mode and round: small-request p50/p99 with the gateway otherwise idle and during the
maximum-size requests, and their ratio; per mode, the median over the rounds and the spread. Also,
per mode, a maximum-size request's answer and the medians of three of its wall time and CPU time
(the gateway process's, and the worker process's in process modes), sent alone, the modes taking
turns; and the latency of one request of each of several sizes alone, threads vs process.

    .venv/bin/python bench/scan_process.py [--rounds 5] [--requests 200]

Writes bench/out/scan_process.json and .md.
"""

from __future__ import annotations

import argparse, gc, json, os, statistics, sys, time  # noqa: E401
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package

from bench.pii_budget import digit_groups, start_gateway, summary, under_load, worker_cpu_s  # noqa: E402  same texts, same upstream
from bench.policy_overhead import PARAGRAPH  # noqa: E402  the same small prompt


class Modes:
    """Switches the gateway's scan pool between the modes (same pool, same budget)."""

    def __init__(self, pool, *, min_chars: int, nice: int):
        from sluice.policy.scan_processes import ScanProcesses

        self.pool, self.min_chars = pool, min_chars
        self.processes = {"process, nice 0": ScanProcesses(processes=1),
                          f"process, nice {nice}": ScanProcesses(processes=1, nice=nice)}
        self.names = ["threads", *self.processes]

    def use(self, name: str) -> None:
        self.pool.process_min_chars = 0 if name == "threads" else self.min_chars
        self.pool.processes = self.processes.get(name)

    def worker_pids(self) -> list[int]:
        return self.pool.processes.worker_pids() if self.pool.processes is not None else []

    def close(self) -> None:
        for processes in self.processes.values():
            processes.close()


def max_size_alone(client: httpx.Client, headers: dict, big: dict, modes: Modes, repeat: int = 3) -> dict:
    """Per mode: a maximum-size request sent alone, the modes taking turns, ``repeat`` times; its
    answer and the medians of its wall time and CPU time (the gateway process's; the worker's in
    process modes)."""
    runs: dict[str, list] = {name: [] for name in modes.names}
    for _ in range(repeat):
        for name in modes.names:
            modes.use(name)
            pids = modes.worker_pids()
            cpu0, worker0, wall0 = time.process_time(), worker_cpu_s(pids), time.perf_counter()
            answer = client.post("/chat/completions", headers=headers, json=big)
            runs[name].append((answer.status_code, (answer.json().get("error") or {}).get("code"),
                               time.perf_counter() - wall0, time.process_time() - cpu0,
                               worker_cpu_s(pids) - worker0 if pids else None))
    out = {}
    for name, rows in runs.items():
        worker = [r[4] for r in rows if r[4] is not None]
        out[name] = {"status": rows[-1][0], "code": rows[-1][1],
                     "wall_s": round(statistics.median(r[2] for r in rows), 3),
                     "gateway_cpu_s": round(statistics.median(r[3] for r in rows), 3),
                     "worker_cpu_s": round(statistics.median(worker), 3) if worker else None}
    return out


def phase(client: httpx.Client, headers: dict, small: dict, requests: int) -> list[float]:
    latencies = []
    for _ in range(requests):
        started = time.perf_counter()
        client.post("/chat/completions", headers=headers, json=small).raise_for_status()
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def round_of(mode: str, base_url: str, headers: dict, small: dict, big: dict, requests: int) -> dict:
    with httpx.Client(base_url=base_url, timeout=300) as client:
        phase(client, headers, small, 10)  # warm
        idle = summary(phase(client, headers, small, requests))
        during, big_done = under_load(base_url, headers, big, lambda: phase(client, headers, small, requests))
        during = summary(during)
    return {"mode": mode, "idle": idle, "during": during, "max_size_requests": len(big_done),
            "max_size_wall_s_median": round(statistics.median(big_done), 3) if big_done else None,
            "p99_ratio": round(during["p99_ms"] / idle["p99_ms"], 2), "load_average": os.getloadavg()[0]}


def by_size(client: httpx.Client, headers: dict, model: str, modes: Modes, sizes: list[int], repeat: int) -> dict:
    """Median latency of one request of each size alone, scanned in threads and in the worker process,
    the two modes taking turns request by request (what the process hop costs, for choosing
    ``SLUICE_SCAN_PROCESS_MIN_CHARS``)."""
    out: dict = {}
    saved, modes.min_chars = modes.min_chars, 1
    for size in sizes:
        body = {"model": model, "messages": [{"role": "user", "content": digit_groups(size, seed=size)}]}
        latencies: dict[str, list[float]] = {name: [] for name in modes.names[:2]}
        for index in range(repeat + 1):  # the first of each mode warms
            for name in latencies:
                modes.use(name)
                started = time.perf_counter()
                client.post("/chat/completions", headers=headers, json=body).raise_for_status()
                if index:
                    latencies[name].append((time.perf_counter() - started) * 1000)
        out[str(size)] = {name: round(statistics.median(values), 2) for name, values in latencies.items()}
    modes.min_chars = saved
    return out


def spread(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=200, help="small requests per phase")
    parser.add_argument("--min-chars", type=int, default=32_000, help="process modes' SLUICE_SCAN_PROCESS_MIN_CHARS")
    parser.add_argument("--nice", type=int, default=10)
    parser.add_argument("--sizes", default="2000,8000,32000,128000",
                        help="request sizes whose latency alone is compared between threads and process")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    harness, upstream, model = start_gateway()
    pool = harness.ctx.guardrails.pool
    modes = Modes(pool, min_chars=args.min_chars, nice=args.nice)
    headers = {"authorization": f"Bearer {harness.key}"}
    small = {"model": model, "messages": [{"role": "user", "content": PARAGRAPH * 5}]}
    big = {"model": model, "messages": [{"role": "user", "content": digit_groups(pool.budget.max_chars, seed=1)}]}
    results: dict = {"max_chars": pool.budget.max_chars, "cpu_budget_s": pool.budget.max_cpu_s,
                     "scan_workers": pool.workers, "min_chars": args.min_chars, "nice": args.nice,
                     "cpu_count": os.cpu_count(), "max_size_request": {}, "rounds": []}
    with httpx.Client(base_url=harness.base_url, timeout=300) as client:
        for name in modes.names:  # models loaded in every worker
            modes.use(name)
            phase(client, headers, small, 5)
            client.post("/chat/completions", headers=headers, json=big)
        gc.freeze()  # as the gateway's warm-up does once the models are loaded
        results["max_size_request"] = max_size_alone(client, headers, big, modes)
        sizes = [int(size) for size in args.sizes.split(",") if size]
        results["latency_alone_ms"] = by_size(client, headers, model, modes, sizes, repeat=20)
    for index in range(args.rounds):
        order = modes.names if index % 2 == 0 else modes.names[::-1]
        for name in order:
            modes.use(name)
            results["rounds"].append(round_of(name, harness.base_url, headers, small, big, args.requests))
            print(json.dumps(results["rounds"][-1]), flush=True)
    modes.close()
    harness.stop()
    upstream.terminate()
    upstream.wait(30)

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scan_process.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [f"Maximum-size request: {results['max_chars']} chars of digit groups; small requests: 1 KB prompts; "
             f"{args.rounds} rounds x {args.requests} small requests a phase; median (min-max) over the rounds", "",
             "| mode | a maximum-size request alone (median of 3) | small p50 idle | small p99 idle | small p50 during | "
             "small p99 during | p99 ratio |", "|---|---|---|---|---|---|---|"]
    for name in modes.names:
        rounds = [r for r in results["rounds"] if r["mode"] == name]
        m = results["max_size_request"][name]
        cpu = f"{m['gateway_cpu_s']} s gateway CPU" + (f", {m['worker_cpu_s']} s worker CPU" if m["worker_cpu_s"]
                                                         is not None else "")
        lines.append(f"| {name} | HTTP {m['status']} {m['code'] or ''} in {m['wall_s']} s, {cpu} | "
                     f"{spread([r['idle']['p50_ms'] for r in rounds])} | {spread([r['idle']['p99_ms'] for r in rounds])} | "
                     f"{spread([r['during']['p50_ms'] for r in rounds])} | "
                     f"{spread([r['during']['p99_ms'] for r in rounds])} | "
                     f"**{spread([r['p99_ratio'] for r in rounds])}x** |")
    lines += ["", "One request alone, median latency (ms) of 20 each, the modes taking turns, digit groups:", "",
              "| characters | threads | process, nice 0 | process - threads |", "|---|---|---|---|"]
    for size, latency in results["latency_alone_ms"].items():
        process = latency["process, nice 0"]
        lines.append(f"| {size} | {latency['threads']} | {process} | {process - latency['threads']:+.2f} |")
    (args.out / "scan_process.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
