"""A lone request's event committed at once on SQLite, and every case where the writer thread must
do it instead (PostgreSQL, another writer holding the lock, requests in flight)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from sqlalchemy import func, select, text

from sluice.audit.storage.models import EventRow
from sluice.audit.verify.database import verify_database
from sluice.audit.writer import AuditWriter
from tests.audit.helpers import sample_request

# WAL checkpoints and the non-waiting lock probe exist on SQLite only: these tests take no PostgreSQL log.
SQLITE_ONLY = pytest.mark.parametrize("log_url", ["sqlite"], indirect=True)


def _count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(EventRow)).scalar_one()


async def test_a_lone_event_is_committed_at_once_on_sqlite_and_through_the_thread_elsewhere(log_engine):
    writer = AuditWriter(log_engine).start()
    try:
        done = [await writer.append(sample_request(i), alone=True) for i in range(20)]
        assert [d.seq for d in done] == list(range(20))
        assert _count(log_engine) == 20  # committed before append returned
        sqlite = log_engine.dialect.name == "sqlite"
        assert writer.inline == (20 if sqlite else 0) and writer.batches == (0 if sqlite else 20)
        await writer.append(sample_request(99))  # not alone: the thread commits it
        assert writer.inline == (20 if sqlite else 0)
    finally:
        writer.close()
    assert verify_database(log_engine).ok


async def test_a_lone_event_waits_for_another_writer_through_the_thread_not_on_the_event_loop(log_engine):
    # SQLite: the inline attempt finds the lock taken and hands over to the thread;
    # PostgreSQL: the thread waits for the row lock. The event loop runs on meanwhile in both.
    writer = AuditWriter(log_engine).start()
    other = log_engine.connect()
    try:
        other.execute(text("UPDATE audit_log_state SET tree_size = tree_size"))  # another writer holds the lock
        threading.Timer(0.3, other.rollback).start()
        loop_ticks = 0

        async def tick():
            nonlocal loop_ticks
            while True:
                await asyncio.sleep(0.01)
                loop_ticks += 1

        ticker = asyncio.create_task(tick())
        done = await writer.append(sample_request(1), alone=True)
        ticker.cancel()
        assert done.seq == 0 and writer.inline == 0 and writer.batches == 1
        assert loop_ticks >= 10  # the event loop kept running while the lock was held
    finally:
        other.close()
        writer.close()


@SQLITE_ONLY
async def test_wal_checkpoints_keep_up_with_inline_commits(log_engine, monkeypatch):
    monkeypatch.setattr("sluice.audit.writer.CHECKPOINT_EVERY", 10)
    monkeypatch.setattr("sluice.audit.writer.IDLE_S", 0.02)
    writer = AuditWriter(log_engine).start()
    try:
        for i in range(30):
            await writer.append(sample_request(i), alone=True)
        # the thread notices a due checkpoint while idle: none stays overdue (the last few may not be due yet)
        deadline = time.monotonic() + 5
        while writer._since_checkpoint >= 10 and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert writer._since_checkpoint < 10
    finally:
        writer.close()
    assert _count(log_engine) == 30 and verify_database(log_engine).ok


@SQLITE_ONLY
async def test_a_failing_checkpoint_or_lock_probe_never_stops_the_writer(log_engine, monkeypatch):
    import sqlite3

    from sluice.audit.storage import sqlite_wal

    real = sqlite_wal._pragma

    def flaky(conn, statement):
        if statement.startswith(("wal_checkpoint", "busy_timeout=0")):
            raise sqlite3.OperationalError("disk I/O error")
        real(conn, statement)

    monkeypatch.setattr(sqlite_wal, "_pragma", flaky)
    monkeypatch.setattr("sluice.audit.writer.CHECKPOINT_EVERY", 2)
    writer = AuditWriter(log_engine).start()
    try:
        done = [await writer.append(sample_request(i), alone=True) for i in range(6)]
        assert [d.seq for d in done] == list(range(6))
        assert writer.inline == 0 and writer.running  # every event went through the thread, which is alive
    finally:
        writer.close()
    assert _count(log_engine) == 6
