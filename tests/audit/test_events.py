"""Event schema: canonical bytes, documented fields, no raw text in events."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import orjson
import pytest
from pydantic import ValidationError

from sluice.audit.canonical import canonical_json, is_canonical
from sluice.audit.events import CapturedContent, admin_event, digest, request_event
from sluice.audit.export.ocsf import to_ocsf
from sluice.audit.schema_doc import render
from tests.audit.helpers import sample_request


def test_schema_document_matches_the_models():
    assert (Path(__file__).resolve().parents[2] / "audit" / "SCHEMA.md").read_text() == render()


def test_entries_are_canonical_and_carry_version_and_position():
    entry = sample_request(3).entry(41)
    value = orjson.loads(entry)
    assert is_canonical(entry)
    assert (value["v"], value["seq"], value["kind"]) == (1, 41, "request")
    assert list(value) == sorted(value)
    assert canonical_json({"b": 1, "a": {"d": [1, 2], "c": "é"}}) == '{"a":{"c":"é","d":[1,2]},"b":1}'.encode()


def test_same_event_serializes_to_the_same_bytes_and_time_is_utc_with_microseconds():
    when = datetime(2026, 1, 31, 13, 0, 0, 5, tzinfo=timezone.utc)
    event = request_event(id="evt_x", time=when, tenant_id="t")
    assert event.entry(0) == request_event(id="evt_x", time=when, tenant_id="t").entry(0)
    assert b'"time":"2026-01-31T13:00:00.000005Z"' in event.entry(0)
    with pytest.raises(ValidationError):
        request_event(time=datetime(2026, 1, 1))  # naive times are refused


def test_captured_content_is_bound_by_hash_and_never_part_of_the_entry():
    secret = "my card is 4111 1111 1111 1111"
    event = request_event(tenant_id="t", capture=CapturedContent(prompt=secret, response="ok"),
                          prompt_sha256=digest(secret))
    entry = event.entry(0)
    assert secret.encode() not in entry
    assert orjson.loads(entry)["content_sha256"] == digest({"prompt": secret, "response": "ok"})
    assert event.captured.prompt == secret


def test_admin_events_keep_actor_target_and_before_after():
    event = admin_event(action="key.revoked", actor_id="usr_1", actor_label="a@example.org", actor_role="admin",
                        target_type="api_key", target_id="key_1", before={"state": "active"},
                        after={"state": "revoked"}, source_address="10.0.0.1", tenant_id="t")
    value = orjson.loads(event.entry(5))
    assert value["before"] == {"state": "active"} and value["after"] == {"state": "revoked"}
    assert value["actor_label"] == "a@example.org" and value["source_address"] == "10.0.0.1"


def test_ocsf_records_are_api_activity_with_type_uid_from_the_activity():
    request = to_ocsf(orjson.loads(sample_request(1).entry(0)))
    revoke = to_ocsf(orjson.loads(admin_event(action="key.revoked", target_type="api_key").entry(1)))
    assert (request["class_uid"], request["activity_id"], request["type_uid"]) == (6003, 1, 600301)
    assert (revoke["activity_id"], revoke["type_uid"]) == (4, 600304)
    assert request["metadata"]["sequence"] == 0 and request["cloud"]["region"] == "local"
