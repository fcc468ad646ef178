"""Which role and tenant an identity provider's groups give a user (shared by SSO and SCIM).

The mapping is an ordered list of rules ``{"group": ..., "role": ..., "tenant": ...}``; the first
rule whose group the user is in decides (list the most privileged rules first). No matching rule:
no access. Plain Python: no database, no web.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sluice.gateway.users.roles import Role, parse_role

MAX_GROUP_LENGTH = 256


@dataclass(frozen=True)
class AccessRule:
    group: str
    role: Role
    tenant: str | None  # a tenant's name; None: deployment-wide


@dataclass(frozen=True)
class AccessGrant:
    """What the first matching rule gives: a role, limited to a tenant (by name) or deployment-wide."""

    role: Role
    tenant: str | None
    group: str


def parse_rules(raw: object) -> tuple[AccessRule, ...]:
    """Validate the mapping; a ValueError names the rule at fault and what to write instead."""
    if not isinstance(raw, list):
        raise ValueError("the SSO role map must be a JSON list of {\"group\", \"role\", \"tenant\"?} objects")
    rules = []
    for index, item in enumerate(raw):
        where = f"SSO role map rule {index + 1}"
        if not isinstance(item, dict) or set(item) - {"group", "role", "tenant"}:
            raise ValueError(f"{where}: expected an object with keys group, role and optionally tenant")
        group, role, tenant = item.get("group"), item.get("role"), item.get("tenant")
        if not isinstance(group, str) or not group.strip() or len(group) > MAX_GROUP_LENGTH:
            raise ValueError(f"{where}: \"group\" must be a non-empty string")
        try:
            parsed = parse_role(str(role))
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if tenant is not None and (not isinstance(tenant, str) or not tenant.strip()):
            raise ValueError(f"{where}: \"tenant\" must be a tenant's name or left out (deployment-wide)")
        rules.append(AccessRule(group=group.strip(), role=parsed, tenant=tenant.strip() if tenant else None))
    return tuple(rules)


def read_rules_file(path: Path) -> list:
    try:
        data = json.loads(path.read_text())
    except OSError as exc:
        raise ValueError(f"SLUICE_SSO_ROLE_MAP_FILE {path} cannot be read: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise ValueError(f"SLUICE_SSO_ROLE_MAP_FILE {path} is not valid JSON: line {exc.lineno}: {exc.msg}") from None
    return data


def resolve(rules: Iterable[AccessRule], groups: Iterable[str]) -> AccessGrant | None:
    """The grant of the first rule whose group is among ``groups`` (exact match), or None."""
    member_of = set(groups)
    for rule in rules:
        if rule.group in member_of:
            return AccessGrant(role=rule.role, tenant=rule.tenant, group=rule.group)
    return None


def groups_of(value: object) -> list[str]:
    """A groups claim as a list of names: a list of strings, or one string (some providers send that)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [item for item in value if isinstance(item, str)]
    return []
