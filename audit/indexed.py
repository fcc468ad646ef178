"""The columns an audit event is selected by, and the values its hashed entry implies for them.

Exports, the console and retention select events by these columns; verification and filtered reads
check them against the entry, so a column edited alone is caught. Standard library and ``orjson``
only: the verifier's worker processes load this file by path without importing the package.
"""

from __future__ import annotations

from datetime import datetime, timezone

import orjson

INDEXED = ("event_id", "kind", "tenant_id", "time_us", "model", "outcome", "action")
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _micros(text) -> int | None:
    try:
        delta = datetime.fromisoformat(text).astimezone(timezone.utc) - _EPOCH
    except (TypeError, ValueError):
        return None
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def indexed_values(entry: bytes) -> tuple | None:
    """The ``INDEXED`` column values an entry implies; None when it is not an event object."""
    try:
        event = orjson.loads(entry)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(event, dict):
        return None
    get = event.get
    model = (get("model_served") or get("model_requested")) if get("kind") == "request" else None
    return (get("id"), get("kind"), get("tenant_id"), _micros(get("time")), model, get("outcome"), get("action"))
