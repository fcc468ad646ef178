"""The composition root builds every part from settings, and a request path without governance
cannot be assembled."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from sluice.gateway.app import create_app
from sluice.gateway.audit_api.recorder import AuditRecorder
from sluice.gateway.bootstrap import build_services
from sluice.gateway.pipeline.stages import Guardrails, InputStage, Recorder
from sluice.gateway.policies.guardrails import PolicyGuardrails
from sluice.gateway.services import Services
from tests.conftest import REDIS_URL, make_settings


def test_the_gateway_is_built_with_the_policy_guardrails_and_the_audit_recorder(tmp_path):
    services = build_services(make_settings(database_url=f"sqlite:///{tmp_path / 's.db'}", data_dir=tmp_path))
    assert isinstance(services.guardrails, PolicyGuardrails) and isinstance(services.recorder, AuditRecorder)
    assert services.recorder.writer is services.audit_writer
    assert services.pipeline().guardrails is services.guardrails  # what every /v1 request uses
    assert {"providers", "audit"} <= set(services.readiness)


@pytest.mark.redis
def test_celery_is_configured_once_from_the_settings_broker(tmp_path):
    broker = REDIS_URL.rsplit("/", 1)[0] + "/13"
    services = build_services(make_settings(database_url=f"sqlite:///{tmp_path / 's.db'}", data_dir=tmp_path,
                                            broker_url=broker))
    assert services.celery.conf.broker_url == broker and not services.celery.conf.task_always_eager
    embedded = build_services(make_settings(database_url=f"sqlite:///{tmp_path / 'e.db'}", data_dir=tmp_path))
    assert embedded.celery.conf.task_always_eager  # no broker: tasks run in the process


def test_a_seam_left_unimplemented_cannot_be_built():
    class InputOnly(Guardrails):
        def input_stage(self, rctx):
            return InputStage()

    with pytest.raises(TypeError, match="abstract"):
        InputOnly()
    with pytest.raises(TypeError, match="abstract"):
        Recorder()


def test_services_without_guardrails_or_recorder_are_refused(tmp_path):
    services = build_services(make_settings(database_url=f"sqlite:///{tmp_path / 's.db'}", data_dir=tmp_path))
    parts = {name: getattr(services, name) for name in Services.__dataclass_fields__ if name != "guardrails"}
    with pytest.raises(TypeError, match="guardrails"):
        Services(**parts)


def test_a_part_that_cannot_start_stops_the_start_up(tmp_path):
    # a database without its tables: the provider registry cannot load, so the app does not serve
    app = create_app(make_settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}", data_dir=tmp_path))
    with pytest.raises(Exception, match="provider list cannot be read"):
        with TestClient(app):
            pass
    assert not app.state.services.audit_writer.running  # what had started was stopped again
