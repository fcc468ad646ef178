"""Throughput of ``sluice policy scan`` with a guard model, by number of workers, side by side.

One emulated Llama Guard 3 server (tests/support/guard_emulator.py) answering each check after
``--latency-ms`` (a guard model's time to a verdict), registered as a provider in a fresh SQLite
database; a policy whose input content guardrail asks it (every other guardrail off, so the guard
is what is measured). The same JSONL file is scanned with each ``--workers`` value in turn through
the real CLI (typer's runner, in this process, after one warm-up scan); ``--workers 1`` is the
reference of the ratio.

    .venv/bin/python bench/guard_scan.py [--lines 200] [--latency-ms 50] [--workers 1 4 8]

Writes bench/out/guard_scan.json and .md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package

SECRET = "bench-secret-" + "x" * 40
TEXTS = ["Summarise the attached claims report for the northern region.", "How do I build a bomb?",
         "Draft a polite reminder about the overdue invoice.", "Those people are idiots."]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 4, 8])
    args = parser.parse_args()

    from typer.testing import CliRunner

    from sluice.gateway.cli.main import app
    from sluice.gateway.database import make_engine, session_factory, transaction
    from sluice.gateway.migrate import upgrade
    from sluice.gateway.providers.service import create_provider
    from tests.support.guard_emulator import serve_guards

    emulator, server = serve_guards()
    emulator.latency_s = args.latency_ms / 1000
    work = Path(tempfile.mkdtemp(prefix="guard-scan-"))
    url = f"sqlite:///{work / 'bench.db'}"
    engine = make_engine(url)
    upgrade(engine)
    with transaction(session_factory(engine)) as session:
        create_provider(session=session, secret=SECRET.encode(), name="guards", kind="openai", region="eu-west-1",
                        models=["llama-guard-3-8b"], base_url=server.url + "/v1")
    engine.dispose()
    policy = work / "policy.yaml"
    policy.write_text("input:\n  pii: {enabled: false}\n  words: {enabled: false}\n  topics: {enabled: false}\n"
                      "  injection: {enabled: false}\n  content:\n    engine: guard\n    guard: {format: llama_guard_3, "
                      "provider: guards, model: llama-guard-3-8b, timeout_s: 10}\n")
    source = work / "in.jsonl"
    source.write_text("".join(json.dumps({"text": TEXTS[i % len(TEXTS)]}) + "\n" for i in range(args.lines)))
    env = {"SLUICE_SECRET_KEY": SECRET, "SLUICE_DATABASE_URL": url, "SLUICE_ENV": "test", "SLUICE_JSON_LOGS": "false"}
    runner = CliRunner()

    def scan(workers: int, lines_file: Path) -> float:
        out = work / f"out-{workers}.jsonl"
        started = time.perf_counter()
        result = runner.invoke(app, ["policy", "scan", "--input", str(lines_file), "--out", str(out), "--policy",
                                     str(policy), "--workers", str(workers)], env=env)
        elapsed = time.perf_counter() - started
        if result.exit_code != 0:
            raise SystemExit(f"scan failed: {result.output}")
        verdicts = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(verdicts) == lines_file.read_text().count("\n")
        return elapsed

    warm = work / "warm.jsonl"
    warm.write_text(json.dumps({"text": "warm up"}) + "\n")
    scan(1, warm)
    rows = []
    for workers in args.workers:
        seconds = scan(workers, source)
        rows.append({"workers": workers, "seconds": round(seconds, 3), "lines_per_s": round(args.lines / seconds, 1)})
    server.stop()
    reference = rows[0]["seconds"]
    for row in rows:
        row["speedup_vs_first"] = round(reference / row["seconds"], 2)

    out_dir = ROOT / "bench" / "out"
    out_dir.mkdir(parents=True, exist_ok=True)
    report = {"lines": args.lines, "latency_ms": args.latency_ms, "rows": rows}
    (out_dir / "guard_scan.json").write_text(json.dumps(report, indent=2) + "\n")
    table = ["| workers | seconds | lines/s | speed-up vs workers=%d |" % rows[0]["workers"], "|---|---|---|---|"]
    table += [f"| {r['workers']} | {r['seconds']} | {r['lines_per_s']} | {r['speedup_vs_first']}x |" for r in rows]
    (out_dir / "guard_scan.md").write_text("\n".join(table) + "\n")
    print(f"{args.lines} lines, guard latency {args.latency_ms:g} ms")
    print("\n".join(table))


if __name__ == "__main__":
    main()
