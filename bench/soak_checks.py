"""The soak's invariants, computed from the request records and the soak database afterwards.

- every 2xx answer has its audit event (by the gateway's request id), and the log has no sequence gap;
- a rate-limited key's successes never exceed what its limit admits, across all gateway processes
  (the GCRA bound: in any span of ``d`` seconds at most ``L * (1 + d / 60) + 1``), leaving out
  requests sent while Redis was being broken (the limiter lets requests through then, by design);
- RSS slope per gateway process (MB/min, least-squares line over its samples after warm-up);
- recovery after each fault: from the fault's undo to the start of the first 3 s in which every
  request sent succeeded.
"""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

WINDOW_S = 60.0
CLEAN_SPAN_S = 3.0


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def phase_stats(records: list[dict], phases) -> list[dict]:
    out = []
    for index, phase in enumerate(phases):
        later = [p.events.get("inject", p.events["end"]) for p in phases[index + 1:] if p.fault]
        until = min(later) if later else phases[-1].events["end"]
        # a request counts in the phase in which it ended: one cut by a fault counts with that fault
        rows = [r for r in records if phase.events["start"] <= r["t1"] < phase.events["end"]
                or (phase is phases[-1] and r["t1"] >= phase.events["end"])]
        ok = [r["t1"] - r["t0"] for r in rows if r["outcome"] == "ok"]
        errors: dict[str, int] = {}
        refusals: dict[str, int] = {}
        for r in rows:
            if r["outcome"] != "ok":
                bucket = errors if r["outcome"] == "error" else refusals
                label = f"{r['status']} {r['code']}"
                bucket[label] = bucket.get(label, 0) + 1
        p50, p99 = percentile(ok, 50), percentile(ok, 99)
        out.append({"phase": phase.name, "fault": phase.fault, "duration_s": round(phase.duration_s, 1),
                    "requests": len(rows), "ok": len(ok), "expected_refusals": refusals, "errors": errors,
                    "error_count": sum(errors.values()),
                    "p50_ms": None if p50 is None else round(p50 * 1000, 1),
                    "p99_ms": None if p99 is None else round(p99 * 1000, 1),
                    "events": phase.events,
                    "recovery_s": recovery([r for r in records if r["t0"] < until], phase, until)})
    return out


def recovery(rows: list[dict], phase, until: float) -> float | None:
    """Seconds from the fault's undo until a 3 s span in which every request succeeds, looking no
    further than ``until`` (the next fault); None: not by then."""
    if phase.fault is None:
        return None
    restore = phase.events.get("restore", phase.events["start"])
    rows = sorted((r for r in rows if r["t0"] >= restore and r["outcome"] != "expected"), key=lambda r: r["t0"])
    for i, first in enumerate(rows):
        span = [r for r in rows[i:] if r["t0"] < first["t0"] + CLEAN_SPAN_S]
        if first["t0"] + CLEAN_SPAN_S > until:
            return None
        if all(r["outcome"] == "ok" for r in span):
            return round(first["t0"] - restore, 2)
    return None


def audit_check(database_url: str, records: list[dict], *, since_wall: float | None) -> dict:
    """Audit coverage of the successes, sequence gaps, and checkpoints signed after ``since_wall``."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            low, high, count = conn.execute(text("SELECT min(seq), max(seq), count(*) FROM audit_events")).one()
            audited = set()
            for (entry,) in conn.execute(text("SELECT entry FROM audit_events WHERE kind = 'request'")):
                if entry is not None:
                    rid = json.loads(bytes(entry)).get("request_id")
                    if rid:
                        audited.add(rid)
            checkpoints = conn.execute(text("SELECT count(*), max(tree_size) FROM audit_checkpoints")).one()
            after = None if since_wall is None else conn.execute(
                text("SELECT count(*) FROM audit_checkpoints WHERE time_us > :t"), {"t": int(since_wall * 1e6)}).scalar()
    finally:
        engine.dispose()
    ok = [r for r in records if r["outcome"] == "ok"]
    missing = [r["rid"] for r in ok if r["rid"] not in audited]
    gaps = 0 if not count else (high - low + 1) - count
    return {"successes": len(ok), "successes_audited": len(ok) - len(missing), "missing": len(missing),
            "missing_request_ids": missing[:20], "events": count, "seq_min": low, "seq_max": high,
            "seq_gaps": gaps, "checkpoints": checkpoints[0], "checkpoint_max_tree_size": checkpoints[1],
            "checkpoints_after_worker_restart": after}


def rate_limit_check(records: list[dict], keys, unguarded: list[tuple[float, float]]) -> list[dict]:
    out = []
    for spec in (k for k in keys if k.rpm):
        rows = sorted((r for r in records if r["key"] == spec.label), key=lambda r: r["t0"])
        excluded = [r for r in rows if any(a <= r["t0"] <= b for a, b in unguarded)]
        skip = {id(r) for r in excluded}
        ok = [r for r in rows if r["outcome"] == "ok" and id(r) not in skip]
        worst, worst_span, window_max = 0.0, None, 0
        for i, first in enumerate(ok):
            in_window = 0
            for j in range(i, len(ok)):
                last = ok[j]
                span = last["t1"] - first["t0"]  # admissions happened inside [t0 of first, t1 of last]
                bound = spec.rpm * (1 + span / WINDOW_S) + 1
                ratio = (j - i + 1) / bound
                if ratio > worst:
                    worst, worst_span = ratio, round(span, 1)
                if last["t0"] - first["t0"] < WINDOW_S:
                    in_window += 1
            window_max = max(window_max, in_window)
        out.append({"key": spec.label, "rpm": spec.rpm, "sent": len(rows),
                    "ok": sum(r["outcome"] == "ok" for r in rows), "limited": sum(r["status"] == 429 for r in rows),
                    "excluded_redis_fault": len(excluded), "max_ok_in_60s": window_max,
                    "worst_ratio_to_bound": round(worst, 3), "worst_span_s": worst_span, "holds": worst <= 1.0})
    return out


def rss_slopes(samples: list[dict], warmup_s: float) -> list[dict]:
    """One line per gateway process incarnation: MB/min of a least-squares fit after warm-up."""
    by_pid: dict[int, list[dict]] = {}
    for s in samples:
        by_pid.setdefault(s["pid"], []).append(s)
    out = []
    for pid, rows in by_pid.items():
        start = rows[0]["t"]
        points = [(r["t"], r["rss_mb"]) for r in rows if r["t"] - start >= warmup_s]
        slope = None
        if len(points) >= 3:
            n = len(points)
            mx = sum(t for t, _ in points) / n
            my = sum(v for _, v in points) / n
            var = sum((t - mx) ** 2 for t, _ in points)
            slope = sum((t - mx) * (v - my) for t, v in points) / var * 60 if var else None
        span = points[-1][0] - points[0][0] if points else 0.0
        out.append({"process": rows[0]["name"], "pid": pid, "fit_span_s": round(span, 1),
                    "rss_first_mb": rows[0]["rss_mb"], "rss_last_mb": rows[-1]["rss_mb"],
                    "slope_mb_per_min": None if slope is None else round(slope, 3)})
    return out


def error_samples(records: list[dict], limit: int = 40) -> list[dict]:
    """The first errors of each code, to see what a client got."""
    out, seen = [], {}
    for r in records:
        if r["outcome"] == "error" and seen.get(r["code"], 0) < 5:
            seen[r["code"]] = seen.get(r["code"], 0) + 1
            out.append({k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.items()})
    return out[:limit]
