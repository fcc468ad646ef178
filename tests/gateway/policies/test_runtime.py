"""The request path's view: the policy in force per tenant, cached, refreshed when activations change."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role
from sluice.gateway.policies import service
from sluice.gateway.policies.runtime import PolicyRuntime
from tests.conftest import TEST_SECRET
from tests.gateway.policies.conftest import RELAXED_YAML, STRICT_YAML
from tests.support.clock import FakeClock

HASHING = {"input": {"pii": {"entities": {"EMAIL_ADDRESS": {"action": "hash"}}}}}


@pytest.fixture
def crew(people):
    return {"author": people.make(Role.POLICY_AUTHOR).principal,
            "approver": people.make(Role.POLICY_APPROVER).principal}


def _activate(sessions, crew, *, tenant_id, source, name="p", policy_id=None):
    """Create (or revise) a policy and put the new version in force, as two different people."""
    with sessions() as session, session.begin():
        if policy_id is None:
            policy, draft = service.create_policy(session=session, actor=crew["author"], tenant_id=tenant_id,
                                                  name=name, source=source)
        else:
            from sluice.gateway.policies.models import Policy

            policy = session.get(Policy, policy_id)
            draft = service.save_draft(session=session, actor=crew["author"], policy=policy, source=source)
        service.submit(session=session, actor=crew["author"], policy=policy)
        service.approve(session=session, actor=crew["approver"], policy=policy, number=draft.number)
        service.activate(session=session, actor=crew["approver"], policy=policy, number=draft.number)
        return policy.id


def _runtime(sessions, clock, refresh_s=5.0, builder=None):
    kwargs = {"builder": builder} if builder else {}
    return PolicyRuntime(sessions=sessions, secret=TEST_SECRET.encode(), refresh_s=refresh_s, clock=clock, **kwargs)


def test_without_any_policy_the_shipped_default_applies(db_sessions, tenants):
    active = _runtime(db_sessions, FakeClock()).active_policy_for(tenants["acme"])
    assert active.origin == "shipped_default" and active.version == 0 and active.policy_id == "default"
    assert active.document.input.pii.entities["US_SSN"].action == "block"


def test_tenants_get_their_own_policy_and_others_the_deployment_default(db_sessions, tenants, crew):
    default_id = _activate(db_sessions, crew, tenant_id=None, source=RELAXED_YAML, name="deployment")
    acme_id = _activate(db_sessions, crew, tenant_id=tenants["acme"], source=STRICT_YAML)
    runtime = _runtime(db_sessions, FakeClock())
    acme, globex = runtime.active_policy_for(tenants["acme"]), runtime.active_policy_for(tenants["globex"])
    assert (acme.origin, acme.policy_id, acme.version) == ("tenant", acme_id, 1)
    assert (globex.origin, globex.policy_id) == ("deployment_default", default_id)
    assert globex.document.input.pii.threshold == 0.7


def test_an_activation_elsewhere_is_seen_after_the_refresh_interval(db_sessions, tenants, crew):
    clock = FakeClock()
    policy_id = _activate(db_sessions, crew, tenant_id=tenants["acme"], source=STRICT_YAML)
    runtime = _runtime(db_sessions, clock, refresh_s=5.0)
    assert runtime.active_policy_for(tenants["acme"]).version == 1
    _activate(db_sessions, crew, tenant_id=tenants["acme"], source=RELAXED_YAML, policy_id=policy_id)
    clock.advance(4.0)
    assert runtime.active_policy_for(tenants["acme"]).version == 1  # cached, no query yet
    clock.advance(1.5)
    assert runtime.active_policy_for(tenants["acme"]).version == 2


def test_a_rollback_is_seen_too(db_sessions, tenants, crew):
    clock = FakeClock()
    policy_id = _activate(db_sessions, crew, tenant_id=tenants["acme"], source=STRICT_YAML)
    _activate(db_sessions, crew, tenant_id=tenants["acme"], source=RELAXED_YAML, policy_id=policy_id)
    runtime = _runtime(db_sessions, clock, refresh_s=1.0)
    assert runtime.active_policy_for(tenants["acme"]).version == 2
    with db_sessions() as session, session.begin():
        from sluice.gateway.policies.models import Policy

        service.rollback(session=session, actor=crew["approver"], policy=session.get(Policy, policy_id), number=None,
                         comment="regression")
    clock.advance(2)
    assert runtime.active_policy_for(tenants["acme"]).version == 1


def test_pipelines_are_built_once_per_version_and_tenant(db_sessions, tenants, crew):
    built = []
    runtime = _runtime(db_sessions, FakeClock(),
                       builder=lambda doc, secret: built.append((doc.id, secret)) or object())
    _activate(db_sessions, crew, tenant_id=None, source=STRICT_YAML)
    acme = runtime.active_policy_for(tenants["acme"])
    assert acme.pipeline is runtime.active_policy_for(tenants["acme"]).pipeline
    globex = runtime.active_policy_for(tenants["globex"])
    assert globex.pipeline is not acme.pipeline
    assert len(built) == 2 and built[0][1] != built[1][1]  # each tenant has its own hashing key


def test_hash_tokens_differ_between_tenants_but_are_stable_within_one(db_sessions, tenants, crew):
    _activate(db_sessions, crew, tenant_id=None, source=HASHING)
    runtime = _runtime(db_sessions, FakeClock())
    message = [{"role": "user", "content": "Contact jane.doe@example.com please."}]

    def token(tenant):
        return runtime.active_policy_for(tenant).pipeline.scan_input(message).messages[0]["content"]

    assert token(tenants["acme"]) == token(tenants["acme"])
    assert token(tenants["acme"]) != token(tenants["globex"])
    assert "jane.doe" not in token(tenants["acme"])


def test_activating_through_the_api_takes_effect_at_once_in_this_process(client, app_ctx, people, tenants):
    author, approver = people.make(Role.POLICY_AUTHOR), people.make(Role.POLICY_APPROVER)
    runtime = app_ctx.policies
    runtime._refresh_s = 3600.0  # only the in-process signal can make the change visible
    assert runtime.active_policy_for(tenants["acme"]).origin == "shipped_default"
    created = client.post("/admin/api/policies", json={"name": "p", "tenant_id": tenants["acme"],
                                                       "source": STRICT_YAML}, headers=author.headers).json()
    client.post(f"/admin/api/policies/{created['id']}/submit", headers=author.headers)
    client.post(f"/admin/api/policies/{created['id']}/versions/1/approve", headers=approver.headers)
    assert client.post(f"/admin/api/policies/{created['id']}/versions/1/activate",
                       headers=approver.headers).status_code == 200
    active = runtime.active_policy_for(tenants["acme"])
    assert (active.origin, active.policy_id, active.version) == ("tenant", created["id"], 1)


async def test_outside_tests_readiness_waits_until_the_policy_models_are_loaded(app_ctx):
    from sluice.gateway.bootstrap import build_services
    from sluice.gateway.policies.guardrails import PolicyGuardrails
    from tests.conftest import make_settings

    settings = make_settings(env="development", database_url=app_ctx.settings.database_url)
    ctx = build_services(settings, engine=app_ctx.engine, sessions=app_ctx.sessions)
    assert isinstance(ctx.guardrails, PolicyGuardrails)
    assert ctx.readiness["policy"]() == (False, "loading policy models")
    ctx.warm_up.start()
    ctx.warm_up.thread.join(timeout=180)
    assert ctx.readiness["policy"]() == (True, "ok")


async def test_a_pinned_version_is_applied_instead_of_the_active_one(app_ctx, tenants, crew):
    from sluice.policy.loader import load_policy

    from sluice.gateway.auth.principal import KeyPrincipal
    from sluice.gateway.pipeline.context import RequestContext
    from sluice.gateway.bootstrap import scan_pool
    from sluice.gateway.policies.guardrails import PolicyBlocked, PolicyGuardrails
    from sluice.gateway.policies.runtime import ActivePolicy

    _activate(app_ctx.sessions, crew, tenant_id=tenants["acme"], source=STRICT_YAML)  # blocks SSNs
    caller = KeyPrincipal(key_id="k", tenant_id=tenants["acme"], tenant_name="acme", rpm_limit=None, tpm_limit=None)
    body = {"messages": [{"role": "user", "content": "My SSN is 536-22-8726."}]}
    guardrails = PolicyGuardrails(app_ctx.policies, scan_pool(app_ctx.settings))

    active = RequestContext.begin(endpoint="chat", model="m", stream=False, principal=caller)
    await guardrails.prepare(active)
    with pytest.raises(PolicyBlocked):
        await guardrails.input_stage(active).run(active, body)

    pinned = RequestContext.begin(endpoint="chat", model="m", stream=False, principal=caller)
    pinned.pinned_policy = ActivePolicy(
        tenant_id=tenants["acme"], origin="pinned", policy_id="pol_candidate", version=7, version_id=None,
        document=load_policy(RELAXED_YAML), runtime=app_ctx.policies)  # masks SSNs
    await guardrails.prepare(pinned)
    forwarded = await guardrails.input_stage(pinned).run(pinned, body)
    assert forwarded["messages"][0]["content"] == "My SSN is ***-**-8726."
    assert pinned.decisions[0].to_dict()["policy"] == {"id": "pol_candidate", "version": 7}
