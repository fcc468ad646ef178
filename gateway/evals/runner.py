"""Executing a run: every probe goes through the normal /v1 pipeline (guardrails, routing, audit),
tagged as evaluation traffic, with the run's concurrency and rate limit; results are stored one by
one so the run can resume after a worker dies."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.auth.principal import KeyPrincipal
from sluice.gateway.errors import SluiceError
from sluice.gateway.evals import runs
from sluice.gateway.evals.models import EvalProbe, EvalRun
from sluice.gateway.evals.scoring import ProbeAnswer, Scorer, summarise
from sluice.gateway.pipeline.context import RequestContext
from sluice.gateway.pipeline.run import PipelineServices, complete
from sluice.policy.errors import BlockCode

log = logging.getLogger("sluice.evals")

POLICY_BLOCK_CODES = frozenset(BlockCode)  # the policy refused: a finding of the run, not an error
EXCERPT_CHARS = 2000
HEARTBEAT_S = 10.0
BUSY_PATIENCE_S = 900.0
"""How long a probe keeps retrying while its provider says it is busy or not ready yet (503 with
``retry-after``: the built-in engine still loading, an upstream's rate limit); after that the probe is
an error. A run started right after the server is not a run of errors."""
BUSY_WAIT_S = (0.5, 30.0)
"""Bounds of one wait between tries: the provider's ``retry-after``, clamped."""

Executor = Callable[[EvalProbe], Awaitable[tuple[ProbeAnswer, dict, float]]]
"""A probe's answer, its decision record (``records``: the guardrails' decisions, ``policy_version``:
the policy version that applied) and its latency in ms."""


@dataclass(frozen=True)
class RunTarget:
    run_id: str
    tenant_id: str
    tenant_name: str
    model: str
    max_tokens: int
    pinned_policy: object | None = None  # a policy version the run evaluates instead of the tenant's active one


def pipeline_executor(services: PipelineServices, target: RunTarget) -> Executor:
    """Send probes through the gateway's own pipeline, exactly as an API request would go."""
    principal = KeyPrincipal(key_id=f"eval:{target.run_id}", tenant_id=target.tenant_id,
                             tenant_name=target.tenant_name, rpm_limit=None, tpm_limit=None)

    def context() -> RequestContext:
        rctx = RequestContext.begin(endpoint="chat", model=target.model, stream=False, principal=principal)
        rctx.eval_tag = f"evaluation:{target.run_id}"  # audited like any request, tagged
        rctx.pinned_policy = target.pinned_policy
        return rctx

    async def execute(probe: EvalProbe) -> tuple[ProbeAnswer, dict, float]:
        rctx = context()
        body = {"model": target.model, "messages": probe.messages, "max_tokens": target.max_tokens,
                "temperature": 0.0, "seed": 0}
        give_up = time.monotonic() + BUSY_PATIENCE_S
        while True:
            began = time.perf_counter()
            try:
                response = await complete(services, rctx, body)
                choices = response.get("choices") or [{}]
                message = choices[0].get("message") or {}
                answer = ProbeAnswer(text=message.get("content") or "", reasoning=message.get("reasoning_content") or "")
            except SluiceError as exc:
                wait = busy_wait(exc)
                if wait is not None and time.monotonic() + wait < give_up:
                    log.info("eval run %s: provider busy or not ready (%s), next try in %.1f s", target.run_id,
                             exc.code, wait)
                    await asyncio.sleep(wait)
                    rctx = context()  # each try is its own audited request
                    continue
                if exc.code in POLICY_BLOCK_CODES:
                    answer = ProbeAnswer(blocked_code=exc.code)
                else:
                    answer = ProbeAnswer(error_code=exc.code)
            break
        latency = (time.perf_counter() - began) * 1000.0
        decisions = [d.to_dict() if hasattr(d, "to_dict") else d for d in rctx.decisions]
        return answer, {"records": decisions, "policy_version": rctx.policy_version}, latency

    return execute


def busy_wait(exc: SluiceError) -> float | None:
    """Seconds to wait before trying again when ``exc`` says the provider is busy or not ready yet (a 503
    with ``retry-after``); None for every other error, which is the probe's result."""
    after = exc.headers.get("retry-after") if exc.status == 503 else None
    try:
        seconds = float(after) if after is not None else None
    except ValueError:
        seconds = None
    return None if seconds is None else min(max(seconds, BUSY_WAIT_S[0]), BUSY_WAIT_S[1])


class Pacer:
    """Spaces probe starts so a run stays under its requests-per-minute budget (0 = no limit)."""

    def __init__(self, per_minute: int):
        self.interval = 60.0 / per_minute if per_minute > 0 else 0.0
        self._next = time.monotonic()
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        if not self.interval:
            return
        async with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self.interval
        if delay > 0:
            await asyncio.sleep(delay)


def _result_values(probe: EvalProbe, answer: ProbeAnswer, decision: dict, latency: float, scorer: Scorer) -> dict:
    prompt = "\n".join(m["content"] for m in probe.messages)
    score = scorer.score(expected=probe.expected, prompt=prompt, answer=answer, canary=probe.canary,
                         leak_values=probe.leak_values)
    text = answer.text or ""
    return {
        "outcome": score.outcome, "passed": score.passed, "refusal_kind": score.refusal_kind,
        "refusal_score": score.refusal_score, "leaked": score.leaked, "leaked_types": score.leaked_types,
        "injected": score.injected, "error_code": answer.error_code or answer.blocked_code,
        "response_excerpt": text[:EXCERPT_CHARS],
        "response_sha256": hashlib.sha256(text.encode()).hexdigest() if answer.error_code is None else None,
        "decision": decision, "latency_ms": round(latency, 2),
    }


async def execute_run(sessions: sessionmaker[Session], run_id: str, executor_for: Callable[[EvalRun], Executor],
                      scorer: Scorer | None = None, stale_s: float = runs.DEFAULT_STALE_S) -> str:
    """Run (or resume) one evaluation. Returns the run's final status, or ``busy`` if another worker has it."""
    heartbeat_s = min(HEARTBEAT_S, stale_s / 3)
    with sessions() as session, session.begin():
        token = runs.acquire_lease(session=session, run_id=run_id, stale_s=stale_s)
    if token is None:
        return "busy"
    with sessions() as session:
        run = runs.get_run(session=session, run_id=run_id)
        probes = runs.pending_probes(session=session, run=run)
        session.expunge_all()
    try:
        executor = executor_for(run)
        scorer = scorer or await asyncio.to_thread(Scorer)
    except Exception as exc:
        with sessions() as session, session.begin():
            runs.fail_run(session=session, run_id=run_id, message=f"cannot start: {type(exc).__name__}: {exc}")
        return "failed"
    lost = asyncio.Event()
    semaphore = asyncio.Semaphore(run.concurrency)
    pacer = Pacer(run.rate_per_minute)

    async def beat() -> None:
        while not lost.is_set():
            await asyncio.sleep(heartbeat_s)
            with sessions() as session, session.begin():
                if not runs.heartbeat(session=session, run_id=run_id, token=token):
                    lost.set()

    async def one(probe: EvalProbe) -> None:
        async with semaphore:
            if lost.is_set():
                return
            await pacer.wait()
            answer, decision, latency = await executor(probe)
            values = await asyncio.to_thread(_result_values, probe, answer, decision, latency, scorer)
            with sessions() as session, session.begin():
                runs.store_result(session=session, run_id=run_id, probe_id=probe.id, values=values)

    heart = asyncio.create_task(beat())
    try:
        await asyncio.gather(*(one(p) for p in probes))
    finally:
        heart.cancel()
    if lost.is_set():
        return "lease_lost"
    with sessions() as session, session.begin():
        summary = summarise(runs.result_rows(session=session, run_id=run_id))
        runs.finish_run(session=session, run_id=run_id, token=token, summary=summary)
    log.info("evaluation run finished", extra={"run_id": run_id, "probes": summary["probes"]})
    return "completed"
