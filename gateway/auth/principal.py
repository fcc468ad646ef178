"""Who is calling: a signed-in user (admin API, console) or an API key (/v1)."""

from __future__ import annotations

from dataclasses import dataclass

from sluice.gateway.users.roles import Role


@dataclass(frozen=True)
class Principal:
    user_id: str
    email: str
    role: Role
    tenant_id: str | None  # None: deployment-wide
    session_id: str
    # what the session must do before anything else (``gateway.users.credentials.pending_step``)
    pending: str | None = None

    def can_see_tenant(self, tenant_id: str) -> bool:
        return self.tenant_id is None or self.tenant_id == tenant_id

    def scope(self, requested_tenant_id: str | None) -> str | None:
        """The tenant a query must be limited to: the user's own, or what a global user asked for."""
        return self.tenant_id if self.tenant_id is not None else requested_tenant_id


@dataclass(frozen=True)
class KeyPrincipal:
    key_id: str
    tenant_id: str
    tenant_name: str
    rpm_limit: int | None
    tpm_limit: int | None
    allowed_models: frozenset[str] | None = None  # None: every model the tenant can reach
    budgets: tuple = ()  # the key's and its tenant's budgets (sluice.gateway.limits.budgets.Budget)

    def may_use(self, model: str) -> bool:
        return self.allowed_models is None or model in self.allowed_models
