"""The checkpointer of a gateway process, from settings: cadence, sinks, witness quorum, metrics."""

from __future__ import annotations

from sluice.audit.errors import AuditError
from sluice.audit.publish.checkpointer import Checkpointer
from sluice.audit.publish.sinks import SinkConfigError, sink_from_url
from sluice.audit.runtime import AuditRuntime
from sluice.audit.signing import KeyFileError
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


def signing_readiness(checkpointer: Checkpointer) -> ReadinessCheck:
    """Not ready while this process cannot sign checkpoints (no key, a failing external signer)."""
    return lambda: (False, checkpointer.signing_error) if checkpointer.signing_error else (True, "ok")


SELF_TEST = b"sluice audit signer self-test\n"


def check_signer(audit: AuditRuntime) -> None:
    """Load the signing key (or run the external signer once); a process that could not sign any
    checkpoint refuses to start, naming what to do."""
    try:
        signer = audit.signer()
        signer.sign(SELF_TEST)
    except (AuditError, KeyFileError) as exc:
        raise RuntimeError(f"audit checkpoints cannot be signed: {getattr(exc, 'message', None) or exc}. "
                           f"Create a key with `sluice audit keygen` (SLUICE_AUDIT_SIGNING_KEY) or configure "
                           f"SLUICE_AUDIT_SIGNER_COMMAND and SLUICE_AUDIT_PUBLIC_KEY_FILE") from None
