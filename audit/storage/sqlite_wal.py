"""SQLite specifics of the audit writer's own connection: lock attempts that never wait, and WAL
checkpoints run when the writer chooses rather than inside whichever commit crosses the threshold."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError

SQLITE_BEGIN = "sluice_sqlite_begin"  # execution option: "IMMEDIATE" takes the write lock at BEGIN


def begin_listener(conn: Connection) -> None:
    """The engine's ``begin`` event on SQLite: ``BEGIN IMMEDIATE`` when the connection asks for it."""
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(SQLITE_BEGIN) == "IMMEDIATE"
                         else "BEGIN")


def writing(engine: Engine) -> Engine:
    """``engine`` for a transaction that reads and then writes. On SQLite it takes the write lock at
    BEGIN, waiting up to the busy timeout: a deferred transaction that read first cannot take the
    lock later once another writer has committed (SQLITE_BUSY at once, not after the timeout)."""
    if engine.dialect.name != "sqlite":
        return engine
    return engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"})


def _pragma(conn: Connection, statement: str) -> None:
    # on the driver's connection: outside SQLAlchemy's transaction bookkeeping (no BEGIN first)
    conn.connection.driver_connection.execute(f"PRAGMA {statement}").close()


def take_over_checkpoints(conn: Connection) -> None:
    """No automatic checkpoint on this connection's commits: :func:`checkpoint` does it instead."""
    _pragma(conn, "wal_autocheckpoint=0")


def checkpoint(conn: Connection) -> bool:
    """Copy the WAL back into the database as far as readers allow, without waiting for them.
    False when it could not run (retry later)."""
    try:
        _pragma(conn, "wal_checkpoint(PASSIVE)")
    except sqlite3.Error:
        return False
    return True


@contextmanager
def without_waiting(conn: Connection):
    """Statements in this block fail at once with SQLITE_BUSY instead of waiting for another writer."""
    cursor = conn.connection.driver_connection.execute("PRAGMA busy_timeout")
    (waited_ms,) = cursor.fetchone()
    cursor.close()
    _pragma(conn, "busy_timeout=0")
    try:
        yield
    finally:
        _pragma(conn, f"busy_timeout={int(waited_ms)}")


def is_busy(exc: BaseException) -> bool:
    """Another connection holds the write lock (the attempt changed nothing)."""
    orig = getattr(exc, "orig", None)
    if not (isinstance(exc, OperationalError) and isinstance(orig, sqlite3.OperationalError)):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    return code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or (code is None and "locked" in str(orig))
