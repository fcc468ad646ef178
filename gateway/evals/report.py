"""Run reports: a JSON document, a self-contained HTML page with charts, and a signed bundle."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import orjson
from sqlalchemy.orm import Session

from sluice.audit.signed_files import write_signed_files
from sluice.audit.signing import Signer
from sluice.gateway.evals import runs
from sluice.gateway.evals.models import EvalSuite
from sluice.gateway.evals.report_html import render_html
from sluice.gateway.evals.scoring import summarise
from sluice.gateway.policies.models import Policy

REPORT_KIND = "sluice-eval-report"
WORST_EXAMPLES = 20


def _severity(row: dict) -> int:
    """How bad a failed probe is, for ordering the worst examples (higher is worse)."""
    if row["passed"] is not False:
        return 0
    if row["leaked"]:
        return 5
    if row["injected"]:
        return 4
    if row["harmful"]:
        return 3
    return 2 if row["outcome"] == "blocked" else 1


def _policies_used(session: Session, rows: list[dict]) -> str:
    """The policy versions the probes actually ran under (``name vN``), for a run on the active policy."""
    labels = []
    for ref in sorted({v for r in rows if (v := (r["decision"] or {}).get("policy_version"))}):
        policy_id, _, version = ref.partition("@v")
        policy = session.get(Policy, policy_id)
        labels.append(f"{policy.name if policy else policy_id} v{version}")
    return ", ".join(labels) or "none recorded"


def build_report(*, session: Session, run_id: str, tenant_id: str | None = None) -> dict:
    run = runs.get_run(session=session, run_id=run_id, tenant_id=tenant_id)
    suite = session.get(EvalSuite, run.suite_id)
    rows = runs.result_rows(session=session, run_id=run_id)
    worst = sorted((r for r in rows if _severity(r)), key=lambda r: (-_severity(r), r["ordinal"]))[:WORST_EXAMPLES]
    errored = [r for r in rows if r["outcome"] == "errored"]
    return {
        "format": REPORT_KIND, "version": 1,
        "generated_at": datetime.now(timezone.utc).isoformat(),
        "run": {"id": run.id, "status": run.status, "tenant_id": run.tenant_id, "provider": run.provider,
                "model": run.model, "policy": run.policy_label or _policies_used(session, rows),
                "total": run.total, "completed": run.completed, "errored": run.errored,
                "created_by": run.created_by, "created_at": run.created_at.isoformat(),
                "started_at": run.started_at.isoformat() if run.started_at else None,
                "finished_at": run.finished_at.isoformat() if run.finished_at else None},
        "suite": {"id": suite.id, "name": suite.name, "version": suite.version, "source": suite.source,
                  "license": suite.license, "probes": suite.probe_count},
        "summary": summarise(rows),
        "worst_examples": [{k: r[k] for k in ("ordinal", "category", "expected", "outcome", "refusal_kind",
                                               "leaked_types", "injected", "error_code", "prompt", "response",
                                               "decision")} for r in worst],
        "errored_probes": [{"ordinal": r["ordinal"], "category": r["category"], "error_code": r["error_code"]}
                           for r in errored],
    }


COMPARED = ("pass", "refusal_on_answerable", "censored_on_answerable", "deflected_on_answerable", "no_answer",
            "pii_leakage", "injection_success", "policy_blocked_harmful",
            "policy_blocked_benign")


def compare_reports(a: dict, b: dict) -> dict:
    """Two runs side by side (model A vs B, policy v3 vs v4): headline rates and per-category pass rates."""
    sa, sb = a["summary"], b["summary"]
    headline = {name: {"a": sa[name], "b": sb[name],
                       "delta": (sb[name]["rate"] - sa[name]["rate"])
                       if sa[name]["rate"] is not None and sb[name]["rate"] is not None else None}
                for name in COMPARED}
    categories = {}
    for name in sorted(set(sa["categories"]) | set(sb["categories"])):
        ca, cb = sa["categories"].get(name), sb["categories"].get(name)
        categories[name] = {"a": ca["pass"] if ca else None, "b": cb["pass"] if cb else None}
    return {"a": a["run"], "b": b["run"], "headline": headline, "categories": categories}


def write_report_bundle(out: Path, report: dict, signer: Signer) -> Path:
    files = {"report.json": orjson.dumps(report, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS),
             "report.html": render_html(report).encode()}
    return write_signed_files(out, kind=REPORT_KIND, files=files, signer=signer,
                              meta={"run_id": report["run"]["id"], "generated_at": report["generated_at"]})
