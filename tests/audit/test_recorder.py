"""The request path's recorder turns a request's context and decision record into its audit event."""

from __future__ import annotations

import orjson
import pytest

from sqlalchemy import func, select

from sluice.audit.storage.models import EventRow
from sluice.audit.writer import AuditWriter
from sluice.gateway.audit_api.recorder import AuditRecorder, event_from_request, identifier_key
from sluice.gateway.errors import Unavailable
from sluice.gateway.pipeline.context import CLIENT_DISCONNECTED, RequestContext
from sluice.policy import DecisionRecord, build_pipeline, load_policy


class _Decision:
    def to_dict(self):
        return {"policy": {"id": "pol_9", "version": 7}, "outcome": "blocked_input", "classification": "confidential",
                "guardrails": [{"name": "pii", "stage": "input", "status": "blocked", "action": "block",
                                "reason": "US_SSN", "duration_ms": 3.5},
                               {"name": "injection", "stage": "input", "status": "errored", "action": "none"},
                               {"name": "topics", "stage": "output", "status": "skipped", "action": "none"}],
                "entities": {"input": {"US_SSN": 2, "EMAIL_ADDRESS": 1}, "output": {"EMAIL_ADDRESS": 1}}}


def _context(**overrides) -> RequestContext:
    rctx = RequestContext(request_id="req-1", endpoint="chat", model="sluice-demo", stream=True, tenant_id="ten_a",
                          key_id="key_1")
    rctx.request_body = {"messages": [{"role": "user", "content": "my ssn is 078-05-1120"}], "user": "bob"}
    rctx.decisions.append(_Decision())
    rctx.source_address = "10.0.0.7"
    for name, value in overrides.items():
        setattr(rctx, name, value)
    return rctx


def test_a_blocked_request_records_every_guardrail_honestly_and_no_text():
    rctx = _context(outcome="error", status_code=400, error_code="pii_blocked")
    event = event_from_request(rctx, identifier_key(KEY))
    entry = event.entry(0)
    value = orjson.loads(entry)
    assert value["outcome"] == "blocked" and value["error_code"] == "pii_blocked"
    assert [(g["name"], g["status"], g["action"]) for g in value["guardrails"]] == [
        ("pii", "blocked", "block"), ("injection", "errored", "none"), ("topics", "skipped", "none")]
    assert value["pii"] == {"US_SSN": 2, "EMAIL_ADDRESS": 2}
    assert (value["policy_id"], value["policy_version"], value["classification"]) == ("pol_9", 7, "confidential")
    assert (value["source_address"], value["stream"]) == ("10.0.0.7", True)
    assert value["user"].startswith("hmac-sha256:") and b"bob" not in entry
    assert b"078-05-1120" not in entry and value["prompt_sha256"]


KEY = b"k" * 32


def test_the_user_is_recorded_as_a_keyed_hash_equal_for_equal_ids_and_unrelated_under_another_secret():
    user = lambda rctx, secret: orjson.loads(event_from_request(rctx, identifier_key(secret)).entry(0))["user"]
    first, again = user(_context(), KEY), user(_context(), KEY)
    other_user = _context()
    other_user.request_body = dict(other_user.request_body, user="alice")
    assert first == again and len(first) == len("hmac-sha256:") + 64
    assert user(other_user, KEY) != first and user(_context(), b"o" * 32) != first


def test_the_user_is_recorded_as_sent_when_the_policy_captures_content_and_left_out_without_a_key():
    captured = orjson.loads(event_from_request(_context(capture_content=True), None).entry(0))
    assert captured["user"] == "bob"
    assert orjson.loads(event_from_request(_context(), None).entry(0))["user"] is None




def test_odd_guardrail_lines_are_cut_to_the_event_schema_so_the_event_still_validates():
    """Words outside the guardrail vocabulary: an unknown status is recorded as errored (never passed)."""
    class Odd:
        def to_dict(self):
            return {"guardrails": [{"name": "n" * 300, "stage": "s" * 50, "status": "weird", "action": "a" * 50,
                                    "reason": "r" * 500, "duration_ms": -1},
                                   {"name": "x", "status": "passed", "duration_ms": "slow"}]}

    rctx = _context()
    rctx.decisions[:] = [Odd()]
    event = event_from_request(rctx)
    again = type(event).model_validate(event.model_dump(mode="json"))  # what a reader of the log re-checks
    first, second = again.guardrails
    assert (len(first.name), len(first.stage), first.status, first.action, len(first.detail)) == (
        100, 32, "errored", "none", 200)
    assert first.latency_ms is None and (second.status, second.latency_ms) == ("passed", None)


def test_a_client_that_went_away_still_gets_its_event_marked_as_such():
    rctx = _context(outcome=CLIENT_DISCONNECTED, client_disconnected=True)
    rctx.decisions.clear()
    rctx.response_text[0] = "partial answ"
    value = orjson.loads(event_from_request(rctx).entry(0))
    assert value["client_disconnected"] is True and value["error_code"] == "client_disconnected"
    assert value["response_sha256"]


async def test_recorder_waits_for_the_commit_and_refuses_with_audit_unavailable_when_it_cannot(log_engine):
    writer = AuditWriter(log_engine).start()
    await AuditRecorder(writer).record(_context(outcome="ok"))
    writer.close()
    with log_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(EventRow)).scalar_one() == 1
    with pytest.raises(Unavailable) as caught:
        await AuditRecorder(writer).record(_context(outcome="ok"))
    assert caught.value.code == "audit_unavailable" and caught.value.status == 503
    await AuditRecorder(writer, fail_open=True).record(_context(outcome="ok"))  # explicitly configured: served


async def test_an_event_outside_the_schema_is_refused_as_audit_unavailable_not_served_unaudited(log_engine):
    writer = AuditWriter(log_engine).start()
    try:
        rctx = _context(outcome="ok", status_code=200, model="x" * 300)  # longer than any event may hold
        with pytest.raises(Unavailable) as refused:
            await AuditRecorder(writer).record(rctx)
        assert refused.value.code == "audit_unavailable"
    finally:
        writer.close()


def test_the_response_digest_covers_every_released_field_of_a_choice():
    from sluice.audit.events import digest

    rctx = _context(outcome="ok")
    rctx.response_text[0] = ""
    rctx.response_fields[0] = {"tool_calls.0": '{"to": "x"}', "reasoning_content": "so"}
    value = orjson.loads(event_from_request(rctx).entry(0))
    assert value["response_sha256"] == digest({"0": {"content": "", "tool_calls.0": '{"to": "x"}',
                                                     "reasoning_content": "so"}})
    rctx.response_fields.clear()
    assert orjson.loads(event_from_request(rctx).entry(0))["response_sha256"] == digest({"0": ""})
