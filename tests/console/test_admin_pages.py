"""Keys, tenants, users and providers pages: what an administrator does there, and its audit trail."""

from __future__ import annotations

import re
import secrets

from tests.console.conftest import PASSWORD, Console, csrf_of

KEY = re.compile(r"sk-slc-[A-Za-z0-9]{48}")


def _authenticates(console_app, key: str) -> bool:
    from sluice.gateway.errors import Unauthenticated
    from sluice.gateway.keys.service import authenticate_key

    with console_app.state.services.sessions() as session:
        try:
            authenticate_key(session=session, presented=key, secret=console_app.state.services.settings.secret_bytes)
        except Unauthenticated:
            return False
    return True


def _created(admin, form: dict) -> str:
    """Post a key form, follow its redirect once; the new key as the page shows it."""
    response = admin.post("/console/keys", form)
    assert response.status_code == 303 and "sk-slc-" not in response.headers["location"]
    return KEY.search(admin.get(response.headers["location"]).text).group(0)


def _id_of(admin, key: str) -> str:
    return re.search(rf'/console/keys/(key_[0-9a-f]+)" aria-label="Edit key {re.escape(key[:15])}"',
                     admin.get("/console/keys").text).group(1)


def test_created_key_is_shown_once_works_and_is_audited(signed_in, console_app, audit_actions):
    admin = signed_in("admin")
    response = admin.post("/console/keys", {"tenant": "acme", "name": "claims-bot", "rpm_limit": "60"})
    assert response.status_code == 303
    target = response.headers["location"]
    key = KEY.search(admin.get(target).text).group(0)
    assert _authenticates(console_app, key)
    assert audit_actions()[-1] == "key.created"
    assert KEY.search(admin.get(target).text) is None  # reloading the page shows it no more
    listing = admin.get("/console/keys").text
    assert "claims-bot" in listing and key[:15] in listing and key not in listing


def test_a_key_is_edited_on_its_page_and_the_change_audited_before_and_after(signed_in, console_app, admin_events):
    admin = signed_in("admin")
    key = _created(admin, {"tenant": "acme", "name": "edit-me", "rpm_limit": "60"})
    key_id = _id_of(admin, key)
    assert "edit-me" in admin.get(f"/console/keys/{key_id}").text
    response = admin.post(f"/console/keys/{key_id}/edit", {
        "name": "edited", "rpm_limit": "30", "allowed_models": "m1\nm2", "budget_period": "monthly",
        "budget_tokens": "5000", "budget_cost": "12.5", "expires_on": "2099-01-31"})
    assert response.status_code == 303
    page = admin.get(response.headers["location"]).text
    assert "Key updated" in page and "edited" in page and "0 of 5,000 tokens" in page
    event = admin_events("key.changed")[-1]
    assert event["before"]["rpm_limit"] == 60 and event["after"]["rpm_limit"] == 30
    assert event["after"]["allowed_models"] == ["m1", "m2"] and event["after"]["budget_cost_micros"] == 12_500_000
    bad = admin.post(f"/console/keys/{key_id}/edit", {"name": "x", "budget_tokens": "10"})
    assert bad.status_code == 400 and "Choose when the budget resets" in bad.text


def test_a_tenant_budget_is_set_and_shown_with_its_usage(signed_in, audit_actions):
    admin = signed_in("admin")
    response = admin.post("/console/budgets", {"tenant": "acme", "tenant_budget_period": "daily",
                                               "tenant_budget_tokens": "100000"})
    assert response.status_code == 303
    page = admin.get(response.headers["location"]).text
    assert "Tenant budget saved" in page and "tenant &#39;acme&#39;: daily tokens" in page
    assert "<meter" in page and "0 of 100,000 tokens" in page
    assert audit_actions()[-1] == "tenant.budget_changed"


def test_rotating_a_key_shows_the_new_one_and_stops_the_old(signed_in, console_app, audit_actions):
    admin = signed_in("admin")
    old = _created(admin, {"tenant": "acme", "name": "rotate-me"})
    key_id = _id_of(admin, old)
    response = admin.post(f"/console/keys/{key_id}/rotate", {"overlap_hours": "0"})
    assert response.status_code == 303
    new = KEY.search(admin.get(response.headers["location"]).text).group(0)
    assert new != old and _authenticates(console_app, new) and not _authenticates(console_app, old)
    assert audit_actions()[-1] == "key.rotated"


def test_rotating_with_an_overlap_keeps_the_old_key_working(signed_in, console_app):
    admin = signed_in("admin")
    old = _created(admin, {"tenant": "acme", "name": "overlap-me"})
    key_id = _id_of(admin, old)
    assert 'name="overlap_hours"' in admin.get(f"/console/keys/{key_id}").text
    response = admin.post(f"/console/keys/{key_id}/rotate", {"overlap_hours": "2"})
    new = KEY.search(admin.get(response.headers["location"]).text).group(0)
    assert _authenticates(console_app, new) and _authenticates(console_app, old)
    assert "rotating" in admin.get("/console/keys").text


def test_revoked_key_is_refused_and_shown_revoked(signed_in, console_app, audit_actions):
    admin = signed_in("admin")
    key = _created(admin, {"tenant": "acme", "name": "revoke-me"})
    page = admin.get("/console/keys").text
    key_id = re.search(rf'/console/keys/(key_[0-9a-f]+)/revoke" class="inline"[^>]*>\s*<input[^>]*>'
                       rf'<button[^>]*aria-label="Revoke key {re.escape(key[:15])}"', page).group(1)
    response = admin.post(f"/console/keys/{key_id}/revoke")
    assert response.status_code == 303
    assert not _authenticates(console_app, key)
    assert audit_actions()[-1] == "key.revoked"
    assert "was revoked" in admin.client.get(response.headers["location"]).text


def test_key_form_explains_bad_numbers_beside_the_field(signed_in):
    response = signed_in("admin").post("/console/keys", {"tenant": "", "expires_in_days": "soon",
                                                         "rpm_limit": "-5", "tpm_limit": str(10**20)})
    assert response.status_code == 400
    assert "Tenant is required." in response.text
    assert "Expiry (days) must be a whole number." in response.text
    assert "Requests per minute must be between 0 and" in response.text
    assert "Tokens per minute must be between 0 and" in response.text


def test_tenant_is_created_and_bad_names_are_explained(signed_in, audit_actions):
    admin = signed_in("admin")
    name = f"team-{secrets.token_hex(3)}"
    assert admin.post("/console/tenants", {"name": name, "display_name": "Team"}).status_code == 303
    assert name in admin.get("/console/tenants").text
    assert audit_actions()[-1] == "tenant.created"
    bad = admin.post("/console/tenants", {"name": "Bad Name!"})
    assert bad.status_code == 400 and "lower-case letters" in bad.text
    clash = admin.post("/console/tenants", {"name": name})
    assert clash.status_code == 400 and "already exists" in clash.text


INVITATION_URL = re.compile(r'id="invitation-url" type="text" readonly value="([^"]+)"')


def test_new_user_sets_their_password_from_the_invitation_signs_in_with_their_role_and_is_disabled(
        signed_in, console_app, audit_actions):
    admin = signed_in("admin")
    email = f"new-{secrets.token_hex(3)}@console.test"
    posted = admin.post("/console/users", {"email": email, "role": "auditor", "tenant": "acme"})
    assert posted.status_code == 303 and posted.headers["location"].startswith("/console/users?flash=")
    response = admin.get(posted.headers["location"])
    assert response.status_code == 200 and "Hand this link to" in response.text
    assert "Hand this link to" not in admin.get(posted.headers["location"]).text  # shown once: a reload shows nothing
    assert audit_actions()[-1] == "user.invited"
    link = INVITATION_URL.search(response.text).group(1)
    path = link.removeprefix("http://testserver")
    from fastapi.testclient import TestClient

    with TestClient(console_app) as client:
        page = client.get(path)
        assert page.status_code == 200 and email in page.text
        accepted = client.post(path, data={"password": PASSWORD, "password_again": PASSWORD,
                                           "csrf_token": csrf_of(page.text)}, follow_redirects=False)
        assert accepted.status_code == 303 and accepted.headers["location"] == "/console/sign-in?done=password_set"
        assert client.get(path).status_code == 404  # used once
        person = Console(client, email)
        assert person.sign_in().status_code == 303
        assert "auditor" in person.get("/console").text
        user_id = re.search(rf'/console/users/(usr_[0-9a-f]+)/disable" class="inline" '
                            rf'data-confirm="Disable {re.escape(email)}', admin.get("/console/users").text).group(1)
        assert admin.post(f"/console/users/{user_id}/disable").status_code == 303
        assert person.get("/console").status_code == 303  # their session no longer works
    assert audit_actions()[-3:] == ["user.invitation_accepted", "user.login", "user.disabled"]


def test_user_form_keeps_input_and_asks_for_no_password(signed_in):
    response = signed_in("admin").post("/console/users", {"email": "not-an-email", "role": "viewer"})
    assert response.status_code == 400
    assert "not-an-email" in response.text and 'name="password"' not in response.text


def test_unknown_role_is_explained(signed_in):
    role = signed_in("admin").post("/console/users", {"email": "role@console.test", "role": "root"})
    assert "Unknown role &#39;root&#39;" in role.text and 'id="fe-role"' in role.text


def test_admin_cannot_disable_themselves(signed_in, seeded, console_app):
    from sqlalchemy import select

    from sluice.gateway.users.models import User

    with console_app.state.services.sessions() as session:
        own_id = session.scalar(select(User.id).where(User.email == seeded["admin"]))
    response = signed_in("admin").post(f"/console/users/{own_id}/disable")
    assert response.status_code == 403 and "cannot disable your own account" in response.text


def test_provider_is_registered_with_region_and_models_then_disabled_and_removed(signed_in, audit_actions):
    admin = signed_in("admin")
    name = f"vllm-{secrets.token_hex(3)}"
    response = admin.post("/console/providers", {"name": name, "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
                                                 "region": "eu-west-1", "models": "llama-3, mistral-7b",
                                                 "priority": "20", "api_key": "upstream-secret"})
    assert response.status_code == 303
    page = admin.get("/console/providers").text
    assert name in page and "eu-west-1" in page and "mistral-7b" in page and "upstream-secret" not in page
    provider_id = re.search(rf'/console/providers/(prv_[0-9a-f]+)/check" class="inline"><input[^>]*>'
                            rf'<button[^>]*aria-label="Check health of {name}"', page).group(1)
    admin.post(f"/console/providers/{provider_id}/check")
    assert "unreachable" in admin.get("/console/providers").text  # nothing listens on port 9
    assert audit_actions()[-1] == "provider.health_checked"
    toggled = admin.post(f"/console/providers/{provider_id}/toggle")
    assert toggled.status_code == 303, toggled.text[-1500:]
    assert audit_actions()[-1] == "provider.changed"
    admin.post(f"/console/providers/{provider_id}/delete")
    assert name not in admin.get("/console/providers").text
    assert audit_actions()[-1] == "provider.deleted"


def test_an_admin_limited_to_a_tenant_cannot_register_change_or_remove_providers(signed_in, audit_actions):
    admin, tenant_admin = signed_in("admin"), signed_in("tenant_admin")
    name = f"shared-{secrets.token_hex(3)}"
    admin.post("/console/providers", {"name": name, "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
                                      "region": "eu-west-1", "models": "m1"})
    page = admin.get("/console/providers").text
    provider_id = re.search(rf'/console/providers/(prv_[0-9a-f]+)/toggle"[^<]*<input[^>]*>'
                            rf'<button[^>]*aria-label="[^"]*{name}"', page).group(1)
    before = audit_actions()
    refused = [tenant_admin.post(f"/console/providers/{provider_id}/toggle"),
               tenant_admin.post(f"/console/providers/{provider_id}/delete"),
               tenant_admin.post("/console/providers", {"name": f"x-{name}", "kind": "openai", "region": "eu-west-1",
                                                        "base_url": "http://127.0.0.1:9/v1", "models": "m1"}),
               tenant_admin.post("/console/tenants", {"name": f"t-{secrets.token_hex(3)}"})]
    assert [r.status_code for r in refused] == [403] * 4
    assert all("deployment-wide administrator" in r.text for r in refused)
    after = admin.get("/console/providers").text
    assert name in after and f"x-{name}" not in after and audit_actions() == before


def test_an_admin_limited_to_a_tenant_is_not_offered_deployment_wide_forms(signed_in):
    tenant_admin, admin = signed_in("tenant_admin"), signed_in("admin")
    forms = {"/console/providers": 'action="/console/providers"', "/console/tenants": 'action="/console/tenants"',
             "/console/audit": 'action="/console/audit/checkpoint"'}
    for page, form in forms.items():
        assert form not in tenant_admin.get(page).text, page
        assert form in admin.get(page).text, page
    assert 'action="/console/audit/verify"' not in tenant_admin.get("/console/audit").text


def test_provider_form_explains_missing_models_and_bad_region(signed_in):
    response = signed_in("admin").post("/console/providers", {"name": "x1", "kind": "openai",
                                                              "base_url": "http://h/v1", "region": "EU West",
                                                              "models": ""})
    assert response.status_code == 400
    assert "List at least one model name." in response.text


def test_form_input_attributes_are_real_attributes_not_escaped_text(signed_in):
    admin = signed_in("admin")
    users = admin.get("/console/users").text
    providers = admin.get("/console/providers").text
    assert 'name="email" type="email"' in users and 'autocomplete="off"' in users
    assert 'autocomplete="new-password"' in admin.get("/console/account/password").text
    assert 'autocomplete="off"' in providers and 'inputmode="numeric"' in providers
    assert "&#34;" not in users and "&#34;" not in providers and "&quot;" not in users + providers


def _user_id(console_app, email: str) -> str:
    from sqlalchemy import select

    from sluice.gateway.users.models import User

    with console_app.state.services.sessions() as session:
        return session.scalar(select(User.id).where(User.email == email))


def test_a_locked_user_is_shown_locked_and_an_admin_unlocks_them(signed_in, anonymous, new_user, console_app,
                                                                 audit_actions):
    anonymous.email = new_user()
    for _ in range(3):  # login_max_failures=3 in the console test settings
        anonymous.sign_in(password="wrong-password!")
    user_id = _user_id(console_app, anonymous.email)
    admin = signed_in("admin")
    page = admin.get("/console/users").text
    assert f'action="/console/users/{user_id}/unlock"' in page
    assert signed_in("viewer").post(f"/console/users/{user_id}/unlock").status_code == 403
    assert admin.post(f"/console/users/{user_id}/unlock").status_code == 303
    assert audit_actions()[-1] == "user.unlocked"
    assert f'/console/users/{user_id}/unlock' not in admin.get("/console/users").text
    assert anonymous.sign_in().status_code == 303


def test_a_disabled_user_is_enabled_again_from_the_users_page(signed_in, new_user, console_app, audit_actions):
    user_id = _user_id(console_app, new_user())
    admin = signed_in("admin")
    assert admin.post(f"/console/users/{user_id}/disable").status_code == 303
    assert f'action="/console/users/{user_id}/enable"' in admin.get("/console/users").text
    assert signed_in("auditor").post(f"/console/users/{user_id}/enable").status_code == 403
    assert admin.post(f"/console/users/{user_id}/enable").status_code == 303
    assert audit_actions()[-1] == "user.enabled"
    assert f'action="/console/users/{user_id}/disable"' in admin.get("/console/users").text
