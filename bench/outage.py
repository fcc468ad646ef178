"""A database outage under load: what callers get while PostgreSQL is unreachable, and how soon
service returns after it is back.

A gateway process (``sluice serve``, PostgreSQL, no guardrails, defaults otherwise) reaches its
database through a fault proxy (tests/support/fault_proxy.py) that this script switches; an
emulated upstream (tests/support/emulator.py) answers the model. Concurrent clients (official
``openai`` client, half of them streaming) send requests without pause for ``--before`` seconds, then
the proxy refuses (or resets, or black-holes) every database connection for ``--outage`` seconds,
then passes again for ``--after`` seconds.

Reported: every answer by phase (status and code; ``reset`` when the connection dropped without an
answer; streams that began and ended with an error event are counted with their code), the share of
requests during the outage that got 503 with a stable code and ``Retry-After`` (or, for a stream
that had begun, its final error event), and the time from the database's return to the first
success and to the last failure.

    .venv/bin/python bench/outage.py [--clients 16] [--outage 10] [--mode refuse]

Writes bench/out/outage.json and .md.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import openai
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package
PY = sys.executable
SECRET = "bench-secret-" + "o" * 40
MODEL = "emu-model"
POSTGRES_URL = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
STABLE_CODES = {"database_unavailable", "audit_unavailable", "providers_unavailable", "policy_error"}

from bench.gateway_overhead import free_port, start_upstream, wait_ready  # noqa: E402
from tests.support.fault_proxy import FaultProxy, Mode  # noqa: E402
from tests.support.outcomes import Outcome, chat_outcome  # noqa: E402


def create_database() -> tuple[str, str]:
    """A fresh, migrated PostgreSQL database with a tenant, key, provider and policy: (url, key)."""
    from sluice.gateway.database import make_engine, session_factory, transaction
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.migrate import upgrade
    from sluice.gateway.tenants.service import create_tenant
    from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy

    admin_url = make_url(POSTGRES_URL)
    name = f"sluice_bench_outage_{secrets.token_hex(4)}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        tenant = create_tenant(session=session, name="bench")
        key = create_key(session=session, tenant=tenant, secret=SECRET.encode()).key
        activate_policy(session, tenant.id, NO_GUARDRAILS)
    engine.dispose()
    return url, key


def add_provider(url: str, upstream_port: int) -> None:
    from sluice.gateway.database import make_engine, session_factory, transaction
    from sluice.gateway.providers.service import create_provider

    engine = make_engine(url)
    with transaction(session_factory(engine)) as session:
        create_provider(session=session, secret=SECRET.encode(), name="emulator", kind="openai", region="local",
                        models=[MODEL], base_url=f"http://127.0.0.1:{upstream_port}/v1")
    engine.dispose()


def drop_database(url: str) -> None:
    admin = create_engine(make_url(POSTGRES_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def start_gateway(work: Path, database_url: str, key: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "SLUICE_SECRET_KEY": SECRET, "SLUICE_DATABASE_URL": database_url, "SLUICE_PORT": str(port),
           "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_DATA_DIR": str(work), "SLUICE_ENV": "production",
           "SLUICE_DEFAULT_RPM": "0"}
    proc = subprocess.Popen([PY, "-P", "-m", "sluice.gateway.cli", "serve"], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=open(work / "sluice.log", "wb"))
    wait_ready(f"http://127.0.0.1:{port}/v1/models", proc, headers={"authorization": f"Bearer {key}"})
    return proc, port


def load(base_url: str, key: str, *, clients: int, stop: threading.Event) -> list[tuple[float, float, Outcome]]:
    """Closed-loop clients until ``stop``; every request as (start, end, outcome), monotonic seconds."""
    results: list[tuple[float, float, Outcome]] = []
    lock = threading.Lock()

    def client(n: int) -> None:
        oai = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0, timeout=30)
        while not stop.is_set():
            began = time.monotonic()
            outcome = chat_outcome(oai, MODEL, stream=n % 2 == 1)
            with lock:
                results.append((began, time.monotonic(), outcome))
            if not outcome.ok:
                time.sleep(0.05)  # what a client would do on a refusal: not a busy loop

    threads = [threading.Thread(target=client, args=(n,), daemon=True) for n in range(clients)]
    for thread in threads:
        thread.start()
    stop.wait()
    for thread in threads:
        thread.join(60)
    return results


def label(outcome: Outcome) -> str:
    if not outcome.answered:
        return outcome.code or "no answer"
    if outcome.ok:
        return "200 ok"
    where = " (stream event)" if outcome.streamed else ""
    return f"{outcome.status} {outcome.code}{where}"


def properly_refused(outcome: Outcome) -> bool:
    if outcome.streamed:
        return outcome.code in STABLE_CODES
    return outcome.status == 503 and outcome.code in STABLE_CODES and outcome.retry_after is not None


def summarise(results, *, down_at: float, up_at: float) -> dict:
    phases = {"before": Counter(), "outage": Counter(), "after": Counter()}
    refused = [0, 0]  # properly refused, not served, during the outage
    for began, ended, outcome in results:
        phase = "before" if ended < down_at else "outage" if began < up_at else "after"
        phases[phase][label(outcome)] += 1
        if phase == "outage" and not outcome.ok:
            refused[1] += 1
            refused[0] += properly_refused(outcome)
    after = sorted((b, e, o) for b, e, o in results if b >= up_at)
    first_ok = next((e - up_at for b, e, o in after if o.ok), None)
    failures_after = [e - up_at for b, e, o in after if not o.ok]
    every = Counter(label(o) for _, _, o in results)
    return {
        "phases": {name: dict(counts) for name, counts in phases.items()},
        "total": dict(every),
        "status_500": sum(n for name, n in every.items() if name.startswith("500")),
        "resets": every.get("reset", 0),
        "outage_refused": refused[1],
        "outage_refused_properly_pct": round(100 * refused[0] / refused[1], 2) if refused[1] else None,
        "first_success_after_return_s": round(first_ok, 3) if first_ok is not None else None,
        "last_failure_after_return_s": round(max(failures_after), 3) if failures_after else 0.0,
    }


def markdown(result: dict) -> str:
    s, args = result["summary"], result["args"]
    lines = [f"Database outage ({args['mode']}, {args['outage']} s), {args['clients']} clients, half streaming:", "",
             "| answer | before | outage | after |", "|---|---:|---:|---:|"]
    for name in sorted(s["total"]):
        lines.append(f"| {name} | " + " | ".join(str(s["phases"][p].get(name, 0)) for p in
                                                  ("before", "outage", "after")) + " |")
    lines += ["", f"- 500 answers: {s['status_500']}; connections reset: {s['resets']}",
              f"- refused during the outage: {s['outage_refused']}, of which 503 + stable code + Retry-After "
              f"(or a stream's final error event): {s['outage_refused_properly_pct']} %",
              f"- after the database returned: first success {s['first_success_after_return_s']} s, "
              f"last failure {s['last_failure_after_return_s']} s"]
    return "\n".join(lines) + "\n"


def run(proxy: FaultProxy, base_url: str, key: str, args) -> tuple[list, float, float]:
    warm = openai.OpenAI(base_url=base_url, api_key=key, max_retries=0, timeout=60)
    for stream in (False, True):  # the first requests build what later ones reuse
        chat_outcome(warm, MODEL, stream=stream)
    stop = threading.Event()
    collected: list = []
    runner = threading.Thread(target=lambda: collected.extend(load(base_url, key, clients=args.clients, stop=stop)))
    runner.start()
    time.sleep(args.before)
    down_at = time.monotonic()
    proxy.set_mode(Mode(args.mode))
    time.sleep(args.outage)
    up_at = time.monotonic()
    proxy.set_mode(Mode.PASS)
    time.sleep(args.after)
    stop.set()
    runner.join()
    return collected, down_at, up_at


def stop_all(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        proc.terminate()
    for proc in procs:
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--before", type=float, default=3.0)
    parser.add_argument("--outage", type=float, default=10.0)
    parser.add_argument("--after", type=float, default=5.0)
    parser.add_argument("--mode", choices=[m.value for m in Mode if m is not Mode.PASS], default="refuse")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()
    url, key = create_database()
    args.out.mkdir(parents=True, exist_ok=True)
    work = args.out / "outage-work"
    work.mkdir(exist_ok=True)
    procs: list[subprocess.Popen] = []
    try:
        with FaultProxy(make_url(url).host, make_url(url).port or 5432) as proxy:
            try:
                upstream, upstream_port = start_upstream(work)
                procs.append(upstream)
                add_provider(url, upstream_port)
                gateway, port = start_gateway(work, make_url(url).set(port=proxy.port).render_as_string(
                    hide_password=False), key)
                procs.append(gateway)
                collected, down_at, up_at = run(proxy, f"http://127.0.0.1:{port}/v1", key, args)
            finally:
                stop_all(procs)
    finally:
        drop_database(url)
    result = {"args": vars(args) | {"out": str(args.out)}, "summary": summarise(collected, down_at=down_at,
                                                                                 up_at=up_at)}
    (args.out / "outage.json").write_text(json.dumps(result, indent=2))
    text_out = markdown(result)
    (args.out / "outage.md").write_text(text_out)
    print(text_out)


if __name__ == "__main__":
    main()
