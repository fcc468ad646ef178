"""Latency the tenant's policy adds on /v1, measured through a real gateway server.

One gateway (in-process server thread, SQLite) and one emulated upstream; two tenants: one under the
policy shipped as the deployment default, one under a policy with every guardrail off (the
reference). Requests alternate between the two tenants so that both see the same machine load.
Figures are the gateway's own ``x-sluice-overhead-ms`` header (time not spent waiting on the
upstream), non-streaming, for 1 KB and 8 KB prompts, plus the per-stage medians of the policy tenant.

    .venv/bin/python bench/policy_overhead.py [--requests 60]

Writes bench/out/policy_overhead.json and .md.
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

PARAGRAPH = ("Please review the quarterly claims summary for the northern region, list the three largest "
             "open items with their adjusters, and draft a short note to the finance team about reserves. ")


def prompt(size: int) -> str:
    return (PARAGRAPH * (size // len(PARAGRAPH) + 1))[:size]


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=60)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(2)
    from sluice.gateway.database import transaction
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.pipeline.stages import Recorder
    from sluice.gateway.tenants.service import create_tenant
    from tests.conftest import _migrate, make_settings
    from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
    from tests.support.emulator import EmulatorConfig, serve
    from tests.support.gateway_harness import GatewayHarness

    url = f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    _migrate(url)
    emulator, upstream = serve(EmulatorConfig(reply_words=40))
    harness = GatewayHarness(url, make_settings, default_rpm=0).start()
    model = harness.model("bench")
    harness.add_provider("eu", base_url=upstream.url + "/v1", models=[model], region="eu-west-1")
    with transaction(harness.sessions) as session:
        reference = create_tenant(session=session, name=f"ref-{harness.tag}")
        reference_key = create_key(session=session, tenant=reference, secret=harness.settings.secret_bytes).key
        activate_policy(session, reference.id, NO_GUARDRAILS)
    keys = {"shipped default policy": harness.key, "no guardrails": reference_key}

    stages: dict[str, list[float]] = {}
    audit = harness.ctx.recorder

    class StageTimes(Recorder):
        async def record_intent(self, rctx):
            if audit is not None:
                await audit.record_intent(rctx)

        async def record(self, rctx):
            if audit is not None:
                await audit.record(rctx)
            if rctx.tenant_id == harness.tenant_id:
                for name, ms in rctx.timings_ms.items():
                    stages.setdefault(name, []).append(ms)

    harness.ctx.recorder = StageTimes()
    results = {}
    with httpx.Client(base_url=harness.base_url, timeout=300) as client:
        for size in (1024, 8192):
            text = prompt(size)
            samples = {label: [] for label in keys}
            stages.clear()
            for i in range(args.requests + 5):
                for label, key in keys.items():
                    response = client.post("/chat/completions", headers={"authorization": f"Bearer {key}"},
                                           json={"model": model, "messages": [{"role": "user", "content": text}]})
                    response.raise_for_status()
                    if i >= 5:  # the first requests load models and fill caches
                        samples[label].append(float(response.headers["x-sluice-overhead-ms"]))
            results[f"{size // 1024} KB"] = {
                label: {"p50_ms": round(statistics.median(v), 2), "p90_ms": round(quantile(v, 0.9), 2)}
                for label, v in samples.items()
            } | {"policy_stage_p50_ms": {k: round(statistics.median(v[5:]), 2) for k, v in stages.items()}}
    harness.stop()
    upstream.stop()

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "policy_overhead.json").write_text(json.dumps(results, indent=2) + "\n")
    lines = ["| prompt | shipped default policy p50 / p90 | no guardrails p50 / p90 | added p50 | "
             "policy stages p50 (input / route / output) |", "|---|---|---|---|---|"]
    for size, r in results.items():
        policy, ref, st = r["shipped default policy"], r["no guardrails"], r["policy_stage_p50_ms"]
        lines.append(f"| {size} | {policy['p50_ms']} / {policy['p90_ms']} ms | {ref['p50_ms']} / {ref['p90_ms']} ms | "
                     f"{round(policy['p50_ms'] - ref['p50_ms'], 2)} ms | {st.get('input')} / {st.get('route')} / "
                     f"{st.get('output')} ms |")
    (args.out / "policy_overhead.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
