"""Upstream outage: how fast requests through the gateway succeed again after its lone upstream returns.

A real ``sluice serve`` process (SQLite, no guardrails, one provider with its default retries) in
front of the OpenAI-emulating upstream (tests/support/emulator.py), each in its own process.
``--clients`` closed-loop clients (16) send non-streaming requests without pause (10 ms after a
failure, ignoring ``Retry-After``); after ``--before`` seconds the upstream answers every request
with 503 for ``--outage`` seconds (5), then serves again. Reported per 0.5 s window: the share of
requests that succeeded; and the time from the upstream's return until every later window has
>= 99 % success.

Run side by side, one after the other against the same upstream:
- ``current``: the circuit breaker with its default settings;
- ``single_probe_30s``: settings that make it behave as the breaker before attempt windows did (one
  probe at a time, 30 s cool-down, one success closes).

    .venv/bin/python bench/upstream_outage.py [--clients 16] [--outage 5] [--after 5] [--old-after 30]

Writes bench/out/upstream_outage.json and .md.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package

from bench.gateway_overhead import MODEL, PY, save, start_sluice, start_upstream, stop  # noqa: E402
from bench.loadgen import Connection  # noqa: E402

WINDOW_S = 0.5
TARGET = 0.99
VARIANTS = {
    "current": {},
    "single_probe_30s": {"SLUICE_BREAKER_COOLDOWN_S": "30", "SLUICE_BREAKER_COOLDOWN_MAX_S": "30",
                         "SLUICE_BREAKER_PROBES": "1", "SLUICE_BREAKER_CLOSE_AFTER": "1"},
}


async def drive(target: dict, upstream: str, *, clients: int, before: float, outage: float,
                after: float) -> list[tuple[float, bool]]:
    """Run the clients through the outage; (seconds since the upstream went down, succeeded) per request."""
    results: list[tuple[float, bool]] = []
    start = time.monotonic()
    down_at, up_at, end = start + before, start + before + outage, start + before + outage + after

    async def client() -> None:
        conn = Connection(target, stream=False)
        while time.monotonic() < end:
            try:
                await conn.send()
                ok = True
            except Exception:
                ok = False
            results.append((time.monotonic() - down_at, ok))
            if not ok:
                await asyncio.sleep(0.01)
        conn.close()

    async def upstream_fault(at: float, fault: str | None) -> None:
        await asyncio.sleep(max(0.0, at - time.monotonic()))
        async with httpx.AsyncClient() as http:
            (await http.post(f"{upstream}/_emulator/config", json={"fault": fault})).raise_for_status()

    await asyncio.gather(*(client() for _ in range(clients)), upstream_fault(down_at, "503"),
                         upstream_fault(up_at, None))
    return results


def windows(results: list[tuple[float, bool]]) -> dict[float, tuple[int, int]]:
    """Window start (seconds since the upstream went down) -> (requests, successes)."""
    out: dict[float, list[int]] = {}
    for at, ok in results:
        key = math.floor(at / WINDOW_S) * WINDOW_S
        counts = out.setdefault(key, [0, 0])
        counts[0] += 1
        counts[1] += ok
    return {k: (v[0], v[1]) for k, v in sorted(out.items())}


def summary(results: list[tuple[float, bool]], outage: float) -> dict:
    per_window = windows(results)
    after = [(k, n, s) for k, (n, s) in per_window.items() if k >= outage]
    recovered_at = None
    for index, (start, _, _) in enumerate(after):
        if all(s >= TARGET * n for _, n, s in after[index:]):
            recovered_at = start - outage
            break
    failures_after = [at for at, ok in results if at >= outage and not ok]
    return {"requests": len(results), "successes": sum(ok for _, ok in results),
            "failed_after_return": len(failures_after),
            "last_failure_after_return_s": (max(failures_after) - outage) if failures_after else 0.0,
            "recovered_99_after_s": recovered_at,
            "windows": {f"{k:.1f}": list(v) for k, v in per_window.items()}}


def markdown(result: dict) -> str:
    names = list(result["variants"])
    outage = result["outage_s"]
    lines = [f"{result['clients']} clients, upstream down (503) from 0 s to {outage:g} s; "
             f"machine: {result['cpus']} CPUs, load average before the run {result['load_before']}.", "",
             "| | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for label, key, fmt in (("time from return to >= 99 % success in every later 0.5 s window", "recovered_99_after_s",
                             "{:.1f} s"),
                            ("last failed request after the return", "last_failure_after_return_s", "+{:.2f} s"),
                            ("failed requests after the return", "failed_after_return", "{}"),
                            ("requests (successes)", None, None)):
        cells = []
        for name in names:
            v = result["variants"][name]
            if key is None:
                cells.append(f"{v['requests']} ({v['successes']})")
            elif v[key] is None:
                cells.append(f"not within the run (+{v['run_after_s']:g} s)")
            else:
                cells.append(fmt.format(v[key]))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", "Success per 0.5 s window (seconds since the upstream went down; requests in brackets):", "",
              "| window | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    keys = sorted({float(k) for v in result["variants"].values() for k in v["windows"]})
    shown = [k for k in keys if -1.0 <= k < outage + 4.0]
    for k in shown:
        cells = []
        for name in names:
            n, s = result["variants"][name]["windows"].get(f"{k:.1f}", (0, 0))
            cells.append(f"{100 * s / n:.1f} % ({n})" if n else "—")
        lines.append(f"| {k:+.1f} s | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--before", type=float, default=2.0, help="seconds of normal traffic first")
    parser.add_argument("--outage", type=float, default=5.0)
    parser.add_argument("--after", type=float, default=5.0, help="seconds measured after the return (current)")
    parser.add_argument("--old-after", type=float, default=30.0,
                        help="seconds measured after the return with the single-probe settings (0: skip them)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    result = {"clients": args.clients, "outage_s": args.outage, "cpus": os.cpu_count(),
              "load_before": ", ".join(f"{x:.2f}" for x in os.getloadavg()),
              "command": " ".join([Path(PY).name, *sys.argv]), "variants": {}}
    runs = {"current": args.after, "single_probe_30s": args.old_after}
    with tempfile.TemporaryDirectory(prefix="sluice-outage-") as tmp:
        work = Path(tmp)
        upstream, upstream_port = start_upstream(work)
        try:
            for name, after in runs.items():
                if after <= 0:
                    continue
                sluice, port, key = start_sluice(work, upstream_port, settings=VARIANTS[name], name=name)
                try:
                    target = {"name": name, "host": "127.0.0.1", "port": port, "token": key,
                              "path": "/v1/chat/completions", "model": MODEL}
                    results = asyncio.run(drive(target, f"http://127.0.0.1:{upstream_port}", clients=args.clients,
                                                before=args.before, outage=args.outage, after=after))
                finally:
                    stop(sluice)
                result["variants"][name] = summary(results, args.outage) | {"run_after_s": after}
        finally:
            stop(upstream)
    save(args.out, "upstream_outage", result, markdown(result))


if __name__ == "__main__":
    main()
