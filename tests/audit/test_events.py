"""Event schema: canonical bytes, documented fields, no raw text in events."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import orjson
import pytest
from pydantic import ValidationError

from sluice.audit.canonical import canonical_json, is_canonical
from sluice.audit.events import (SCHEMA_VERSION, CapturedContent, GuardrailResult, RequestEvent, admin_event, digest,
                                 request_event)
from sluice.audit.export.ocsf import to_ocsf
from sluice.audit.schema_doc import render
from sluice.policy.vocabulary import GuardrailStatus
from tests.audit.helpers import sample_request

# A request event exactly as the gateway logged it before the policy layer and the audit log shared
# one guardrail vocabulary (the recorder translated the policy's "triggered" into these words).
EARLIER_ENTRY = (
    b'{"classification":null,"client_disconnected":false,"content_sha256":null,"error_code":"prompt_injection",'
    b'"eval_tag":null,"guardrails":[{"action":"pseudonymize","detail":null,"latency_ms":2.5,"name":"pii",'
    b'"stage":"input","status":"flagged"},{"action":"block","detail":"role_play","latency_ms":1.0,'
    b'"name":"injection","stage":"input","status":"blocked"},{"action":"block",'
    b'"detail":"DetectorError: guardrail_error","latency_ms":null,"name":"content","stage":"input",'
    b'"status":"errored"},{"action":"block","detail":"no topics configured","latency_ms":null,"name":"topics",'
    b'"stage":"input","status":"skipped"},{"action":"flag","detail":null,"latency_ms":null,"name":"refusal",'
    b'"stage":"output","status":"passed"}],"id":"evt_0123456789abcdef01234567","key_id":null,"kind":"request",'
    b'"latency_ms":null,"model_requested":"sluice-demo","model_served":null,"outcome":"blocked",'
    b'"overhead_ms":null,"pii":{},"policy_id":null,"policy_version":null,'
    b'"prompt_sha256":"abababababababababababababababababababababababababababababababab","provider":null,'
    b'"region":null,"request_id":"req-1","response_sha256":null,"route":"/v1/chat/completions","seq":7,'
    b'"source_address":null,"status_code":400,"stream":false,"tenant_id":"ten_a",'
    b'"time":"2026-01-31T12:00:00.000000Z","tokens":{"completion":0,"prompt":0,"total":0},"user":null,"v":1}'
)


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


def test_events_logged_before_the_shared_vocabulary_parse_and_serialize_to_their_logged_bytes():
    value = orjson.loads(EARLIER_ENTRY)
    seq, version = value.pop("seq"), value.pop("v")
    event = RequestEvent.model_validate(value)
    assert version == SCHEMA_VERSION and event.entry(seq) == EARLIER_ENTRY  # same bytes, same leaf hash
    assert [g.status for g in event.guardrails] == [GuardrailStatus.FLAGGED, GuardrailStatus.BLOCKED,
                                                    GuardrailStatus.ERRORED, GuardrailStatus.SKIPPED,
                                                    GuardrailStatus.PASSED]


def test_guardrail_words_outside_the_vocabulary_are_refused():
    with pytest.raises(ValidationError):
        GuardrailResult(name="pii", stage="input", status="triggered")
    with pytest.raises(ValidationError):
        GuardrailResult(name="pii", stage="input", status="flagged", action="quarantine")
