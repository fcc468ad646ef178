"""Start-up and shutdown of the audit log in the app: runtime, group-commit writer, recorder, readiness."""

from __future__ import annotations

from audit.writer import AuditWriter
from gateway.audit_api.recorder import AuditRecorder
from gateway.context import AppContext
from gateway.health import READINESS_CHECKS_KEY
from gateway.pipeline.stages import RECORDER_KEY
from gateway.tasks.runtime import configure_audit

WRITER_KEY = "audit_writer"


async def start_audit(ctx: AppContext) -> None:
    runtime = configure_audit(ctx.settings, engine=ctx.engine)
    if WRITER_KEY not in ctx.extras:
        ctx.extras[WRITER_KEY] = AuditWriter(ctx.sessions, sealer=runtime.sealer,
                                             max_batch=ctx.settings.audit_batch_max).start()
    ctx.extras.setdefault(RECORDER_KEY, AuditRecorder(ctx.extras[WRITER_KEY],
                                                      fail_open=ctx.settings.audit_fail_open))
    ctx.extras.setdefault(READINESS_CHECKS_KEY, {})["audit"] = _readiness


def _readiness(ctx: AppContext) -> tuple[bool, str]:
    writer: AuditWriter | None = ctx.extras.get(WRITER_KEY)
    if writer is None or not writer.running:
        return False, "audit writer not running"
    return (True, "ok") if writer.healthy else (False, "audit store unavailable")


async def stop_audit(ctx: AppContext) -> None:
    writer: AuditWriter | None = ctx.extras.pop(WRITER_KEY, None)
    if writer is not None:
        writer.close()
