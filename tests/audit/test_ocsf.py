"""OCSF exports validate against the OCSF JSON schema of API Activity (6003) for the version they declare.

The schema comes from the OCSF schema exports packaged in ``ocsf-json-schema`` (offline), with the profiles
each record names in ``metadata.profiles``; validation is JSON Schema draft 2020-12 (``jsonschema``).
"""

from __future__ import annotations

import zipfile
from functools import cache

import orjson
import pytest
from jsonschema import Draft202012Validator
from ocsf_json_schema import OcsfJsonSchemaEmbedded, get_ocsf_schema

from sluice.audit.events import SystemEvent, admin_event
from sluice.audit.export.bundle import write_bundle
from sluice.audit.export.ocsf import to_ocsf
from sluice.audit.export.query import EventFilter
from sluice.audit.storage.log import append_events
from tests.audit.helpers import sample_request


@cache
def _validator(version: str, profiles: tuple[str, ...]) -> Draft202012Validator:
    schema = OcsfJsonSchemaEmbedded(get_ocsf_schema(version=version))
    name = schema.lookup_class_name_from_uid(6003)
    return Draft202012Validator(schema.get_class_schema(name, list(profiles)))


def _problems(record: dict) -> list[str]:
    meta = record.get("metadata", {})
    validator = _validator(meta.get("version"), tuple(meta.get("profiles", ())))
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(record)]


def _events():
    """Every shape of event the log holds: requests with and without key, address, provider; admin
    actions by an admin, by another role, from the CLI, a failed sign-in; a system event."""
    return [
        sample_request(1, user="alice@example.org", source_address="10.1.2.3"),
        sample_request(2, key_id=None, provider=None, region=None, request_id=None, model_served=None,
                       model_requested=None, status_code=None, latency_ms=None,
                       source_address="2001:db8::1"),
        sample_request(3, source_address="testclient", outcome="error", error_code="provider_error"),
        admin_event(action="key.revoked", actor_id="usr_1", actor_label="a@example.org", actor_role="admin",
                    target_type="api_key", target_id="key_1", before={"state": "active"},
                    after={"state": "revoked"}, source_address="10.0.0.1", tenant_id="ten_a"),
        admin_event(action="policy.approved", actor_id="usr_2", actor_label="b@example.org",
                    actor_role="policy_approver", target_type="policy", target_id="pol_1"),
        admin_event(action="audit.exported", actor_label="cli", target_type="audit_export",
                    target_id="x.zip"),
        admin_event(action="user.login_failed", actor_label="mallory@example.org", target_type="user",
                    target_id=None, source_address="192.0.2.9"),
        SystemEvent(action="audit.purged", tenant_id="ten_a", detail={"events": 3}),
    ]


@pytest.fixture
def ocsf_records(tmp_path, signer):
    from sluice.audit.storage.models import install
    from sluice.gateway.database import make_engine

    engine = make_engine(f"sqlite:///{tmp_path / 'log.db'}")
    with engine.begin() as conn:
        install(conn)
        append_events(conn, _events())
    bundle = write_bundle(engine, tmp_path / "ocsf.zip", flt=EventFilter(), fmt="ocsf", signer=signer,
                          origin="sluice.test/audit").path
    engine.dispose()
    with zipfile.ZipFile(bundle) as archive:
        return [orjson.loads(line) for line in archive.read("events.ocsf.jsonl").splitlines()]


def test_every_exported_ocsf_record_validates_against_the_api_activity_schema(ocsf_records):
    assert len(ocsf_records) == len(_events())
    for record in ocsf_records:
        assert _problems(record) == [], record["metadata"]["sequence"]


def test_actor_user_is_the_authenticated_key_and_the_callers_user_field_is_unmapped(ocsf_records):
    request = ocsf_records[0]
    assert request["actor"]["user"] == {"uid": "key_1", "credential_uid": "key_1", "type_id": 99,
                                        "type": "API key"}
    assert request["unmapped"]["user"] == "alice@example.org"
    assert "alice@example.org" not in orjson.dumps(request["actor"]).decode()
    assert ocsf_records[1]["actor"]["user"]["name"] == "unauthenticated"


def test_admin_actors_carry_their_user_type_and_claimed_names_stay_out_of_actor(ocsf_records):
    admin, approver, cli, failed, system = ocsf_records[3:]
    assert admin["actor"]["user"] == {"uid": "usr_1", "name": "a@example.org", "type_id": 2,
                                      "type": "Admin", "groups": [{"name": "admin"}]}
    assert approver["actor"]["user"]["type_id"] == 1
    assert approver["actor"]["user"]["groups"] == [{"name": "policy_approver"}]
    for unauthenticated in (cli, failed):
        assert unauthenticated["actor"]["user"] == {"name": "unauthenticated", "type_id": 0,
                                                    "type": "Unknown"}
    assert failed["unmapped"]["actor_label"] == "mallory@example.org" and failed["status_id"] == 2
    assert system["actor"]["user"]["type_id"] == 3


def test_cloud_appears_only_with_the_cloud_profile_declared(ocsf_records):
    for record in ocsf_records:
        assert ("cloud" in record) == ("cloud" in record["metadata"].get("profiles", ()))
    assert ocsf_records[0]["cloud"] == {"provider": "builtin", "region": "local"}
    assert "cloud" not in ocsf_records[1]


def test_the_schema_check_refuses_cloud_without_its_profile_and_a_role_as_user_type():
    record = to_ocsf(orjson.loads(sample_request(1).entry(0)))
    del record["metadata"]["profiles"]
    assert any(p.startswith(":") or "cloud" in p for p in _problems(record))
    admin = to_ocsf(orjson.loads(admin_event(action="key.revoked", actor_id="u", actor_role="admin",
                                             target_type="api_key").entry(1)))
    admin["actor"]["user"]["type_id"] = "admin"
    assert any("type_id" in p for p in _problems(admin))
