"""The columns an audit event is selected by, and the values its hashed entry implies for them.

Exports, the console and retention select events by these columns; verification and filtered reads
check them against the entry, so a column edited alone is caught. Standard library and ``msgspec``
only: the verifier's worker processes load this file by path without importing the package. Every
entry of the log is read here during verification, so only the top-level fields needed are decoded
(msgspec skips the rest without building it: about a third of the time of a full parse).
"""

from __future__ import annotations

from datetime import datetime, timezone

import msgspec

INDEXED = ("event_id", "kind", "tenant_id", "time_us", "model", "outcome", "action")


class _Fields(msgspec.Struct):
    """The top-level fields of an entry the indexed columns and its position come from (any JSON value
    each, except ``time``: an RFC 3339 time, decoded in C)."""

    seq: object = None
    time: datetime | None = None
    id: object = None
    kind: object = None
    tenant_id: object = None
    model_served: object = None
    model_requested: object = None
    outcome: object = None
    action: object = None


_decode = msgspec.json.Decoder(_Fields).decode
_REQUEST_KINDS = ("request", "intent")  # as ``sluice.audit.events.REQUEST_KINDS``: this file imports no package
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _micros(when: datetime | None) -> int | None:
    if when is None or when.tzinfo is None:
        return None
    delta = when - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def position_and_values(entry: bytes) -> tuple[object, tuple] | None:
    """The ``seq`` an entry claims and the ``INDEXED`` values it implies; None when it is not an event
    object (with a valid time)."""
    try:
        event = _decode(entry)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    model = (event.model_served or event.model_requested) if event.kind in _REQUEST_KINDS else None
    return event.seq, (event.id, event.kind, event.tenant_id, _micros(event.time), model, event.outcome,
                       event.action)


def indexed_values(entry: bytes) -> tuple | None:
    """The ``INDEXED`` column values an entry implies; None when it is not an event object."""
    found = position_and_values(entry)
    return None if found is None else found[1]
