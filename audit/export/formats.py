"""Record formats of an export, by name: ``jsonl`` (the canonical entries), ``csv`` and ``ocsf``.

A format turns canonical entries into bytes for one file of the bundle. New formats subclass
:class:`RecordFormat` and register with :func:`register`.
"""

from __future__ import annotations

import csv
import io
from typing import ClassVar

import orjson

from sluice.audit.export.ocsf import to_ocsf


class RecordFormat:
    name: ClassVar[str]
    filename: ClassVar[str]

    def header(self) -> bytes:
        return b""

    def record(self, entry: bytes, event: dict | None) -> bytes:
        raise NotImplementedError

    needs_parsed: ClassVar[bool] = True


_REGISTRY: dict[str, type[RecordFormat]] = {}


def register(cls: type[RecordFormat]) -> type[RecordFormat]:
    _REGISTRY[cls.name] = cls
    return cls


def get_format(name: str) -> RecordFormat:
    try:
        return _REGISTRY[name]()
    except KeyError:
        raise ValueError(f"unknown export format {name!r}; expected one of: {', '.join(sorted(_REGISTRY))}") from None


def format_names() -> list[str]:
    return sorted(_REGISTRY)


@register
class JsonLines(RecordFormat):
    """One canonical entry per line: exactly the bytes that were hashed into the log."""

    name = "jsonl"
    filename = "events.jsonl"
    needs_parsed = False

    def record(self, entry: bytes, event: dict | None) -> bytes:
        return entry + b"\n"


CSV_COLUMNS = [
    "seq", "id", "time", "kind", "tenant_id", "key_id", "user", "source_address", "route", "model_requested",
    "model_served", "provider", "region", "policy_id", "policy_version", "classification", "outcome",
    "status_code", "error_code", "prompt_tokens", "completion_tokens", "total_tokens", "latency_ms",
    "overhead_ms", "guardrails", "pii", "prompt_sha256", "response_sha256", "content_sha256", "eval_tag",
    "stream", "client_disconnected", "action", "actor_id", "actor_label", "actor_role", "target_type",
    "target_id", "before", "after", "detail", "intent_id",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        value = orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    text = str(value)
    # Spreadsheet formula injection: a cell that starts like a formula is quoted as text.
    return "'" + text if text.startswith(_FORMULA_START) else text


@register
class Csv(RecordFormat):
    name = "csv"
    filename = "events.csv"

    def _line(self, values: list) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        return buffer.getvalue().encode()

    def header(self) -> bytes:
        return self._line(CSV_COLUMNS)

    def record(self, entry: bytes, event: dict | None) -> bytes:
        e = dict(event or {})
        tokens = e.get("tokens") or {}
        e["prompt_tokens"], e["completion_tokens"], e["total_tokens"] = (
            tokens.get("prompt"), tokens.get("completion"), tokens.get("total"))
        if "guardrails" in e:
            e["guardrails"] = ";".join(f"{g['name']}:{g['stage']}:{g['status']}:{g['action']}"
                                       for g in e["guardrails"])
        if "pii" in e:
            e["pii"] = ";".join(f"{k}={v}" for k, v in sorted(e["pii"].items()))
        return self._line([_cell(e.get(col)) for col in CSV_COLUMNS])


@register
class Ocsf(RecordFormat):
    name = "ocsf"
    filename = "events.ocsf.jsonl"

    def record(self, entry: bytes, event: dict | None) -> bytes:
        return orjson.dumps(to_ocsf(event or {})) + b"\n"
