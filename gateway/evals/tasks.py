"""Background execution of runs: a Celery task with a broker, an asyncio task in-process without.

With a broker, ``sluice.evals.run`` runs in a worker in a fresh gateway context; a periodic
``sluice.evals.resume`` re-queues runs whose worker stopped sending heartbeats (killed, restarted),
and the lease makes sure only one worker executes a run at a time.
"""

from __future__ import annotations

import asyncio
import logging

from celery import shared_task

from sluice.gateway.services import Services
from sluice.gateway.evals import runs
from sluice.gateway.evals.runner import execute_run
from sluice.gateway.evals.services import executor_for

log = logging.getLogger("sluice.evals")
_background: set[asyncio.Task] = set()


async def run_in_context(ctx: Services, run_id: str) -> str:
    return await execute_run(ctx.sessions, run_id, executor_for(ctx), stale_s=ctx.settings.eval_lease_stale_s)


async def _run_in_fresh_context(run_id: str) -> str:
    from sluice.gateway.app import SHUTDOWN_HOOKS, STARTUP_HOOKS, build_context
    from sluice.gateway.settings import load_settings

    ctx = build_context(load_settings())
    for hook in STARTUP_HOOKS:
        await hook(ctx)
    try:
        return await run_in_context(ctx, run_id)
    finally:
        for hook in reversed(SHUTDOWN_HOOKS):
            try:
                await hook(ctx)
            except Exception:  # shutting down: report, keep going
                log.exception("shutdown hook failed")
        ctx.engine.dispose()


@shared_task(name="sluice.evals.run", acks_late=True, reject_on_worker_lost=True)
def run_evaluation(run_id: str) -> str:
    return asyncio.run(_run_in_fresh_context(run_id))


@shared_task(name="sluice.evals.resume")
def resume_stalled() -> list[str]:
    from sluice.gateway.database import make_engine, session_factory
    from sluice.gateway.settings import load_settings

    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine)() as session:
            stalled = runs.stalled_runs(session=session, stale_s=settings.eval_lease_stale_s)
    finally:
        engine.dispose()
    for run_id in stalled:
        run_evaluation.delay(run_id)
    return stalled


def start_run(ctx: Services, run_id: str) -> None:
    """Start a run in the background: on the worker pool with a broker, in this process without."""
    if ctx.settings.broker_url:
        run_evaluation.delay(run_id)
        return
    task = asyncio.get_running_loop().create_task(run_in_context(ctx, run_id))
    _background.add(task)
    task.add_done_callback(_background.discard)


async def resume_in_process(ctx: Services) -> None:
    """Start-up hook of the embedded default: continue runs that were going when the process stopped."""
    if ctx.settings.broker_url:
        return
    with ctx.sessions() as session, session.begin():
        # One process serves the embedded default: whatever it was running died with it.
        stalled = runs.release_active_leases(session=session)
    for run_id in stalled:
        start_run(ctx, run_id)
