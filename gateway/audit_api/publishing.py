"""The checkpointer of a gateway process, from settings: cadence, sinks, witness quorum, metrics."""

from __future__ import annotations

from sluice.audit.publish.checkpointer import Checkpointer
from sluice.audit.publish.sinks import SinkConfigError, sink_from_url
from sluice.audit.runtime import AuditRuntime
from sluice.gateway.services import ReadinessCheck
from sluice.gateway.settings import Settings
from sluice.gateway.telemetry.metrics import Metrics, label


def build_checkpointer(settings: Settings, audit: AuditRuntime, metrics: Metrics) -> Checkpointer:
    try:
        sinks = [sink_from_url(url) for url in settings.audit_sinks]
    except SinkConfigError as exc:
        raise ValueError(f"SLUICE_AUDIT_SINKS: {exc}") from None
    witnesses = sum(1 for sink in sinks if sink.is_witness)
    if settings.audit_witness_quorum > witnesses:
        raise ValueError(f"SLUICE_AUDIT_WITNESS_QUORUM is {settings.audit_witness_quorum} but only {witnesses} "
                         f"witness sinks are configured")
    checkpointer = Checkpointer(
        engine=audit.engine, signer=audit.signer, origin=audit.origin,
        every_events=settings.audit_checkpoint_events, every_s=settings.audit_checkpoint_seconds, sinks=sinks, quorum=settings.audit_witness_quorum,
        on_publish_failure=lambda sink: metrics.audit_publish_failures.labels(label(sink)).inc())
    metrics.audit_unpublished.set_function(lambda: checkpointer.status.unpublished_s)
    metrics.audit_cosignatures.set_function(lambda: checkpointer.status.cosignatures)
    return checkpointer


def checkpoint_readiness(checkpointer: Checkpointer) -> ReadinessCheck:
    """Not ok while sinks fail or the witness quorum is missing; a shared dependency (``/readyz`` then
    says ``degraded`` and stays 200), so the gateway keeps serving while the detail says what is missing."""
    def check() -> tuple[bool, str]:
        detail = checkpointer.status.detail(checkpointer.quorum)
        return detail == "ok", detail
    return check
