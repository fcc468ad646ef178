"""Policies arrive as YAML or JSON; invalid ones are refused with `policy_invalid` and field paths."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import STRICT_YAML

BASE = "/admin/api/policies"


@pytest.fixture
def author(people, tenants):
    return people.make(Role.POLICY_AUTHOR, tenants["acme"])


def test_a_raw_yaml_body_is_accepted(client, author):
    response = client.post(BASE, params={"name": "from-yaml"}, content=STRICT_YAML.encode(),
                           headers={**author.headers, "content-type": "application/yaml"})
    assert response.status_code == 201, response.text
    version = client.get(f"{BASE}/{response.json()['id']}/versions/1", headers=author.headers).json()
    assert version["source_format"] == "yaml" and version["source"] == STRICT_YAML


def test_a_json_document_is_accepted_and_defaults_filled_in(client, author):
    document = {"input": {"pii": {"entities": {"EMAIL_ADDRESS": {"action": "hash"}}}}}
    response = client.post(BASE, json={"name": "from-json", "document": document}, headers=author.headers)
    assert response.status_code == 201, response.text
    version = client.get(f"{BASE}/{response.json()['id']}/versions/1", headers=author.headers).json()
    assert version["source_format"] == "json"
    assert version["document"]["input"]["pii"]["entities"] == {"EMAIL_ADDRESS": {
        "action": "hash", "threshold": None, "mask_keep_last": 4, "mask_char": "*"}}
    assert version["document"]["residency"]["default_classification"] == "internal"


def test_an_invalid_action_points_at_its_field(client, author):
    bad = STRICT_YAML.replace("US_SSN: {action: block}", "US_SSN: {action: shred}")
    response = client.post(BASE, json={"name": "bad", "source": bad}, headers=author.headers)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "policy_invalid"
    assert error["param"] == "input.pii.entities.US_SSN.action"
    assert [e["path"] for e in error["errors"]] == ["input.pii.entities.US_SSN.action"]


def test_a_misspelt_key_is_an_error_not_a_silently_disabled_guardrail(client, author):
    response = client.post(BASE, json={"name": "typo", "document": {"input": {"injecton": {"enabled": True}}}},
                           headers=author.headers)
    assert response.status_code == 400
    assert response.json()["error"]["errors"][0]["path"] == "input.injecton"


def test_broken_yaml_is_reported_with_its_line(client, author):
    response = client.post(BASE, json={"name": "broken", "source": "input:\n  pii: [unclosed\n"},
                           headers=author.headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "policy_invalid" and "line" in response.json()["error"]["message"]


def test_an_invalid_draft_update_leaves_the_draft_unchanged(client, author):
    created = client.post(BASE, json={"name": "keep", "source": STRICT_YAML}, headers=author.headers).json()
    bad = client.put(f"{BASE}/{created['id']}/draft", json={"source": "residency: {default_classification: nope}"},
                     headers=author.headers)
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "residency"
    version = client.get(f"{BASE}/{created['id']}/versions/1", headers=author.headers).json()
    assert version["source"] == STRICT_YAML


def test_source_and_document_together_are_refused(client, author):
    response = client.post(BASE, json={"name": "both", "source": STRICT_YAML, "document": {}}, headers=author.headers)
    assert response.status_code == 400 and response.json()["error"]["code"] == "invalid_request"


def test_unsupported_media_types_are_refused(client, author):
    response = client.post(BASE, content=b"x", headers={**author.headers, "content-type": "text/csv"})
    assert response.status_code == 415


def test_duplicate_names_in_one_tenant_conflict(client, author):
    assert client.post(BASE, json={"name": "dup", "source": STRICT_YAML}, headers=author.headers).status_code == 201
    again = client.post(BASE, json={"name": "dup", "source": STRICT_YAML}, headers=author.headers)
    assert again.status_code == 409 and again.json()["error"]["code"] == "policy_exists"


def test_the_json_schema_is_published_for_editors(client, author):
    schema = client.get(f"{BASE}/schema", headers=author.headers).json()
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"input", "output", "residency"} <= set(schema["properties"])


def test_the_api_is_described_in_openapi(client, author):
    spec = client.get("/openapi.json", headers=author.headers).json()
    create = spec["paths"]["/admin/api/policies"]["post"]
    assert {"application/json", "application/yaml"} <= set(create["requestBody"]["content"])
    assert "/admin/api/policies/{policy_id}/simulate" in spec["paths"]


def test_yaml_aliases_are_refused_so_a_small_text_cannot_expand_into_a_huge_policy(client, author):
    bomb = 'a: &a ["x", "x", "x", "x"]\nb: &b [*a, *a, *a, *a]\ninput:\n  words:\n    words: [*b, *b, *b, *b]\n'
    response = client.post(BASE, json={"name": "bomb", "source": bomb}, headers=author.headers)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "policy_invalid" and "aliases" in response.json()["error"]["message"]
