"""Single sign-on in a real browser: the console's SSO button, the identity provider's own sign-in
page (a real OpenID Connect provider process), and back to the console with the role the provider's
groups map to; a user in no mapped group sees a clear refusal page."""

from __future__ import annotations

import secrets

import pytest

from tests.console import browser as b
from tests.support.oidc_idp import TestIdp

pytestmark = pytest.mark.browser
pytest.importorskip("playwright")
from playwright.sync_api import expect, sync_playwright

ROLE_MAP = [{"group": "sluice-admins", "role": "admin"},
            {"group": "acme-approvers", "role": "policy_approver", "tenant": "acme"}]


@pytest.fixture(scope="module")
def idp():
    provider = TestIdp().start()
    yield provider
    provider.stop()


@pytest.fixture(scope="module")
def site(tmp_path_factory, idp):
    site = b.start_site(tmp_path_factory.mktemp("sso-browser"), sso_issuer=idp.issuer, sso_client_id="sluice",
                        sso_client_secret="browser-secret", sso_role_map=ROLE_MAP, sso_only=True,
                        sso_break_glass_email="admin@acme.test", sso_button_label="Sign in with Acme SSO")
    yield site
    for stop in site.stops:
        stop()


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as playwright:
        browser = b.launch(playwright)
        yield browser
        browser.close()


def sign_in_at_provider(chromium, site, idp, sub: str):
    context = chromium.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{site.url}/console/audit")
    expect(page.get_by_role("link", name="Sign in with Acme SSO")).to_be_visible()
    b.shot(page, "sso-sign-in-page")
    page.get_by_role("link", name="Sign in with Acme SSO").click()
    page.wait_for_url(f"{idp.issuer}/oauth2/authorize*")
    page.get_by_placeholder("sub").fill(sub)
    page.get_by_role("button", name="Authorize").click()
    return page


def test_sso_sign_in_lands_on_the_requested_page_with_the_mapped_role(site, chromium, idp):
    sub = f"approver-{secrets.token_hex(3)}"
    idp.set_user(sub, email=f"{sub}@acme.test", name="Ann Approver", groups=["acme-approvers"])
    page = sign_in_at_provider(chromium, site, idp, sub)
    page.wait_for_url(f"{site.url}/console/audit*")
    expect(page.get_by_text(f"{sub}@acme.test")).to_be_visible()
    b.shot(page, "sso-signed-in")
    page.context.close()


def test_a_user_in_no_mapped_group_sees_why(site, chromium, idp):
    sub = f"outsider-{secrets.token_hex(3)}"
    idp.set_user(sub, email=f"{sub}@acme.test", groups=["marketing"])
    page = sign_in_at_provider(chromium, site, idp, sub)
    page.wait_for_url(f"{site.url}/console/sso/callback*")
    expect(page.get_by_role("heading", name="No access to Sluice")).to_be_visible()
    expect(page.locator("#sso-code")).to_have_text("sso_no_access")
    b.shot(page, "sso-no-access")
    page.context.close()


def test_break_glass_password_sign_in_still_works_in_sso_only_mode(site, chromium):
    context = chromium.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(f"{site.url}/console")
    page.get_by_text("Break-glass sign-in").click()
    page.get_by_label("E-mail").fill(site.emails["auditor"])
    page.get_by_label("Password").fill(b.PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.get_by_role("alert")).to_contain_text("Password sign-in is turned off")
    page.get_by_label("E-mail").fill(site.emails["admin"])
    page.get_by_label("Password").fill(b.PASSWORD)
    page.get_by_role("button", name="Sign in", exact=True).click()
    page.wait_for_url(f"{site.url}/console")
    context.close()
