"""What audit/FORMATS.md says about hashed bytes holds: the standard library recomputes them."""

from __future__ import annotations

import hashlib
import json

import orjson

from sluice.audit.events import admin_event
from sluice.gateway.api.schemas import ChatCompletionRequest, CompletionRequest
from sluice.gateway.audit_api.recorder import event_from_request
from sluice.gateway.pipeline.context import RequestContext
from tests.audit.helpers import sample_request


def _canonical(value) -> bytes:
    """FORMATS.md section 1, with Python's json module (for values without exponent-form numbers)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_entries_are_sorted_compact_utf8_json_as_section_1_says():
    events = (sample_request(3, user="Zoë \u2028 \"q\" \x01"),
              admin_event(action="key.created", actor_id="u", target_type="api_key",
                          after={"b": 1, "a": [1.5, None]}))
    for event in events:
        entry = event.entry(9)
        assert _canonical(json.loads(entry)) == entry


def test_prompt_response_and_content_digests_are_the_ones_section_10_describes():
    sent = {"model": "sluice-demo", "user": "bob", "messages": [
        {"role": "system", "content": "Be brief.", "x_unknown": 1},
        {"role": "user", "content": [{"type": "text", "text": "Grüße"}], "name": "ann"}]}
    rctx = RequestContext(request_id="req-1", endpoint="chat", model="sluice-demo", stream=False,
                          tenant_id="ten_a", key_id="key_1")
    rctx.request_body = ChatCompletionRequest.model_validate(sent).upstream_body()
    rctx.response_text = {0: "Hallo", 1: ""}
    rctx.capture_content = True
    event = orjson.loads(event_from_request(rctx).entry(0))
    messages = [{"role": "system", "content": "Be brief."},  # fields the caller set, unknown ones dropped
                {"role": "user", "content": [{"type": "text", "text": "Grüße"}], "name": "ann"}]
    response = {"0": "Hallo", "1": ""}
    assert event["prompt_sha256"] == _sha(_canonical(messages))
    assert event["response_sha256"] == _sha(_canonical(response))
    assert event["content_sha256"] == _sha(_canonical({"prompt": messages, "response": response}))


def test_a_completion_prompt_string_is_hashed_as_utf8_text():
    rctx = RequestContext(request_id="req-2", endpoint="completions", model="sluice-demo", stream=False,
                          tenant_id="ten_a", key_id="key_1")
    sent = {"model": "sluice-demo", "prompt": "Café"}
    rctx.request_body = CompletionRequest.model_validate(sent).upstream_body()
    event = orjson.loads(event_from_request(rctx).entry(0))
    assert event["prompt_sha256"] == _sha("Café".encode()) and event["response_sha256"] is None
