"""The integrity status of the audit log shown in the console: the latest signed checkpoint (with its
signature checked here), the last full verification, and an event's inclusion proof checked against
the signed root."""

from __future__ import annotations

import base64
import logging
import threading
from datetime import UTC, datetime

import orjson
from sqlalchemy import select

from sluice.audit import runtime as audit_runtime
from sluice.audit import service
from sluice.audit.checkpoint import CheckpointInvalid, parse_checkpoint
from sluice.audit.errors import AuditError
from sluice.audit.merkle import ProofError, verify_inclusion
from sluice.audit.storage.models import EventRow
from sluice.audit.storage.publications import witnesses
from sluice.audit.storage.tree import latest_checkpoint
from sluice.audit.verify.database import verify_database

log = logging.getLogger("sluice.console")
VERIFY_ACTION = "audit.verified"


def _time(us: int) -> datetime:
    return datetime.fromtimestamp(us / 1e6, UTC)


def _verifier():
    try:
        return audit_runtime.get().signer().verifier
    except AuditError:
        return None


def checkpoint_status(conn) -> dict | None:
    row = latest_checkpoint(conn)
    if row is None:
        return None
    verifier = _verifier()
    signature = "unchecked"
    if verifier is not None:
        try:
            signed = parse_checkpoint(row.note, verifier)
            signature = "valid" if (signed.size, signed.root) == (row.tree_size, bytes(row.root_hash)) else "mismatch"
        except CheckpointInvalid:
            signature = "invalid"
    return {"tree_size": row.tree_size, "root_hash": base64.b64encode(row.root_hash).decode(), "key_id": row.key_id,
            "time": _time(row.time_us), "origin": row.origin, "signature": signature,
            "witnesses": witnesses(conn, row.tree_size)}


def last_verification(conn) -> dict | None:
    """The newest ``audit.verified`` event (verifications are themselves recorded in the log)."""
    row = conn.execute(select(EventRow.entry, EventRow.time_us).where(EventRow.action == VERIFY_ACTION)
                       .order_by(EventRow.seq.desc()).limit(1)).first()
    if row is None or row.entry is None:
        return None
    event = orjson.loads(row.entry)
    return {"time": _time(row.time_us), "by": event.get("actor_label"), **(event.get("after") or {})}


def check_inclusion(conn, seq: int) -> dict:
    """Fetch the proof for one event and verify it here against the signed checkpoint."""
    try:
        proof = service.inclusion(conn, seq=seq)
    except AuditError as exc:
        return {"ok": False, "message": exc.message}
    leaf = base64.b64decode(proof["leaf_hash"])
    path = [base64.b64decode(p) for p in proof["proof"]]
    root = base64.b64decode(proof["checkpoint"]["root_hash"])
    try:
        verify_inclusion(seq, proof["tree_size"], leaf, path, root)
    except ProofError as exc:
        return {"ok": False, "message": f"the proof does not lead to the signed root: {exc}"}
    return {"ok": True, "tree_size": proof["tree_size"], "steps": len(path), "root_hash": proof["checkpoint"]["root_hash"],
            "checkpoint_time": proof["checkpoint"]["time"],
            "message": f"event {seq} is in the log of size {proof['tree_size']} signed at "
                       f"{proof['checkpoint']['time']} ({len(path)} proof steps)"}


def run_verification(ctx, *, record) -> None:
    """Replay the whole log against every checkpoint, then record the outcome as an audit event.

    ``record(session, after)`` writes the admin event (the caller knows who asked)."""
    ctx.console.verifying = True
    try:
        report = verify_database(ctx.engine, verifier=_verifier())
        after = {"ok": report.ok, "records": report.records, "tree_size": report.tree_size,
                 "checkpoints": report.checkpoints, "problems": len(report.problems),
                 "summary": report.summary()[:500]}
        with ctx.sessions() as session, session.begin():
            record(session, after)
    except Exception as exc:  # noqa: BLE001 - shown as "failed" on the page; never crashes a worker thread
        log.error("audit verification failed", extra={"error_type": type(exc).__name__})
    finally:
        ctx.console.verifying = False


def start_verification(ctx, *, record) -> bool:
    if ctx.console.verifying:
        return False
    ctx.console.verifying = True
    threading.Thread(target=run_verification, args=(ctx,), kwargs={"record": record}, daemon=True,
                     name="console-audit-verify").start()
    return True
