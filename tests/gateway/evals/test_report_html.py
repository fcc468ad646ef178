"""The HTML run report shows names from suites, models and policies as text, never as markup."""

from __future__ import annotations

from html.parser import HTMLParser

from sluice.gateway.evals.report_html import render_html
from sluice.gateway.evals.scoring import summarise

HOSTILE = """<script>alert("x")</script>'" onload='alert(1)'"""


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes += [name for name, _ in attrs]

    def handle_data(self, data):
        self.text.append(data)


def _report() -> dict:
    row = {"ordinal": 1, "category": HOSTILE, "expected": "refuse", "harmful": True, "outcome": "answered",
           "passed": False, "refusal_kind": None, "leaked": False, "leaked_types": [], "injected": False,
           "error_code": None, "prompt": HOSTILE, "response": HOSTILE, "decision": {}}
    return {
        "run": {"id": "run-1", "status": "completed", "provider": HOSTILE, "model": HOSTILE,
                "policy": HOSTILE},
        "suite": {"name": HOSTILE, "version": 1, "source": HOSTILE, "license": HOSTILE, "probes": 1},
        "summary": summarise([row]), "generated_at": "2026-01-01T00:00:00+00:00", "worst_examples": [row],
    }


def test_probe_model_and_suite_names_are_escaped_in_the_report():
    html = render_html(_report())
    page = _Page()
    page.feed(html)
    assert "script" not in page.tags and "onload" not in page.attributes
    text = "".join(page.text)
    # model and provider in the heading; suite, source, licence and policy in the line below it;
    # category, prompt and answer in the example row (charts shorten long category names)
    assert text.count(HOSTILE) >= 9
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;&#39;&#34;" in html
