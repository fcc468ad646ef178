"""Background execution of runs: a Celery task with a broker, an asyncio task in-process without.

With a broker, ``sluice.evals.run`` runs in a worker on services built for the run (see
:func:`sluice.gateway.tasks.runtime.worker_services`); a periodic
``sluice.evals.resume`` re-queues runs whose worker stopped sending heartbeats (killed, restarted),
and the lease makes sure only one worker executes a run at a time.
"""

from __future__ import annotations

import asyncio

from celery import shared_task

from sluice.gateway.database import make_engine, session_factory
from sluice.gateway.evals import runs
from sluice.gateway.evals.runner import execute_run
from sluice.gateway.evals.services import executor_for
from sluice.gateway.services import Services
from sluice.gateway.settings import load_settings
from sluice.gateway.tasks.runtime import worker_services

_background: set[asyncio.Task] = set()


async def run_in_context(ctx: Services, run_id: str) -> str:
    return await execute_run(ctx.sessions, run_id, executor_for(ctx), stale_s=ctx.settings.eval_lease_stale_s)


async def _run_with_worker_services(run_id: str) -> str:
    async with worker_services() as ctx:
        return await run_in_context(ctx, run_id)


@shared_task(name="sluice.evals.run", acks_late=True, reject_on_worker_lost=True)
def run_evaluation(run_id: str) -> str:
    """Runs in a worker, on services the worker builds from its settings for the run."""
    return asyncio.run(_run_with_worker_services(run_id))


@shared_task(name="sluice.evals.resume")
def resume_stalled() -> list[str]:
    settings = load_settings()
    engine = make_engine(settings.database_url)
    try:
        with session_factory(engine)() as session:
            stalled = runs.stalled_runs(session=session, stale_s=settings.eval_lease_stale_s)
    finally:
        engine.dispose()
    for run_id in stalled:
        resume_stalled.app.send_task(run_evaluation.name, args=[run_id])
    return stalled


def start_run(ctx: Services, run_id: str) -> None:
    """Start a run in the background: on the worker pool with a broker, in this process without."""
    if ctx.settings.broker_url:
        ctx.celery.send_task(run_evaluation.name, args=[run_id])
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
