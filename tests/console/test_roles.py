"""Every console page and action is authorized by role on the server, whatever the page shows."""

from __future__ import annotations

import pytest

ALL = ("admin", "policy_author", "policy_approver", "auditor", "viewer")
ADMIN = ("admin",)
AUTHORS = ("admin", "policy_author")
REVIEWERS = ("admin", "policy_approver")
BENCH = ("admin", "policy_author", "policy_approver", "auditor")
AUDIT = ("admin", "auditor")

PAGES = [
    ("/console", ALL),
    ("/console/policies", ALL),
    ("/console/tenants", ALL),
    ("/console/providers", ALL),
    ("/console/keys", ADMIN),
    ("/console/users", ADMIN),
    ("/console/audit", AUDIT),
    ("/console/audit/events/0", AUDIT),
    ("/console/exports", AUDIT),
    ("/console/exports/exp_missing/download", AUDIT),
]

# Form actions with ids that do not exist: an allowed role gets an inline "not found"/validation
# answer, a refused role gets the 403 page before anything is looked up.
ACTIONS = [
    ("/console/keys", ADMIN),
    ("/console/keys/key_missing/rotate", ADMIN),
    ("/console/keys/key_missing/revoke", ADMIN),
    ("/console/tenants", ADMIN),
    ("/console/users", ADMIN),
    ("/console/users/usr_missing/disable", ADMIN),
    ("/console/providers", ADMIN),
    ("/console/providers/prv_missing/toggle", ADMIN),
    ("/console/providers/prv_missing/delete", ADMIN),
    ("/console/providers/prv_missing/check", ALL),
    ("/console/policies", AUTHORS),
    ("/console/policies/pol_missing/draft", AUTHORS),
    ("/console/policies/pol_missing/settings", AUTHORS),
    ("/console/policies/pol_missing/submit", AUTHORS),
    ("/console/policies/pol_missing/discard", AUTHORS),
    ("/console/policies/pol_missing/versions/1/approve", REVIEWERS),
    ("/console/policies/pol_missing/versions/1/reject", REVIEWERS),
    ("/console/policies/pol_missing/versions/1/activate", REVIEWERS),
    ("/console/policies/pol_missing/rollback", REVIEWERS),
    ("/console/policies/pol_missing/test", BENCH),
    ("/console/audit/verify", AUDIT),
    ("/console/audit/checkpoint", ADMIN),
    ("/console/exports", AUDIT),
]


def _denied(response) -> bool:
    return response.status_code == 403 and "may not" in response.text


@pytest.mark.parametrize("role", ALL)
def test_each_page_opens_only_for_the_roles_it_is_meant_for(signed_in, role):
    console = signed_in(role)
    for path, allowed in PAGES:
        response = console.get(path)
        if role in allowed:
            assert response.status_code in (200, 404), (role, path, response.status_code)
        else:
            assert _denied(response), (role, path, response.status_code)


@pytest.mark.parametrize("role", ALL)
def test_each_form_action_is_refused_on_the_server_for_other_roles(signed_in, role):
    console = signed_in(role)
    for path, allowed in ACTIONS:
        response = console.post(path, {})
        assert response.status_code < 500, (role, path)
        assert _denied(response) is (role not in allowed), (role, path, response.status_code)


@pytest.mark.parametrize("role", ALL)
def test_navigation_lists_only_pages_the_role_may_open(signed_in, role):
    html = signed_in(role).get("/console").text
    assert ('href="/console/keys"' in html) is (role == "admin")
    assert ('href="/console/users"' in html) is (role == "admin")
    assert 'href="/console/policies"' in html


def test_actions_without_csrf_token_are_refused_even_for_admin(signed_in):
    console = signed_in("admin")
    response = console.post("/console/tenants", {"name": "no-csrf-tenant"}, csrf=False)
    assert response.status_code == 403
    assert "no-csrf-tenant" not in console.get("/console/tenants").text


def test_a_csrf_token_of_another_session_is_refused(signed_in):
    admin, viewer = signed_in("admin"), signed_in("viewer")
    response = admin.post("/console/tenants", {"name": "cross-session", "csrf_token": viewer.csrf})
    assert response.status_code == 403


def test_anonymous_form_posts_go_to_sign_in_and_change_nothing(anonymous, signed_in):
    for path, _ in ACTIONS:
        response = anonymous.post(path, {"name": "anon-tenant"}, csrf=False)
        assert response.status_code == 303 and response.headers["location"].startswith("/console/sign-in")
    assert "anon-tenant" not in signed_in("admin").get("/console/tenants").text
