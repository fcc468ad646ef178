"""The audit log's periodic work inside the app process, for the embedded default.

Without a broker there is no Celery beat, so the app itself signs a checkpoint every
``SLUICE_AUDIT_CHECKPOINT_MINUTES`` and applies retention once a day.
"""

from __future__ import annotations

import asyncio
import logging
import time

from sluice.audit.tasks import checkpoint_task, retention_task

log = logging.getLogger("sluice.audit")

DAY_S = 24 * 3600.0


async def scheduled_audit_work(checkpoint_every_s: float) -> None:
    next_retention = time.monotonic()
    while True:
        await asyncio.sleep(checkpoint_every_s)
        try:
            await asyncio.to_thread(checkpoint_task.run)
            if time.monotonic() >= next_retention:
                await asyncio.to_thread(retention_task.run)
                next_retention = time.monotonic() + DAY_S
        except Exception as exc:  # noqa: BLE001 - retried on the next tick; readiness shows store outages
            log.error("scheduled audit work failed", extra={"error_type": type(exc).__name__})
