"""Console audit-log pages over a large log: keyset pagination (what the console does) side by side
with OFFSET pagination (the usual alternative), at increasing depth, on the embedded SQLite store.

    .venv/bin/python bench/console_audit.py [--events 1000000] [--out bench/out]

The log is filled by bulk inserts of synthetic request events straight into ``audit_events`` (this
measures reading, not appending; Merkle hashes are random). Then, for pages at depth 0, 10%, 50% and
~100% of the log, it times: the console's search (``sluice.gateway.console.audit_query.search``, keyset on
``seq``), the same page read with ``ORDER BY seq DESC LIMIT 50 OFFSET n``, and the console's search
with an in-event filter (provider) whose matches are rare, which stops at its read budget. Each
figure is the median of 5. Writes ``console_audit.json`` and ``console_audit.md`` to --out.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: shadows no installed package

PAGE = 50


def fill(engine, events: int) -> None:
    from sqlalchemy import insert

    from sluice.audit.storage.models import EventRow

    start_us = 1_790_000_000_000_000
    batch = []
    with engine.begin() as conn:
        for seq in range(events):
            provider = "rare-provider" if seq % 100_000 == 7 else "eu-a"
            entry = json.dumps({"v": 1, "seq": seq, "kind": "request", "id": f"evt_{seq:024x}",
                                "time": "2026-01-01T00:00:00.000000Z", "tenant_id": f"ten_{seq % 8}",
                                "model_requested": "m", "provider": provider, "region": "eu",
                                "outcome": "success", "guardrails": []}).encode()
            batch.append({"seq": seq, "event_id": f"evt_{seq:024x}", "kind": "request", "tenant_id": f"ten_{seq % 8}",
                          "time_us": start_us + seq * 1000, "model": "m", "outcome": "success", "action": None,
                          "leaf_hash": secrets.token_bytes(32), "entry": entry})
            if len(batch) == 20_000:
                conn.execute(insert(EventRow.__table__), batch)
                batch.clear()
        if batch:
            conn.execute(insert(EventRow.__table__), batch)


def median_ms(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    import orjson
    from sqlalchemy import select, text

    from sluice.audit.export.query import EventFilter
    from sluice.audit.storage.models import EventRow
    from sluice.gateway.console import audit_query
    from sluice.gateway.database import make_engine
    from sluice.gateway.migrate import upgrade

    workdir = Path(tempfile.mkdtemp(prefix="sluice-console-bench-"))
    engine = make_engine(f"sqlite:///{workdir / 'audit.db'}")
    upgrade(engine)
    started = time.perf_counter()
    fill(engine, args.events)
    fill_s = time.perf_counter() - started
    events = EventRow.__table__
    rows = []
    with engine.connect() as conn:
        for fraction in (0.0, 0.1, 0.5, 0.999):
            skip = int(args.events * fraction)
            cursor = args.events - skip  # keyset: the page of events below this seq
            keyset = audit_query.Query(indexed=EventFilter(), before=cursor if skip else None)
            rare = audit_query.Query(indexed=EventFilter(), provider="rare-provider", before=cursor if skip else None)
            offset_query = (select(events.c.seq, events.c.entry).order_by(events.c.seq.desc())
                            .limit(PAGE).offset(skip))
            first = audit_query.search(conn, keyset).items
            same = [r.seq for r in conn.execute(offset_query)]
            assert [i["seq"] for i in first] == same, "keyset and offset pages differ"
            rows.append({
                "depth": skip,
                "keyset_ms": median_ms(lambda: audit_query.search(conn, keyset)),
                "offset_ms": median_ms(lambda: [orjson.loads(r.entry) for r in conn.execute(offset_query)]),
                "in_event_filter_ms": median_ms(lambda: audit_query.search(conn, rare)),
            })
        size = conn.execute(text("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")).scalar()
    engine.dispose()
    result = {"events": args.events, "fill_s": round(fill_s, 1), "db_bytes": size, "page": PAGE,
              "scan_budget": audit_query.SCAN_BUDGET, "load_average": os.getloadavg()[0], "rows": rows,
              "command": f".venv/bin/python bench/console_audit.py --events {args.events}"}
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "console_audit.json").write_text(json.dumps(result, indent=2))
    lines = [f"Audit log of {args.events:,} events (SQLite, {size / 1e6:.0f} MB), page of {PAGE}, "
             f"median of 5, load average {result['load_average']:.1f}.", "",
             "| depth (events newer than the page) | console keyset ms | OFFSET ms | OFFSET / keyset | "
             "keyset + rare in-event filter ms |", "|---:|---:|---:|---:|---:|"]
    for row in rows:
        ratio = row["offset_ms"] / row["keyset_ms"] if row["keyset_ms"] else float("inf")
        lines.append(f"| {row['depth']:,} | {row['keyset_ms']:.2f} | {row['offset_ms']:.2f} | {ratio:.1f}x | "
                     f"{row['in_event_filter_ms']:.1f} |")
    (args.out / "console_audit.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))
    for path in workdir.iterdir():
        path.unlink()
    workdir.rmdir()


if __name__ == "__main__":
    main()
