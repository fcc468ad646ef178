"""Gateway overhead: direct to an OpenAI-emulating upstream vs. through Sluice vs. through LiteLLM.

Every server runs in its own process: the emulated upstream (tests/support/emulator.py), Sluice
(``sluice serve``, one worker, SQLite, no guardrails, rate limiting on with a limit that is never
reached) and the LiteLLM proxy (``litellm --config``, no database, a master key, one worker), both
pointed at the same upstream. The load generator (bench/loadgen.py) is a separate process.

Measured, non-streaming and streaming:
- added latency: sequential requests, the three targets taking turns in blocks of 20 requests (so
  work a server does after answering does not land on another target's request); p50/p99 of each
  minus direct;
- maximum throughput: closed-loop load at several concurrencies, the best requests/s per target;
- CPU time per request of each server process (from /proc), which gives throughput per CPU core:
  on a machine shared with other work this is steadier than requests/s, which depend on the CPU
  share each process happens to get.

    .venv/bin/python bench/gateway_overhead.py [--requests 400] [--duration 6] [--concurrency 16,64]

Writes bench/out/gateway_overhead.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package
PY = sys.executable
SECRET = "bench-secret-" + "b" * 40
MODEL = "emu-model"
LITELLM_KEY = "sk-bench-master"


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, process: subprocess.Popen, *, headers=None, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url}: process exited with {process.returncode}")
        try:
            if httpx.get(url, headers=headers, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not become ready")


def start_upstream(work: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    proc = subprocess.Popen([PY, "-m", "tests.support.emulator", "--port", str(port), "--reply-words", "12",
                             "--model", MODEL], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=open(work / "upstream.log", "wb"))
    wait_ready(f"http://127.0.0.1:{port}/v1/models", proc)
    return proc, port


def start_sluice(work: Path, upstream_port: int, *, settings: dict[str, str] | None = None,
                 name: str = "sluice") -> tuple[subprocess.Popen, int, str]:
    """A ``sluice serve`` process on its own SQLite file in ``work`` (``name``.db), one provider
    pointed at the upstream; ``settings``: more ``SLUICE_*`` variables."""
    from sluice.gateway.database import make_engine, session_factory, transaction
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.migrate import upgrade
    from sluice.gateway.providers.service import create_provider
    from sluice.gateway.tenants.service import create_tenant
    from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy

    url = f"sqlite:///{work / (name + '.db')}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        tenant = create_tenant(session=session, name="bench")
        key = create_key(session=session, tenant=tenant, secret=SECRET.encode()).key
        create_provider(session=session, secret=SECRET.encode(), name="emulator", kind="openai", region="local",
                        models=[MODEL], base_url=f"http://127.0.0.1:{upstream_port}/v1")
        activate_policy(session, tenant.id, NO_GUARDRAILS)
    engine.dispose()
    port = free_port()
    env = {**os.environ, "SLUICE_SECRET_KEY": SECRET, "SLUICE_DATABASE_URL": url, "SLUICE_PORT": str(port),
           "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_DATA_DIR": str(work), "SLUICE_ENV": "production",
           # the rate limiter runs on every request with a limit the benchmark never reaches
           "SLUICE_DEFAULT_RPM": "100000000", **(settings or {})}
    proc = subprocess.Popen([PY, "-P", "-m", "sluice.gateway.cli", "serve"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=open(work / f"{name}.log", "wb"))
    wait_ready(f"http://127.0.0.1:{port}/v1/models", proc, headers={"authorization": f"Bearer {key}"})
    # and until it reports ready: the policy models load in the background at start-up, and that
    # CPU work would otherwise overlap the first measurements
    wait_ready(f"http://127.0.0.1:{port}/readyz", proc)
    return proc, port, key


def start_litellm(work: Path, upstream_port: int) -> tuple[subprocess.Popen, int]:
    config = work / "litellm.yaml"
    config.write_text(
        "model_list:\n"
        f"  - model_name: {MODEL}\n"
        "    litellm_params:\n"
        f"      model: openai/{MODEL}\n"
        f"      api_base: http://127.0.0.1:{upstream_port}/v1\n"
        "      api_key: sk-upstream\n"
        "general_settings:\n"
        f"  master_key: {LITELLM_KEY}\n"
        "litellm_settings:\n"
        "  telemetry: false\n")
    port = free_port()
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True", "LITELLM_LOG": "ERROR"}
    litellm = Path(PY).parent / "litellm"
    proc = subprocess.Popen([str(litellm), "--config", str(config), "--host", "127.0.0.1", "--port", str(port),
                             "--num_workers", "1"], cwd=work, env=env, stdout=subprocess.DEVNULL,
                            stderr=open(work / "litellm.log", "wb"))
    wait_ready(f"http://127.0.0.1:{port}/health/liveliness", proc)
    return proc, port


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process and its children that were waited for (Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def run_loadgen(job: dict) -> dict:
    out = subprocess.run([PY, str(ROOT / "bench" / "loadgen.py")], input=json.dumps(job).encode(),
                         capture_output=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] * 1000


def measure(targets: list[dict], pids: dict[str, int], *, stream: bool, requests: int, duration: float,
            concurrencies: list[int]) -> dict:
    lat = run_loadgen({"mode": "latency", "targets": targets, "requests": requests,
                       "warmup": max(20, requests // 10), "block": 20, "stream": stream})
    direct = lat["samples_s"]["direct"]
    out = {}
    for target in targets:
        name = target["name"]
        samples = lat["samples_s"][name]
        entry = {"p50_ms": pct(samples, 50), "p99_ms": pct(samples, 99), "errors": lat["errors"][name]}
        if name != "direct":
            entry["added_p50_ms"] = entry["p50_ms"] - pct(direct, 50)
            entry["added_p99_ms"] = entry["p99_ms"] - pct(direct, 99)
        runs = []
        for c in concurrencies:
            before = {n: cpu_seconds(pid) for n, pid in pids.items()}
            run = run_loadgen({"mode": "throughput", "target": target, "concurrency": c, "duration_s": duration,
                               "stream": stream})
            cpu = {n: cpu_seconds(pid) - before[n] for n, pid in pids.items()}
            # CPU per request of the server under test, and of the upstream it called
            run["cpu_ms_per_request"] = cpu[name] / max(1, run["sent"]) * 1000
            run["upstream_cpu_ms_per_request"] = cpu["direct"] / max(1, run["sent"]) * 1000
            runs.append(run | {"concurrency": c})
        best = max(runs, key=lambda r: r["rps"])
        entry["cpu_ms_per_request"] = min(r["cpu_ms_per_request"] for r in runs)
        entry["max_rps"] = best["rps"]
        entry["max_rps_concurrency"] = best["concurrency"]
        entry["throughput_runs"] = runs
        out[name] = entry
    return out


def markdown(result: dict) -> str:
    lines = [f"Machine: {result['cpus']} CPUs, load average before the run {result['load_before']}.", ""]
    for mode in ("non_streaming", "streaming"):
        data = result[mode]
        lines += [f"**{mode.replace('_', '-')}**", "",
                  "| target | p50 ms | p99 ms | added p50 ms | added p99 ms | max req/s (at concurrency) "
                  "| server CPU ms/request | req/s per CPU core | errors |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for name, e in data.items():
            added = (f"{e['added_p50_ms']:.2f} | {e['added_p99_ms']:.2f}" if "added_p50_ms" in e else "— | —")
            errors = e["errors"] + sum(r["errors"] for r in e["throughput_runs"])
            lines.append(f"| {name} | {e['p50_ms']:.2f} | {e['p99_ms']:.2f} | {added} | "
                         f"{e['max_rps']:.0f} ({e['max_rps_concurrency']}) | {e['cpu_ms_per_request']:.2f} | "
                         f"{1000 / max(e['cpu_ms_per_request'], 1e-6):.0f} | {errors} |")
        if "litellm" in data:
            sluice, litellm = data["sluice"], data["litellm"]
            lines += ["", f"Sluice / LiteLLM: measured throughput {sluice['max_rps'] / litellm['max_rps']:.2f}x, "
                          f"throughput per CPU core {litellm['cpu_ms_per_request'] / sluice['cpu_ms_per_request']:.2f}x"]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400, help="sequential requests per target (latency)")
    parser.add_argument("--duration", type=float, default=6.0, help="seconds per throughput run")
    parser.add_argument("--concurrency", default="16,64", help="closed-loop concurrencies to try")
    parser.add_argument("--no-litellm", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    concurrencies = [int(c) for c in args.concurrency.split(",")]
    processes = []
    with tempfile.TemporaryDirectory(prefix="sluice-bench-") as tmp:
        work = Path(tmp)
        try:
            upstream, upstream_port = start_upstream(work)
            processes.append(upstream)
            sluice, sluice_port, key = start_sluice(work, upstream_port)
            processes.append(sluice)
            pids = {"direct": upstream.pid, "sluice": sluice.pid}
            targets = [{"name": "direct", "host": "127.0.0.1", "port": upstream_port, "token": "x"},
                       {"name": "sluice", "host": "127.0.0.1", "port": sluice_port, "token": key}]
            if not args.no_litellm:
                litellm, litellm_port = start_litellm(work, upstream_port)
                processes.append(litellm)
                pids["litellm"] = litellm.pid
                targets.append({"name": "litellm", "host": "127.0.0.1", "port": litellm_port, "token": LITELLM_KEY})
            for t in targets:
                t.update(path="/v1/chat/completions", model=MODEL)
            load_before = ", ".join(f"{x:.2f}" for x in os.getloadavg())
            result = {"cpus": os.cpu_count(), "load_before": load_before,
                      "command": " ".join([Path(PY).name, *sys.argv])}
            for mode, stream in (("non_streaming", False), ("streaming", True)):
                result[mode] = measure(targets, pids, stream=stream, requests=args.requests, duration=args.duration,
                                       concurrencies=concurrencies)
        finally:
            stop(*reversed(processes))
    save(args.out, "gateway_overhead", result, markdown(result))


def stop(*processes: subprocess.Popen) -> None:
    """Terminate the processes in this order; kill any that has not exited after 20 s."""
    for proc in processes:
        proc.terminate()
    for proc in processes:
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()


def save(out: Path, name: str, result: dict, text: str) -> None:
    """Write ``out/name.json`` and ``out/name.md``, and print the markdown."""
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{name}.json").write_text(json.dumps(result, indent=2))
    (out / f"{name}.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
