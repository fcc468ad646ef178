"""Applying PII actions to text: redact, mask, hash, pseudonymize."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from sluice.policy.detectors.base import Span
from sluice.policy.schema.pii import EntityRule
from sluice.policy.vault import Vault

HASH_HEX_CHARS = 12


def redact(entity_type: str) -> str:
    return f"<{entity_type}>"


def mask(value: str, *, keep_last: int, char: str = "*") -> str:
    """Hide letters and digits except the last ``keep_last`` of them; separators stay."""
    alnum_positions = [i for i, c in enumerate(value) if c.isalnum()]
    hidden = set(alnum_positions[: max(0, len(alnum_positions) - keep_last)])
    return "".join(char if i in hidden else c for i, c in enumerate(value))


def keyed_hash(entity_type: str, value: str, *, secret: bytes) -> str:
    """Deterministic token for ``value`` under a tenant's secret: ``<EMAIL_ADDRESS#3f9a...>``.

    The same value always gives the same token for one secret, different secrets give unrelated
    tokens, and the value cannot be recovered without brute force over candidate values."""
    digest = hmac.new(secret, f"{entity_type}\x00{value}".encode(), hashlib.sha256).hexdigest()
    return f"<{entity_type}#{digest[:HASH_HEX_CHARS]}>"


@dataclass
class Replacement:
    span: Span
    action: str
    text: str


def replacement_for(value: str, span: Span, rule: EntityRule, *, vault: Vault | None, secret: bytes) -> str | None:
    """Text to put in place of a detected value, or None to leave it (flag / allow / block)."""
    action = rule.action
    if action == "redact":
        return redact(span.entity_type)
    if action == "mask":
        return mask(value, keep_last=rule.mask_keep_last, char=rule.mask_char)
    if action == "hash":
        return keyed_hash(span.entity_type, value, secret=secret)
    if action == "pseudonymize":
        if vault is None:
            return redact(span.entity_type)
        return vault.placeholder(span.entity_type, value)
    return None


def apply_replacements(text: str, replacements: list[Replacement]) -> str:
    """Rewrite ``text`` with non-overlapping replacements (any order given)."""
    out, cursor = [], 0
    for rep in sorted(replacements, key=lambda r: r.span.start):
        out.append(text[cursor:rep.span.start])
        out.append(rep.text)
        cursor = rep.span.end
    out.append(text[cursor:])
    return "".join(out)
