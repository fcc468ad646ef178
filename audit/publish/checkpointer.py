"""When checkpoints are signed, and publishing them to every sink until each has the latest.

Cadence: a checkpoint is due when the log holds ``every_events`` or more events beyond the newest
stored checkpoint, or the newest stored checkpoint is ``every_s`` seconds old and the log has grown
since — judged by what is stored, not by a timer of this process, so restarts do not delay it — and
at shutdown (``final``). Signing happens under the log's append lock, so processes that find it due
at once sign one checkpoint, not one each.

Publishing: each sink is sent the latest checkpoint it has not got; a sink that fails is retried with
exponential backoff (1 s doubling to 60 s) and then sent whatever is latest by then. Every success is
a row of ``audit_publications`` (with a witness's cosignature), which other processes read too.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import func, insert, select
from sqlalchemy.engine import Engine

from sluice.audit.errors import AuditNotConfigured
from sluice.audit.events import time_us
from sluice.audit.publish.sinks import Sink, SinkError
from sluice.audit.signing import KeyFileError, Signer
from sluice.audit.storage.log import lock_state, read_state
from sluice.audit.storage.models import CheckpointRow, PublicationRow
from sluice.audit.storage.sqlite_wal import writing
from sluice.audit.storage.tree import create_checkpoint, latest_checkpoint, prove_consistency

log = logging.getLogger("sluice.audit")

_checkpoints = CheckpointRow.__table__
_publications = PublicationRow.__table__
BACKOFF_MAX_S = 60.0


@dataclass
class SinkState:
    failures: int = 0
    last_error: str | None = None
    next_attempt: float = 0.0
    published_size: int = 0


@dataclass
class Status:
    """What readiness and metrics show; refreshed by every publishing round."""

    latest_size: int = 0
    unpublished_s: float = 0.0
    cosignatures: int = 0
    failing: dict[str, str] = field(default_factory=dict)
    quorum_missing: bool = False

    def detail(self, quorum: int) -> str:
        """``ok``, or ``degraded (...)`` naming each failing sink and a missing witness quorum."""
        problems = [f"sink {name} failing: {error}" for name, error in sorted(self.failing.items())]
        if self.quorum_missing:
            problems.append(f"witness quorum {self.cosignatures}/{quorum} on checkpoint {self.latest_size}")
        if not problems:
            return "ok"
        return f"degraded ({int(self.unpublished_s)} s unpublished): " + "; ".join(problems)


def is_due(*, size: int, latest, now_us: int, every_events: int, every_s: float, final: bool = False) -> bool:
    """Whether the log of ``size`` needs a checkpoint beyond ``latest`` (a row of ``audit_checkpoints``).

    Only growth makes one due, whichever key signed the latest: processes running with an old and a
    new key during a key change do not re-sign the same size in turn."""
    if latest is None:
        return size > 0
    if size <= latest.tree_size:
        return False
    return final or size - latest.tree_size >= every_events or now_us - latest.time_us >= every_s * 1e6


class Checkpointer:
    def __init__(self, *, engine: Engine, signer: Callable[[], Signer], origin: str, every_events: int = 1000,
                 every_s: float = 60.0, sinks: Sequence[Sink] = (), quorum: int = 0, quorum_grace_s: float = 10.0,
                 on_publish_failure: Callable[[str], None] | None = None, clock: Callable[[], float] = time.time):
        self.engine, self.signer, self.origin = engine, signer, origin
        self.every_events, self.every_s = every_events, every_s
        self.sinks = list(sinks)
        self.quorum, self.quorum_grace_s = quorum, quorum_grace_s
        self.on_publish_failure = on_publish_failure
        self.clock = clock
        self.state = {sink.name: SinkState() for sink in self.sinks}
        self.status = Status()
        self.signing_error: str | None = None
        self._publishing = threading.Lock()

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), timezone.utc)

    # --- signing ---------------------------------------------------------------------------------
    def checkpoint_if_due(self, *, final: bool = False) -> int | None:
        """Sign a checkpoint if one is due; its tree size, or None. A key that cannot be loaded or a
        signer that fails is kept in ``signing_error`` (readiness reports it) and raised."""
        try:
            size = self._checkpoint_if_due(final=final)
        except (AuditNotConfigured, KeyFileError) as exc:
            self.signing_error = getattr(exc, "message", None) or str(exc)
            raise
        self.signing_error = None
        return size

    def _checkpoint_if_due(self, *, final: bool) -> int | None:
        signer = self.signer()

        def due(conn, tree_size: int) -> bool:
            return is_due(size=tree_size, latest=latest_checkpoint(conn), now_us=time_us(self._now()),
                          every_events=self.every_events, every_s=self.every_s, final=final)

        with self.engine.connect() as conn:  # without the append lock: usually nothing is due
            if not due(conn, read_state(conn).size):
                return None
        with writing(self.engine).begin() as conn:
            if not due(conn, lock_state(conn).size):  # another process signed it meanwhile
                return None
            row = create_checkpoint(conn, signer=signer, origin=self.origin, now=self._now())
        log.info("signed audit checkpoint", extra={"tree_size": row.tree_size})
        return row.tree_size

    # --- publishing ------------------------------------------------------------------------------
    def _prove(self, old: int, new: int) -> list[bytes]:
        with self.engine.connect() as conn:
            return prove_consistency(conn, old, new)

    def publish(self, *, deadline: float | None = None) -> Status:
        """One round: send the latest checkpoint to each sink that lacks it and is not backing off."""
        with self._publishing:
            with self.engine.connect() as conn:
                latest = latest_checkpoint(conn)
                done = self._published(conn, latest.tree_size) if latest is not None else {}
            if latest is not None:
                for sink in self.sinks:
                    if deadline is not None and self.clock() >= deadline:
                        break
                    self._publish_one(sink, latest, done)
            self._refresh(latest)
            return self.status

    def _published(self, conn, size: int) -> dict[str, str | None]:
        rows = conn.execute(select(_publications.c.sink, _publications.c.cosignature)
                            .where(_publications.c.tree_size == size))
        return {row.sink: row.cosignature for row in rows}

    def _publish_one(self, sink: Sink, latest, done: dict) -> None:
        state = self.state[sink.name]
        if sink.name in done or state.published_size >= latest.tree_size:
            state.published_size = max(state.published_size, latest.tree_size)
            return
        now = self.clock()
        if now < state.next_attempt:
            return
        try:
            published = sink.publish(latest.tree_size, latest.note, self._prove)
        except SinkError as exc:
            state.failures += 1
            state.last_error = str(exc)[:300]
            state.next_attempt = now + min(BACKOFF_MAX_S, 2.0 ** (state.failures - 1))
            log.warning("audit checkpoint not published", extra={"sink": sink.name, "error": state.last_error,
                                                                  "tree_size": latest.tree_size})
            if self.on_publish_failure is not None:
                self.on_publish_failure(sink.name)
            return
        with self.engine.begin() as conn:
            conn.execute(insert(_publications).values(
                tree_size=latest.tree_size, sink=sink.name, published_time_us=time_us(self._now()),
                witness=published.witness, cosignature=published.cosignature))
        if state.failures:
            log.info("audit checkpoint sink caught up", extra={"sink": sink.name, "tree_size": latest.tree_size})
        state.failures, state.last_error, state.next_attempt = 0, None, 0.0
        state.published_size = latest.tree_size
        done[sink.name] = published.cosignature

    def _refresh(self, latest) -> None:
        status = Status(latest_size=latest.tree_size if latest is not None else 0)
        status.failing = {name: s.last_error for name, s in self.state.items() if s.last_error}
        if latest is not None and self.sinks:
            with self.engine.connect() as conn:
                done = self._published(conn, latest.tree_size)
                status.cosignatures = sum(1 for sink in self.sinks if sink.is_witness and done.get(sink.name))
                status.unpublished_s = self._unpublished_s(conn, done)
            age_us = time_us(self._now()) - latest.time_us
            status.quorum_missing = status.cosignatures < self.quorum and age_us >= self.quorum_grace_s * 1e6
        self.status = status

    def _unpublished_s(self, conn, done: dict) -> float:
        """Age of the oldest checkpoint that some sink has not got (nor anything newer)."""
        oldest = None
        for sink in self.sinks:
            if sink.name in done:
                continue
            last = conn.execute(select(func.max(_publications.c.tree_size))
                                .where(_publications.c.sink == sink.name)).scalar() or -1
            first_missing = conn.execute(select(func.min(_checkpoints.c.time_us))
                                         .where(_checkpoints.c.tree_size > last)).scalar()
            if first_missing is not None and (oldest is None or first_missing < oldest):
                oldest = first_missing
        return max(0.0, (time_us(self._now()) - oldest) / 1e6) if oldest is not None else 0.0

    def tick(self, *, final: bool = False, deadline: float | None = None) -> Status:
        self.checkpoint_if_due(final=final)
        return self.publish(deadline=deadline)

