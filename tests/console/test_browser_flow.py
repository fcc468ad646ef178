"""The console in a real browser against a real server: the governance flow end to end.

Sign in, draft a policy, see the author refused when approving, approve as someone else, see a
test-bench result, call the API with the openai client, find the request's audit event and verify
its inclusion proof, export and download a signed bundle. Screenshots of every page are written to
tests/artifacts/screenshots/.
"""

from __future__ import annotations

import re
import zipfile

import openai
import pytest

from tests.console import browser as b

pytestmark = pytest.mark.browser
pytest.importorskip("playwright")
from playwright.sync_api import expect, sync_playwright


@pytest.fixture(scope="module")
def chromium():
    with sync_playwright() as playwright:
        browser = b.launch(playwright)
        yield browser
        browser.close()


def test_sign_in_page_rejects_a_wrong_password_inline(site, chromium):
    page = chromium.new_page()
    page.goto(f"{site.url}/console/keys")
    expect(page).to_have_url(re.compile(r"/console/sign-in\?next="))
    b.shot(page, "01-sign-in")
    page.get_by_label("E-mail").fill(site.emails["admin"])
    page.get_by_label("Password").fill("wrong password here")
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("alert")).to_contain_text("E-mail or password is incorrect.")
    page.close()


def test_policy_review_flow_api_request_audit_and_export(site, chromium):
    # --- the author drafts a policy and tries it on the test bench -------------------------------
    author = b.sign_in(chromium, site, "policy_author")
    b.shot(author, "02-dashboard-empty")
    author.get_by_role("link", name="Policies").click()
    name = b.unique("Claims policy")
    author.get_by_role("textbox", name="Name", exact=True).fill(name)
    author.get_by_label("Applies to").select_option("acme")
    author.get_by_role("button", name="Create draft").click()
    expect(author.get_by_role("heading", level=1)).to_have_text(name)
    policy_url = author.url.split("?")[0]
    expect(author.locator(".page-head .sub").first).to_contain_text("Acme Insurance")
    author.get_by_label("Blocked words", exact=True).fill("project-nightingale")
    author.get_by_role("button", name="Save settings to draft").click()
    expect(author.get_by_role("status")).to_contain_text("Draft saved.")
    author.get_by_label("PII detection threshold").fill("7")
    author.get_by_role("button", name="Save settings to draft").click()
    expect(author.locator(".field-error").first).to_contain_text("between 0 and 1")
    b.shot(author, "03-policy-editor-inline-error")
    author.goto(policy_url)
    author.get_by_label("Prompt", exact=True).fill("Please email john.smith@example.com about claim 7")
    author.get_by_label("Model", exact=True).select_option(b.MODEL)
    author.get_by_role("button", name="Run test").click(timeout=150_000)  # first run loads the detectors
    result = author.locator("#bench-result")
    expect(result.locator("mark.pii").first).to_contain_text("john.smith@example.com", timeout=120_000)
    expect(result).to_contain_text("emu-eu")
    b.shot(author, "04-policy-test-bench")
    author.get_by_label("Note for the reviewer").fill("adds the project word list")
    author.get_by_role("button", name=re.compile(r"Submit v\d+ for review")).click()
    expect(author.get_by_role("status")).to_contain_text("Submitted for review")
    # The author has no approve button; a hand-made approval is refused by the server.
    expect(author.get_by_role("button", name=re.compile("Approve"))).to_have_count(0)
    author.evaluate("""([url, token]) => { const f = document.createElement('form'); f.method = 'post';
        f.action = url; const t = document.createElement('input'); t.name = 'csrf_token'; t.value = token;
        f.appendChild(t); document.body.appendChild(f); f.submit(); }""",
                    [f"{policy_url}/versions/1/approve", author.locator("input[name=csrf_token]").first.input_value()])
    expect(author.get_by_role("alert")).to_contain_text("may not approve policy versions")
    b.shot(author, "05-author-approval-refused")

    # --- another person approves and activates --------------------------------------------------
    approver = b.sign_in(chromium, site, "policy_approver")
    approver.goto(policy_url)
    approver.get_by_label("Review comment").fill("word list checked")
    approver.get_by_role("button", name="Approve v1").click()
    expect(approver.get_by_role("status")).to_contain_text("Version approved")
    approver.once("dialog", lambda dialog: dialog.accept())
    approver.get_by_role("button", name="Activate v1").click()
    expect(approver.get_by_role("status")).to_contain_text("Version activated")
    expect(approver.locator(".lede").first).to_contain_text(f"{name} v1")
    b.shot(approver, "06-policy-approved-active")

    # --- an application calls the API ------------------------------------------------------------
    client = openai.OpenAI(base_url=f"{site.url}/v1", api_key=site.api_key, max_retries=0)
    reply = client.chat.completions.create(model=b.MODEL, messages=[{"role": "user", "content": "Summarise claim 7"}])
    assert reply.choices[0].message.content
    client.chat.completions.create(model=b.MODEL, messages=[{"role": "user",
                                                             "content": "Reply to jane.doe@example.org today"}])
    with pytest.raises(openai.APIStatusError):  # the word list of the policy just activated blocks this
        client.chat.completions.create(model=b.MODEL, messages=[{"role": "user",
                                                                 "content": "Status of project-nightingale?"}])

    # --- the admin signs a checkpoint; the auditor finds the event and checks its proof -----------
    admin = b.sign_in(chromium, site, "admin")
    admin.get_by_role("link", name="Audit log").click()
    admin.get_by_role("button", name="Sign a checkpoint now").click()
    expect(admin.get_by_role("status")).to_contain_text("checkpoint was signed")
    auditor = b.sign_in(chromium, site, "auditor")
    expect(auditor.locator("#ch-blk + svg, #ch-blk ~ svg")).to_have_count(1)
    b.shot(auditor, "07-dashboard-with-traffic")
    auditor.get_by_role("link", name="Audit log").click()
    auditor.get_by_label("Kind", exact=True).select_option("request")
    auditor.get_by_label("Provider", exact=True).fill("emu-eu")
    auditor.get_by_role("button", name="Search").click()
    rows = auditor.locator("tbody tr")
    expect(rows).to_have_count(2)  # the blocked request never reached a provider
    expect(rows.first).to_contain_text(b.MODEL)
    b.shot(auditor, "08-audit-search")
    rows.first.get_by_role("link").click()
    auditor.get_by_role("button", name="Check inclusion proof").click()
    expect(auditor.get_by_role("status")).to_contain_text("Verified.")
    expect(auditor.get_by_role("heading", name="Decision record")).to_be_visible()
    b.shot(auditor, "09-audit-event-proof")

    # --- the auditor exports the requests and downloads the bundle --------------------------------
    auditor.get_by_role("link", name="Exports").click()
    auditor.get_by_label("Kind", exact=True).select_option("request")
    auditor.get_by_label("Tenant", exact=True).select_option("acme")
    auditor.get_by_role("button", name="Request export").click()
    download_link = auditor.get_by_role("link", name="Download", exact=True)
    expect(download_link).to_be_visible(timeout=30_000)
    b.shot(auditor, "10-exports")
    with auditor.expect_download() as pending:
        download_link.click()
    bundle = site.downloads / "bundle.zip"
    pending.value.save_as(bundle)
    assert zipfile.is_zipfile(bundle) and zipfile.ZipFile(bundle).namelist()
    for page in (author, approver, admin, auditor):
        page.context.close()


def test_admin_pages_render_and_show_a_new_key_once(site, chromium):
    admin = b.sign_in(chromium, site, "admin")
    admin.keyboard.press("Tab")  # keyboard users reach "skip to content" first, and it works
    expect(admin.get_by_role("link", name="Skip to content")).to_be_focused()
    admin.keyboard.press("Enter")
    expect(admin.locator("main")).to_be_focused()
    admin.get_by_role("link", name="API keys").click()
    admin.get_by_label("Tenant", exact=True).select_option("acme")
    admin.get_by_role("textbox", name="Name", exact=True).fill("browser-key")
    admin.get_by_role("button", name="Create key").click()
    key = admin.get_by_label("New API key")
    expect(key).to_have_value(re.compile(r"^sk-slc-"))
    b.shot(admin, "11-keys-created")
    expect(admin).to_have_url(re.compile(r"/console/keys\?flash="))  # redirected after the post
    admin.reload()  # post/redirect/get: a refresh neither re-posts the form nor shows the secret again
    expect(admin.get_by_label("New API key")).to_have_count(0)
    expect(admin.locator("tbody tr", has_text="browser-key")).to_have_count(1)
    admin.once("dialog", lambda dialog: dialog.accept())  # "Rotate this key?"
    admin.locator("tbody tr", has_text="browser-key").get_by_role("button", name=re.compile("^Rotate key")).click()
    expect(admin.get_by_role("heading", name=re.compile("Key rotated"))).to_be_visible()
    expect(admin.get_by_label("New API key")).to_have_value(re.compile(r"^sk-slc-"))
    admin.reload()  # no second rotation, no secret shown again
    expect(admin.get_by_label("New API key")).to_have_count(0)
    rows = admin.locator("tbody tr", has_text="browser-key")
    expect(rows).to_have_count(2)
    expect(rows.filter(has_text="rotating")).to_have_count(1)
    rows.filter(has_text="active").get_by_role("link", name=re.compile("^Edit key")).click()
    admin.get_by_label("Budget resets").select_option("monthly")
    admin.get_by_label("Token budget").fill("50000")
    admin.get_by_role("button", name="Save changes").click()
    expect(admin.get_by_role("status")).to_contain_text("Key updated")
    expect(admin.get_by_text("0 of 50,000 tokens", exact=False)).to_be_visible()
    b.shot(admin, "11b-key-edit")
    admin.reload()  # the redirect target: reloading changes nothing and says nothing new
    expect(admin.get_by_label("Token budget")).to_have_value("50000")
    admin.goto(f"{site.url}/console/keys")
    expect(admin.get_by_label("New API key")).to_have_count(0)
    for link, name in (("Tenants", "12-tenants"), ("Users", "13-users"), ("Providers", "14-providers"),
                       ("Dashboard", "15-dashboard"), ("Policies", "16-policies")):
        admin.get_by_role("link", name=link, exact=True).click()
        expect(admin.get_by_role("heading", level=1)).to_be_visible()
        if link == "Providers":  # the request path's live view of the upstream
            expect(admin.locator("tbody tr", has_text="emu-eu")).to_contain_text("taking traffic")
        b.shot(admin, name)
    admin.set_viewport_size({"width": 1024, "height": 720})
    b.shot(admin, "17-policies-laptop-width")
    admin.context.close()


def test_an_admin_who_wrote_a_version_is_refused_by_four_eyes(site, chromium):
    admin = b.sign_in(chromium, site, "admin")
    admin.goto(f"{site.url}/console/policies")
    admin.get_by_role("textbox", name="Name", exact=True).fill(b.unique("Four eyes"))
    admin.get_by_label("Applies to").select_option("acme")
    admin.get_by_role("button", name="Create draft").click()
    admin.get_by_role("button", name=re.compile(r"Submit v1 for review")).click()
    admin.get_by_role("button", name="Approve v1").click()  # admins see the button: the server decides
    expect(admin.get_by_role("alert")).to_contain_text("another approver must review it")
    b.shot(admin, "18-four-eyes-refusal")
    admin.context.close()
