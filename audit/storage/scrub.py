"""Removing old copies of erased rows from the database's own files.

An UPDATE leaves the old row bytes behind: SQLite in the freed space of the page (unless
``secure_delete``) and in older frames of its WAL; PostgreSQL in the dead tuple, which a plain
``VACUUM`` only marks reusable (the bytes stay on the page until overwritten). ``VACUUM FULL`` writes
the live rows to a new file and removes the old one.
"""

from __future__ import annotations

import time
from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

_CHECKPOINT_TRIES = 3


def _driver_query(conn: Connection, statement: str):
    cursor = conn.connection.driver_connection.execute(statement)
    try:
        return cursor.fetchone()
    finally:
        cursor.close()


@contextmanager
def secure_delete(conn: Connection):
    """On SQLite, deleted and overwritten content is zeroed in its page while this block runs."""
    if conn.dialect.name != "sqlite":
        yield
        return
    (before,) = _driver_query(conn, "PRAGMA secure_delete")
    _driver_query(conn, "PRAGMA secure_delete=ON")
    try:
        yield
    finally:
        _driver_query(conn, f"PRAGMA secure_delete={int(before)}")


def scrub_table(engine: Engine, table: str) -> tuple[list[str], list[str]]:
    """Push old copies of ``table``'s rows out of the database files: ``(done, not done)`` in words."""
    if engine.dialect.name == "sqlite":
        return _sqlite_truncate_wal(engine)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text(f'VACUUM FULL "{table}"'))
        return [f"PostgreSQL: {table} rewritten to a new file (VACUUM FULL); the old file is removed"], []
    return [], [f"{engine.dialect.name}: no scrubbing known for this database"]


def _sqlite_truncate_wal(engine: Engine) -> tuple[list[str], list[str]]:
    with engine.connect() as conn:
        (mode,) = _driver_query(conn, "PRAGMA journal_mode")
        if mode != "wal":
            return [f"SQLite ({mode} journal): no WAL to truncate"], []
        for attempt in range(_CHECKPOINT_TRIES):
            busy, _frames, _done = _driver_query(conn, "PRAGMA wal_checkpoint(TRUNCATE)")
            if not busy:
                return ["SQLite: WAL checkpointed into the database file and truncated to 0 bytes"], []
            time.sleep(0.5 * (attempt + 1))
    return [], ["SQLite: the WAL could not be truncated while other connections read; run the command "
                "again when they are idle"]
