"""Audit log benchmark: ingestion, verification and export, against the real PostgreSQL.

    .venv/bin/python bench/audit.py [--events 1000000] [--ingest-seconds 15] [--out bench/out]

1. Sustained ingestion: 2 writer processes (as 2 gateway processes would), each with one
   group-commit AuditWriter and 256 requests in flight; side by side with the same load committing
   one transaction per event (max_batch=1), the reference a naive audit log would be.
2. The log is filled to --events (bulk appends, 2 processes), a checkpoint is signed.
3. Verification speed: `verify_database` over the whole log, and `verify_bundle` over the export.
4. Export of every event to a JSONL bundle, in a fresh process whose peak memory is measured, next
   to the same export of the log before it was filled (a fifth of the events or so, equally dense):
   memory must not grow with the export. Also an export filtered to one tenant.

Writes ``audit.json`` and ``audit.md`` to --out. Uses a schema of its own, dropped at the end.

    .venv/bin/python bench/audit.py --verify-only [--schema NAME] [--events N] [--repeat 3]

measures only step 3's `verify_database` (after filling the log to --events) and prints the figures;
with --schema the log lives in that schema, which is kept, so later runs skip the fill.

    .venv/bin/python bench/audit.py --ingest-only [--ingest-seconds 15] [--out bench/out]

measures only step 1's group commit, side by side: one event per request, and a streamed request's
two events (its intent committed first, then its completion naming it). Writes ``audit-ingest.json``
and ``audit-ingest.md``.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import resource
import secrets
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: shadows no installed package

POSTGRES = os.environ.get("SLUICE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _template(i: int, tenant: str):
    from sluice.audit.events import GuardrailResult, request_event

    return request_event(
        tenant_id=tenant, key_id=f"key_{i % 13}", request_id=f"req-{i}", route="/v1/chat/completions",
        source_address="10.1.2.3", model_requested="sluice-demo", model_served="sluice-demo", provider="builtin",
        region="local", policy_id="pol_default", policy_version=4, classification="internal",
        guardrails=[GuardrailResult(name="pii", stage="input", status="passed", action="none", latency_ms=1.2),
                    GuardrailResult(name="content", stage="output", status="passed", action="none", latency_ms=0.4)],
        pii={"EMAIL_ADDRESS": 1}, tokens={"prompt": 42, "completion": 17, "total": 59}, latency_ms=123.4,
        overhead_ms=4.2, outcome="success", status_code=200, prompt_sha256="ab" * 32, response_sha256="cd" * 32)


def _events(count: int, tenant: str):
    """Distinct events cheaply: one validated template, copies with their own id."""
    from sluice.audit.events import new_event_id

    base = _template(0, tenant)
    return [base.model_copy(update={"id": new_event_id()}) for _ in range(count)]


def _engine(url: str):
    from sluice.gateway.database import make_engine

    return make_engine(url)


def _intents(completions: list):
    """The intent of each streamed request: the same facts, committed before its completion."""
    from sluice.audit.events import IntentEvent

    facts = completions[0].model_dump(include=set(IntentEvent.model_fields) - {"id", "kind"})
    template = IntentEvent(**{**facts, "stream": True})
    return [template.model_copy(update={"id": f"evt_{secrets.token_hex(12)}"}) for _ in completions]


def _ingest_worker(url: str, seconds: float, max_batch: int, inflight: int, pairs: bool, queue) -> None:
    """Keep ``inflight`` requests waiting on their commits; with ``pairs`` each request is a stream:
    its intent is committed first, then its completion naming it is queued."""
    from collections import deque

    from sluice.audit.writer import AuditWriter

    engine = _engine(url)
    pool = _events(int(seconds * 12_000) + inflight, f"ten_{os.getpid() % 3}")
    intents = _intents(pool) if pairs else [None] * len(pool)
    writer = AuditWriter(engine, max_batch=max_batch).start()
    pending, done, requests, start = deque(), 0, 0, time.perf_counter()
    deadline = start + seconds

    def settle_oldest() -> None:
        nonlocal done, requests
        future, then = pending.popleft()
        future.result()
        done += 1
        if then is not None:
            pending.append((writer.submit(then), None))
        else:
            requests += 1

    for event, intent in zip(pool, intents):
        if time.perf_counter() >= deadline:
            break
        if intent is None:
            pending.append((writer.submit(event), None))
        else:
            pending.append((writer.submit(intent), event.model_copy(update={"intent_id": intent.id})))
        while len(pending) >= inflight:
            settle_oldest()
    while pending:
        settle_oldest()
    elapsed = time.perf_counter() - start
    writer.close()
    queue.put({"events": done, "requests": requests, "seconds": elapsed, "batches": writer.batches})


def ingest(url: str, *, seconds: float, max_batch: int, processes: int = 2, inflight: int = 256,
           pairs: bool = False) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [ctx.Process(target=_ingest_worker, args=(url, seconds, max_batch, inflight, pairs, queue))
             for _ in range(processes)]
    for p in procs:
        p.start()
    results = [queue.get(timeout=seconds * 10 + 300) for _ in procs]
    for p in procs:
        p.join()
    total = sum(r["events"] for r in results)
    wall = max(r["seconds"] for r in results)
    return {"events": total, "seconds": round(wall, 2), "events_per_s": round(total / wall),
            "requests_per_s": round(sum(r["requests"] for r in results) / wall),
            "batches": sum(r["batches"] for r in results), "processes": processes, "in_flight": inflight,
            "max_batch": max_batch, "intent_and_completion": pairs}


def ingest_only(url: str, seconds: float, out: Path) -> None:
    """Group-commit ingestion of plain request events and of stream intent + completion pairs, run
    one after the other on the same log; writes ``audit-ingest.json`` and ``audit-ingest.md``."""
    results = {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg()[0]}
    for name, pairs in (("one_event_per_request", False), ("intent_and_completion", True)):
        print(f"ingestion: group commit, 2 processes, {name} ...", flush=True)
        results[name] = ingest(url, seconds=seconds, max_batch=1000, pairs=pairs)
        print(results[name], flush=True)
    out.mkdir(parents=True, exist_ok=True)
    (out / "audit-ingest.json").write_text(json.dumps(results, indent=2))
    rows = ["| events per request | events/s | requests/s | events per transaction |", "|---|---|---|---|"]
    for name in ("one_event_per_request", "intent_and_completion"):
        r = results[name]
        rows.append(f"| {name.replace('_', ' ')} | {r['events_per_s']:,} | {r['requests_per_s']:,} | "
                    f"{r['events'] / r['batches']:.0f} |")
    text = "\n".join(rows) + f"\n\n{results['cpus']} CPUs, load average {results['load_avg_at_start']:.1f} at start.\n"
    (out / "audit-ingest.md").write_text(text)
    print(text)


def _fill_worker(url: str, count: int, queue) -> None:
    from sluice.audit.storage.log import append_events

    engine = _engine(url)
    start = time.perf_counter()
    step = 5000
    for i in range(0, count, step):
        batch = _events(min(step, count - i), f"ten_{i // step % 3}")
        with engine.begin() as conn:
            append_events(conn, batch)
    queue.put(time.perf_counter() - start)


def fill(url: str, target: int) -> dict:
    from sluice.audit.storage.log import read_state

    engine = _engine(url)
    with engine.connect() as conn:
        have = read_state(conn).size
    engine.dispose()
    missing = max(0, target - have)
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    halves = [missing // 2, missing - missing // 2]
    procs = [ctx.Process(target=_fill_worker, args=(url, n, queue)) for n in halves]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for _ in procs:
        queue.get(timeout=3600)
    for p in procs:
        p.join()
    wall = time.perf_counter() - start
    return {"appended": missing, "seconds": round(wall, 1), "events_per_s": round(missing / wall) if missing else 0}


def _export_worker(url: str, out: str, key_text: str, tenant: str | None, queue) -> None:
    from sluice.audit.export.bundle import write_bundle
    from sluice.audit.export.query import EventFilter
    from sluice.audit.signing import Signer

    engine = _engine(url)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    result = write_bundle(engine, Path(out), flt=EventFilter(tenant_id=tenant), signer=Signer.parse(key_text),
                          origin="bench/audit")
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put({"records": result.records, "seconds": round(elapsed, 2), "bytes": result.size,
               "rss_before_mib": round(before / 1024, 1), "rss_peak_mib": round(peak / 1024, 1),
               "records_per_s": round(result.records / elapsed)})


def export(url: str, out: Path, key_text: str, tenant: str | None = None) -> dict:
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_export_worker, args=(url, str(out), key_text, tenant, queue))
    proc.start()
    result = queue.get(timeout=3600)
    proc.join()
    return result


def verify_only(url: str, events: int, repeat: int, signer) -> None:
    """Fill the log to ``events`` if needed, then time ``verify_database`` ``repeat`` times."""
    from sluice.audit.storage.models import install
    from sluice.audit.storage.tree import create_checkpoint
    from sluice.audit.verify.database import verify_database

    engine = _engine(url)
    with engine.begin() as conn:
        install(conn)
    filled = fill(url, events)
    if filled["appended"]:
        print(filled, flush=True)
        with engine.begin() as conn:
            create_checkpoint(conn, signer=signer, origin="bench/audit")
    for _ in range(repeat):
        start = time.perf_counter()
        report = verify_database(engine)
        elapsed = time.perf_counter() - start
        assert not [p for p in report.problems if p.kind != "signature"], report.summary()
        print({"records": report.records, "seconds": round(elapsed, 2),
               "events_per_s": round(report.records / elapsed), "load_avg": os.getloadavg()[0]}, flush=True)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--ingest-seconds", type=float, default=15.0)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--verify-only", action="store_true", help="time only verify_database")
    parser.add_argument("--schema", help="with --verify-only: keep the log in this schema for later runs")
    parser.add_argument("--repeat", type=int, default=1, help="with --verify-only: verification runs")
    parser.add_argument("--ingest-only", action="store_true",
                        help="time only group-commit ingestion, one event per request and stream intent + "
                             "completion pairs side by side")
    args = parser.parse_args()
    if args.schema and not (args.verify_only and args.schema.isidentifier()):
        parser.error("--schema takes a plain name (letters, digits, _) and needs --verify-only")

    from sqlalchemy import create_engine, text

    from sluice.audit.signing import Signer
    from sluice.audit.storage.models import install
    from sluice.audit.storage.tree import create_checkpoint
    from sluice.audit.verify.bundle import verify_bundle
    from sluice.audit.verify.database import verify_database

    schema = args.schema or f"audit_bench_{secrets.token_hex(4)}"
    admin = create_engine(POSTGRES, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    url = f"{POSTGRES}{'&' if '?' in POSTGRES else '?'}options=-csearch_path%3D{schema}"
    signer = Signer.generate("bench/audit")
    if args.verify_only or args.ingest_only:
        try:
            if args.ingest_only:
                with _engine(url).begin() as conn:
                    install(conn)
                ingest_only(url, args.ingest_seconds, args.out)
            else:
                verify_only(url, args.events, args.repeat, signer)
        finally:
            if not args.schema:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            admin.dispose()
        return
    args.out.mkdir(parents=True, exist_ok=True)
    results: dict = {"cpus": os.cpu_count(), "load_avg_at_start": os.getloadavg()[0]}
    try:
        engine = _engine(url)
        with engine.begin() as conn:
            install(conn)
        print("ingestion: group commit, 2 processes ...", flush=True)
        results["ingest_group_commit"] = ingest(url, seconds=args.ingest_seconds, max_batch=1000)
        print(results["ingest_group_commit"], flush=True)
        print("ingestion: one transaction per event (reference) ...", flush=True)
        results["ingest_commit_per_event"] = ingest(url, seconds=max(3.0, args.ingest_seconds / 3), max_batch=1)
        print(results["ingest_commit_per_event"], flush=True)
        # the same export of the smaller log: with the same density of events per chunk, memory that
        # grew with the number of events exported would show as a difference in peak
        print("exporting the log as it stands (before the fill) ...", flush=True)
        results["export_before_fill"] = export(url, args.out / "audit-bench-small.zip", signer.text())
        (args.out / "audit-bench-small.zip").unlink()
        print(results["export_before_fill"], flush=True)
        print(f"filling the log to {args.events} events ...", flush=True)
        results["fill"] = fill(url, args.events)
        print(results["fill"], flush=True)
        with engine.begin() as conn:
            create_checkpoint(conn, signer=signer, origin="bench/audit")
        print("verifying the database ...", flush=True)
        start = time.perf_counter()
        report = verify_database(engine, verifier=signer.verifier)
        elapsed = time.perf_counter() - start
        assert report.ok, report.summary()
        results["verify_database"] = {"records": report.records, "seconds": round(elapsed, 2),
                                      "events_per_s": round(report.records / elapsed)}
        print(results["verify_database"], flush=True)
        engine.dispose()
        print("exporting everything to JSONL ...", flush=True)
        bundle = args.out / "audit-bench-export.zip"
        results["export_all"] = export(url, bundle, signer.text())
        print(results["export_all"], flush=True)
        results["export_one_tenant"] = export(url, args.out / "audit-bench-tenant.zip", signer.text(), "ten_1")
        print(results["export_one_tenant"], flush=True)
        print("verifying the bundle ...", flush=True)
        start = time.perf_counter()
        report = verify_bundle(bundle, verifier=signer.verifier)
        elapsed = time.perf_counter() - start
        assert report.ok, report.summary()
        results["verify_bundle"] = {"records": report.records, "seconds": round(elapsed, 2),
                                    "events_per_s": round(report.records / elapsed)}
        print(results["verify_bundle"], flush=True)
        bundle.unlink()
        (args.out / "audit-bench-tenant.zip").unlink()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
    (args.out / "audit.json").write_text(json.dumps(results, indent=2))
    (args.out / "audit.md").write_text(markdown(results))
    print(markdown(results))


def markdown(r: dict) -> str:
    g, ref = r["ingest_group_commit"], r["ingest_commit_per_event"]
    e, t, small = r["export_all"], r["export_one_tenant"], r["export_before_fill"]
    rows = [
        ("ingestion, 2 writer processes, group commit", f"{g['events_per_s']:,} events/s", ">= 5,000 events/s",
         f"{g['events_per_s'] / ref['events_per_s']:.1f}x the commit-per-event reference "
         f"({ref['events_per_s']:,}/s); {g['events'] / g['batches']:.0f} events per transaction"),
        ("verification, PostgreSQL log", f"{r['verify_database']['events_per_s']:,} events/s", ">= 200,000 events/s",
         f"{r['verify_database']['records']:,} events in {r['verify_database']['seconds']} s"),
        ("verification, export bundle", f"{r['verify_bundle']['events_per_s']:,} events/s", ">= 200,000 events/s",
         f"{r['verify_bundle']['records']:,} events in {r['verify_bundle']['seconds']} s"),
        ("export to JSONL bundle", f"{e['seconds']} s for {e['records']:,} events", "< 60 s for 1,000,000",
         f"{e['records_per_s']:,} events/s, {e['bytes'] / 2**20:.0f} MiB"),
        ("export peak memory", f"{e['rss_peak_mib']} MiB ({e['records']:,} events)", "bounded",
         f"{small['rss_peak_mib']} MiB exporting all {small['records']:,} events of the log before the fill; "
         f"{t['rss_peak_mib']} MiB exporting one tenant ({t['records']:,} events); "
         f"{e['rss_before_mib']} MiB before starting"),
    ]
    lines = ["| measure | result | target | detail |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    lines.append(f"\n{r['cpus']} CPUs, load average {r['load_avg_at_start']:.1f} at start; "
                 f"bulk fill {r['fill']['events_per_s']:,} events/s.")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
