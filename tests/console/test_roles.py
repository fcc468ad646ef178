"""What the console shows each role (its navigation), and CSRF protection of its forms."""

from __future__ import annotations

import pytest

ALL = ("admin", "policy_author", "policy_approver", "auditor", "viewer")

# Who may open each page and use each form action, at every scope, is the generated matrix of
# tests/gateway/access/test_scope_matrix.py; this file pins what the pages show and CSRF.


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
