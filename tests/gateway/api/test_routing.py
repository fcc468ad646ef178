"""Routing by region and priority, reloading when providers change, on SQLite and PostgreSQL."""

from __future__ import annotations

import openai
import orjson
import pytest
from sqlalchemy import select

from sluice.audit.storage.models import EventRow
from sluice.gateway.errors import SluiceError
from sluice.gateway.pipeline.ungoverned import Ungoverned
from tests.conftest import BACKENDS
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness


class OnlyRegions(Ungoverned):
    def __init__(self, regions):
        self.regions = frozenset(regions)

    async def route(self, rctx, candidates):
        return [p for p in candidates if p.spec.region in self.regions]


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, settings_factory_module):
    """A gateway on each backend, with an EU and a US upstream serving the same model."""
    eu, eu_server = serve(EmulatorConfig())
    us, us_server = serve(EmulatorConfig())
    harness = GatewayHarness(request.getfixturevalue(f"{request.param}_url"), settings_factory_module,
                             guardrails=Ungoverned()).start()
    model = harness.model("geo")
    harness.add_provider("geo-eu", base_url=eu_server.url + "/v1", models=[model], region="eu-west-1", priority=20)
    harness.add_provider("geo-us", base_url=us_server.url + "/v1", models=[model, harness.model("us-only")],
                         region="us-east-1", priority=10)
    yield harness, model, eu, us
    harness.stop()
    eu_server.stop()
    us_server.stop()


@pytest.fixture
def client(world):
    harness, model, eu, us = world
    for emulator in (eu, us):
        emulator.state.__init__()
    yield openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0)
    harness.ctx.guardrails = Ungoverned()


def ask(client, model):
    return client.chat.completions.create(model=model, messages=[{"role": "user", "content": "#say:ok"}])


def test_lowest_priority_number_serves_first(world, client):
    _, model, eu, us = world
    ask(client, model)
    assert len(us.state.requests) == 1 and not eu.state.requests


def test_allowed_regions_steer_to_a_provider_inside_them(world, client):
    harness, model, eu, us = world
    harness.ctx.guardrails = OnlyRegions({"eu-west-1"})
    ask(client, model)
    assert len(eu.state.requests) == 1 and not us.state.requests


def test_model_only_outside_allowed_regions_is_a_residency_violation(world, client):
    harness, _, eu, us = world
    harness.ctx.guardrails = OnlyRegions({"eu-west-1"})
    with pytest.raises(openai.PermissionDeniedError) as caught:
        ask(client, harness.model("us-only"))
    assert caught.value.code == "residency_violation"
    assert not us.state.requests


def test_models_list_follows_allowed_regions(world, client):
    harness, model, _, _ = world
    harness.ctx.guardrails = OnlyRegions({"eu-west-1"})
    ids = {m.id for m in client.models.list()}
    assert model in ids and harness.model("us-only") not in ids


def test_provider_changes_apply_without_restart(world, client):
    harness, model, eu, us = world
    harness.change_provider(f"geo-us-{harness.tag}", enabled=False)
    try:
        ask(client, model)
        assert len(eu.state.requests) == 1 and not us.state.requests
    finally:
        harness.change_provider(f"geo-us-{harness.tag}", enabled=True)
    ask(client, model)
    assert len(us.state.requests) == 1


def test_tools_need_a_provider_that_supports_them(world, client):
    harness, model, eu, us = world
    harness.change_provider(f"geo-us-{harness.tag}", supports_tools=False)
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    try:
        client.chat.completions.create(model=model, messages=[{"role": "user", "content": "hi"}], tools=tools)
        assert len(eu.state.requests) == 1 and not us.state.requests  # routed to the tool-capable one
        with pytest.raises(openai.BadRequestError) as caught:
            client.chat.completions.create(model=harness.model("us-only"), tools=tools,
                                           messages=[{"role": "user", "content": "hi"}])
        assert caught.value.code == "tools_not_supported"
    finally:
        harness.change_provider(f"geo-us-{harness.tag}", supports_tools=True)


def _audited_request(harness, request_id: str) -> dict:
    with harness.sessions() as session:
        rows = session.scalars(select(EventRow.entry).where(EventRow.tenant_id == harness.tenant_id,
                                                            EventRow.kind == "request")).all()
    events = [orjson.loads(entry) for entry in rows if entry]
    return next(event for event in events if event["request_id"] == request_id)


def test_model_map_renames_the_model_for_the_upstream_and_the_audit_log_records_both(world, client):
    harness, model, eu, us = world
    harness.change_provider(f"geo-us-{harness.tag}", model_map={model: "upstream-name"})
    try:
        raw = client.chat.completions.with_raw_response.create(model=model, messages=[{"role": "user", "content": "hi"}])
        result = raw.parse()
        assert us.state.requests[-1]["model"] == "upstream-name" and result.model == model
        event = _audited_request(harness, raw.headers["x-request-id"])
        assert (event["model_requested"], event["model_served"]) == (model, "upstream-name")
    finally:
        harness.change_provider(f"geo-us-{harness.tag}", model_map={})


def test_sealed_upstream_key_is_sent_to_the_upstream(world, client):
    harness, model, eu, us = world
    harness.change_provider(f"geo-us-{harness.tag}", api_key="upstream-secret")
    try:
        ask(client, model)
        assert us.state.headers[-1]["authorization"] == "Bearer upstream-secret"
    finally:
        harness.change_provider(f"geo-us-{harness.tag}", api_key=None)


def test_errors_are_sluice_errors_with_stable_codes():
    from sluice.gateway.providers.routing import serving

    with pytest.raises(SluiceError) as caught:
        serving([], "m")
    assert caught.value.code == "model_not_found" and caught.value.status == 404
