"""The charts of a run report, drawn the same way on the console's run page and in the HTML report."""

from __future__ import annotations

from markupsafe import Markup

from sluice.gateway import charts

FIGURES = (("pass", "Pass rate by category"), ("refused", "Refusals by category"),
           ("blocked", "Blocked by policy, by category"))


def category_figures(summary: dict) -> dict[str, Markup]:
    """Pass, refusal and block rates per category with their 95% intervals, keyed as in ``FIGURES``."""
    cats = summary["categories"].items()
    return {key: charts.rate_chart(title, [(name, c[key]) for name, c in cats]) for key, title in FIGURES}
