"""Accounts in a real browser against a real server: an administrator invites someone, who sets
their own password from the link; they turn on an authenticator app and sign in with a code."""

from __future__ import annotations

import re

import pyotp
import pytest

from tests.console import browser as b

pytestmark = pytest.mark.browser
pytest.importorskip("playwright")
from playwright.sync_api import expect  # noqa: E402

from tests.console.test_browser_flow import chromium  # noqa: E402,F401  (the browser; `site` is the module server of conftest)

NEW_EMAIL = "new.approver@acme.test"
NEW_PASSWORD = "my very own password"


def _sign_in(page, site, email: str, password: str) -> None:
    page.goto(f"{site.url}/console/sign-in")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_an_invitee_sets_their_password_then_signs_in_with_an_authenticator_code(site, chromium):
    admin = b.sign_in(chromium, site, "admin")
    admin.get_by_role("link", name="Users").click()
    admin.get_by_label("E-mail").fill(NEW_EMAIL)
    admin.get_by_label("Role", exact=True).select_option("policy_approver")
    admin.get_by_role("button", name="Invite user").click()
    link = admin.locator("#invitation-url").input_value()
    assert re.match(rf"{re.escape(site.url)}/console/invitation/inv_[\w-]+$", link)
    expect(admin.get_by_role("row", name=re.compile(NEW_EMAIL))).to_contain_text("invited")
    b.shot(admin, "accounts-01-invitation")
    admin.context.close()

    invitee = chromium.new_context().new_page()
    invitee.goto(link)
    expect(invitee.locator("#invitation-email")).to_have_text(NEW_EMAIL)
    invitee.get_by_label("New password").fill(NEW_PASSWORD)
    invitee.get_by_label("The same password again").fill("something else entirely")
    invitee.get_by_role("button", name="Set password").click()
    expect(invitee.locator("#e-password_again")).to_have_text("The passwords differ.")
    invitee.get_by_label("New password").fill(NEW_PASSWORD)
    invitee.get_by_label("The same password again").fill(NEW_PASSWORD)
    invitee.get_by_role("button", name="Set password").click()
    expect(invitee).to_have_url(re.compile(r"/console/sign-in\?done=password_set"))
    expect(invitee.get_by_role("status")).to_contain_text("Password set")
    _sign_in(invitee, site, NEW_EMAIL, NEW_PASSWORD)
    expect(invitee).to_have_url(f"{site.url}/console")

    invitee.goto(link)  # the link worked once
    expect(invitee.get_by_role("alert")).to_contain_text("unknown, was used already")

    invitee.goto(f"{site.url}/console/account/security")
    invitee.get_by_role("button", name="Set up an authenticator app").click()
    expect(invitee.get_by_role("img", name="QR code of the authenticator key")).to_be_visible()
    totp = pyotp.TOTP(invitee.locator("#totp-secret").inner_text())
    invitee.get_by_label("Code from the app").fill(totp.now())
    invitee.get_by_role("button", name="Turn on").click()
    expect(invitee.locator("#recovery-codes li")).to_have_count(10)
    b.shot(invitee, "accounts-02-recovery-codes")
    invitee.get_by_role("button", name="Sign out").click()

    _sign_in(invitee, site, NEW_EMAIL, NEW_PASSWORD)
    code_field = invitee.get_by_label("Authenticator code")
    expect(code_field).to_be_visible()
    code_field.fill("000000" if totp.now() != "000000" else "111111")
    invitee.get_by_role("button", name="Verify").click()
    expect(invitee.get_by_role("alert")).to_contain_text("That code is wrong")
    invitee.get_by_label("Authenticator code").fill(totp.now())
    invitee.get_by_role("button", name="Verify").click()
    expect(invitee).to_have_url(f"{site.url}/console")
    expect(invitee.locator(".topbar-user")).to_contain_text("policy approver")
    invitee.context.close()
