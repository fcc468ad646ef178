"""The Celery application, built from settings at the edge.

Without ``SLUICE_BROKER_URL`` tasks run in-process (the embedded default); with it a worker and
beat run against the broker. Library tasks are declared with ``celery.shared_task`` in their own
packages and listed in ``TASK_MODULES``; periodic work is assembled in ``beat_schedule``.
"""

from __future__ import annotations

from celery import Celery

from sluice.gateway.settings import Settings

TASK_MODULES: list[str] = ["sluice.audit.tasks", "sluice.gateway.evals.tasks"]


def beat_schedule(settings: Settings) -> dict:
    """Periodic tasks, by name. Domains add their entries here. (Audit checkpoints are not among them:
    every serving gateway process runs the checkpointer, see ``sluice.gateway.audit_api.schedule``.)"""
    return {
        "audit-retention": {"task": "sluice.audit.retention", "schedule": 24 * 3600.0},
        "evals-resume": {"task": "sluice.evals.resume", "schedule": 30.0},
    }


def make_celery(settings: Settings) -> Celery:
    app = Celery("sluice")
    eager = settings.broker_url is None
    app.conf.update(
        broker_url=settings.broker_url or "memory://",
        result_backend=settings.redis_url if (settings.redis_url and not eager) else None,
        task_always_eager=eager,
        task_eager_propagates=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_serializer="json",
        accept_content=["json"],
        timezone="UTC",
        beat_schedule=beat_schedule(settings),
        include=list(TASK_MODULES),
    )
    app.set_default()
    return app
