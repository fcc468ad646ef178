"""Signing in through a real OpenID Connect provider: accounts made and updated from its groups,
and every way a callback can be forged, replayed or refused."""

from __future__ import annotations

import re
import secrets
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from fastapi.testclient import TestClient

from tests.gateway.sso.conftest import CLIENT_ID


def new_sub() -> str:
    return f"user-{secrets.token_hex(4)}"


def code_of(callback_url: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(callback_url).query).items()}


def error_code(response) -> str:
    match = re.search(r'id="sso-code">([a-z_]+)<', response.text)
    assert match, response.text[:500]
    return match.group(1)


def test_first_sign_in_creates_the_account_with_the_mapped_role_and_tenant(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", name="Ann Approver", groups=["acme-approvers", "other"])
    done = sso_site.sign_in(sub)
    assert done.status_code == 200
    assert 'http-equiv="refresh" content="0;url=/console/audit"' in done.text
    me = sso_site.me().json()
    assert (me["email"], me["role"], me["tenant_id"]) == (f"{sub}@acme.test", "policy_approver", sso_site.acme_id)
    assert sso_site.actions()[-2:] == ["user.created", "user.sso_login"]
    login = sso_site.audit()[-1][1]
    assert b'"group":"acme-approvers"' in login.replace(b" ", b"") and b"code" not in login.split(b'"via"')[0]


def test_role_and_tenant_follow_the_groups_at_each_sign_in_and_a_change_ends_old_sessions(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["acme-approvers"])
    sso_site.sign_in(sub)
    old_cookie = sso_site.client.cookies.get("sluice_session")
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["acme-approvers", "sluice-admins"])
    other = TestClient(sso_site.client.app)
    assert sso_site.sign_in(sub, client=other).status_code == 200
    me = sso_site.me(other).json()
    assert (me["role"], me["tenant_id"]) == ("admin", None)  # the map's first matching rule wins
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["acme-approvers"])
    assert sso_site.sign_in(sub, client=other).status_code == 200
    me = sso_site.me(other).json()
    assert (me["role"], me["tenant_id"]) == ("policy_approver", sso_site.acme_id)
    assert "user.access_changed" in sso_site.actions()
    stale = TestClient(sso_site.client.app, cookies={"sluice_session": old_cookie})
    assert stale.get("/admin/api/auth/me").status_code == 401  # the role changed: earlier sessions ended


def test_a_user_in_no_mapped_group_is_refused_with_a_clear_page_and_no_account(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["marketing"])
    refused = sso_site.sign_in(sub)
    assert refused.status_code == 403 and error_code(refused) == "sso_no_access"
    assert "No access to Sluice" in refused.text and "ask an administrator" in refused.text
    assert "sluice_session" not in refused.cookies
    action, entry = sso_site.audit()[-1]
    assert action == "user.sso_login_failed" and b"no_mapped_group" in entry
    assert sub.encode() not in entry  # the address is audited as a keyed hash only
    from sluice.gateway.identity.accounts import find_by_email

    with sso_site.ctx.sessions() as session:
        assert find_by_email(session=session, email=f"{sub}@acme.test") is None


def test_a_group_mapped_to_a_missing_tenant_is_refused_naming_the_tenant(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["ghost-auditors"])
    refused = sso_site.sign_in(sub)
    assert refused.status_code == 403 and "tenant &#39;ghost&#39;, which does not exist" in refused.text
    assert b"unknown_tenant" in sso_site.audit()[-1][1]


def test_a_callback_with_a_tampered_state_is_refused(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    params = code_of(sso_site.idp.authorize(sso_site.start(), sub))
    params["state"] = params["state"][:-2] + "xx"
    refused = sso_site.client.get(f"/console/sso/callback?{urlencode(params)}", follow_redirects=False)
    assert refused.status_code == 400 and error_code(refused) == "sso_state_invalid"
    assert b"state_mismatch" in sso_site.audit()[-1][1]


def test_a_callback_in_another_browser_is_refused(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    callback = sso_site.idp.authorize(sso_site.start(), sub)
    with TestClient(sso_site.client.app) as victim:  # login CSRF: the attacker's code in the victim's browser
        refused = sso_site.back(callback, client=victim)
    assert refused.status_code == 400 and error_code(refused) == "sso_state_invalid"


def test_a_replayed_callback_is_refused(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    callback = sso_site.idp.authorize(sso_site.start(), sub)
    assert sso_site.back(callback).status_code == 200
    sso_site.client.cookies.set("sluice_sso_state", code_of(callback)["state"], path="/console/sso")
    replay = sso_site.back(callback)
    assert replay.status_code == 400 and error_code(replay) == "sso_state_invalid"
    assert b"state_used" in sso_site.audit()[-1][1]


def test_a_used_code_presented_with_a_new_state_is_refused_by_the_provider(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    first = sso_site.idp.authorize(sso_site.start(), sub)
    assert sso_site.back(first).status_code == 200
    fresh_state = code_of(sso_site.idp.authorize(sso_site.start(), sub))["state"]
    replay = sso_site.client.get("/console/sso/callback?" + urlencode({"code": code_of(first)["code"],
                                                                       "state": fresh_state}))
    assert replay.status_code == 401 and error_code(replay) == "sso_code_rejected"


def test_a_code_from_another_sign_in_fails_the_nonce_check(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    injected = code_of(sso_site.idp.authorize(sso_site.start(), sub))["code"]  # never redeemed
    state = code_of(sso_site.idp.authorize(sso_site.start(), sub))["state"]
    refused = sso_site.client.get("/console/sso/callback?" + urlencode({"code": injected, "state": state}))
    assert refused.status_code == 401 and error_code(refused) == "sso_token_invalid"
    assert b"bad_nonce" in sso_site.audit()[-1][1]


def test_a_denial_at_the_provider_is_shown_as_such(sso_site):
    refused = sso_site.back(sso_site.idp.deny(sso_site.start()))
    assert refused.status_code == 401 and error_code(refused) == "sso_denied"


def test_a_token_the_provider_issued_to_another_client_is_refused(sso_site):
    from sluice.gateway.identity.errors import AccessRefused
    from sluice.gateway.sso.id_token import nonce_hash, validate_id_token

    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    token = sso_site.idp.id_token_for(client_id="another-app", sub=sub, nonce="n")
    secret = sso_site.ctx.settings.secret_bytes
    with pytest.raises(AccessRefused) as caught:
        validate_id_token(token, provider=sso_site.ctx.oidc, expected_nonce_hash=nonce_hash("n", secret),
                          secret=secret, leeway_s=60)
    assert caught.value.reason == "audience"


def test_sign_in_keeps_working_when_the_provider_rotates_its_key(sso_site):
    from sluice.gateway.sso.provider import OidcProvider

    s = sso_site.ctx.settings
    sso_site.ctx.oidc = OidcProvider(issuer=s.sso_issuer, client_id=CLIENT_ID, client_secret=s.sso_client_secret,
                                     timeout_s=5, jwks_ttl_s=3600, min_refetch_s=0)
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    assert sso_site.sign_in(sub).status_code == 200
    sso_site.idp.restart()  # a new signing key, a new kid
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    assert sso_site.sign_in(sub).status_code == 200
    assert sso_site.ctx.oidc.key_fetches == 2


def test_a_disabled_account_cannot_sign_in_with_sso(sso_site):
    from sluice.gateway.database import transaction
    from sluice.gateway.identity.accounts import find_by_email

    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    sso_site.sign_in(sub)
    with transaction(sso_site.ctx.sessions) as session:
        find_by_email(session=session, email=f"{sub}@acme.test").disabled = True
    refused = sso_site.sign_in(sub)
    assert refused.status_code == 403 and error_code(refused) == "sso_account_disabled"


def test_next_page_outside_the_console_is_not_followed(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    done = sso_site.back(sso_site.idp.authorize(sso_site.start(next_url="https://evil.example/"), sub))
    assert 'content="0;url=/console"' in done.text


def test_without_sso_settings_the_start_page_says_it_is_not_set_up(client):
    response = client.get("/console/sso/start", follow_redirects=False)
    assert response.status_code == 404 and error_code(response) == "sso_not_configured"
    assert client.get("/admin/api/auth/sso").json() == {"enabled": False, "sso_only": False, "start_url": None}


def test_without_a_groups_claim_the_groups_pushed_over_scim_decide(sso_site):
    from sluice.gateway.database import new_id, transaction
    from sluice.gateway.identity.accounts import new_external_user
    from sluice.gateway.identity.models import DirectoryGroup, DirectoryMember

    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test")  # no groups claim at all
    refused = sso_site.sign_in(sub)
    assert refused.status_code == 403 and error_code(refused) == "sso_no_access"
    with transaction(sso_site.ctx.sessions) as session:
        user = new_external_user(session=session, email=f"{sub}@acme.test", managed_by="scim", grant=None)
        group = DirectoryGroup(id=new_id("grp"), display_name="acme-approvers")
        session.add(group)
        session.flush()
        session.add(DirectoryMember(group_id=group.id, user_id=user.id))
    assert sso_site.sign_in(sub).status_code == 200
    me = sso_site.me().json()
    assert (me["role"], me["tenant_id"]) == ("policy_approver", sso_site.acme_id)


def test_accounts_made_by_sso_are_marked_on_the_console_users_page(sso_site):
    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    sso_site.sign_in(sub)
    page = sso_site.client.get("/console/users")
    assert page.status_code == 200
    row = page.text.split(f"<tr><td>{sub}@acme.test", 1)[1].split("</td>", 1)[0]  # the table row, not the top bar
    assert '<span class="pill" title="managed by the identity provider">SSO</span>' in row
    listed = {u["email"]: u for u in sso_site.client.get("/admin/api/users").json()}
    assert listed[f"{sub}@acme.test"]["managed_by"] == "sso"


def test_an_unreachable_provider_shows_a_page_not_an_error_500(sso_site_factory):
    from tests.support.servers import free_port

    site = sso_site_factory(sso_issuer=f"http://127.0.0.1:{free_port()}", sso_http_timeout_s=1)
    page = site.client.get("/console/sso/start", follow_redirects=False)
    assert page.status_code == 502 and error_code(page) == "sso_provider_unavailable"
    assert "Identity provider unavailable" in page.text


@pytest.mark.parametrize("query", ["", "state=&code=", "code=x", "state=" + "s" * 5000 + "&code=y",
                                   "state=%00%ff&code=%00", "error=" + "e" * 500])
def test_malformed_callbacks_get_a_refusal_page(sso_site, query):
    response = sso_site.client.get(f"/console/sso/callback?{query}", follow_redirects=False)
    assert response.status_code in (400, 401)
    assert error_code(response) in ("sso_state_invalid", "sso_denied")


def test_a_sign_in_that_took_too_long_must_start_again(sso_site):
    from datetime import timedelta

    from sqlalchemy import update

    from sluice.gateway.database import transaction, utcnow
    from sluice.gateway.sso.models import SsoAttempt

    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    callback = sso_site.idp.authorize(sso_site.start(), sub)
    with transaction(sso_site.ctx.sessions) as session:  # SLUICE_SSO_ATTEMPT_TTL_S has passed
        session.execute(update(SsoAttempt).where(SsoAttempt.used_at.is_(None))
                        .values(expires_at=utcnow() - timedelta(seconds=1)))
    refused = sso_site.back(callback)
    assert refused.status_code == 400 and error_code(refused) == "sso_state_invalid"
    assert b"state_expired" in sso_site.audit()[-1][1]


def test_no_code_state_or_token_reaches_the_logs(sso_site, caplog):
    import logging

    sub = new_sub()
    sso_site.idp.set_user(sub, email=f"{sub}@acme.test", groups=["sluice-admins"])
    caplog.set_level(logging.DEBUG)
    callback = sso_site.idp.authorize(sso_site.start(), sub)
    params = code_of(callback)
    assert sso_site.back(callback).status_code == 200
    session_token = sso_site.client.cookies.get("sluice_session")
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records if r.name.startswith("sluice"))
    assert "/console/sso/callback" in logged  # the gateway logged the request ...
    for secret in (params["code"], params["state"], session_token):
        assert secret not in logged  # ... without what would let someone replay it
