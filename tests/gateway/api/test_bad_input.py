"""Bad requests get clear OpenAI-shaped errors with stable codes, never a 500."""

from __future__ import annotations

import httpx
import pytest

from sluice.gateway.database import transaction
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.service import create_key, revoke_key
from sluice.gateway.tenants.models import Tenant


@pytest.fixture(scope="module")
def model(gateway, upstreams):
    name = gateway.model("bad")
    gateway.add_provider("bad-main", base_url=upstreams[0][1].url + "/v1", models=[name])
    return name


def error_of(response: httpx.Response, status: int) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) >= {"message", "type", "param", "code"}
    return error


def test_malformed_json_is_invalid_request(http):
    response = http.post("/chat/completions", content=b'{"model": "x", "messages": [',
                         headers={"content-type": "application/json"})
    assert error_of(response, 400)["code"] == "invalid_request"


@pytest.mark.parametrize("body, param", [
    ({"messages": [{"role": "user", "content": "hi"}]}, "model"),
    ({"model": "m"}, "messages"),
    ({"model": "m", "messages": []}, "messages"),
    ({"model": "m", "messages": "hello"}, "messages"),
    ({"model": "m", "messages": [{"role": "wizard", "content": "hi"}]}, "messages.0.role"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "n": 0}, "n"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "n": 10000}, "n"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": "hot"}, "temperature"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "temperature": 3}, "temperature"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "top_p": 1.5}, "top_p"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "max_tokens": -1}, "max_tokens"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "top_logprobs": 50, "logprobs": True},
     "top_logprobs"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "stop": ["a", "b", "c", "d", "e"]}, "stop"),
    ({"model": "m", "messages": [{"role": "user", "content": "hi"}], "tools": [{"type": "function"}]},
     "tools.0.function"),
    ({"model": 42, "messages": [{"role": "user", "content": "hi"}]}, "model"),
    ({"model": "m", "messages": [{"role": "user", "content": 5}]}, "messages.0.content"),
    ({"model": "m", "messages": [{"role": "user", "content": [5]}]}, "messages.0.content.0"),
])
def test_wrong_fields_name_the_parameter(http, body, param):
    error = error_of(http.post("/chat/completions", json=body), 400)
    assert error["code"] == "invalid_request" and error["param"] == param


def test_cross_field_rules_are_explained(http, model):
    error = error_of(http.post("/chat/completions", json={
        "model": model, "messages": [{"role": "user", "content": "hi"}], "top_logprobs": 2}), 400)
    assert "top_logprobs requires logprobs" in error["message"]
    error = error_of(http.post("/chat/completions", json={
        "model": model, "messages": [{"role": "user", "content": "hi"}], "stream_options": {"include_usage": True}}), 400)
    assert "stream" in error["message"]


@pytest.mark.parametrize("body", [{"model": "m"}, {"model": "m", "prompt": []}, {"model": "m", "prompt": {"a": 1}},
                                  {"model": "m", "prompt": "x", "logprobs": 9}, {"model": "m", "prompt": "x", "n": 3,
                                                                                   "best_of": 2}])
def test_bad_completion_requests(http, body):
    assert error_of(http.post("/completions", json=body), 400)["code"] == "invalid_request"


def test_a_union_field_names_the_value_not_the_type_it_was_tried_as(http):
    error = error_of(http.post("/completions", json={"model": "m", "prompt": [10**20]}), 400)
    assert error["param"] == "prompt.0" and "less than or equal to" in error["message"]


def test_non_object_json_body(http):
    assert error_of(http.post("/chat/completions", json=[1, 2]), 400)["code"] == "invalid_request"


def test_missing_key_is_invalid_api_key(gateway):
    response = httpx.post(f"{gateway.base_url}/chat/completions", json={"model": "m", "messages": []})
    error = error_of(response, 401)
    assert error["code"] == "invalid_api_key" and error["type"] == "authentication_error"


def test_revoked_key_is_refused(gateway, model):
    with transaction(gateway.sessions) as session:
        issued = create_key(session=session, tenant=session.get(Tenant, gateway.tenant_id),
                            secret=gateway.settings.secret_bytes)
        revoke_key(session=session, record=session.get(ApiKey, issued.record.id))
    response = httpx.post(f"{gateway.base_url}/chat/completions", headers={"authorization": f"Bearer {issued.key}"},
                          json={"model": model, "messages": [{"role": "user", "content": "hi"}]})
    assert error_of(response, 401)["code"] == "api_key_revoked"


def test_oversized_body_is_request_too_large(http, model):
    big = "x" * (4 * 1024 * 1024 + 10)  # above the default SLUICE_MAX_BODY_BYTES
    response = http.post("/chat/completions", json={"model": model, "messages": [{"role": "user", "content": big}]})
    assert error_of(response, 413)["code"] == "request_too_large"


def test_gateway_keeps_serving_after_bad_requests(http, model):
    for payload in (b"{", b"null", b'{"model": null}', b"\xff\xfe"):
        assert http.post("/chat/completions", content=payload,
                         headers={"content-type": "application/json"}).status_code == 400
    ok = http.post("/chat/completions", json={"model": model, "messages": [{"role": "user", "content": "#say:up"}]})
    assert ok.status_code == 200 and ok.json()["choices"][0]["message"]["content"] == "up"
