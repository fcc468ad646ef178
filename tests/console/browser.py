"""A real Sluice server with an emulated upstream, and Debian's chromium driven by Playwright."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sluice.gateway.users.roles import Role

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
PASSWORD = "browser-flow-password"
MODEL = "emu-model"


@dataclass
class Site:
    url: str
    api_key: str
    emails: dict[str, str]
    downloads: Path
    stops: list = field(default_factory=list)


def start_site(tmp: Path, **settings_overrides) -> Site:
    from sluice.gateway.app import create_app
    from sluice.gateway.database import make_engine, session_factory, transaction
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.migrate import upgrade
    from sluice.gateway.providers.service import create_provider
    from sluice.gateway.tenants.service import create_tenant
    from sluice.gateway.users.service import create_user
    from tests.conftest import make_settings
    from tests.support.emulator import EmulatorConfig, serve
    from tests.support.servers import ServerThread

    url = f"sqlite:///{tmp / 'browser.db'}"
    engine = make_engine(url)
    upgrade(engine)
    _, upstream = serve(EmulatorConfig(models=[MODEL]))
    settings = make_settings(database_url=url, data_dir=tmp, default_rpm=0, **settings_overrides)
    emails = {}
    with transaction(session_factory(engine)) as session:
        tenant = create_tenant(session=session, name="acme", display_name="Acme Insurance")
        api_key = create_key(session=session, tenant=tenant, secret=settings.secret_bytes, name="claims-app").key
        create_provider(session=session, secret=settings.secret_bytes, name="emu-eu", kind="openai",
                        base_url=f"{upstream.url}/v1", region="eu-west-1", models=[MODEL], priority=10)
        for role in (Role.ADMIN, Role.POLICY_AUTHOR, Role.POLICY_APPROVER, Role.AUDITOR):
            emails[role.value] = f"{role.value.replace('_', '.')}@acme.test"
            create_user(session=session, email=emails[role.value], password=PASSWORD, role=role)
    engine.dispose()
    server = ServerThread(create_app(settings)).start()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    downloads = tmp / "downloads"
    downloads.mkdir()
    return Site(url=server.url, api_key=api_key, emails=emails, downloads=downloads,
                stops=[server.stop, upstream.stop])


def launch(playwright):
    assert os.path.exists(CHROMIUM), "Debian chromium is missing: apt-get install -y chromium"
    return playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)


def shot(page, name: str) -> None:
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def sign_in(browser, site: Site, role: str, viewport: dict | None = None):
    """A new browser context (its own cookies) signed in through the sign-in page."""
    context = browser.new_context(viewport=viewport or DESKTOP, accept_downloads=True)
    page = context.new_page()
    page.goto(f"{site.url}/console")
    page.get_by_label("E-mail").fill(site.emails[role])
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{site.url}/console")
    return page


def unique(prefix: str) -> str:
    return f"{prefix} {secrets.token_hex(2)}"
