"""Signing in and out of the console: cookies, CSRF, lock-out, redirects, audit events."""

from __future__ import annotations

from tests.console.conftest import PASSWORD, Console, csrf_of


def test_pages_send_anonymous_visitors_to_sign_in_and_back_after(anonymous, seeded):
    response = anonymous.get("/console/keys?x=1")
    assert response.status_code == 303
    assert response.headers["location"] == "/console/sign-in?next=/console/keys%3Fx%3D1"
    page = anonymous.get(response.headers["location"])
    form = {"email": seeded["admin"], "password": PASSWORD, "csrf_token": csrf_of(page.text),
            "next": "/console/keys?x=1"}
    done = anonymous.client.post("/console/sign-in", data=form, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/console/keys?x=1"


def test_session_cookie_is_httponly_and_samesite_strict(anonymous, seeded):
    anonymous.email = seeded["viewer"]
    response = anonymous.sign_in()
    cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("sluice_session="))
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert "Secure" not in cookie  # plain http in tests; behind TLS see the next test


def test_session_cookie_is_secure_behind_tls(console_app, seeded):
    from fastapi.testclient import TestClient

    with TestClient(console_app, base_url="https://console.test") as client:
        console = Console(client, seeded["viewer"])
        response = console.sign_in()
        cookie = next(h for h in response.headers.get_list("set-cookie") if h.startswith("sluice_session="))
        assert "Secure" in cookie and "HttpOnly" in cookie


def test_wrong_password_shows_one_message_and_no_session(anonymous, seeded):
    anonymous.email = seeded["viewer"]
    response = anonymous.sign_in(password="not-the-password")
    assert response.status_code == 401
    assert "E-mail or password is incorrect." in response.text
    assert "sluice_session" not in response.headers.get("set-cookie", "")


def test_sign_in_form_without_its_csrf_token_is_refused(anonymous, seeded):
    anonymous.client.get("/console/sign-in")
    response = anonymous.client.post("/console/sign-in", data={"email": seeded["admin"], "password": PASSWORD},
                                     follow_redirects=False)
    assert response.status_code == 400
    assert "expired" in response.text


def test_repeated_failures_lock_the_account_with_a_clear_message(anonymous, new_user, audit_actions):
    anonymous.email = new_user()
    for _ in range(3):  # login_max_failures=3 in the console test settings
        assert anonymous.sign_in(password="wrong-password!").status_code == 401
    locked = anonymous.sign_in()  # even the right password is refused while locked
    assert locked.status_code == 401
    assert "locked" in locked.text
    assert audit_actions()[-1] == "user.login_failed"


def test_next_parameter_cannot_redirect_off_the_console(anonymous, seeded):
    page = anonymous.get("/console/sign-in")
    for target in ("https://evil.example/", "//evil.example/console", "/admin/api/keys"):
        form = {"email": seeded["viewer"], "password": PASSWORD, "csrf_token": csrf_of(page.text), "next": target}
        response = anonymous.client.post("/console/sign-in", data=form, follow_redirects=False)
        assert response.headers["location"] == "/console"
        page = anonymous.get("/console/sign-in")


def test_sign_out_ends_the_session_and_is_audited(signed_in, audit_actions):
    console = signed_in("viewer")
    token = console.client.cookies.get("sluice_session")
    response = console.post("/console/sign-out")
    assert response.status_code == 303 and "signed_out=1" in response.headers["location"]
    console.client.cookies.set("sluice_session", token)  # replaying the old cookie does not work
    assert console.get("/console").status_code == 303
    assert audit_actions()[-1] == "user.logout"


def test_sign_out_without_csrf_token_is_refused(signed_in):
    console = signed_in("viewer")
    assert console.post("/console/sign-out", csrf=False).status_code == 403
    assert console.get("/console").status_code == 200


def test_pages_carry_security_headers(signed_in):
    response = signed_in("viewer").get("/console")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["cache-control"] == "no-store"
