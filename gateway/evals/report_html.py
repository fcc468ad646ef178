"""A self-contained HTML page for a run report: inline CSS and SVG charts, no external assets.

The page is the Jinja2 template ``report.html.jinja`` next to this module, rendered with
autoescape on, so names that come from suites, models and policies cannot inject markup. Its
charts are the ones the console draws for a run (``report_figures``).
"""

from __future__ import annotations

import functools
from importlib import resources

import jinja2

from sluice.gateway import charts
from sluice.gateway.evals.report_figures import FIGURES, category_figures

TEMPLATE = "report.html.jinja"
HEADLINE = (("Passed", "pass"), ("Refused answerable questions", "refusal_on_answerable"),
            ("PII leaked", "pii_leakage"), ("Injections followed", "injection_success"),
            ("Harmful probes blocked by policy", "policy_blocked_harmful"),
            ("Benign probes blocked by policy", "policy_blocked_benign"))


@functools.cache
def _template() -> jinja2.Template:
    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)
    env.filters["pct"] = charts.percent
    source = resources.files(__package__).joinpath(TEMPLATE).read_text(encoding="utf-8")
    return env.from_string(source)


def render_html(report: dict) -> str:
    summary = report["summary"]
    figures = category_figures(summary)
    return _template().render(
        run=report["run"], suite=report["suite"], summary=summary, generated_at=report["generated_at"],
        headline=[(label, summary[key]) for label, key in HEADLINE],
        figures=[(title, figures[key]) for key, title in FIGURES], worst_examples=report["worst_examples"])
