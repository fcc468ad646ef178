"""A tenant policy without guardrails, for measuring and testing the gateway itself."""

from __future__ import annotations


# A tenant policy that enables no guardrail and lets data go to every region: what is measured is
# the gateway itself (auth, rate limit, routing, proxying, audit, telemetry), not the detectors.
NO_GUARDRAILS = {
    "schema_version": 1, "name": "without guardrails",
    "input": {name: {"enabled": False} for name in ("pii", "content", "words", "topics", "injection")},
    "output": {name: {"enabled": False} for name in ("pii", "content", "words", "refusal")},
    "residency": {"default_classification": "public", "pii_upgrades": [],
                  "classifications": [{"name": "public", "allowed_regions": ["*"]}]},
}


def activate_policy(session, tenant_id: str, document: dict) -> None:
    """Author, approve (a second person) and activate ``document`` for the tenant."""
    from sluice.gateway.auth.principal import Principal
    from sluice.gateway.users.roles import Role
    from sluice.gateway.policies import service as policies
    from sluice.gateway.users.service import create_user

    people = {}
    for role in (Role.POLICY_AUTHOR, Role.POLICY_APPROVER):
        user = create_user(session=session, email=f"{role.value}-{tenant_id}@bench.example", password="benchmark password",
                           role=role)
        people[role] = Principal(user_id=user.id, email=user.email, role=role, tenant_id=None, session_id="bench")
    policy, draft = policies.create_policy(session=session, actor=people[Role.POLICY_AUTHOR], tenant_id=tenant_id,
                                           name="without guardrails", source=document)
    policies.submit(session=session, actor=people[Role.POLICY_AUTHOR], policy=policy)
    policies.approve(session=session, actor=people[Role.POLICY_APPROVER], policy=policy, number=draft.number)
    policies.activate(session=session, actor=people[Role.POLICY_APPROVER], policy=policy, number=draft.number)
