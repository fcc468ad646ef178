"""The soak's markdown report, from the JSON result that bench/soak.py writes."""

from __future__ import annotations


def _codes(counts: dict) -> str:
    return ", ".join(f"{code} x{n}" for code, n in sorted(counts.items(), key=lambda kv: -kv[1])) or "—"


def _num(value, unit: str = "") -> str:
    return "—" if value is None else f"{value}{unit}"


def _fault(phase: dict) -> str:
    e = phase["events"]
    who = f"{e['process']} " if e.get("process") else ""
    text = f"{phase['phase']}: {who}injected {e.get('inject', 0):.1f}, undone {e.get('restore', 0):.1f}"
    if "ready" in e:
        text += f", ready again {e['ready']:.1f}"
    if "killed_connections" in e:
        text += f", {e['killed_connections']} connections cut"
    return text


def markdown(result: dict) -> str:
    lines = [f"Command: `{result['command']}`", "",
             f"Machine: {result['cpus']} CPUs shared with other work, load average before the run "
             f"{result['load_before']}. {result['gateways']} gateway processes behind {result['balancer']}, "
             f"PostgreSQL database `{result['database']}`, Redis database {result['redis_db']}, "
             f"load concurrency {result['concurrency']} plus one paced sender per rate-limited key.", "",
             "| phase | s | requests | ok | p50 ms | p99 ms | errors (status code x n) | expected refusals "
             "| recovery s |", "|---|---|---|---|---|---|---|---|---|"]
    for p in result["phases"]:
        recovery = "—" if p["fault"] is None else _num(p["recovery_s"]) if p["recovery_s"] is not None \
            else "not before next fault"
        lines.append(f"| {p['phase']} | {p['duration_s']} | {p['requests']} | {p['ok']} | {_num(p['p50_ms'])} | "
                     f"{_num(p['p99_ms'])} | {_codes(p['errors'])} | {_codes(p['expected_refusals'])} | "
                     f"{recovery} |")
    lines += ["", "Faults (seconds since the load began): " + "; ".join(_fault(p) for p in result["phases"] if p["fault"])]
    a = result["audit"]
    lines += ["", "**Invariants**", "",
              f"- every 2xx has its audit event: {'yes' if a['missing'] == 0 else 'NO'} "
              f"({a['successes_audited']} of {a['successes']}; {a['events']} events in the log)",
              f"- no audit sequence gaps: {'yes' if a['seq_gaps'] == 0 else 'NO'} "
              f"(seq {a['seq_min']}..{a['seq_max']}, {a['seq_gaps']} missing)",
              f"- `sluice audit verify --database`: {'passes' if result['verify']['ok'] else 'FAILS'} "
              f"({result['verify']['summary']}); checkpoints signed by beat: {a['checkpoints']}, of them after the worker's last restart: "
              f"{_num(a['checkpoints_after_worker_restart'])}"]
    for k in result["rate_limits"]:
        lines.append(f"- rate limit of `{k['key']}` ({k['rpm']}/min) across processes: "
                     f"{'holds' if k['holds'] else 'EXCEEDED'} (ok {k['ok']} of {k['sent']}, 429 x{k['limited']}, "
                     f"most ok in 60 s {k['max_ok_in_60s']}, worst count/bound {k['worst_ratio_to_bound']}, "
                     f"{k['excluded_redis_fault']} sent during Redis faults left out)")
    lines += ["", "| process | pid | fitted over s | RSS first MB | RSS last MB | slope MB/min |", "|---|---|---|---|---|---|"]
    for r in result["rss"]:
        lines.append(f"| {r['process']} | {r['pid']} | {r['fit_span_s']} | {r['rss_first_mb']} | {r['rss_last_mb']} | "
                     f"{_num(r['slope_mb_per_min'])} |")
    lines.append("")
    return "\n".join(lines)
