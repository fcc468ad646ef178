"""Soak and chaos: three gateway processes under mixed load while faults come and go.

    .venv/bin/python bench/soak.py [--duration 600] [--concurrency 6] [--quick] [--keep]

The deployment (bench/soak_stack.py): three ``sluice serve`` processes behind a health-aware TCP
load balancer (bench/soak_lb.py), a fresh PostgreSQL database, an empty Redis database number for
rate limits and the Celery broker, ``sluice worker --beat``, and an emulated upstream. Tenants with
PII-pseudonymising, redacting and no-guardrail policies, open keys and rate-limited keys
(bench/soak_tenants.py). Load: bench/soak_load.py. Faults: bench/soak_faults.py (``--quick``: about
80 s of load with one of each main fault; otherwise ``--duration`` seconds, at least ten minutes by
default). Checks: bench/soak_checks.py, plus ``sluice audit verify --database``.

Writes bench/out/soak.json and bench/out/soak.md and prints the markdown. Exit status 1 when an
invariant does not hold (missing audit events, sequence gaps, failed verification, a rate limit
exceeded); errors during faults are reported, not judged.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from soak_checks import audit_check, error_samples, phase_stats, rate_limit_check, rss_slopes
from soak_faults import Faults, schedule
from soak_load import Load
from soak_report import markdown
from soak_stack import MODEL, PY, ROOT, SECRET, Stack
from soak_tenants import seed

RSS_EVERY_S = 2.0


def rss_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


async def sample_rss(stack: Stack, t0: float, samples: list[dict]) -> None:
    while True:
        for proc in stack.gateways:
            pid = proc.pid
            value = rss_mb(pid) if pid and proc.ready_at is not None else None
            if value is not None:
                samples.append({"t": time.monotonic() - t0, "name": proc.name, "pid": pid, "rss_mb": round(value, 1)})
        await asyncio.sleep(RSS_EVERY_S)


async def drive(stack: Stack, keys, phases, concurrency: int, t0: float) -> tuple[list[dict], list[dict]]:
    load = Load(stack.url, keys, concurrency=concurrency, model=MODEL, t0=t0)
    faults = Faults(stack, t0)
    samples: list[dict] = []
    load_task = asyncio.create_task(load.run())
    sampler = asyncio.create_task(sample_rss(stack, t0, samples))
    for phase in phases:
        phase.events["start"] = faults.now()
        end = time.monotonic() + phase.duration_s
        print(f"[soak] {phase.events['start']:7.1f}s phase {phase.name}", file=sys.stderr, flush=True)
        await faults.run(phase)
        await asyncio.sleep(max(0.0, end - time.monotonic()))
        phase.events["end"] = faults.now()
    load.stop()
    await load_task
    sampler.cancel()
    return load.records, samples


def worker_back(phases, t0_wall: float) -> float | None:
    """Wall time at which the worker was last restarted (checkpoints after it show beat resumed)."""
    times = [p.events["restored"] for p in phases if p.fault == "worker_kill" and "restored" in p.events]
    return t0_wall + max(times) if times else None


def balancer_states(log: Path, t0_wall: float) -> list[dict]:
    """The load balancer's backend state changes, in seconds since the load began."""
    out = []
    for line in log.read_text().splitlines():
        try:
            change = json.loads(line)
        except ValueError:
            continue
        out.append({"t": round(change["t"] - t0_wall, 1), "backend": change["backend"], "state": change["state"]})
    return out


def verify(stack: Stack) -> dict:
    out = subprocess.run([PY, "-P", "-m", "sluice.gateway.cli", "audit", "verify", "--database", stack.database_url,
                          "--public-key", str(stack.work / "audit-signing.pub"), "--json"],
                         cwd=ROOT, env=stack.env, capture_output=True, text=True)
    try:
        report = json.loads(out.stdout)
    except ValueError:
        return {"ok": False, "exit": out.returncode, "summary": out.stderr.strip()[-300:]}
    summary = f"exit {out.returncode}, {report.get('records')} records, tree size {report.get('tree_size')}"
    problems = report.get("problems") or []
    if problems:
        summary += f", first problem: {problems[0]['message']}"
    return {"ok": out.returncode == 0 and report.get("ok"), "exit": out.returncode, "summary": summary}


def run(args, work: Path) -> dict:
    phases = schedule(args.duration, quick=args.quick)
    stack = Stack(work, upstream_latency_ms=args.upstream_latency_ms)
    load_before = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    try:
        stack.create_database()
        keys = seed(stack.database_url, SECRET, stack.upstream_port, MODEL)
        started = time.monotonic()
        stack.start()
        print(f"[soak] stack ready in {time.monotonic() - started:.0f}s, work dir {work}", file=sys.stderr, flush=True)
        t0, t0_wall = time.monotonic(), time.time()
        records, samples = asyncio.run(drive(stack, keys, phases, args.concurrency, t0))
        time.sleep(3.0)  # the last group commits
        redis_faults = [(p.events["inject"], p.events["restore"] + 2.0) for p in phases
                        if p.fault == "redis_break" and "restore" in p.events]
        result = {
            "command": " ".join([Path(PY).name, "bench/soak.py", *sys.argv[1:]]), "cpus": os.cpu_count(),
            "load_before": load_before, "gateways": len(stack.gateways),
            "balancer": "bench/soak_lb.py (TCP, round-robin, /readyz-aware; no HAProxy or nginx here)",
            "database": stack.db_name, "redis_db": stack.redis_db, "concurrency": args.concurrency,
            "phases": phase_stats(records, phases),
            "audit": audit_check(stack.database_url, records, since_wall=worker_back(phases, t0_wall)),
            "verify": verify(stack), "rate_limits": rate_limit_check(records, keys, redis_faults),
            "rss": rss_slopes(samples, warmup_s=10.0 if args.quick else 60.0),
            "error_samples": error_samples(records),
            "processes": {p.name: p.history for p in stack.processes}, "t0_wall": t0_wall,
            "balancer_states": balancer_states(work / "lb.log", t0_wall),
        }
    finally:
        stack.stop()
        if not args.keep:
            stack.remove_data()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=600.0, help="seconds of load (default 600)")
    parser.add_argument("--concurrency", type=int, default=6, help="closed-loop senders on the open keys")
    parser.add_argument("--quick", action="store_true", help="about 80 s of load, one of each main fault")
    parser.add_argument("--upstream-latency-ms", type=float, default=30.0)
    parser.add_argument("--keep", action="store_true", help="keep the database, Redis keys and logs")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="sluice-soak-"))
    try:
        result = run(args, work)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "soak.json").write_text(json.dumps(result, indent=2))
    text = markdown(result)
    (args.out / "soak.md").write_text(text)
    print(text)
    audit = result["audit"]
    held = (audit["missing"] == 0 and audit["seq_gaps"] == 0 and result["verify"]["ok"]
            and all(k["holds"] for k in result["rate_limits"]))
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
