"""Which events an export or a search covers, read in constant memory by keyset pagination on ``seq``."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from sluice.audit.errors import LogTampered
from sluice.audit.events import time_us
from sluice.audit.storage.models import EventRow
from sluice.audit.tombstones import to_ranges
from sluice.audit.indexed import indexed_values

_events = EventRow.__table__


@dataclass(frozen=True)
class EventFilter:
    tenant_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    model: str | None = None
    outcome: str | None = None
    kind: str | None = None

    def is_complete(self) -> bool:
        """True when nothing is filtered out: every record of the log belongs in the result."""
        return not any(asdict(self).values())

    def to_dict(self) -> dict:
        return {k: (v.isoformat() if isinstance(v, datetime) else v) for k, v in asdict(self).items()
                if v is not None}

    @classmethod
    def from_dict(cls, data: dict) -> "EventFilter":
        values = dict(data)
        for key in ("since", "until"):
            if isinstance(values.get(key), str):
                values[key] = datetime.fromisoformat(values[key])
        return cls(**{k: v for k, v in values.items() if k in cls.__dataclass_fields__})

    def admits(self, indexed: tuple | None) -> bool:
        """Does an entry, by the values it implies itself (``sluice.audit.indexed``), match?"""
        if indexed is None:
            return False
        _, kind, tenant_id, when, model, outcome, _ = indexed
        return ((self.tenant_id is None or tenant_id == self.tenant_id)
                and (self.since is None or (when is not None and when >= time_us(self.since)))
                and (self.until is None or (when is not None and when < time_us(self.until)))
                and (self.model is None or model == self.model)
                and (self.outcome is None or outcome == self.outcome)
                and (self.kind is None or kind == self.kind))

    def apply(self, query: Select) -> Select:
        c = _events.c
        if self.tenant_id is not None:
            query = query.where(c.tenant_id == self.tenant_id)
        if self.since is not None:
            query = query.where(c.time_us >= time_us(self.since))
        if self.until is not None:
            query = query.where(c.time_us < time_us(self.until))
        if self.model is not None:
            query = query.where(c.model == self.model)
        if self.outcome is not None:
            query = query.where(c.outcome == self.outcome)
        if self.kind is not None:
            query = query.where(c.kind == self.kind)
        return query


def count_events(conn: Connection, flt: EventFilter, below: int) -> int:
    query = flt.apply(select(func.count()).select_from(_events).where(_events.c.seq < below,
                                                                       _events.c.entry.is_not(None)))
    return conn.execute(query).scalar_one()


def prefetched(chunks: Iterator, depth: int = 2) -> Iterator:
    """Read the next chunk from the database in a thread while the caller works on the current one.

    When the caller stops early (an error), the reader is stopped and joined before this returns,
    so the connection is never used by two threads at once.
    """
    pipe: queue.Queue = queue.Queue(depth)
    stop = threading.Event()
    done = object()

    def produce() -> None:
        try:
            for chunk in chunks:
                while not stop.is_set():
                    try:
                        pipe.put(chunk, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
            pipe.put(done)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, raised there
            pipe.put(exc)

    reader = threading.Thread(target=produce, name="sluice-audit-reader", daemon=True)
    reader.start()
    try:
        while True:
            item = pipe.get()
            if item is done:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while reader.is_alive():
            try:
                pipe.get(timeout=0.1)
            except queue.Empty:
                pass
        reader.join()


def driver_rows(conn: Connection, statement: Select) -> list[tuple]:
    """Run a query through the driver's own cursor: no per-row processing, bytea in binary on psycopg."""
    compiled = statement.compile(dialect=conn.dialect, compile_kwargs={"render_postcompile": True})
    driver = conn.connection.driver_connection
    if conn.dialect.driver == "psycopg":
        cursor = driver.cursor(binary=True)
        cursor.execute(str(compiled), compiled.params)
    else:
        cursor = driver.cursor()
        cursor.execute(str(compiled), [compiled.params[name] for name in compiled.positiontup])
    try:
        return cursor.fetchall()
    finally:
        cursor.close()


def _by_seq(rows: list) -> list:
    """Rows of a range query in log order (the server returns them unordered to avoid a sort)."""
    if any(rows[k][0] > rows[k + 1][0] for k in range(len(rows) - 1)):
        rows.sort(key=lambda row: row[0])
    return rows


def seq_ranges(start: int, stop: int, step: int) -> Iterator[tuple[int, int]]:
    for low in range(start, stop, step):
        yield low, min(low + step, stop)


def iter_entry_chunks(conn: Connection, flt: EventFilter, below: int,
                      chunk: int = 20_000) -> Iterator[list[bytes]]:
    """Entries of every retained event matching ``flt`` with ``seq < below``, in order, a list at a time.

    Reads fixed ranges of positions rather than ``ORDER BY ... LIMIT``: on a table whose statistics
    are stale a planner may sort the whole remainder on disk for the latter.

    A filtered read checks every entry against the filter by what the entry itself says: an event
    moved into the selection by editing its columns stops the read (``LogTampered``).
    """
    base = flt.apply(select(_events.c.seq, _events.c.entry).where(_events.c.entry.is_not(None)))
    filtered = not flt.is_complete()
    for low, high in seq_ranges(0, below, chunk):
        rows = driver_rows(conn, base.where(_events.c.seq >= low, _events.c.seq < high))
        if rows:
            entries = [entry if type(entry) is bytes else bytes(entry) for _, entry in _by_seq(rows)]
            if filtered:
                _check_selected(flt, rows, entries)
            yield entries


def _check_selected(flt: EventFilter, rows: list, entries: list[bytes]) -> None:
    for (seq, _), entry in zip(rows, entries):
        if not flt.admits(indexed_values(entry)):
            raise LogTampered(f"record {seq} was selected by its columns but its hashed entry does not match the "
                              f"filter: the log was edited; run `sluice audit verify --database`")


def purged_ranges(conn: Connection, flt: EventFilter, below: int) -> list[list[int]]:
    """Positions below ``below`` matching ``flt`` whose entries retention emptied, as inclusive ranges."""
    query = flt.apply(select(_events.c.seq).where(_events.c.entry.is_(None), _events.c.seq < below))
    return to_ranges(row[0] for row in driver_rows(conn, query))


def iter_leaf_blocks(conn: Connection, below: int, chunk: int = 50_000) -> Iterator[bytes]:
    """The leaf hashes of positions ``0..below-1``, concatenated, a block at a time."""
    query = select(_events.c.seq, _events.c.leaf_hash)
    for low, high in seq_ranges(0, below, chunk):
        rows = driver_rows(conn, query.where(_events.c.seq >= low, _events.c.seq < high))
        yield b"".join(h if type(h) is bytes else bytes(h) for _, h in _by_seq(rows))
