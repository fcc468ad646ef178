"""Roles and what each may do. The server checks these on every admin route."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    POLICY_AUTHOR = "policy_author"
    POLICY_APPROVER = "policy_approver"
    AUDITOR = "auditor"
    VIEWER = "viewer"


ALL_ROLES = tuple(Role)


def parse_role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise ValueError(f"unknown role {value!r}; expected one of: {names}") from None
