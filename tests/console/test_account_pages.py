"""Account pages of the console: an administrator resets an account (a new link; the old password and
sessions end), changes roles and removes a lost second factor; a person changes their own password,
and someone whose password was chosen by another, or an administrator without a required second
factor, is sent to do that first."""

from __future__ import annotations

import re

import pyotp
from fastapi.testclient import TestClient

from sluice.gateway.database import transaction
from sluice.gateway.users.service import create_user
from tests.console.conftest import PASSWORD, Console, csrf_of
from tests.console.test_admin_pages import INVITATION_URL, _user_id

NEW_PASSWORD = "another long password"


def _person(console_app, email: str) -> tuple[TestClient, Console]:
    client = TestClient(console_app)
    client.__enter__()
    person = Console(client, email)
    assert person.sign_in().status_code == 303
    return client, person


def test_an_admin_resets_an_account_and_its_sessions_end(signed_in, new_user, console_app, audit_actions):
    email = new_user()
    client, person = _person(console_app, email)
    admin = signed_in("admin")
    posted = admin.post(f"/console/users/{_user_id(console_app, email)}/reset")
    assert posted.status_code == 303 and posted.headers["location"].startswith("/console/users?flash=")
    reset = admin.get(posted.headers["location"])
    assert reset.status_code == 200 and "The old password no longer works" in reset.text
    assert INVITATION_URL.search(reset.text).group(1).startswith("http://testserver/console/invitation/inv_")
    assert person.get("/console").status_code == 303  # signed out
    assert Console(client, email).sign_in().status_code == 401
    assert audit_actions()[-2:] == ["user.credentials_reset", "user.login_failed"]
    client.__exit__(None, None, None)


def test_an_admin_changes_a_role_from_the_users_page(signed_in, new_user, console_app, audit_actions):
    email = new_user()
    admin = signed_in("admin")
    changed = admin.post(f"/console/users/{_user_id(console_app, email)}/role", {"role": "auditor"})
    assert changed.status_code == 303 and changed.headers["location"] == "/console/users?done=user_role_changed"
    assert audit_actions()[-1] == "user.role_changed"
    own = admin.post(f"/console/users/{_user_id(console_app, admin.email)}/role", {"role": "viewer"})
    assert own.status_code == 403 and "cannot change your own role" in own.text
    unknown = admin.post(f"/console/users/{_user_id(console_app, email)}/role", {"role": "root"})
    assert unknown.status_code == 400 and "Unknown role" in unknown.text
    viewer = signed_in("viewer")
    assert viewer.post(f"/console/users/{_user_id(console_app, email)}/role", {"role": "admin"}).status_code == 403


def test_a_person_changes_their_password_and_their_other_sessions_end(new_user, console_app, audit_actions):
    email = new_user()
    first_client, first = _person(console_app, email)
    second_client, second = _person(console_app, email)
    first.csrf = csrf_of(first.get("/console/account/password").text)
    wrong = first.post("/console/account/password", {"current_password": "not it at all", "new_password": NEW_PASSWORD,
                                                     "new_password_again": NEW_PASSWORD})
    assert wrong.status_code == 400 and "The current password is wrong." in wrong.text
    differ = first.post("/console/account/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD,
                                                      "new_password_again": "typo"})
    assert differ.status_code == 400 and "The new passwords differ." in differ.text
    done = first.post("/console/account/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD,
                                                    "new_password_again": NEW_PASSWORD})
    assert done.status_code == 303
    assert first.get("/console").status_code == 200 and second.get("/console").status_code == 303
    assert audit_actions()[-1] == "user.password_changed"
    for client in (first_client, second_client):
        client.__exit__(None, None, None)


def test_a_password_chosen_by_someone_else_must_be_changed_first(console_app):
    email = "forced@console.test"
    with transaction(console_app.state.services.sessions) as session:
        create_user(session=session, email=email, password=PASSWORD, role="viewer", must_change_password=True)
    client, person = _person(console_app, email)
    page = person.get("/console/policies")
    assert page.status_code == 303 and page.headers["location"] == "/console/account/password"
    form = person.get("/console/account/password")
    assert "Someone else chose your current password" in form.text
    person.csrf = csrf_of(form.text)
    assert person.post("/console/account/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD,
                                                     "new_password_again": NEW_PASSWORD}).status_code == 303
    assert person.get("/console/policies").status_code == 200
    client.__exit__(None, None, None)


def test_a_required_second_factor_is_enrolled_first_and_an_admin_can_reset_it(console_db, tmp_path, new_user,
                                                                             signed_in, console_app):
    from sluice.gateway.app import create_app
    from tests.conftest import make_settings

    email = "strict-admin@console.test"
    with transaction(console_app.state.services.sessions) as session:
        create_user(session=session, email=email, password=PASSWORD, role="admin")
    strict = create_app(make_settings(database_url=console_db, data_dir=tmp_path, require_totp_for_admins=True))
    client, person = _person(strict, email)
    page = person.get("/console/keys")
    assert page.status_code == 303 and page.headers["location"] == "/console/account/security"
    security = person.get("/console/account/security")
    assert "Administrators must use a second factor here" in security.text
    person.csrf = csrf_of(security.text)
    enrolling = client.post("/console/account/security/enrol", data={"csrf_token": person.csrf})
    secret = re.search(r'<code id="totp-secret">([A-Z2-7]+)</code>', enrolling.text).group(1)
    confirmed = person.post("/console/account/security/confirm", {"code": pyotp.TOTP(secret).now()})
    assert confirmed.status_code == 200 and confirmed.text.count("<li>") >= 10
    assert person.get("/console/keys").status_code == 200
    client.__exit__(None, None, None)

    admin = signed_in("admin")
    users_page = admin.get("/console/users").text
    assert f'aria-label="Reset second factor of {email}"' in users_page
    assert admin.post(f"/console/users/{_user_id(console_app, email)}/totp/reset").status_code == 303
    assert f'aria-label="Reset second factor of {email}"' not in admin.get("/console/users").text
