"""Evaluation runs: creating them, leasing them to one worker at a time, storing results once.

A run is resumable: each probe's result is its own committed row, unique per (run, probe), so a
worker that dies loses at most the probes in flight, and whoever resumes the run skips the rest.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput, NotFound
from sluice.gateway.evals.models import EvalProbe, EvalResult, EvalRun, EvalSuite
from sluice.gateway.providers.service import get_provider

DEFAULT_STALE_S = 45.0
ACTIVE = ("queued", "running")


def create_run(*, session: Session, suite: EvalSuite, tenant_id: str, provider: str, model: str | None,
               policy_ref: str | None, policy_label: str, created_by: str, concurrency: int = 4,
               rate_per_minute: int = 0, max_tokens: int = 256) -> EvalRun:
    record = get_provider(session=session, ref=provider)
    served = list(record.models or [])
    model = model or (served[0] if len(served) == 1 else None)
    if model is None:
        raise InvalidInput(ErrorCode.MODEL_REQUIRED,
                           f"provider {record.name} serves several models; name one",
                           param="model")
    if model not in served:
        raise InvalidInput(ErrorCode.MODEL_NOT_SERVED,
                           f"provider {record.name} does not serve {model!r}", param="model")
    if not 1 <= concurrency <= 64:
        raise InvalidInput(ErrorCode.INVALID_CONCURRENCY, "concurrency is 1 to 64", param="concurrency")
    if rate_per_minute < 0 or not 1 <= max_tokens <= 8192:
        raise InvalidInput(ErrorCode.INVALID_LIMITS,
                           "rate_per_minute >= 0 and max_tokens 1..8192", param="max_tokens")
    run = EvalRun(id=new_id("run"), suite_id=suite.id, tenant_id=tenant_id, provider=record.name, model=model,
                  policy_ref=policy_ref, policy_label=policy_label, total=suite.probe_count,
                  concurrency=concurrency, rate_per_minute=rate_per_minute, max_tokens=max_tokens,
                  created_by=created_by)
    session.add(run)
    session.flush()
    return run


def get_run(*, session: Session, run_id: str, tenant_id: str | None = None) -> EvalRun:
    run = session.get(EvalRun, run_id)
    if run is None or (tenant_id is not None and run.tenant_id != tenant_id):
        raise NotFound(ErrorCode.RUN_NOT_FOUND, f"no evaluation run {run_id!r}")
    return run


def list_runs(*, session: Session, tenant_id: str | None, limit: int = 100) -> list[EvalRun]:
    query = select(EvalRun).order_by(EvalRun.created_at.desc()).limit(limit)
    if tenant_id is not None:
        query = query.where(EvalRun.tenant_id == tenant_id)
    return list(session.scalars(query))


def acquire_lease(*, session: Session, run_id: str, stale_s: float = DEFAULT_STALE_S) -> str | None:
    """Take the run for this worker if nobody holds a fresh lease; returns the lease token or None."""
    token = secrets.token_hex(8)
    now = utcnow()
    stale = timedelta(seconds=stale_s)
    result = session.execute(
        update(EvalRun)
        .where(EvalRun.id == run_id, EvalRun.status.in_(ACTIVE),
               (EvalRun.lease_token.is_(None)) | (EvalRun.heartbeat_at < now - stale))
        .values(lease_token=token, heartbeat_at=now, status="running",
                started_at=func.coalesce(EvalRun.started_at, now))
    )
    return token if result.rowcount == 1 else None


def heartbeat(*, session: Session, run_id: str, token: str) -> bool:
    """Refresh the lease; False when it was lost (another worker took over, or the run was cancelled)."""
    result = session.execute(update(EvalRun).where(EvalRun.id == run_id, EvalRun.lease_token == token,
                                                   EvalRun.status == "running").values(heartbeat_at=utcnow()))
    return result.rowcount == 1


def pending_probes(*, session: Session, run: EvalRun) -> list[EvalProbe]:
    done = select(EvalResult.probe_id).where(EvalResult.run_id == run.id)
    return list(session.scalars(select(EvalProbe).where(EvalProbe.suite_id == run.suite_id,
                                                        EvalProbe.id.not_in(done)).order_by(EvalProbe.ordinal)))


def store_result(*, session: Session, run_id: str, probe_id: str, values: dict) -> bool:
    """Insert one result; False when this probe already has one (never a duplicate)."""
    try:
        with session.begin_nested():
            session.add(EvalResult(id=new_id("res"), run_id=run_id, probe_id=probe_id, **values))
    except IntegrityError:
        return False
    counter = EvalRun.errored if values.get("outcome") == "errored" else EvalRun.completed
    session.execute(update(EvalRun).where(EvalRun.id == run_id).values({counter: counter + 1}))
    return True


def finish_run(*, session: Session, run_id: str, token: str, summary: dict) -> None:
    session.execute(update(EvalRun).where(EvalRun.id == run_id, EvalRun.lease_token == token)
                    .values(status="completed", finished_at=utcnow(), lease_token=None, summary=summary))


def fail_run(*, session: Session, run_id: str, message: str) -> None:
    session.execute(update(EvalRun).where(EvalRun.id == run_id)
                    .values(status="failed", finished_at=utcnow(), lease_token=None, error=message[:500]))


def cancel_run(*, session: Session, run: EvalRun) -> EvalRun:
    if run.status not in ACTIVE:
        raise Conflict(ErrorCode.RUN_FINISHED, f"the run is already {run.status}")
    run.status = "cancelled"
    run.finished_at = utcnow()
    run.lease_token = None
    session.flush()
    return run


def stalled_runs(*, session: Session, stale_s: float = DEFAULT_STALE_S) -> list[str]:
    """Runs that should be running but whose worker stopped sending heartbeats (or never started)."""
    cutoff = utcnow() - timedelta(seconds=stale_s)
    query = select(EvalRun.id).where(EvalRun.status.in_(ACTIVE),
                                     (EvalRun.heartbeat_at.is_(None) & (EvalRun.created_at < cutoff))
                                     | (EvalRun.heartbeat_at < cutoff))
    return list(session.scalars(query))


def release_active_leases(*, session: Session) -> list[str]:
    """Free every active run's lease (start-up of a single-process deployment); returns their ids."""
    ids = list(session.scalars(select(EvalRun.id).where(EvalRun.status.in_(ACTIVE))))
    if ids:
        session.execute(update(EvalRun).where(EvalRun.id.in_(ids)).values(lease_token=None, heartbeat_at=None))
    return ids


def result_rows(*, session: Session, run_id: str) -> list[dict]:
    """Every result joined with its probe, for summaries and reports."""
    query = (select(EvalResult, EvalProbe).join(EvalProbe, EvalProbe.id == EvalResult.probe_id)
             .where(EvalResult.run_id == run_id).order_by(EvalProbe.ordinal))
    rows = []
    for result, probe in session.execute(query):
        rows.append({
            "probe_id": probe.id, "ordinal": probe.ordinal, "category": probe.category, "expected": probe.expected,
            "harmful": probe.harmful, "prompt": "\n".join(m["content"] for m in probe.messages),
            "outcome": result.outcome, "passed": result.passed, "refusal_kind": result.refusal_kind,
            "refusal_score": result.refusal_score, "leaked": result.leaked, "leaked_types": result.leaked_types,
            "injected": result.injected, "error_code": result.error_code, "response": result.response_excerpt,
            "response_sha256": result.response_sha256, "decision": result.decision, "latency_ms": result.latency_ms,
        })
    return rows
