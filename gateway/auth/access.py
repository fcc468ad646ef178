"""Who may do what, decided in one place for the admin API and the console.

An action admits some roles (``admin`` always) and has a scope:

- ``TENANT``: tenant-limited users may do it, on their own tenant's objects only (the services
  that load the objects limit every query to the caller's tenant, and answer "not found" for
  another tenant's ids);
- ``DEPLOYMENT``: it changes what every tenant uses (providers, tenants, the audit log's signed
  checkpoints, its verification), so only users who are not limited to a tenant may do it.

:func:`refusal` is the one rule both the admin API's :class:`~sluice.gateway.auth.deps.RoleGate`
and the console's ``web.require`` apply; each turns its answer into its own kind of refusal.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role


class Scope(StrEnum):
    TENANT = "tenant"
    DEPLOYMENT = "deployment"


DEPLOYMENT_WIDE = "it changes what every tenant uses, so only a deployment-wide administrator may do it"


def allowed_roles(roles: Iterable[Role]) -> frozenset[Role]:
    """The roles an action admits: those named, and ``admin`` always."""
    return frozenset({Role.ADMIN, *roles})


def refusal(principal: Principal, *, roles: frozenset[Role], scope: Scope, action: str) -> str | None:
    """Why ``principal`` may not ``action`` (a sentence ending in a full stop), or None when they may."""
    if principal.role not in roles:
        names = ", ".join(sorted(r.value for r in roles))
        return f"Your role ({principal.role.value}) may not {action}. It needs one of: {names}."
    if scope is Scope.DEPLOYMENT and principal.tenant_id is not None:
        return f"You may not {action}: {DEPLOYMENT_WIDE}."
    return None
