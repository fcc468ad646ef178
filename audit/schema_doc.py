"""Generates ``audit/SCHEMA.md`` from the event models: ``python -m sluice.audit.schema_doc > audit/SCHEMA.md``."""

from __future__ import annotations

import typing
from enum import Enum

from pydantic import BaseModel

from sluice.audit.events import SCHEMA_VERSION, AdminEvent, GuardrailResult, RequestEvent, SystemEvent, TokenCounts
from sluice.policy.vocabulary import ACTION_MEANINGS, STATUS_MEANINGS

INTRO = f"""# Audit event schema, version {SCHEMA_VERSION}

Generated from `audit/events.py` by `python -m sluice.audit.schema_doc`; do not edit by hand.

Every event is one leaf of the Merkle log (RFC 6962: leaf hash = SHA-256(0x00 || entry)). The entry
is the event in **canonical JSON**: UTF-8, object keys sorted, no whitespace, integers as integers,
times as RFC 3339 UTC strings with microseconds (`2026-01-31T12:00:00.000000Z`); the exact rules,
and every other hashed or signed byte string, are in [FORMATS.md](FORMATS.md). Two fields are
added to every event when it is logged:

| field | type | meaning |
|---|---|---|
| `v` | integer | Schema version ({SCHEMA_VERSION}). |
| `seq` | integer | Position in the log (0, 1, 2, ... without gaps); the leaf index. |

Prompt and response text never appear in an event, only their SHA-256. When a policy enables
content capture, the text is stored beside the log encrypted with AES-256-GCM under the tenant's
data key and bound to the event by `content_sha256` (SHA-256 of the canonical JSON
`{{"prompt": ..., "response": ...}}`). Destroying the tenant's key erases the content; the log still
verifies. A retention purge drops an event's entry but keeps its leaf hash, and is logged as a
`system` event `audit.purged`.
"""


def _type_name(annotation) -> str:
    origin = typing.get_origin(annotation)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    nullable = type(None) in typing.get_args(annotation)
    if origin is typing.Literal:
        name = " \\| ".join(f"`{a}`" for a in typing.get_args(annotation))
    elif isinstance(annotation, type) and issubclass(annotation, Enum):
        name = " \\| ".join(f"`{member.value}`" for member in annotation)
    elif origin in (list,):
        name = f"list of {_type_name(args[0])}"
    elif origin in (dict,):
        name = f"object ({_type_name(args[0])} → {_type_name(args[1])})"
    elif origin in (typing.Union, getattr(__import__("types"), "UnionType", None)) and args:
        name = " or ".join(_type_name(a) for a in args)
    elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
        name = f"[{annotation.__name__}](#{annotation.__name__.lower()})"
    else:
        name = {str: "string", int: "integer", float: "number", bool: "boolean"}.get(
            annotation, getattr(annotation, "__name__", str(annotation)).replace("datetime", "time"))
        if name == "Any":
            name = "any JSON"
    return f"{name} or null" if nullable and "or null" not in name else name


def _table(model: type[BaseModel]) -> str:
    lines = [f"## {model.__name__}", "", (model.__doc__ or "").strip(), "", "| field | type | meaning |",
             "|---|---|---|"]
    for name, info in model.model_fields.items():
        lines.append(f"| `{name}` | {_type_name(info.annotation)} | {info.description or ''} |")
    return "\n".join(lines) + "\n"


def _vocabulary() -> str:
    """The guardrail words, shared with the policy layer (``policy/vocabulary.py``)."""
    lines = ["## Guardrail vocabulary", "",
             "The `status` and `action` of a [GuardrailResult](#guardrailresult) are the policy layer's own words "
             "(`policy/vocabulary.py`); every event written under schema version 1 uses them.", "",
             "| status | meaning |", "|---|---|"]
    lines += [f"| `{status.value}` | {meaning} |" for status, meaning in STATUS_MEANINGS.items()]
    lines += ["", "| action | meaning |", "|---|---|"]
    lines += [f"| `{action.value}` | {meaning} |" for action, meaning in ACTION_MEANINGS.items()]
    return "\n".join(lines) + "\n"


def render() -> str:
    parts = [INTRO] + [_table(m) for m in (RequestEvent, AdminEvent, SystemEvent, GuardrailResult)]
    return "\n".join([*parts, _vocabulary(), _table(TokenCounts)])


if __name__ == "__main__":
    print(render(), end="")
