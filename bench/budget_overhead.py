"""Latency a key's budget adds on /v1, measured through a real gateway server and the real Redis.

One gateway (in-process server thread, SQLite, Redis at ``--redis``) and one emulated upstream; one
tenant with every guardrail off and two keys: one with a daily token budget and a monthly money
budget (two counters reserved before the call and settled after it), one without (the reference).
Requests alternate between the two keys so that both see the same machine load. Figures are the
gateway's own ``x-sluice-overhead-ms`` header (time not spent waiting on the upstream), non-streaming,
plus the median of the budget stage itself.

    .venv/bin/python bench/budget_overhead.py [--requests 300] [--redis redis://127.0.0.1:6379/0]

Writes bench/out/budget_overhead.json and .md.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    from sluice.gateway.database import transaction
    from sluice.gateway.limits.service import BudgetLimits
    from sluice.gateway.pipeline.stages import Recorder
    from tests.conftest import _migrate, make_settings
    from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
    from tests.support.emulator import EmulatorConfig, serve
    from tests.support.gateway_harness import GatewayHarness

    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    _migrate(url)
    _, upstream = serve(EmulatorConfig(reply_words=20))
    harness = GatewayHarness(url, make_settings, redis_url=args.redis)
    model = harness.model("bench")
    harness.add_provider("eu", base_url=upstream.url + "/v1", models=[model], region="eu-west-1")
    with transaction(harness.sessions) as session:
        activate_policy(session, harness.tenant_id, NO_GUARDRAILS)
    budgeted = harness.new_key(budget=BudgetLimits(period="daily", tokens=10**12, cost_micros=10**12))
    keys = {"key with token + money budget": budgeted, "key without budget": harness.key}
    harness.start()

    budget_stage: list[float] = []
    audit = harness.ctx.recorder

    class StageTimes(Recorder):
        async def record_intent(self, rctx):
            await audit.record_intent(rctx)

        async def record(self, rctx):
            await audit.record(rctx)
            if "budget" in rctx.timings_ms:
                budget_stage.append(rctx.timings_ms["budget"])

    harness.ctx.recorder = StageTimes()
    samples: dict[str, list[float]] = {label: [] for label in keys}
    body = {"model": model, "messages": [{"role": "user", "content": "Summarise the claim."}], "max_tokens": 32}
    with httpx.Client(base_url=harness.base_url, timeout=60) as client:
        for i in range(args.requests + 10):
            for label, key in keys.items():
                response = client.post("/chat/completions", headers={"authorization": f"Bearer {key}"}, json=body)
                response.raise_for_status()
                if i >= 10:  # warm-up: connections, caches
                    samples[label].append(float(response.headers["x-sluice-overhead-ms"]))
    harness.stop()
    upstream.stop()

    results = {label: {"p50_ms": round(statistics.median(v), 3), "p90_ms": round(quantile(v, 0.9), 3)}
               for label, v in samples.items()}
    ref = results["key without budget"]["p50_ms"]
    results["ratio_p50"] = round(results["key with token + money budget"]["p50_ms"] / ref, 3)
    results["budget_stage_p50_ms"] = round(statistics.median(budget_stage[10:]), 3)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "budget_overhead.json").write_text(json.dumps(results, indent=2) + "\n")
    with_budget, without = results["key with token + money budget"], results["key without budget"]
    lines = ["| requests each | with budget p50 / p90 | without budget p50 / p90 | ratio p50 | budget stage p50 |",
             "|---|---|---|---|---|",
             f"| {args.requests} | {with_budget['p50_ms']} / {with_budget['p90_ms']} ms | {without['p50_ms']} / "
             f"{without['p90_ms']} ms | {results['ratio_p50']} | {results['budget_stage_p50_ms']} ms |"]
    (args.out / "budget_overhead.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
