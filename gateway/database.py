"""Engine, sessions and the declarative base of the gateway's own tables."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import partial

from sqlalchemy import DateTime, Engine, MetaData, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from sluice.audit.storage.sqlite_wal import begin_listener, writing

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator):
    """Timezone-aware UTC datetimes on every backend (SQLite stores them naive)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware UTC datetime")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_id(prefix: str) -> str:
    """A random, URL-safe identifier such as ``ten_4f3c...`` (prefix says what it names)."""
    return f"{prefix}_{secrets.token_hex(12)}"


def _sqlite_pragmas(dbapi_connection, _record, *, busy_timeout_ms: int = 10_000) -> None:
    # Let SQLAlchemy, not the pysqlite driver, decide when transactions begin (savepoints work).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


@dataclass(frozen=True)
class Timeouts:
    """How long a database call may take (seconds; 0 = no limit). PostgreSQL applies all of them
    (``connect_timeout``, ``statement_timeout``, ``lock_timeout``, the pool's wait for a connection);
    SQLite has only its busy timeout, the lock wait."""

    connect_s: int = 5
    statement_s: float = 30.0
    lock_s: float = 10.0
    pool_s: float = 5.0

    @classmethod
    def from_settings(cls, settings) -> "Timeouts":
        return cls(connect_s=settings.db_connect_timeout_s, statement_s=settings.db_statement_timeout_s,
                   lock_s=settings.db_lock_timeout_s, pool_s=settings.db_pool_timeout_s)

    def postgres_connect_args(self) -> dict:
        options = f"-c statement_timeout={int(self.statement_s * 1000)} -c lock_timeout={int(self.lock_s * 1000)}"
        # tcp_user_timeout: a connection whose packets go unacknowledged (a dropped network path)
        # fails within the connect timeout instead of waiting for the kernel's retransmissions
        return {"connect_timeout": max(2, int(self.connect_s)), "options": options,
                "tcp_user_timeout": max(2, int(self.connect_s)) * 1000}


def make_engine(url: str, *, timeouts: Timeouts | None = None, **kwargs) -> Engine:
    """An engine for ``url``; ``timeouts`` bound every call (the gateway's own engine has them, tools
    such as migrations run without)."""
    if url.startswith("sqlite"):
        busy_ms = 10_000 if timeouts is None else int(timeouts.lock_s * 1000)
        engine = create_engine(url, connect_args={"check_same_thread": False}, **kwargs)
        event.listen(engine, "connect", partial(_sqlite_pragmas, busy_timeout_ms=busy_ms))
        event.listen(engine, "begin", begin_listener)
        return engine
    # a connection the server dropped is found by the ping and replaced: the pool recovers by itself
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    if timeouts is not None:
        kwargs.setdefault("pool_timeout", timeouts.pool_s)
        kwargs["connect_args"] = {**timeouts.postgres_connect_args(), **kwargs.get("connect_args", {})}
    return create_engine(url, **kwargs)


def engine_from_settings(settings) -> Engine:
    """The gateway's engine: the configured database, every call bounded by the configured timeouts."""
    return make_engine(settings.database_url, timeouts=Timeouts.from_settings(settings))


def session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions over ``engine``. On SQLite their transactions begin IMMEDIATE: they take the one write
    lock when they begin, waiting up to the busy timeout for it. A deferred transaction that read
    first cannot take the lock later once another writer has committed (SQLITE_BUSY at once, not
    after the timeout), so concurrent read-then-write units of work would fail. Reads queue as well,
    so no session may hold a transaction over slow work (sign-in hashes outside one). Plain engine
    connections (the audit writer, exports reading a snapshot) keep deferred transactions."""
    return sessionmaker(bind=writing(engine), expire_on_commit=False)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with factory() as session:
        with session.begin():
            yield session
