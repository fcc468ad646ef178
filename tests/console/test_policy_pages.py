"""Policy pages: drafting with inline validation, four-eyes review, activation, rollback, history."""

from __future__ import annotations

import re
import secrets

import pytest

SETTINGS = {"name": "Claims policy", "input.pii.enabled": "on", "input.pii.action": "redact",
            "input.pii.threshold": "0.5", "input.content.enabled": "on", "input.content.threshold": "0.8",
            "input.content.action": "block", "input.injection.enabled": "on", "input.injection.threshold": "0.7",
            "input.words.words": "", "output.pii.enabled": "on", "output.refusal.action": "flag",
            "residency.default_classification": "internal", "audit.retention_days": "180"}


def _new_policy(author) -> str:
    response = author.post("/console/policies", {"name": f"Claims {secrets.token_hex(3)}", "tenant": "acme"})
    assert response.status_code == 303, response.text
    return response.headers["location"].split("?")[0]


def _submitted(author) -> str:
    url = _new_policy(author)
    assert author.post(f"{url}/draft", {"source": "input:\n  words: {words: [forbidden]}\n"}).status_code == 303
    assert author.post(f"{url}/submit", {"comment": "ready"}).status_code == 303
    return url


def test_new_policy_starts_as_a_draft_of_the_shipped_default(signed_in, audit_actions):
    author = signed_in("policy_author")
    url = _new_policy(author)
    page = author.get(url).text
    assert "v1" in page and "EMAIL_ADDRESS" in page and 'name="source"' in page
    assert audit_actions()[-1] == "policy.created"


def test_yaml_problems_are_listed_with_their_field_path(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    response = author.post(f"{url}/draft", {"source": "input:\n  pii:\n    action: explode\n"})
    assert response.status_code == 400
    assert "<code>input.pii.action</code>" in response.text
    assert "action: explode" in response.text  # what the author typed is kept in the editor


def test_broken_yaml_is_explained_with_its_line(signed_in):
    author = signed_in("policy_author")
    response = author.post(f"{_new_policy(author)}/draft", {"source": "input:\n  pii: [unclosed\n"})
    assert response.status_code == 400 and "invalid YAML at line" in response.text


def test_settings_form_shows_errors_beside_fields_and_saves_good_values(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    bad = author.post(f"{url}/settings", {**SETTINGS, "input.pii.threshold": "1.5", "audit.retention_days": "x"})
    assert bad.status_code == 400
    assert 'id="se-input.pii.threshold">PII detection threshold must be between 0 and 1.' in bad.text
    assert 'id="se-audit.retention_days">Keep audit events for (days) must be a whole number.' in bad.text
    good = author.post(f"{url}/settings", {**SETTINGS, "input.pii.threshold": "0.35",
                                           "input.words.words": "acme-secret, project-x"})
    assert good.status_code == 303
    page = author.get(url).text
    assert "threshold: 0.35" in page and "project-x" in page


def test_author_cannot_approve_their_own_version_but_another_approver_can(signed_in, audit_actions):
    author, approver = signed_in("policy_author"), signed_in("policy_approver")
    url = _submitted(author)
    own = author.post(f"{url}/versions/1/approve", {"comment": "lgtm"})
    assert own.status_code == 403  # the author role may not review at all
    approved = approver.post(f"{url}/versions/1/approve", {"comment": "checked the word list"})
    assert approved.status_code == 303
    assert audit_actions()[-1] == "policy.approved"
    page = approver.get(url).text
    assert "checked the word list" in page and "Activate v1" in page


def test_approver_who_edited_a_version_cannot_approve_it(signed_in, seeded):
    admin, second = signed_in("admin"), signed_in("approver2")
    url = _submitted(admin)  # admin wrote and submitted it: four-eyes applies to admins too
    refused = admin.post(f"{url}/versions/1/approve", {})
    assert refused.status_code == 403
    assert "another approver must review it" in refused.text
    assert second.post(f"{url}/versions/1/approve", {}).status_code == 303


def test_rejection_needs_a_reason(signed_in):
    author, approver = signed_in("policy_author"), signed_in("policy_approver")
    url = _submitted(author)
    missing = approver.post(f"{url}/versions/1/reject", {"comment": " "})
    assert missing.status_code == 400 and "Say why the version is rejected." in missing.text
    assert approver.post(f"{url}/versions/1/reject", {"comment": "too strict"}).status_code == 303
    assert "too strict" in approver.get(url).text


def test_activation_puts_the_version_in_force_and_rollback_returns_to_the_previous(signed_in, audit_actions):
    author, approver = signed_in("policy_author"), signed_in("policy_approver")
    url = _submitted(author)
    approver.post(f"{url}/versions/1/approve", {})
    assert approver.post(f"{url}/versions/1/activate", {}).status_code == 303
    assert re.search(r"In force for this tenant: <strong>Claims \w+ v1</strong>", approver.get(url).text)
    author.post(f"{url}/draft", {"source": "input:\n  words: {words: [other]}\n"})
    author.post(f"{url}/submit", {})
    approver.post(f"{url}/versions/2/approve", {})
    approver.post(f"{url}/versions/2/activate", {})
    assert " v2</strong>" in approver.get(url).text
    no_reason = approver.post(f"{url}/rollback", {"version": "", "comment": ""})
    assert no_reason.status_code == 400
    assert approver.post(f"{url}/rollback", {"version": "", "comment": "v2 blocks claims"}).status_code == 303
    page = approver.get(url).text
    assert " v1</strong>" in page and "rolled back" in page and "v2 blocks claims" in page
    assert audit_actions()[-1] == "policy.rolled_back"


def test_diff_against_the_active_version_shows_changed_lines(signed_in):
    author = signed_in("policy_author")
    url = _new_policy(author)
    word = f"word-{secrets.token_hex(3)}"
    author.post(f"{url}/draft", {"source": f"input:\n  words: {{words: [{word}]}}\n"})
    page = author.get(url).text
    assert f'<span class="add">+    - {word}</span>' in page


@pytest.mark.parametrize("role", ["viewer", "auditor"])
def test_read_only_roles_see_the_policy_without_editing_forms(signed_in, role):
    url = _new_policy(signed_in("policy_author"))
    page = signed_in(role).get(url).text
    assert 'name="source"' not in page and "/settings" not in page and "/submit" not in page
    assert "EMAIL_ADDRESS" in page


def test_unknown_policy_is_a_404_page_not_an_error(signed_in):
    response = signed_in("viewer").get("/console/policies/pol_does_not_exist")
    assert response.status_code == 404 and "Policy not found" in response.text


def test_a_draft_nested_too_deep_is_a_form_error(signed_in):
    author = signed_in("policy_author")
    response = author.post(f"{_new_policy(author)}/draft", {"source": "input: " + "[" * 3000 + "]" * 3000 + "\n"})
    assert response.status_code == 400 and "nested deeper than 32 levels" in response.text
