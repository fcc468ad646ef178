"""The console on a phone (390 x 844): no page is wider than the screen.

Every page reachable from the navigation, and the pages behind it (a policy with its forms, an
audit event, a probe suite, the sign-in page), is opened in chromium at 390 px. The page itself
must not scroll sideways (``document.documentElement.scrollWidth <= 390``); wide tables scroll
inside their own container.
"""

from __future__ import annotations

import pytest

from tests.console import browser as b

pytestmark = pytest.mark.browser
pytest.importorskip("playwright")
from playwright.sync_api import sync_playwright

WIDTH = b.PHONE["width"]
# The elements that stick out of the screen, for the failure message.
OVERFLOWING = """() => {
  const out = [], limit = window.innerWidth + 1;
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.right <= limit || r.width === 0) continue;
    let p = el.parentElement, inside = false;
    while (p) {
      const o = getComputedStyle(p).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden') { inside = p.getBoundingClientRect().right <= limit; break; }
      p = p.parentElement;
    }
    if (!inside) out.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
                          (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ').join('.') : '') +
                          ' right=' + Math.round(r.right));
  }
  return out.slice(0, 8);
}"""


@pytest.fixture(scope="module")
def phone(site):
    with sync_playwright() as playwright:
        browser = b.launch(playwright)
        page = b.sign_in(browser, site, "admin", viewport=b.PHONE)
        yield page
        browser.close()


def _too_wide(page) -> str | None:
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= WIDTH:
        return None
    return f"{page.url}: scrollWidth {width} > {WIDTH}; sticking out: {page.evaluate(OVERFLOWING)}"


def _problems(page, urls: list[str]) -> str:
    found = []
    for url in urls:
        page.goto(url)
        found.append(_too_wide(page))
    return "\n".join(p for p in found if p)


def _nav_links(page, site) -> list[str]:
    return [site.url + href for href in page.eval_on_selector_all(".sidenav a", "els => els.map(e => e.getAttribute('href'))")]


def test_every_page_in_the_navigation_fits_a_phone_screen(site, phone):
    phone.goto(f"{site.url}/console")
    links = _nav_links(phone, site)
    assert len(links) >= 8, links
    problems = _problems(phone, links)
    assert not problems, problems


def test_pages_behind_the_navigation_fit_a_phone_screen(site, phone):
    phone.goto(f"{site.url}/console/policies")
    phone.get_by_label("Name").first.fill(b.unique("Phone policy"))
    phone.get_by_role("button", name="Create draft").click()
    phone.wait_for_url("**/console/policies/pol_*")
    pages = [phone.url]
    phone.goto(f"{site.url}/console/audit")
    first_event = phone.locator("table a[href^='/console/audit/events/']").first  # the policy's creation
    pages.append(site.url + first_event.get_attribute("href"))
    phone.goto(f"{site.url}/console/evaluations")
    suite = phone.locator("a[href^='/console/evaluations/suites/']").first
    pages.append(site.url + suite.get_attribute("href"))
    problems = _problems(phone, pages)
    assert not problems, problems


def test_the_sign_in_page_fits_a_phone_screen(site, phone):
    context = phone.context.browser.new_context(viewport=b.PHONE)
    page = context.new_page()
    page.goto(f"{site.url}/console/sign-in")
    assert _too_wide(page) is None, _too_wide(page)
    context.close()
