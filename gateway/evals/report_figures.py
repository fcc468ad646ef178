"""The charts of a run report, drawn the same way on the console's run page and in the HTML report."""

from __future__ import annotations

from markupsafe import Markup

from sluice.gateway import charts

FIGURES = (("pass", "Pass rate by category"), ("censored", "Censored answers by category"),
           ("deflected", "Deflections by category"), ("refused", "Refusals by category"),
           ("no_answer", "No answer (empty, gibberish, off-topic) by category"),
           ("blocked", "Blocked by policy, by category"))


def category_figures(summary: dict) -> dict[str, Markup]:
    """Pass, censorship, deflection, refusal, no-answer and block rates per category with their 95% intervals, keyed as in ``FIGURES``."""
    cats = summary["categories"].items()
    return {key: charts.rate_chart(title, [(name, c[key]) for name, c in cats if key in c]) for key, title in FIGURES}
