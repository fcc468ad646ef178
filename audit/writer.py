"""Group commit: many concurrent requests, one transaction per batch, each caller awaits its own commit.

A dedicated thread drains a queue: it takes every event waiting (up to ``max_batch``), appends them
in one transaction and commits, then resolves each caller's future with the event's position. While
one batch commits the next one fills, so throughput grows with concurrency while every response
still waits for its own event to be durable.

On SQLite, an event appended while nothing else is in flight (``alone``) is committed at once on the
caller's thread, through the writer's connection, when that connection is free and no other
process holds the write lock: one WAL append of a few pages, without the two thread hand-overs that
dominate a lone request's wait. Anything else, or any doubt, goes through the thread as usual.

``commit_budget_s`` bounds how long a caller waits for its commit: past it, ``append`` raises
:class:`AuditUnavailable` (the request is refused) even while the thread still waits, e.g. on a
lock another session holds on the log's state row. On PostgreSQL each batch also runs with
``lock_timeout`` and ``statement_timeout`` of the budget, so the thread gives up on such a lock and
goes on with the next batch instead of stalling behind it. An event whose caller was answered at the
budget may still be committed afterwards: the log then holds a refused request, never the reverse.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
from concurrent.futures import Future

from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from sluice.audit.storage.content import ContentSealer
from sluice.audit.errors import AuditError, AuditUnavailable
from sluice.audit.events import Event
from sluice.audit.storage import sqlite_wal
from sluice.audit.storage.log import Appended, append_events

log = logging.getLogger("sluice.audit.writer")

_STOP = object()
CHECKPOINT_EVERY = 200  # events committed between WAL checkpoints (SQLite; its own default is ~1,000 pages)
IDLE_S = 0.5  # the thread checks for a due checkpoint at least this often


class AuditWriter:
    def __init__(self, bind: Engine | sessionmaker, *, sealer: ContentSealer | None = None, max_batch: int = 1000,
                 max_pending: int = 100_000, commit_budget_s: float | None = None):
        self.bind = bind
        self.commit_budget_s = commit_budget_s
        self.sealer = sealer
        self.max_batch = max_batch
        self.max_pending = max_pending
        # SimpleQueue: its put wakes the writer with one C-level signal, where queue.Queue takes a
        # Python lock and condition on every request
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._conn = None
        self._conn_lock = threading.Lock()  # the thread's batches and inline commits share the connection
        self._sqlite = isinstance(bind, Engine) and bind.dialect.name == "sqlite"
        self._bound_batch = None  # the statement that bounds one batch's waits (PostgreSQL with a budget)
        if commit_budget_s is not None and isinstance(bind, Engine) and bind.dialect.name == "postgresql":
            ms = max(1, int(commit_budget_s * 1000))
            self._bound_batch = (f"SELECT set_config('lock_timeout', '{ms}', true), "
                                 f"set_config('statement_timeout', '{ms}', true)")
        self._since_checkpoint = 0
        self.batches = 0
        self.appended = 0
        self.inline = 0  # events committed on the caller's thread
        self.healthy = True  # False after a batch failed for lack of the store, until one commits again

    # --- lifecycle -------------------------------------------------------------------------------
    def start(self) -> "AuditWriter":
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sluice-audit-writer", daemon=True)
            self._thread.start()
        return self

    def close(self, timeout: float | None = 30.0) -> None:
        """Commit what is queued, then stop the thread."""
        if self._closed:
            return
        self._closed = True
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout)

    def __enter__(self) -> "AuditWriter":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return not self._closed and self._thread is not None and self._thread.is_alive()

    # --- appending -------------------------------------------------------------------------------
    def _enqueue(self, event: Event, body: dict, waiter) -> None:
        if self._closed or self._thread is None or not self._thread.is_alive():
            raise AuditUnavailable("the audit writer is not running")
        if self._queue.qsize() >= self.max_pending:
            raise AuditUnavailable("the audit writer is overloaded (too many events waiting)")
        self._queue.put((event, body, waiter))

    def submit(self, event: Event) -> Future:
        """Queue an event; the future resolves to :class:`Appended` once committed."""
        future: Future = Future()
        self._enqueue(event, event.model_dump(mode="json"), future)
        return future

    async def append(self, event: Event, *, alone: bool = False) -> Appended:
        """Append and wait until the event is committed; raises AuditUnavailable if it cannot be.

        ``alone``: the caller knows of no other request in flight (see the module's docstring)."""
        body = event.model_dump(mode="json")
        if alone and self._sqlite and not self._closed:
            done = self._try_inline(event, body)
            if done is not None:
                return done
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        self._enqueue(event, body, _LoopWaiter(loop, future))
        if self.commit_budget_s is None:
            return await future
        timer = loop.call_later(self.commit_budget_s, _expire, future, self.commit_budget_s)
        try:
            return await future
        finally:
            timer.cancel()

    def append_sync(self, event: Event, timeout: float | None = None) -> Appended:
        return self.submit(event).result(timeout)

    # --- the writer thread -----------------------------------------------------------------------
    def _run(self) -> None:
        stop = False
        while not stop:
            try:
                item = self._queue.get(timeout=IDLE_S)
            except queue.Empty:
                self._checkpoint_if_due()
                continue
            if item is _STOP:
                break
            batch = [item]
            while len(batch) < self.max_batch:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is _STOP:
                    stop = True
                    break
                batch.append(item)
            self._commit(batch)
            self._checkpoint_if_due()
        with self._conn_lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _write(self, batch: list) -> list[Appended]:
        events = [event for event, _, _ in batch]
        bodies = [body for _, body, _ in batch]
        if isinstance(self.bind, Engine):
            with self._conn_lock:
                conn = self._connection()
                try:
                    with conn.begin():
                        if self._bound_batch is not None:
                            conn.exec_driver_sql(self._bound_batch)
                        done = append_events(conn, events, sealer=self.sealer, bodies=bodies)
                except BaseException:
                    self._drop_connection()
                    raise
                self._since_checkpoint += len(done)
                return done
        with self.bind() as session, session.begin():  # a session factory (joins the app's transactions setup)
            return append_events(session.connection(), events, sealer=self.sealer, bodies=bodies)

    # --- the writer's connection (held under _conn_lock) ------------------------------------------
    def _connection(self):
        """One connection kept for the writer's life: no pool checkout and ping per batch."""
        if self._conn is None or self._conn.closed or self._conn.invalidated:
            self._conn = self.bind.connect()
            if self._sqlite:
                sqlite_wal.take_over_checkpoints(self._conn)
        return self._conn

    def _drop_connection(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _checkpoint_if_due(self) -> None:
        if not self._sqlite or self._since_checkpoint < CHECKPOINT_EVERY:
            return
        with self._conn_lock:
            if self._conn is not None and sqlite_wal.checkpoint(self._conn):
                self._since_checkpoint = 0  # else retried when next due: commits do not depend on it

    def _try_inline(self, event: Event, body: dict) -> Appended | None:
        """Commit a lone event on this thread; None to use the thread instead (see the module docs)."""
        if not self._queue.empty() or not self._conn_lock.acquire(blocking=False):
            return None  # the thread has work, or is writing
        done = None
        try:
            conn = self._connection()
            with sqlite_wal.without_waiting(conn):
                with conn.begin():
                    (done,) = append_events(conn, [event], sealer=self.sealer, bodies=[body])
        except Exception as exc:  # noqa: BLE001 - rolled back (or committed, ``done``): the thread has the error handling
            if not sqlite_wal.is_busy(exc):
                self._drop_connection()
            if done is None:
                return None
        finally:
            self._conn_lock.release()
        self._since_checkpoint += 1
        self.inline += 1
        self.appended += 1
        self.healthy = True
        return done

    def _commit(self, batch: list) -> None:
        try:
            results = self._write(batch)
        except (DBAPIError, SQLAlchemyError) as exc:
            if len(batch) > 1 and not _is_outage(exc):
                for one in batch:  # isolate a single bad event from its neighbours
                    self._commit([one])
                return
            self.healthy = False
            log.error("audit store unavailable: %s", type(exc).__name__)
            error = AuditUnavailable(f"the audit store is unavailable ({type(exc).__name__})")
            for _, _, future in batch:
                future.set_exception(error)
            return
        except AuditError as exc:
            if len(batch) > 1:
                for one in batch:
                    self._commit([one])
                return
            batch[0][2].set_exception(exc)
            return
        except Exception as exc:  # noqa: BLE001 - every caller must hear back, whatever went wrong
            if len(batch) > 1:
                for one in batch:
                    self._commit([one])
                return
            batch[0][2].set_exception(AuditUnavailable(f"the event could not be logged ({type(exc).__name__})"))
            return
        self.healthy = True
        self.batches += 1
        self.appended += len(results)
        for (_, _, future), result in zip(batch, results):
            future.set_result(result)


class _LoopWaiter:
    """Hands a commit's outcome from the writer thread straight to an asyncio future."""

    __slots__ = ("loop", "future")

    def __init__(self, loop: asyncio.AbstractEventLoop, future: asyncio.Future):
        self.loop = loop
        self.future = future

    def set_result(self, value) -> None:
        self._settle(value, None)

    def set_exception(self, error: BaseException) -> None:
        self._settle(None, error)

    def _settle(self, value, error) -> None:
        try:
            self.loop.call_soon_threadsafe(_settle, self.future, value, error)
        except RuntimeError:  # the loop is closed: nobody is waiting any more
            pass


def _settle(future: asyncio.Future, value, error) -> None:
    if future.done():  # the caller was cancelled (client gone); the event is committed all the same
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(value)


def _expire(future: asyncio.Future, budget_s: float) -> None:
    if not future.done():
        future.set_exception(AuditUnavailable(f"the audit log did not commit within its budget ({budget_s:g} s)"))


def _is_outage(exc: Exception) -> bool:
    """Connection-level failures affect every event alike; retrying one by one would only add load."""
    from sqlalchemy.exc import DisconnectionError, OperationalError, TimeoutError as PoolTimeout

    return isinstance(exc, (OperationalError, DisconnectionError, PoolTimeout)) or getattr(
        exc, "connection_invalidated", False)
