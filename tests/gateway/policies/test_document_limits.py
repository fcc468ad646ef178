"""Policies sent to the admin API too deep, too large or with YAML aliases get a stable code and a
message naming the limit (never a 500), as YAML, as JSON text and as a JSON object."""

from __future__ import annotations

import json

import pytest

from sluice.gateway.users.roles import Role

BASE = "/admin/api/policies"
DEEP = 3000
NESTED = "[" * DEEP + "]" * DEEP


@pytest.fixture
def author(people, tenants):
    return people.make(Role.POLICY_AUTHOR, tenants["acme"])


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.text
    return response.json()["error"]


def test_a_deep_yaml_body_is_refused_as_too_deep(client, author):
    response = client.post(BASE, params={"name": "deep"}, content=f"input: {NESTED}\n".encode(),
                           headers={**author.headers, "content-type": "application/yaml"})
    error = error_of(response, 400)
    assert error["code"] == "policy_too_deep" and "32 levels" in error["message"]


@pytest.mark.parametrize("body", [
    '{"name": "deep", "source": ' + json.dumps('{"input": ' + NESTED + "}") + "}",  # JSON text in `source`
    '{"name": "deep", "document": {"input": ' + NESTED + "}}",  # a JSON object
], ids=["source", "document"])
def test_a_deep_json_policy_is_refused_as_too_deep(client, author, body):
    response = client.post(BASE, content=body.encode(), headers={**author.headers, "content-type": "application/json"})
    assert error_of(response, 400)["code"] == "policy_too_deep"


def test_a_draft_over_the_size_limit_is_refused_as_too_large(client, author):
    created = client.post(BASE, json={"name": "small", "source": "name: small\n"}, headers=author.headers)
    assert created.status_code == 201, created.text
    big = "name: big\n" + "# padding\n" * 30_000
    response = client.put(f"{BASE}/{created.json()['id']}/draft", json={"source": big}, headers=author.headers)
    assert error_of(response, 413)["code"] == "policy_too_large"
