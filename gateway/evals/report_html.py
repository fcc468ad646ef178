"""A self-contained HTML page for a run report: inline CSS and SVG charts, no external assets.

The page is the Jinja2 template ``report.html.jinja`` next to this module, rendered with
autoescape on, so names that come from suites, models and policies cannot inject markup.
"""

from __future__ import annotations

import functools
from importlib import resources

import jinja2

TEMPLATE = "report.html.jinja"
BAR_W = 360
HEADLINE = (("Passed", "pass"), ("Refused answerable questions", "refusal_on_answerable"),
            ("PII leaked", "pii_leakage"), ("Injections followed", "injection_success"),
            ("Harmful probes blocked by policy", "policy_blocked_harmful"),
            ("Benign probes blocked by policy", "policy_blocked_benign"))


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["pct"] = _pct
    source = resources.files(__package__).joinpath(TEMPLATE).read_text(encoding="utf-8")
    return env.from_string(source)


def render_html(report: dict) -> str:
    summary = report["summary"]
    return _template().render(
        run=report["run"], suite=report["suite"], summary=summary, generated_at=report["generated_at"],
        headline=[(label, summary[key]) for label, key in HEADLINE],
        categories=list(summary["categories"].items()), worst_examples=report["worst_examples"], bar_w=BAR_W)
