"""Who may use each route of the admin API, the audit API and the console: the one table.

Each row names the roles that may use a route (``admin`` always may) and its scope:

=====================  ==========================================================================
``SIGNED_IN``          any signed-in user of those roles; no tenant's objects are involved
``OWN_TENANT``         tenant-limited users only on their own tenant's objects; objects that belong
                       to the whole deployment (its default policy, deployment-wide users, ...) are
                       refused to them
``OWN_OR_SHARED``      as ``OWN_TENANT``, but the deployment's objects of this kind may be read too
                       (the deployment default policy, the built-in probe suites)
``DEPLOYMENT``         only users who are not limited to a tenant: it changes what every tenant uses
``PUBLIC``             no sign-in needed (sign-in pages, static assets, the not-found page)
=====================  ==========================================================================

``target`` is the kind of object the route acts on (its path parameters, query or body name it);
the matrix tries each route on such an object of tenant A, of tenant B and, where the kind has
them, of the deployment. A row whose ``fresh`` is set gets a new object for every attempt (the
route deletes or consumes it). A route that this table does not name fails the matrix test.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from sluice.gateway.users.roles import Role
from sluice.policy.loader import default_policy
from tests.gateway.access.scope_world import A, B, DEPLOYMENT, SUITE, Target


class Scope(Enum):
    SIGNED_IN = "signed in"
    OWN_TENANT = "own tenant"
    OWN_OR_SHARED = "own tenant, deployment's readable"
    DEPLOYMENT = "deployment-wide only"
    PUBLIC = "public"


ALL = frozenset(Role)
ADMIN = frozenset({Role.ADMIN})
AUTHORS = frozenset({Role.ADMIN, Role.POLICY_AUTHOR})
REVIEWERS = frozenset({Role.ADMIN, Role.POLICY_APPROVER})
RUNNERS = AUTHORS | REVIEWERS
BENCH = RUNNERS | {Role.AUDITOR}
AUDITORS = frozenset({Role.ADMIN, Role.AUDITOR})

# Owners of each kind of object that the matrix targets.
OWNERS = {"tenant": (A, B), "key": (A, B), "user": (A, B, DEPLOYMENT), "policy": (A, B, DEPLOYMENT),
          "suite": (A, B, DEPLOYMENT), "run": (A, B), "export": (A, B, DEPLOYMENT), "event": (A, B, DEPLOYMENT),
          "provider": (DEPLOYMENT,), "checkpoint": (DEPLOYMENT,)}

Body = Callable[[Target], dict]


@dataclass(frozen=True)
class Rule:
    roles: frozenset[Role]
    scope: Scope
    target: str | None = None
    body: Body | None = None  # JSON (admin API) or form fields (console)
    query: Callable[[Target], str] | None = None
    fresh: bool = False
    ends_session: bool = False  # sign-out: tried with a session of its own
    only: tuple[str, ...] | None = None  # owners to try, when not every owner of the kind applies

    def owners(self) -> tuple[str | None, ...]:
        if self.only is not None:
            return self.only
        return OWNERS[self.target] if self.target else (None,)

    def admits(self, role: Role, caller_tenant: str | None, owner: str | None) -> bool:
        """Whether a caller of ``role`` (limited to ``caller_tenant``, None: deployment-wide) may use
        the route on an object of ``owner``."""
        if self.scope is Scope.PUBLIC:
            return True
        if role not in self.roles | ADMIN:
            return False
        if caller_tenant is None or self.scope is Scope.SIGNED_IN:
            return self.scope is not Scope.DEPLOYMENT or caller_tenant is None
        if self.scope is Scope.DEPLOYMENT:
            return False
        if owner in (None, caller_tenant):
            return True
        return owner == DEPLOYMENT and self.scope is Scope.OWN_OR_SHARED


def signed_in(roles=ALL, **kw) -> Rule:
    return Rule(frozenset(roles), Scope.SIGNED_IN, **kw)


def own(roles=ALL, target: str | None = None, **kw) -> Rule:
    return Rule(frozenset(roles), Scope.OWN_TENANT, target, **kw)


def shared(roles=ALL, target: str | None = None, **kw) -> Rule:
    return Rule(frozenset(roles), Scope.OWN_OR_SHARED, target, **kw)


def deployment(target: str | None = None, **kw) -> Rule:
    return Rule(ADMIN, Scope.DEPLOYMENT, target, **kw)


PUBLIC = Rule(ALL, Scope.PUBLIC)


def _document() -> dict:
    return default_policy().model_dump(mode="json")


def _tenant_id(t: Target) -> dict:
    return {"tenant_id": t.tenant_id}


def _tenant_name(t: Target) -> dict:
    return {"tenant": t.tenant_name}


_PROVIDER = {"name": "matrix-new-{n}", "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
             "region": "eu-west-1"}

def _keys_and_users(prefix: str, tenant: Body) -> dict[str, Rule]:
    """API keys and users: the admin API and the console offer the same actions (tenant admins: their own)."""
    return {
        f"GET {prefix}/keys": own(ADMIN),
        f"POST {prefix}/keys": own(ADMIN, "tenant", body=lambda t: {**tenant(t), "name": "matrix"}),
        f"POST {prefix}/keys/{{key_id}}/revoke": own(ADMIN, "key", fresh=True),
        f"POST {prefix}/keys/{{key_id}}/rotate": own(ADMIN, "key", fresh=True),
        f"GET {prefix}/users": own(ADMIN),
        f"POST {prefix}/users": own(ADMIN, "tenant", body=lambda t: {
            **tenant(t), "email": "made-{n}@matrix.test", "role": "viewer"}),
        f"POST {prefix}/users/{{user_id}}/disable": own(ADMIN, "user", fresh=True),
        f"POST {prefix}/users/{{user_id}}/enable": own(ADMIN, "user"),
        f"POST {prefix}/users/{{user_id}}/unlock": own(ADMIN, "user"),
        f"POST {prefix}/users/{{user_id}}/reset": own(ADMIN, "user", fresh=True),
        f"POST {prefix}/users/{{user_id}}/role": own(ADMIN, "user", fresh=True, body=lambda t: {"role": "auditor"}),
        f"POST {prefix}/users/{{user_id}}/totp/reset": own(ADMIN, "user"),
    }


def _review(prefix: str) -> dict[str, Rule]:
    """Submitting and reviewing policy versions: the same steps in the admin API and the console."""
    return {
        f"POST {prefix}/policies/{{policy_id}}/submit": own(AUTHORS, "policy", fresh=True),
        f"POST {prefix}/policies/{{policy_id}}/versions/{{number}}/approve": own(REVIEWERS, "policy", fresh=True),
        f"POST {prefix}/policies/{{policy_id}}/versions/{{number}}/reject": own(
            REVIEWERS, "policy", fresh=True, body=lambda t: {"comment": "not yet"}),
        f"POST {prefix}/policies/{{policy_id}}/versions/{{number}}/activate": own(REVIEWERS, "policy"),
        f"POST {prefix}/policies/{{policy_id}}/rollback": own(REVIEWERS, "policy", body=lambda t: {"comment": "back"}),
    }


# --- the admin API and the audit API ------------------------------------------------------------
API: dict[str, Rule] = {
    "POST /admin/api/auth/login": PUBLIC,
    "POST /admin/api/auth/logout": signed_in(ends_session=True),
    "GET /admin/api/auth/me": signed_in(),
    "GET /admin/api/auth/sso": PUBLIC,
    "POST /admin/api/auth/session-tokens": signed_in(),
    # your own account: an empty body is refused by validation after the gate (nothing changes)
    "POST /admin/api/auth/password": signed_in(body=lambda t: {}),
    "POST /admin/api/auth/totp/enrol": signed_in(),
    "POST /admin/api/auth/totp/confirm": signed_in(body=lambda t: {}),
    "POST /admin/api/auth/totp/recovery-codes": signed_in(body=lambda t: {}),
    "POST /admin/api/invitations/accept": PUBLIC,
    "GET /openapi.json": signed_in(),
    "GET /docs": signed_in(),
    "GET /docs/assets/{name}": signed_in(),

    "GET /admin/api/tenants": own(),
    "POST /admin/api/tenants": deployment(body=lambda t: {"name": "matrix-made"}),
    "GET /admin/api/tenants/{tenant_id}": own(target="tenant"),

    "GET /admin/api/providers": signed_in(),
    "POST /admin/api/providers": deployment(body=lambda t: {**_PROVIDER, "models": ["matrix-model"]}),
    "PATCH /admin/api/providers/{ref}": deployment("provider", body=lambda t: {"base_url": "http://evil.test/v1"}),
    "DELETE /admin/api/providers/{ref}": deployment("provider", fresh=True),

    **_keys_and_users("/admin/api", _tenant_id),
    "PATCH /admin/api/keys/{key_id}": own(ADMIN, "key", body=lambda t: {"name": "matrix-renamed"}),
    "GET /admin/api/keys/{key_id}/budget": own(ADMIN, "key"),
    "GET /admin/api/budgets/prices": signed_in(ADMIN),
    "GET /admin/api/budgets/tenants/{tenant}": own(ADMIN, "tenant"),
    "PUT /admin/api/budgets/tenants/{tenant}": deployment("tenant", body=lambda t: {"period": "monthly",
                                                                                     "tokens": 1000}),

    "GET /admin/api/policies/schema": signed_in(),
    "GET /admin/api/policies": own(),
    "GET /admin/api/policies/effective": own(),
    "GET /admin/api/policies/{policy_id}": shared(target="policy"),
    "GET /admin/api/policies/{policy_id}/versions/{number}": shared(target="policy"),
    "GET /admin/api/policies/{policy_id}/diff": shared(target="policy"),
    "GET /admin/api/policies/{policy_id}/history": shared(target="policy"),
    "POST /admin/api/policies": own(AUTHORS, "tenant", body=lambda t: {
        **_tenant_id(t), "name": "matrix-made-{n}", "document": _document()}),
    "PUT /admin/api/policies/{policy_id}/draft": own(AUTHORS, "policy", body=lambda t: {"document": _document()}),
    "DELETE /admin/api/policies/{policy_id}/draft": own(AUTHORS, "policy", fresh=True),
    **_review("/admin/api"),
    "POST /admin/api/policies/{policy_id}/simulate": shared(BENCH, "policy", body=lambda t: {"text": "hello"}),

    "GET /admin/api/evals/suites": own(),
    "GET /admin/api/evals/suites/{ref}/probes": shared(target="suite"),
    "POST /admin/api/evals/suites": own(RUNNERS, "tenant", body=lambda t: {
        **_tenant_id(t), "name": "matrix-imported", "content": SUITE}),
    "POST /admin/api/evals/suites/validate": signed_in(body=lambda t: {"content": SUITE}),
    "GET /admin/api/evals/runs": own(),
    "POST /admin/api/evals/runs": shared(RUNNERS, "suite", body=lambda t: {
        "suite": t.id, "provider": t.extra["provider"], "tenant_id": t.tenant_id}),
    "GET /admin/api/evals/runs/{run_id}": own(target="run"),
    "POST /admin/api/evals/runs/{run_id}/cancel": own(RUNNERS, "run", fresh=True),
    "GET /admin/api/evals/runs/{run_id}/report": own(target="run"),
    "GET /admin/api/evals/runs/{run_id}/bundle": own(target="run"),
    "GET /admin/api/evals/compare": own(target="run", query=lambda t: f"a={t.id}&b={t.id}"),

    "GET /admin/api/audit/events": own(AUDITORS),
    "GET /admin/api/audit/events/{seq}": own(AUDITORS, "event"),
    "GET /admin/api/audit/events/{seq}/proof": own(AUDITORS, "event"),
    "GET /admin/api/audit/checkpoints/latest": signed_in(AUDITORS),
    "POST /admin/api/audit/checkpoints": deployment(),
    "GET /admin/api/audit/consistency": signed_in(AUDITORS, target="checkpoint",
                                                  query=lambda t: f"first={t.id}&second={t.id}"),
    "GET /admin/api/audit/public-key": signed_in(AUDITORS),
    "POST /admin/api/audit/exports": own(AUDITORS, "tenant", body=_tenant_id),
    "GET /admin/api/audit/exports": own(AUDITORS),
    "GET /admin/api/audit/exports/{export_id}": own(AUDITORS, "export"),
    "GET /admin/api/audit/exports/{export_id}/download": own(AUDITORS, "export"),
}

# --- the console ------------------------------------------------------------------------------
CONSOLE: dict[str, Rule] = {
    "GET /console/sign-in": PUBLIC,
    "POST /console/sign-in": PUBLIC,
    "POST /console/sign-in/code": PUBLIC,
    "GET /console/sso/start": PUBLIC,
    "GET /console/sso/callback": PUBLIC,
    "GET /console/invitation/{token}": PUBLIC,
    "POST /console/invitation/{token}": PUBLIC,
    "GET /console/account/password": signed_in(),
    "POST /console/account/password": signed_in(body=lambda t: {}),
    "GET /console/account/security": signed_in(),
    "POST /console/account/security/enrol": signed_in(),
    "POST /console/account/security/confirm": signed_in(body=lambda t: {}),
    "POST /console/account/security/recovery-codes": signed_in(body=lambda t: {}),
    "POST /console/sign-out": signed_in(ends_session=True),
    "GET /console/static/{name}": PUBLIC,
    "GET /console/{rest:path}": PUBLIC,
    "POST /console/{rest:path}": PUBLIC,

    "GET /console": own(),
    "GET /console/tenants": own(),
    "POST /console/tenants": deployment(body=lambda t: {"name": "matrix-console"}),
    "GET /console/providers": signed_in(),
    "POST /console/providers": deployment(body=lambda t: {**_PROVIDER, "models": "matrix-model"}),
    "POST /console/providers/{ref}/toggle": deployment("provider"),
    "POST /console/providers/{ref}/delete": deployment("provider", fresh=True),
    "POST /console/providers/{ref}/check": signed_in(target="provider"),

    **_keys_and_users("/console", _tenant_name),
    "GET /console/keys/{key_id}": own(ADMIN, "key"),
    "POST /console/keys/{key_id}/edit": own(ADMIN, "key", body=lambda t: {"name": "matrix-renamed"}),
    "POST /console/budgets": deployment("tenant", body=lambda t: {**_tenant_name(t),
                                                                  "tenant_budget_period": "monthly",
                                                                  "tenant_budget_tokens": "1000"}),

    "GET /console/policies": own(),
    "POST /console/policies": own(AUTHORS, "tenant", body=lambda t: {**_tenant_name(t), "name": "matrix-{n}"}),
    "GET /console/policies/schema.json": signed_in(),
    "GET /console/policies/{policy_id}": shared(target="policy"),
    "POST /console/policies/{policy_id}/draft": own(AUTHORS, "policy", body=lambda t: {
        "source": json.dumps(_document())}),
    "POST /console/policies/{policy_id}/settings": own(AUTHORS, "policy"),
    "POST /console/policies/{policy_id}/discard": own(AUTHORS, "policy", fresh=True),
    **_review("/console"),
    "POST /console/policies/{policy_id}/test": shared(BENCH, "policy", body=lambda t: {"prompt": "hello"}),

    "GET /console/audit": own(AUDITORS),
    "GET /console/audit/events/{seq}": own(AUDITORS, "event"),
    "POST /console/audit/verify": Rule(AUDITORS, Scope.DEPLOYMENT),
    "POST /console/audit/checkpoint": deployment(),
    "GET /console/audit/public-key": signed_in(AUDITORS),
    "GET /console/audit/checkpoint.txt": signed_in(AUDITORS),
    "GET /console/exports": own(AUDITORS),
    "POST /console/exports": own(AUDITORS, "tenant", body=_tenant_name),
    "GET /console/exports/{export_id}/download": own(AUDITORS, "export"),

    "GET /console/evaluations": own(),
    "POST /console/evaluations/runs": shared(RUNNERS, "suite", body=lambda t: {
        "suite": t.id, "provider": t.extra["provider"], "tenant_id": t.tenant_id or ""}),
    "POST /console/evaluations/suites": own(RUNNERS, "tenant", body=lambda t: {
        **_tenant_id(t), "name": "matrix-console", "content": SUITE, "format": "jsonl"}),
    "GET /console/evaluations/suites/{ref}": shared(target="suite"),
    # built-in (deployment) suites cannot be edited by anyone: only tenants' suites are tried
    "POST /console/evaluations/suites/{ref}/edit": own(RUNNERS, "suite", only=(A, B),
                                                       body=lambda t: {"content": SUITE}),
    "GET /console/evaluations/runs/{run_id}": own(target="run"),
    "GET /console/evaluations/compare": own(target="run", query=lambda t: f"a={t.id}&b={t.id}"),
}

TABLE = {**API, **CONSOLE}
