"""The deployment the scope matrix runs against: tenants A and B, a signed-in user of every role at
each scope (deployment-wide, limited to tenant A), and objects of every kind owned by tenant A,
tenant B and the deployment as a whole.

Objects are made on demand by :meth:`World.target` (fresh ones for routes that delete or consume
what they act on), so one route's success never turns the next attempt into a "not found".
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from sluice.audit.export.query import EventFilter
from sluice.audit import runtime as audit_runtime
from sluice.audit.service import create_export_job, make_checkpoint
from sluice.audit.storage.models import EventRow
from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.auth.principal import Principal
from sluice.gateway.database import new_id, transaction
from sluice.gateway.evals import runs, suites
from sluice.gateway.keys.service import create_key
from sluice.gateway.policies import service as policies
from sluice.gateway.providers.service import create_provider
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.models import User
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import create_user
from sluice.policy.loader import default_policy

PASSWORD = "scope-matrix-password"
MODEL = "matrix-model"
A, B, DEPLOYMENT = "A", "B", "deployment"  # who owns an object
SUITE = '{"prompt": "What is the capital of France?", "category": "benign", "expected": "answer"}\n'


@dataclass(frozen=True)
class Caller:
    role: Role
    tenant: str | None  # None: deployment-wide; A: limited to tenant A
    email: str

    @property
    def label(self) -> str:
        return f"{self.role.value}@{'deployment' if self.tenant is None else 'tenant ' + self.tenant}"


@dataclass(frozen=True)
class Target:
    """One object a route acts on: its owner and what fills the route's path, query and body."""
    kind: str
    owner: str  # A, B or deployment
    id: str = ""  # the object's id (path parameter)
    tenant_id: str | None = None  # the owning tenant's id (None: deployment-wide)
    tenant_name: str = ""
    extra: dict = field(default_factory=dict)


class World:
    def __init__(self, sessions, secret: bytes, upstream: str):
        self.sessions = sessions
        self.secret = secret
        self.upstream = upstream  # the base URL of an OpenAI-compatible server the providers point at
        self.tenants: dict[str, Tenant] = {}
        self.cache: dict[tuple[str, str], Target] = {}
        with transaction(sessions) as session:
            for owner, name in ((A, "alpha-scope"), (B, "bravo-scope")):
                tenant = create_tenant(session=session, name=name, display_name=f"Tenant {owner}")
                self.tenants[owner] = tenant
            seed = create_user(session=session, email="seed-author@matrix.test", password=PASSWORD,
                               role=Role.POLICY_AUTHOR)
            self.seed_author = Principal(user_id=seed.id, email=seed.email, role=Role.POLICY_AUTHOR,
                                         tenant_id=None, session_id="seed")
            suites.install_builtin_suites(session=session)
        self.callers = [Caller(role, tenant, f"{role.value}-{tenant or 'all'}@matrix.test".lower())
                        for tenant in (None, A) for role in Role]
        with transaction(sessions) as session:
            for caller in self.callers:
                create_user(session=session, email=caller.email, password=PASSWORD, role=caller.role,
                            tenant_id=self.tenant_id(caller.tenant))
        self.makers: dict[str, Callable[..., Target]] = {
            "tenant": self._tenant, "key": self._key, "user": self._user, "policy": self._policy,
            "suite": self._suite, "run": self._run, "export": self._export, "event": self._event,
            "provider": self._provider, "checkpoint": self._checkpoint,
        }
        self.target("provider", DEPLOYMENT)  # the provider suites and runs name

    def tenant_id(self, owner: str | None) -> str | None:
        return None if owner in (None, DEPLOYMENT) else self.tenants[owner].id

    def target(self, kind: str, owner: str, *, fresh: bool = False) -> Target:
        if fresh or (kind, owner) not in self.cache:
            with transaction(self.sessions) as session:
                made = self.makers[kind](session, owner)
            if kind == "event":  # so that an inclusion proof of it can be asked for
                make_checkpoint(audit_runtime.get(), force=True)
            if fresh:
                return made
            self.cache[(kind, owner)] = made
        return self.cache[(kind, owner)]

    def secrets_of(self, owner: str) -> set[str]:
        """Strings that identify the owner's objects (looked for in what other tenants are shown)."""
        tenant = self.tenants[owner]
        found = {tenant.id, tenant.name, f"Tenant {owner}"}
        for (_, cached_owner), target in self.cache.items():
            if cached_owner == owner and target.id and not target.id.isdigit():
                found.add(target.id)
        with self.sessions() as session:
            found |= set(session.scalars(select(User.email).where(User.tenant_id == tenant.id)))
        return found

    # --- one maker per kind of object -------------------------------------------------------------

    def _target(self, kind: str, owner: str, object_id: str = "", **extra) -> Target:
        tenant_id = self.tenant_id(owner)
        name = self.tenants[owner].name if tenant_id else ""
        return Target(kind=kind, owner=owner, id=object_id, tenant_id=tenant_id, tenant_name=name, extra=extra)

    def _tenant(self, session, owner: str) -> Target:
        return self._target("tenant", owner, self.tenant_id(owner) or "")

    def _key(self, session, owner: str) -> Target:
        tenant = session.get(Tenant, self.tenant_id(owner))
        issued = create_key(session=session, tenant=tenant, secret=self.secret, name=f"matrix-{owner.lower()}")
        return self._target("key", owner, issued.record.id)

    def _user(self, session, owner: str) -> Target:
        # the seed author's password hash: hashing a new one for every attempt would dominate the run
        password_hash = session.scalar(select(User.password_hash).where(User.id == self.seed_author.user_id))
        user = User(id=new_id("usr"), email=f"target-{secrets.token_hex(3)}@matrix.test", password_hash=password_hash,
                    role=Role.VIEWER.value, tenant_id=self.tenant_id(owner))
        session.add(user)
        session.flush()
        return self._target("user", owner, user.id)

    def _policy(self, session, owner: str) -> Target:
        """A policy with version 1 awaiting review and an open draft (version 2)."""
        document = default_policy().model_dump(mode="json")
        policy, _ = policies.create_policy(session=session, actor=self.seed_author, tenant_id=self.tenant_id(owner),
                                           name=f"matrix-{secrets.token_hex(3)}", source=document)
        policies.submit(session=session, actor=self.seed_author, policy=policy)
        document["description"] = "the open draft"
        policies.save_draft(session=session, actor=self.seed_author, policy=policy, source=document)
        return self._target("policy", owner, policy.id, number="1")

    def _suite(self, session, owner: str) -> Target:
        """A suite, with the name of a provider to run it against."""
        provider = self.target("provider", DEPLOYMENT).extra["name"]
        if owner == DEPLOYMENT:
            builtin = next(s for s in suites.list_suites(session=session, tenant_id=None) if s.builtin)
            return self._target("suite", owner, builtin.id, provider=provider)
        suite = suites.import_suite(session=session, name=f"matrix-{owner.lower()}", text=SUITE, fmt="jsonl",
                                    tenant_id=self.tenant_id(owner), created_by="seed-author@matrix.test")
        return self._target("suite", owner, suite.id, provider=provider)

    def _run(self, session, owner: str) -> Target:
        provider = self.target("provider", DEPLOYMENT)
        suite = suites.get_suite(session=session, ref=self.target("suite", owner).id, tenant_id=self.tenant_id(owner))
        run = runs.create_run(session=session, suite=suite, tenant_id=self.tenant_id(owner),
                              provider=provider.extra["name"], model=None, policy_ref=None, policy_label="",
                              created_by="seed-author@matrix.test")
        return self._target("run", owner, run.id)

    def _export(self, session, owner: str) -> Target:
        export_id = create_export_job(session.connection(), flt=EventFilter(tenant_id=self.tenant_id(owner)),
                                      fmt="jsonl", requested_by="seed-author@matrix.test")
        return self._target("export", owner, export_id)

    def _event(self, session, owner: str) -> Target:
        tenant_id = self.tenant_id(owner)
        record_admin_action(session=session, actor=None, action="matrix.seeded", target_type="tenant",
                            target_id=tenant_id, tenant_id=tenant_id, actor_label="scope matrix")
        seq = session.scalar(select(func.max(EventRow.seq)).where(
            EventRow.tenant_id == tenant_id if tenant_id else EventRow.tenant_id.is_(None)))
        return self._target("event", owner, str(seq))

    def _provider(self, session, owner: str) -> Target:
        name = f"matrix-{secrets.token_hex(3)}"
        provider = create_provider(session=session, secret=self.secret, name=name, kind="openai",
                                   base_url=f"{self.upstream}/v1", region="eu-west-1", models=[MODEL],
                                   priority=50)
        return self._target("provider", owner, provider.id, name=name)

    def _checkpoint(self, session, owner: str) -> Target:
        """The newest signed checkpoint; its id is its tree size."""
        return self._target("checkpoint", owner, str(make_checkpoint(audit_runtime.get(), force=True)["tree_size"]))
