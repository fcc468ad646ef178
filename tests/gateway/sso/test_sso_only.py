"""SSO-only mode (passwords off but for the break-glass account), scripted admin-API access after an
SSO sign-in, and the settings that configure single sign-on."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from sluice.gateway.database import transaction
from sluice.gateway.settings import SettingsError
from sluice.gateway.users.service import create_user
from tests.conftest import make_settings

PASSWORD = "a-long-enough-password"
GLASS = "break.glass@acme.test"


@pytest.fixture
def sso_only(sso_site_factory):
    site = sso_site_factory(sso_only=True, sso_break_glass_email=GLASS.upper())
    with transaction(site.ctx.sessions) as session:
        create_user(session=session, email=GLASS, password=PASSWORD, role="admin")
        create_user(session=session, email="local.admin@acme.test", password=PASSWORD, role="admin")
    return site


def test_sso_only_refuses_password_sign_in_except_for_the_break_glass_account(sso_only):
    refused = sso_only.client.post("/admin/api/auth/login", json={"email": "local.admin@acme.test",
                                                                  "password": PASSWORD})
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "password_sign_in_disabled"
    assert "/console/sso/start" in refused.json()["error"]["message"]
    assert sso_only.actions()[-1] == "user.login_failed"
    allowed = sso_only.client.post("/admin/api/auth/login", json={"email": GLASS, "password": PASSWORD})
    assert allowed.status_code == 200 and allowed.json()["user"]["email"] == GLASS


def test_sso_only_console_offers_sso_first_and_keeps_break_glass_behind_a_fold(sso_only):
    page = sso_only.client.get("/console/sign-in")
    assert 'id="sso-start"' in page.text and "Break-glass sign-in" in page.text
    form = page.text.split('name="csrf_token" value="')[1].split('"')[0]
    refused = sso_only.client.post("/console/sign-in", data={"email": "local.admin@acme.test", "password": PASSWORD,
                                                             "csrf_token": form}, follow_redirects=False)
    assert refused.status_code == 403 and "Password sign-in is turned off" in refused.text
    assert sso_only.client.get("/admin/api/auth/sso").json() == {"enabled": True, "sso_only": True,
                                                                 "start_url": "/console/sso/start"}


def test_without_sso_only_the_sign_in_page_offers_both(sso_site):
    page = sso_site.client.get("/console/sign-in")
    assert 'id="sso-start"' in page.text and "Break-glass" not in page.text and 'name="password"' in page.text


def test_after_sso_sign_in_a_script_gets_a_bearer_session_token(sso_site):
    sso_site.idp.set_user("script-user", email="script.user@acme.test", groups=["sluice-admins"])
    assert sso_site.sign_in("script-user").status_code == 200
    csrf = sso_site.me().json()["csrf_token"]
    assert sso_site.client.post("/admin/api/auth/session-tokens").status_code == 403  # cookie without CSRF token
    issued = sso_site.client.post("/admin/api/auth/session-tokens", headers={"x-csrf-token": csrf})
    assert issued.status_code == 201
    with TestClient(sso_site.client.app) as script:
        me = script.get("/admin/api/auth/me", headers={"authorization": f"Bearer {issued.json()['token']}"})
    assert me.status_code == 200 and me.json()["email"] == "script.user@acme.test"
    assert "user.session_token_issued" in sso_site.actions()
    assert issued.json()["token"].encode() not in b"".join(entry for _, entry in sso_site.audit())


def test_sso_settings_are_checked_at_start_up(tmp_path):
    with pytest.raises(SettingsError, match="SLUICE_SSO_ONLY needs SLUICE_SSO_ISSUER"):
        make_settings(sso_only=True)
    with pytest.raises(SettingsError, match="SLUICE_SSO_CLIENT_ID is required"):
        make_settings(sso_issuer="https://idp.example")
    with pytest.raises(SettingsError, match="rule 2: unknown role 'owner'"):
        make_settings(sso_role_map=[{"group": "a", "role": "admin"}, {"group": "b", "role": "owner"}])
    with pytest.raises(SettingsError, match="rule 1: expected an object"):
        make_settings(sso_role_map=[{"group": "a", "role": "admin", "tenants": "acme"}])
    mapping = tmp_path / "roles.json"
    mapping.write_text(json.dumps([{"group": "sec", "role": "auditor", "tenant": "acme"}]))
    secret = tmp_path / "client-secret"
    secret.write_text("s3cret\n")
    settings = make_settings(sso_issuer="https://idp.example", sso_client_id="sluice", sso_role_map_file=mapping,
                             sso_client_secret_file=secret)
    assert settings.sso_role_map == [{"group": "sec", "role": "auditor", "tenant": "acme"}]
    assert settings.sso_client_secret == "s3cret" and "s3cret" not in repr(settings)
    mapping.write_text("[{")
    with pytest.raises(SettingsError, match="is not valid JSON"):
        make_settings(sso_role_map_file=mapping)
