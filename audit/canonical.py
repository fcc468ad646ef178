"""Canonical serialization: the exact bytes that become a Merkle leaf.

UTF-8 JSON, object keys sorted, no insignificant whitespace, no NaN/Infinity, integers as integers.
Serializing the same event twice gives the same bytes on every machine, so a verifier can hash what
it reads without trusting how it was produced.
"""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

_OPTIONS = orjson.OPT_SORT_KEYS


class CanonicalError(ValueError):
    """A value cannot be represented canonically (NaN, Infinity, unsupported type)."""


def canonical_json(value: Any) -> bytes:
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except (TypeError, orjson.JSONEncodeError) as exc:
        raise CanonicalError(f"cannot serialize audit entry canonically: {exc}") from None


def is_canonical(data: bytes) -> bool:
    try:
        return canonical_json(orjson.loads(data)) == data
    except (orjson.JSONDecodeError, CanonicalError):
        return False


def sha256_hex(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode()
    return hashlib.sha256(data).hexdigest()
