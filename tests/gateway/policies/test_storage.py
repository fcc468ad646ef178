"""Storage rules below the API: frozen versions, content identity, readable diffs."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role
from sluice.gateway.policies import service
from sluice.gateway.policies.diffing import diff_documents, field_diff
from sluice.gateway.policies.models import FrozenVersionError
from tests.gateway.policies.conftest import RELAXED_YAML, STRICT_YAML


def test_a_submitted_versions_content_cannot_be_changed_even_by_code(db_session, people, tenants):
    author = people.make(Role.POLICY_AUTHOR).principal
    policy, draft = service.create_policy(session=db_session, actor=author, tenant_id=tenants["acme"], name="p",
                                          source=STRICT_YAML)
    draft.source = RELAXED_YAML  # still a draft: allowed
    db_session.flush()
    service.submit(session=db_session, actor=author, policy=policy)
    draft.source = STRICT_YAML
    with pytest.raises(FrozenVersionError):
        db_session.flush()


def test_the_same_content_as_yaml_or_json_has_the_same_hash():
    from sluice.policy.loader import load_policy

    _, _, from_yaml = service.parse_source(STRICT_YAML)
    _, fmt, from_json = service.parse_source(load_policy(STRICT_YAML).model_dump(mode="json"))
    assert fmt == "json"
    assert service.content_hash(from_yaml) == service.content_hash({**from_json, "id": "other", "version": 9})


def test_field_diff_reports_added_removed_and_changed_leaves():
    before = {"input": {"pii": {"threshold": 0.5, "entities": {"US_SSN": {"action": "block"}}}}, "tags": ["a"]}
    after = {"input": {"pii": {"threshold": 0.6, "entities": {"EMAIL_ADDRESS": {"action": "hash"}}}},
             "tags": ["a", "b"]}
    assert field_diff(before, after) == [
        {"path": "input.pii.threshold", "op": "changed", "before": 0.5, "after": 0.6},
        {"path": "input.pii.entities.US_SSN", "op": "removed", "before": {"action": "block"}},
        {"path": "input.pii.entities.EMAIL_ADDRESS", "op": "added", "after": {"action": "hash"}},
        {"path": "tags", "op": "changed", "before": ["a"], "after": ["a", "b"]},
    ]


def test_lists_of_equal_length_are_compared_item_by_item():
    before = {"residency": {"classifications": [{"name": "eu", "allowed_regions": ["eu"]}]}}
    after = {"residency": {"classifications": [{"name": "eu", "allowed_regions": ["eu", "on-prem"]}]}}
    assert [c["path"] for c in field_diff(before, after)] == ["residency.classifications.0.allowed_regions"]


def test_server_assigned_identity_is_not_a_change():
    assert field_diff({"id": "a", "version": 1, "name": "x"}, {"id": "b", "version": 2, "name": "x"}) == []
    diff = diff_documents({"id": "a", "version": 1, "name": "x"}, {"id": "a", "version": 2, "name": "y"},
                          before_label="a@v1", after_label="a@v2")
    assert diff.unified == "--- a@v1\n+++ a@v2\n@@ -1 +1 @@\n-name: x\n+name: y\n"
    assert diff.changed_paths == ["name"]
