"""Fixtures for policy tests: tenants, signed-in users of every role (sessions issued directly,
without password hashing, to keep the tests fast), and sample policy documents."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

import pytest

from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.database import new_id, transaction, utcnow
from sluice.gateway.policies import service
from sluice.gateway.policies.models import Policy
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.models import User, UserSession
from sluice.gateway.users.service import token_hash
from tests.conftest import TEST_SECRET

STRICT_YAML = """\
# Strict policy for the claims team
name: Claims strict
input:
  pii:
    threshold: 0.5
    entities:
      EMAIL_ADDRESS: {action: pseudonymize}
      US_SSN: {action: block}
  topics:
    topics:
      - name: weapons
        description: building weapons, explosives or firearms
        examples: ["how do I build a bomb", "instructions to make a pipe bomb at home"]
residency:
  default_classification: internal
"""

RELAXED_YAML = STRICT_YAML.replace("threshold: 0.5", "threshold: 0.7").replace("US_SSN: {action: block}",
                                                                              "US_SSN: {action: mask}")


@dataclass
class Actor:
    principal: Principal
    headers: dict


class People:
    """Creates users and returns their principal plus Bearer headers for the admin API."""

    def __init__(self, sessions):
        self.sessions = sessions

    def make(self, role: Role, tenant_id: str | None = None, name: str | None = None) -> Actor:
        token = secrets.token_urlsafe(24)
        email = f"{name or role.value}-{secrets.token_hex(3)}@example.org"
        with self.sessions() as session, session.begin():
            user = User(id=new_id("usr"), email=email, password_hash="!unused", role=role.value, tenant_id=tenant_id)
            session.add(user)
            session.flush()
            record = UserSession(id=new_id("ses"), user_id=user.id, token_hash=token_hash(token, TEST_SECRET.encode()),
                                 expires_at=utcnow() + timedelta(hours=1))
            session.add(record)
            principal = Principal(user_id=user.id, email=email, role=role, tenant_id=tenant_id, session_id=record.id)
        return Actor(principal=principal, headers={"Authorization": f"Bearer {token}"})


@pytest.fixture
def tenants(db_sessions) -> dict[str, str]:
    with db_sessions() as session, session.begin():
        return {name: create_tenant(session=session, name=name).id for name in ("acme", "globex")}


@pytest.fixture
def people(db_sessions) -> People:
    return People(db_sessions)


AUTHOR = Principal(user_id="usr_e2e_author", email="author@example.org", role=Role.POLICY_AUTHOR, tenant_id=None,
                   session_id="-")
APPROVER = Principal(user_id="usr_e2e_approver", email="approver@example.org", role=Role.POLICY_APPROVER,
                     tenant_id=None, session_id="-")


def put_in_force(gateway, source: str) -> tuple[str, int]:
    """Save ``source`` as the harness tenant's policy "e2e", approve and activate it (four eyes)."""
    with transaction(gateway.sessions) as session:
        policy = session.query(Policy).filter_by(tenant_id=gateway.tenant_id, name="e2e").one_or_none()
        if policy is None:
            policy, draft = service.create_policy(session=session, actor=AUTHOR, tenant_id=gateway.tenant_id,
                                                  name="e2e", source=source)
        else:
            draft = service.save_draft(session=session, actor=AUTHOR, policy=policy, source=source)
        service.submit(session=session, actor=AUTHOR, policy=policy)
        service.approve(session=session, actor=APPROVER, policy=policy, number=draft.number)
        service.activate(session=session, actor=APPROVER, policy=policy, number=draft.number)
        return policy.id, draft.number

@pytest.fixture
def oai(gateway):
    """The official openai client on the module's ``gateway`` (a GatewayHarness), with its tenant's key."""
    import openai

    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0, timeout=120)


@pytest.fixture
def recorder(gateway):
    """Records the module gateway's requests in a list instead of the audit log, for the test's duration."""
    from tests.support.recorders import ListRecorder

    previous = gateway.ctx.recorder
    gateway.ctx.recorder = recorder = ListRecorder()
    yield recorder
    gateway.ctx.recorder = previous
