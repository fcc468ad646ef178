"""The policy lifecycle through the admin API: draft -> review -> activate -> rollback, with history."""

from __future__ import annotations

import pytest

from sluice.gateway.users.roles import Role
from tests.gateway.policies.conftest import RELAXED_YAML, STRICT_YAML

BASE = "/admin/api/policies"


@pytest.fixture
def team(people, tenants):
    acme = tenants["acme"]
    return {
        "author": people.make(Role.POLICY_AUTHOR, acme, "author"),
        "approver": people.make(Role.POLICY_APPROVER, acme, "approver"),
        "acme": acme,
    }


def _create(client, team, source=STRICT_YAML, name="claims"):
    response = client.post(BASE, json={"name": name, "tenant_id": team["acme"], "source": source},
                           headers=team["author"].headers)
    assert response.status_code == 201, response.text
    return response.json()


def _release(client, team, policy_id, number, *, activate=True):
    assert client.post(f"{BASE}/{policy_id}/submit", json={"comment": "ready"},
                       headers=team["author"].headers).status_code == 200
    approved = client.post(f"{BASE}/{policy_id}/versions/{number}/approve", json={"comment": "looks right"},
                           headers=team["approver"].headers)
    assert approved.status_code == 200, approved.text
    if activate:
        activated = client.post(f"{BASE}/{policy_id}/versions/{number}/activate", headers=team["approver"].headers)
        assert activated.status_code == 200, activated.text


def test_a_reviewed_version_becomes_the_tenants_policy_in_force(client, team):
    policy = _create(client, team)
    assert policy["draft_version"] == 1 and policy["active_version"] is None
    before = client.get(f"{BASE}/effective", params={"tenant_id": team["acme"]}, headers=team["author"].headers)
    assert before.json()["origin"] == "shipped_default"

    _release(client, team, policy["id"], 1)

    shown = client.get(f"{BASE}/{policy['id']}", headers=team["author"].headers).json()
    assert shown["active_version"] == 1 and shown["in_force"] and shown["draft_version"] is None
    version = shown["versions"][0]
    assert version["status"] == "approved" and version["active"] and version["reviewed_by"].startswith("approver")
    effective = client.get(f"{BASE}/effective", params={"tenant_id": team["acme"]},
                           headers=team["author"].headers).json()
    assert effective["origin"] == "tenant" and effective["version"] == 1
    assert effective["document"]["input"]["pii"]["entities"]["US_SSN"]["action"] == "block"


def test_the_source_text_keeps_the_authors_comments_and_the_document_gets_server_identity(client, team):
    policy = _create(client, team)
    version = client.get(f"{BASE}/{policy['id']}/versions/1", headers=team["author"].headers).json()
    assert version["source"].startswith("# Strict policy for the claims team")
    assert version["document"]["id"] == policy["id"] and version["document"]["version"] == 1


def test_editing_an_approved_policy_starts_a_new_numbered_draft(client, team):
    policy = _create(client, team)
    _release(client, team, policy["id"], 1)
    saved = client.put(f"{BASE}/{policy['id']}/draft", json={"source": RELAXED_YAML}, headers=team["author"].headers)
    assert saved.status_code == 200, saved.text
    assert saved.json()["number"] == 2 and saved.json()["status"] == "draft" and saved.json()["base_number"] == 1
    # Version 1 is untouched and still in force.
    v1 = client.get(f"{BASE}/{policy['id']}/versions/1", headers=team["author"].headers).json()
    assert v1["active"] and "threshold: 0.5" in v1["source"]


def test_diff_against_active_shows_yaml_lines_and_field_paths(client, team):
    policy = _create(client, team)
    _release(client, team, policy["id"], 1)
    client.put(f"{BASE}/{policy['id']}/draft", json={"source": RELAXED_YAML}, headers=team["author"].headers)
    diff = client.get(f"{BASE}/{policy['id']}/diff", headers=team["approver"].headers)
    assert diff.status_code == 200, diff.text
    body = diff.json()
    assert body["from"] == f"{policy['id']}@v1 (active)" and body["to"] == f"{policy['id']}@v2"
    assert "-    threshold: 0.5\n" in body["unified"] and "+    threshold: 0.7\n" in body["unified"]
    changes = {c["path"]: c for c in body["changes"]}
    assert changes["input.pii.threshold"] == {"path": "input.pii.threshold", "op": "changed", "before": 0.5,
                                              "after": 0.7}
    assert changes["input.pii.entities.US_SSN.action"]["after"] == "mask"
    assert len(changes) == 2


def test_history_records_who_did_what_with_diffs(client, team):
    policy = _create(client, team)
    client.put(f"{BASE}/{policy['id']}/draft", json={"source": RELAXED_YAML}, headers=team["author"].headers)
    _release(client, team, policy["id"], 1)
    history = client.get(f"{BASE}/{policy['id']}/history", headers=team["approver"].headers).json()
    assert [h["action"] for h in history] == ["created", "draft_created", "draft_updated", "submitted", "approved",
                                              "activated"]
    by_action = {h["action"]: h for h in history}
    assert by_action["draft_updated"]["actor_email"] == team["author"].principal.email
    assert [c["path"] for c in by_action["draft_updated"]["changes"]] == ["input.pii.threshold",
                                                                         "input.pii.entities.US_SSN.action"]
    assert by_action["approved"]["actor_email"] == team["approver"].principal.email
    assert by_action["approved"]["comment"] == "looks right"
    # Activation diff is against what was in force before: the shipped default.
    assert by_action["activated"]["diff_from"] == "shipped-default"
    assert by_action["activated"]["diff"].startswith("--- shipped-default\n+++ ")
    assert all(h["at"] for h in history)


def test_rollback_returns_to_the_previously_active_version(client, team):
    policy = _create(client, team)
    _release(client, team, policy["id"], 1)
    client.put(f"{BASE}/{policy['id']}/draft", json={"source": RELAXED_YAML}, headers=team["author"].headers)
    _release(client, team, policy["id"], 2)
    assert client.get(f"{BASE}/{policy['id']}", headers=team["author"].headers).json()["active_version"] == 2

    rolled = client.post(f"{BASE}/{policy['id']}/rollback", json={"comment": "v2 lets SSNs through"},
                         headers=team["approver"].headers)
    assert rolled.status_code == 200, rolled.text
    assert rolled.json()["number"] == 1 and rolled.json()["active"]
    history = client.get(f"{BASE}/{policy['id']}/history", headers=team["author"].headers).json()
    last = history[-1]
    assert last["action"] == "rolled_back" and last["comment"] == "v2 lets SSNs through"
    assert {c["path"] for c in last["changes"]} == {"input.pii.threshold", "input.pii.entities.US_SSN.action"}
    effective = client.get(f"{BASE}/effective", params={"tenant_id": team["acme"]},
                           headers=team["author"].headers).json()
    assert effective["version"] == 1


def test_rollback_needs_a_reason_and_an_earlier_version(client, team):
    policy = _create(client, team)
    _release(client, team, policy["id"], 1)
    no_reason = client.post(f"{BASE}/{policy['id']}/rollback", json={"comment": ""}, headers=team["approver"].headers)
    assert no_reason.status_code == 400
    nothing = client.post(f"{BASE}/{policy['id']}/rollback", json={"comment": "undo"},
                          headers=team["approver"].headers)
    assert nothing.status_code == 409 and nothing.json()["error"]["code"] == "nothing_to_roll_back"


def test_rejected_versions_cannot_be_activated_and_keep_the_reason(client, team):
    policy = _create(client, team)
    client.post(f"{BASE}/{policy['id']}/submit", headers=team["author"].headers)
    rejected = client.post(f"{BASE}/{policy['id']}/versions/1/reject", json={"comment": "SSN rule too weak"},
                           headers=team["approver"].headers)
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert rejected.json()["review_comment"] == "SSN rule too weak"
    refused = client.post(f"{BASE}/{policy['id']}/versions/1/activate", headers=team["approver"].headers)
    assert refused.status_code == 409 and refused.json()["error"]["code"] == "version_not_approved"


def test_submitted_versions_are_frozen(client, team):
    policy = _create(client, team)
    client.post(f"{BASE}/{policy['id']}/submit", headers=team["author"].headers)
    again = client.post(f"{BASE}/{policy['id']}/submit", headers=team["author"].headers)
    assert again.status_code == 409 and again.json()["error"]["code"] == "no_draft"
    # A new edit opens version 2; version 1 under review keeps its content.
    client.put(f"{BASE}/{policy['id']}/draft", json={"source": RELAXED_YAML}, headers=team["author"].headers)
    v1 = client.get(f"{BASE}/{policy['id']}/versions/1", headers=team["author"].headers).json()
    assert v1["status"] == "in_review" and "threshold: 0.5" in v1["source"]


def test_submitting_a_copy_of_the_active_version_is_refused(client, team):
    policy = _create(client, team)
    _release(client, team, policy["id"], 1)
    client.put(f"{BASE}/{policy['id']}/draft", json={"source": STRICT_YAML}, headers=team["author"].headers)
    same = client.post(f"{BASE}/{policy['id']}/submit", headers=team["author"].headers)
    assert same.status_code == 409 and same.json()["error"]["code"] == "no_changes"


def test_a_discarded_draft_is_gone_but_stays_in_history(client, team):
    policy = _create(client, team)
    assert client.delete(f"{BASE}/{policy['id']}/draft", headers=team["author"].headers).status_code == 204
    shown = client.get(f"{BASE}/{policy['id']}", headers=team["author"].headers).json()
    assert shown["draft_version"] is None and shown["versions"][0]["status"] == "discarded"
    history = client.get(f"{BASE}/{policy['id']}/history", headers=team["author"].headers).json()
    assert history[-1]["action"] == "draft_discarded"


def test_every_action_is_an_audit_event_without_the_document(client, team, db_sessions):
    from sqlalchemy import select

    from sluice.audit.storage.models import EventRow

    policy = _create(client, team)
    client.put(f"{BASE}/{policy['id']}/draft", json={"source": RELAXED_YAML}, headers=team["author"].headers)
    _release(client, team, policy["id"], 1)
    client.post(f"{BASE}/{policy['id']}/simulate", json={"text": "hello"}, headers=team["author"].headers)
    with db_sessions() as session:
        rows = session.execute(select(EventRow.action, EventRow.entry).where(
            EventRow.tenant_id == team["acme"], EventRow.action.like("policy.%")).order_by(EventRow.seq)).all()
    assert [r.action for r in rows] == ["policy.created", "policy.draft_saved", "policy.submitted", "policy.approved",
                                        "policy.activated", "policy.simulated"]
    assert all(b"pseudonymize" not in (r.entry or b"") for r in rows)
    assert b'"content_hash"' in rows[4].entry and team["approver"].principal.email.encode() in rows[4].entry
