"""Concurrent admin writes on SQLite (the embedded default): an earlier revision and this checkout, side by side.

Each variant runs ``sluice serve`` (one process, SQLite file, uvicorn) on a fresh database and gets
bursts of simultaneous HTTP requests: correct sign-ins, wrong passwords and API-key creations.
Counted per burst: answers by status class (5xx and dropped connections are the failures), the
wall time of the burst and the p50/p95 latency of its requests. Lock-out limits are raised so that
every wrong password is counted as a plain refusal.

    .venv/bin/python bench/sqlite_admin_writes.py [--before REV] [--concurrency 50]

``--before`` (default ``main``) is extracted with ``git archive`` and imported ahead of the
checkout. Writes bench/out/sqlite_admin_writes.json and .md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: shadows no installed package
from bench.gateway_overhead import free_port, wait_ready  # noqa: E402 - needs the checkout on the path

SUBPACKAGES = ("gateway", "policy", "inference", "kernels", "audit", "migrations")
SECRET = "bench-secret-" + "b" * 40
PASSWORD = "a long enough password"
ADMIN = "admin@bench.example"


def package_tree(rev: str, into: Path) -> Path:
    """A folder holding ``sluice`` of revision ``rev``, to put ahead on PYTHONPATH."""
    source = into / "source"
    source.mkdir()
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(source)], input=archive, check=True)
    package = into / "pkg" / "sluice"
    shutil.copytree(source / "sluice", package)
    for name in SUBPACKAGES:
        (package / name).symlink_to(source / name, target_is_directory=True)
    return into / "pkg"


def _env(data: Path, pythonpath: Path | None, port: int) -> dict:
    env = {**os.environ, "SLUICE_SECRET_KEY": SECRET, "SLUICE_DATABASE_URL": f"sqlite:///{data / 'sluice.db'}",
           "SLUICE_DATA_DIR": str(data), "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_PORT": str(port),
           "SLUICE_LOGIN_MAX_FAILURES": "100000", "SLUICE_LOGIN_ADDRESS_MAX_FAILURES": "100000",
           "SLUICE_LOG_LEVEL": "ERROR"}
    for name in ("SLUICE_REDIS_URL", "SLUICE_BROKER_URL", "SLUICE_SECRET_KEY_FILE"):
        env.pop(name, None)
    if pythonpath is not None:
        env["PYTHONPATH"] = str(pythonpath)
    return env


def _cli(env: dict, *args: str, stdin: str | None = None) -> None:
    subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", *args], env=env, input=stdin, text=True,
                   check=True, capture_output=True, cwd=env["SLUICE_DATA_DIR"])


async def _burst(base: str, n: int, request) -> dict:
    latencies, statuses = [], {}

    async def one(client, i):
        start = time.perf_counter()
        try:
            status = (await request(client, i)).status_code
        except httpx.HTTPError:
            status = "dropped"
        latencies.append(time.perf_counter() - start)
        key = status if status == "dropped" else f"{status // 100}xx"
        statuses[key] = statuses.get(key, 0) + 1

    async with httpx.AsyncClient(base_url=base, timeout=120, limits=httpx.Limits(max_connections=n)) as client:
        start = time.perf_counter()
        await asyncio.gather(*(one(client, i) for i in range(n)))
        wall = time.perf_counter() - start
    latencies.sort()
    return {"requests": n, "statuses": dict(sorted(statuses.items())), "wall_s": round(wall, 2),
            "p50_ms": round(statistics.median(latencies) * 1000), "p95_ms": round(latencies[int(0.95 * (n - 1))] * 1000)}


def run_variant(name: str, pythonpath: Path | None, concurrency: int) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"sluice-bench-{name}-") as tmp:
        data, port = Path(tmp), free_port()
        env = _env(data, pythonpath, port)
        _cli(env, "db", "upgrade")
        _cli(env, "tenants", "create", "acme")
        _cli(env, "users", "create", ADMIN, "--role", "admin", "--password-stdin", stdin=PASSWORD + "\n")
        server = subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", "serve"], env=env, cwd=tmp,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        base = f"http://127.0.0.1:{port}"
        try:
            wait_ready(base + "/healthz", server, timeout=120)
            login = {"email": ADMIN, "password": PASSWORD}
            token = httpx.post(base + "/admin/api/auth/login", json=login).json()["token"]
            auth = {"Authorization": f"Bearer {token}"}
            bursts = {
                "sign-ins": lambda c, i: c.post("/admin/api/auth/login", json=login),
                "wrong passwords": lambda c, i: c.post("/admin/api/auth/login",
                                                       json={**login, "password": "not the password!"}),
                "key creations": lambda c, i: c.post("/admin/api/keys", json={"tenant_id": "acme", "name": f"k{i}"},
                                                     headers=auth),
            }
            return {label: asyncio.run(_burst(base, concurrency, request)) for label, request in bursts.items()}
        finally:
            server.terminate()
            server.wait(30)


def markdown(results: dict, concurrency: int, before: str, after: str) -> str:
    lines = [f"{concurrency} simultaneous requests per burst, one `sluice serve` process on SQLite.", "",
             "| burst | revision | 2xx | 4xx | 5xx | dropped | wall s | p50 ms | p95 ms |",
             "|---|---|---|---|---|---|---|---|---|"]
    for burst in results[before]:
        for rev in (before, after):
            r = results[rev][burst]
            s = r["statuses"]
            lines.append(f"| {burst} | {rev} | {s.get('2xx', 0)} | {s.get('4xx', 0)} | {s.get('5xx', 0)} | "
                         f"{s.get('dropped', 0)} | {r['wall_s']} | {r['p50_ms']} | {r['p95_ms']} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="main")
    parser.add_argument("--concurrency", type=int, default=50)
    args = parser.parse_args()
    after = "this checkout"
    with tempfile.TemporaryDirectory(prefix="sluice-before-") as tmp:
        results = {args.before: run_variant("before", package_tree(args.before, Path(tmp)), args.concurrency),
                   after: run_variant("after", None, args.concurrency)}
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "sqlite_admin_writes.json").write_text(json.dumps(results, indent=2) + "\n")
    table = markdown(results, args.concurrency, args.before, after)
    (out / "sqlite_admin_writes.md").write_text(table)
    print(table)


if __name__ == "__main__":
    main()
