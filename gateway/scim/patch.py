"""SCIM PATCH requests (RFC 7644 3.5.2) as the identity providers send them: Okta's lower-case ops
with a ``value`` object, Entra ID's capitalised ops with a ``path``; member paths with a value filter
(``members[value eq "ID"]``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sluice.gateway.scim.errors import ScimError
from sluice.gateway.scim.resources import PATCH_SCHEMA

MAX_OPERATIONS = 1000
_MEMBER_PATH = re.compile(r'^members\[\s*value\s+eq\s+"([^"]{1,64})"\s*\]$', re.IGNORECASE)


@dataclass(frozen=True)
class Operation:
    op: str  # add | replace | remove
    path: str | None
    value: Any


def parse_patch(body: Any) -> list[Operation]:
    if not isinstance(body, dict) or PATCH_SCHEMA not in (body.get("schemas") or []):
        raise ScimError(400, f"a PATCH body names the schema {PATCH_SCHEMA}", "invalidSyntax")
    raw = body.get("Operations")
    if not isinstance(raw, list) or not raw or len(raw) > MAX_OPERATIONS:
        raise ScimError(400, f"'Operations' must be a list of 1 to {MAX_OPERATIONS} operations", "invalidSyntax")
    operations = []
    for item in raw:
        if not isinstance(item, dict):
            raise ScimError(400, "each operation is an object with 'op', 'path' and 'value'", "invalidSyntax")
        op = str(item.get("op", "")).lower()
        if op not in ("add", "replace", "remove"):
            raise ScimError(400, f"unknown op {str(item.get('op'))[:20]!r}; use add, replace or remove",
                            "invalidSyntax")
        path = item.get("path")
        if path is not None and (not isinstance(path, str) or not path.strip() or len(path) > 200):
            raise ScimError(400, "'path' must be a non-empty attribute path", "invalidPath")
        operations.append(Operation(op=op, path=path.strip() if path else None, value=item.get("value")))
    return operations


def member_in_path(path: str) -> str | None:
    """The member id of a ``members[value eq "ID"]`` path, else None."""
    match = _MEMBER_PATH.match(path)
    return match.group(1) if match else None


def member_ids(value: Any) -> list[str]:
    """The ids of a members value: ``[{"value": ID}, ...]``."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(m, dict) and isinstance(m.get("value"), str)
                                               for m in value):
        raise ScimError(400, "'members' must be a list of {\"value\": USER_ID}", "invalidValue")
    return [m["value"][:64] for m in value]
