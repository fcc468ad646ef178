"""The filters identity providers send (RFC 7644 3.4.2.2, the subset Okta and Entra ID use): one
comparison ``ATTRIBUTE eq "VALUE"``. Attribute names are case-insensitive; anything else is an
``invalidFilter`` error that says what is supported."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from sluice.gateway.scim.errors import ScimError

_COMPARISON = re.compile(r'^\s*([A-Za-z][\w.]*)\s+eq\s+("(?:[^"\\]|\\.)*")\s*$', re.IGNORECASE)
MAX_FILTER_LENGTH = 1000


@dataclass(frozen=True)
class Equals:
    attribute: str  # lower-cased
    value: str


def parse_filter(text: str | None, *, attributes: frozenset[str]) -> Equals | None:
    """None without a filter; ``attributes`` are the lower-cased names this resource can be filtered on."""
    if text is None or not text.strip():
        return None
    names = ", ".join(sorted(attributes))
    match = _COMPARISON.match(text[:MAX_FILTER_LENGTH + 1]) if len(text) <= MAX_FILTER_LENGTH else None
    if match is None:
        raise ScimError(400, f'unsupported filter; use ATTRIBUTE eq "VALUE" with one of: {names}', "invalidFilter")
    attribute = match.group(1).lower()
    if attribute not in attributes:
        raise ScimError(400, f"cannot filter on {match.group(1)!r}; supported: {names}", "invalidFilter")
    try:
        value = json.loads(match.group(2))
    except ValueError:
        raise ScimError(400, "the filter's value is not a valid quoted string", "invalidFilter") from None
    return Equals(attribute=attribute, value=value)
