"""Appending to the log inside a database transaction, gap-free under concurrent writers.

Every append first updates the single ``audit_log_state`` row. On PostgreSQL that takes the row lock
(other writers queue behind it until commit); on SQLite a write as the first statement takes the
database write lock. Sequence numbers are read from that row, so they are dense and ordered by commit,
and a rolled-back transaction leaves no gap.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from sluice.audit.storage.content import ContentSealer
from sluice.audit.errors import AuditNotConfigured, ContentKeyError
from sluice.audit.events import REQUEST_KINDS, Event, RequestEvent, time_us
from sluice.audit.merkle import CompactRange, leaf_hash
from sluice.audit.storage.models import STATE_ID, STORED_LEVEL_STEP, ContentRow, LogState

_state = LogState.__table__
_COPY_COLUMNS = ("seq", "event_id", "kind", "tenant_id", "time_us", "model", "outcome", "action", "leaf_hash",
                 "entry")


@dataclass(frozen=True)
class Appended:
    """Where an event landed: its position in the log and its leaf hash."""

    seq: int
    event_id: str
    leaf_hash: bytes


class _Statements:
    """The append path's SQL in the driver's own placeholder style, written once per style."""

    def __init__(self, mark: str):
        def marks(n: int) -> str:
            return ", ".join([mark] * n)

        self.lock = (f"UPDATE audit_log_state SET tree_size = tree_size WHERE id = {STATE_ID} "
                     "RETURNING tree_size, frontier")
        self.events = f"INSERT INTO audit_events ({', '.join(_COPY_COLUMNS)}) VALUES ({marks(len(_COPY_COLUMNS))})"
        self.nodes = f"INSERT INTO audit_nodes (level, idx, hash) VALUES ({marks(3)})"
        self.state = f"UPDATE audit_log_state SET tree_size = {mark}, frontier = {mark} WHERE id = {STATE_ID}"


_STATEMENTS = {"qmark": _Statements("?"), "format": _Statements("%s"), "pyformat": _Statements("%s")}


def _statements(conn: Connection) -> _Statements:
    try:
        return _STATEMENTS[conn.dialect.paramstyle]
    except KeyError:
        raise AuditNotConfigured(f"the audit log does not support the {conn.dialect.driver} driver") from None


def _cursor(conn: Connection):
    return conn.connection.driver_connection.cursor()


@contextmanager
def _raised_as_sqlalchemy(conn: Connection, statement: str):
    """Driver errors as SQLAlchemy's (OperationalError, IntegrityError, ...), as on any other path:
    callers tell an outage from a bad event by them."""
    dbapi_error = conn.dialect.loaded_dbapi.Error
    try:
        yield
    except dbapi_error as exc:
        raise DBAPIError.instance(statement, None, exc, dbapi_error, dialect=conn.dialect) from exc


def lock_state(conn: Connection) -> CompactRange:
    """Take the append lock and return the log's current compact range."""
    statement = _statements(conn).lock
    cursor = _cursor(conn)
    try:
        with _raised_as_sqlalchemy(conn, statement):
            cursor.execute(statement)
            row = cursor.fetchone()
    finally:
        cursor.close()
    if row is None:
        raise AuditNotConfigured("the audit log has no state row; run `sluice db upgrade`")
    return CompactRange.from_bytes(row[0], bytes(row[1]))


def read_state(conn: Connection) -> CompactRange:
    """The committed compact range, without locking (for checkpoints and readers)."""
    row = conn.execute(select(_state.c.tree_size, _state.c.frontier).where(_state.c.id == STATE_ID)).first()
    if row is None:
        raise AuditNotConfigured("the audit log has no state row; run `sluice db upgrade`")
    return CompactRange.from_bytes(row.tree_size, row.frontier)


def _model_of(event: Event) -> str | None:
    if event.kind in REQUEST_KINDS:
        return event.model_served or event.model_requested
    return None



def _write(conn: Connection, rows: list[dict], nodes: list, tree: CompactRange) -> None:
    """The event rows, the completed subtrees kept, and the new head, in the caller's transaction.

    Through the driver: the append runs on every request, and building, caching and compiling
    SQLAlchemy statements would cost several times the statements themselves."""
    sql = _statements(conn)
    values = [tuple(row[c] for c in _COPY_COLUMNS) for row in rows]
    cursor = _cursor(conn)
    try:
        with _raised_as_sqlalchemy(conn, sql.events):
            if conn.dialect.driver == "psycopg" and len(rows) > 8:  # COPY: several times faster than INSERTs
                with cursor.copy(f"COPY audit_events ({', '.join(_COPY_COLUMNS)}) FROM STDIN") as copy:
                    for row in values:
                        copy.write_row(row)
            else:
                cursor.executemany(sql.events, values)
            if nodes:
                cursor.executemany(sql.nodes, nodes)
            cursor.execute(sql.state, (tree.size, tree.to_bytes()))
    finally:
        cursor.close()


def append_events(conn: Connection, events: Sequence[Event], *, sealer: ContentSealer | None = None,
                  bodies: Sequence[dict] | None = None) -> list[Appended]:
    """Append events in the caller's transaction; they become durable when it commits.

    ``bodies`` (each event's ``model_dump(mode="json")``, prepared before) shortens the time the
    append lock is held.
    """
    tree = lock_state(conn)
    rows, nodes, sealed, done = [], [], [], []
    for n, event in enumerate(events):
        seq = tree.size
        entry = event.entry(seq, bodies[n] if bodies is not None else None)
        lh = leaf_hash(entry)
        tree.append(lh, nodes, keep_level=STORED_LEVEL_STEP)
        when = time_us(event.time)
        rows.append({"seq": seq, "event_id": event.id, "kind": event.kind, "tenant_id": event.tenant_id,
                     "time_us": when, "model": _model_of(event), "outcome": getattr(event, "outcome", None),
                     "action": getattr(event, "action", None), "leaf_hash": lh, "entry": entry})
        captured = event.captured if isinstance(event, RequestEvent) else None
        if captured is not None:
            if event.tenant_id is None:
                raise ContentKeyError("captured content needs a tenant")
            sealed.append((seq, event.tenant_id, when, captured.to_bytes()))
        done.append(Appended(seq, event.id, lh))
    if sealed and sealer is None:
        raise ContentKeyError("content capture is enabled but no content key is configured")
    if sealed:
        conn.execute(insert(ContentRow.__table__), sealer.seal_rows(conn, sealed))
    _write(conn, rows, nodes, tree)
    return done
