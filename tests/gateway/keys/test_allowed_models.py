"""A key's model allow-list, through the official ``openai`` client against a real gateway."""

from __future__ import annotations

import openai
import pytest

from sluice.gateway.database import transaction
from sluice.gateway.keys.lifecycle import KeyChanges, update_key
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.service import create_key
from sluice.gateway.tenants.models import Tenant
from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness


@pytest.fixture(scope="module")
def gateway(sqlite_url):
    from tests.conftest import make_settings

    _, upstream = serve(EmulatorConfig())
    harness = GatewayHarness(sqlite_url, make_settings, key_cache_ttl_s=0)
    allowed, other = harness.model("allowed"), harness.model("other")
    harness.add_provider("emu", base_url=upstream.url + "/v1", models=[allowed, other])
    with transaction(harness.sessions) as session:
        activate_policy(session, harness.tenant_id, NO_GUARDRAILS)
        issued = create_key(session=session, tenant=session.get(Tenant, harness.tenant_id),
                            secret=harness.settings.secret_bytes, allowed_models=[allowed])
    harness.start()
    yield harness, issued, allowed, other
    harness.stop()
    upstream.stop()


def _client(harness, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=harness.base_url, api_key=key, max_retries=0, timeout=30)


def test_models_lists_only_the_allowed_models(gateway):
    harness, issued, allowed, other = gateway
    assert [m.id for m in _client(harness, issued.key).models.list()] == [allowed]
    assert {allowed, other} <= {m.id for m in _client(harness, harness.key).models.list()}  # no allow-list


def test_another_model_is_refused_with_model_not_allowed(gateway):
    harness, issued, allowed, other = gateway
    client = _client(harness, issued.key)
    reply = client.chat.completions.create(model=allowed, messages=[{"role": "user", "content": "hi"}], max_tokens=3)
    assert reply.choices[0].message.content
    with pytest.raises(openai.PermissionDeniedError) as err:
        client.chat.completions.create(model=other, messages=[{"role": "user", "content": "hi"}], max_tokens=3)
    assert err.value.status_code == 403
    assert err.value.body["code"] == "model_not_allowed" and err.value.body["param"] == "model"
    assert other in err.value.body["message"]
    with pytest.raises(openai.PermissionDeniedError):
        client.completions.create(model=other, prompt="hi", max_tokens=3)


def test_changing_the_allow_list_applies_to_the_next_request(gateway):
    harness, issued, allowed, other = gateway
    with transaction(harness.sessions) as session:
        update_key(session=session, record=session.get(ApiKey, issued.record.id),
                   changes=KeyChanges(allowed_models=[other]))
    try:
        assert [m.id for m in _client(harness, issued.key).models.list()] == [other]
    finally:
        with transaction(harness.sessions) as session:
            update_key(session=session, record=session.get(ApiKey, issued.record.id),
                       changes=KeyChanges(allowed_models=[allowed]))
