"""Small requests while a maximum-size request is scanned, through a real gateway server.

One gateway (in-process server thread, SQLite) and one emulated
upstream in a process of its own (so that its work on the large prompts does not stand in the
gateway's way). Small requests (1 KB prompts) go one after another and their end-to-end latency is
measured twice in the same run: with the gateway otherwise idle (the reference), and while
another client keeps sending maximum-size requests (``SLUICE_SCAN_MAX_CHARS`` characters of
card-number-like digit groups, the PII scanner's worst case) back to back. Two tenants, one after
the other: one under the shipped default policy (every guardrail), one under a policy with only
the default policy's PII guardrail. The gateway runs with its default settings, so maximum-size
requests are scanned in its scan worker process (``SLUICE_SCAN_PROCESS_MIN_CHARS``; threads against
process side by side: ``bench/scan_process.py``). Also reported: the CPU time (the gateway process's
and its scan workers') and wall time of one maximum-size request, and what it answered.

    .venv/bin/python bench/pii_budget.py [--requests 200]

Writes bench/out/pii_budget.json and .md.
"""

from __future__ import annotations

import argparse, gc, json, os, random, socket, subprocess, sys, tempfile, threading, time  # noqa: E401
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package

from bench.policy_overhead import PARAGRAPH, quantile  # noqa: E402  the same small prompt and quantile


def digit_groups(chars: int, seed: int) -> str:
    rng = random.Random(seed)
    groups = []
    while len(groups) * 5 < chars:
        groups.append(f"{rng.randint(1000, 9999)}")
    return " ".join(groups)[:chars]


def start_upstream() -> tuple[subprocess.Popen, str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen([sys.executable, "-m", "tests.support.emulator", "--port", str(port),
                                "--reply-words", "20"], cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            httpx.get(url + "/v1/models", timeout=1).raise_for_status()
            return process, url
        except httpx.HTTPError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the emulated upstream did not start")


def summary(latencies: list[float]) -> dict:
    return {"n": len(latencies), "p50_ms": round(quantile(latencies, 0.5), 2),
            "p99_ms": round(quantile(latencies, 0.99), 2), "max_ms": round(max(latencies), 2)}


def under_load(base_url: str, headers: dict, big: dict, work):
    """(``work()``, wall seconds of each big request): ``work`` runs while another client sends
    ``big`` back to back."""
    stop = threading.Event()
    big_done: list[float] = []

    def load() -> None:
        with httpx.Client(base_url=base_url, timeout=300) as loader:
            while not stop.is_set():
                started = time.perf_counter()
                loader.post("/chat/completions", headers=headers, json=big)
                big_done.append(time.perf_counter() - started)

    loader = threading.Thread(target=load, daemon=True)
    loader.start()
    time.sleep(0.5)
    try:
        return work(), big_done
    finally:
        stop.set()
        loader.join(120)


def worker_cpu_s(pids: list[int]) -> float:
    """CPU seconds the processes ``pids`` have used (the gateway's scan workers)."""
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def measure(base_url: str, headers: dict, small: dict, big: dict, requests: int, worker_pids=lambda: [],
            freeze: bool = True) -> dict:
    """Small-request latency idle, then while maximum-size requests are sent back to back.
    ``worker_pids``: the gateway's scan worker processes, whose CPU time counts too; ``freeze``: leave
    the objects loaded by then out of garbage collections, as the gateway's warm-up does."""

    def timed_small(client: httpx.Client) -> float:
        started = time.perf_counter()
        client.post("/chat/completions", headers=headers, json=small).raise_for_status()
        return (time.perf_counter() - started) * 1000

    result: dict = {}
    with httpx.Client(base_url=base_url, timeout=300) as client:
        for _ in range(10):  # models loaded, caches filled
            timed_small(client)
        client.post("/chat/completions", headers=headers, json=big)  # a scan worker's models loaded
        if freeze:
            gc.freeze()
        pids = worker_pids()
        cpu0, wall0 = time.process_time() + worker_cpu_s(pids), time.perf_counter()
        answer = client.post("/chat/completions", headers=headers, json=big)
        result["max_size_request"] = {
            "status": answer.status_code, "code": (answer.json().get("error") or {}).get("code"),
            "wall_s": round(time.perf_counter() - wall0, 3),
            "process_cpu_s": round(time.process_time() + worker_cpu_s(pids) - cpu0, 3)}
        result["idle"] = summary([timed_small(client) for _ in range(requests)])
        during, big_done = under_load(base_url, headers, big, lambda: [timed_small(client) for _ in range(requests)])
        result["during_max_size"] = summary(during)
    result["max_size_requests_during"] = len(big_done)
    result["p99_ratio"] = round(result["during_max_size"]["p99_ms"] / result["idle"]["p99_ms"], 2)
    return result


def start_gateway(**settings):
    """(harness, upstream process, model): a gateway (in-process server, SQLite, ``settings`` over the
    test defaults) in front of the emulated upstream, serving ``model``."""
    import torch

    torch.set_num_threads(1)
    from tests.conftest import _migrate, make_settings
    from tests.support.gateway_harness import GatewayHarness

    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    _migrate(url)
    upstream, upstream_url = start_upstream()
    harness = GatewayHarness(url, make_settings, default_rpm=0, **settings).start()
    model = harness.model("bench")
    harness.add_provider("local", base_url=upstream_url + "/v1", models=[model], region="on-prem")
    return harness, upstream, model


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200, help="small requests per phase")
    parser.add_argument("--no-gc-freeze", action="store_true",
                        help="leave out the gc.freeze() of the gateway's warm-up (for comparison)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    harness, upstream, model = start_gateway()
    from sluice.gateway.database import transaction
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.tenants.service import create_tenant
    from sluice.policy.loader import default_policy

    from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
    max_chars = harness.settings.scan_max_chars
    pii_only = dict(NO_GUARDRAILS, name="PII only",
                    input=dict(NO_GUARDRAILS["input"], pii=default_policy().input.pii.model_dump(mode="json")))
    with transaction(harness.sessions) as session:
        tenant = create_tenant(session=session, name=f"pii-{harness.tag}")
        pii_key = create_key(session=session, tenant=tenant, secret=harness.settings.secret_bytes).key
        activate_policy(session, tenant.id, pii_only)
    keys = {"shipped default policy": harness.key, "PII guardrail only": pii_key}
    small = {"model": model, "messages": [{"role": "user", "content": PARAGRAPH * 5}]}
    big = {"model": model, "messages": [{"role": "user", "content": digit_groups(max_chars, seed=1)}]}
    results: dict = {"max_chars": max_chars, "cpu_budget_s": harness.settings.scan_max_cpu_s,
                     "scan_workers": harness.settings.scan_workers,
                     "scan_process_min_chars": harness.settings.scan_process_min_chars, "policies": {}}
    processes = harness.ctx.guardrails.pool.processes
    for label, key in keys.items():
        results["policies"][label] = measure(harness.base_url, {"authorization": f"Bearer {key}"}, small, big,
                                             args.requests, worker_pids=processes.worker_pids,
                                             freeze=not args.no_gc_freeze)
    harness.stop()
    upstream.terminate()
    upstream.wait(30)

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "pii_budget.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = [f"Maximum-size request: {max_chars} chars of digit groups; small requests: 1 KB prompts", "",
             "| policy | maximum-size request | small p50 / p99 idle | small p50 / p99 during | p99 ratio |",
             "|---|---|---|---|---|"]
    for label, r in results["policies"].items():
        m, idle, during = r["max_size_request"], r["idle"], r["during_max_size"]
        lines.append(f"| {label} | HTTP {m['status']} {m['code'] or ''} in {m['wall_s']} s wall, "
                     f"{m['process_cpu_s']} s CPU | {idle['p50_ms']} / {idle['p99_ms']} ms | "
                     f"{during['p50_ms']} / {during['p99_ms']} ms | **{r['p99_ratio']}x** |")
    (args.out / "pii_budget.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
