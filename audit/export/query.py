"""Which events an export or a search covers, read in constant memory by keyset pagination on ``seq``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from audit.events import time_us
from audit.storage.models import EventRow

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


def iter_entry_chunks(conn: Connection, flt: EventFilter, below: int,
                      chunk: int = 10_000) -> Iterator[list[bytes]]:
    """Entries of every retained event matching ``flt`` with ``seq < below``, in order, a list at a time."""
    last = -1
    base = flt.apply(select(_events.c.seq, _events.c.entry).where(_events.c.entry.is_not(None)))
    while True:
        rows = conn.execute(base.where(_events.c.seq > last, _events.c.seq < below)
                            .order_by(_events.c.seq).limit(chunk)).all()
        if not rows:
            return
        yield [entry if type(entry) is bytes else bytes(entry) for _, entry in rows]
        last = rows[-1][0]


def iter_leaf_blocks(conn: Connection, below: int, chunk: int = 50_000) -> Iterator[bytes]:
    """The leaf hashes of positions ``0..below-1``, concatenated, a block at a time."""
    last = -1
    while True:
        rows = conn.execute(select(_events.c.seq, _events.c.leaf_hash)
                            .where(_events.c.seq > last, _events.c.seq < below)
                            .order_by(_events.c.seq).limit(chunk)).all()
        if not rows:
            return
        yield b"".join(h if type(h) is bytes else bytes(h) for _, h in rows)
        last = rows[-1][0]
