"""Server-side SVG charts shared by the console and the evaluation reports."""

from __future__ import annotations

from datetime import UTC, datetime

from sluice.gateway import charts

NOW = datetime(2026, 3, 2, 12, 30, tzinfo=UTC)


def test_bar_chart_is_accessible_svg_with_its_numbers_in_a_table():
    html = str(charts.bar_chart("PII by type", [("EMAIL_ADDRESS", 7), ("<script>", 2)]))
    assert 'role="img"' in html and "<title" in html and "EMAIL_ADDRESS: 7" in html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<table>" in html


def test_empty_series_says_so_instead_of_an_empty_chart():
    html = str(charts.series_chart("Requests", [NOW], {"success": [0]}))
    assert "No data in this period." in html and "<svg" not in html


def test_rate_chart_draws_each_rate_with_its_confidence_interval():
    rows = [("benign", {"rate": 0.9, "ci95": [0.7, 0.97], "n": 20}), ("<b>harm</b>", None)]
    html = str(charts.rate_chart("Pass rate by category", rows))
    assert 'role="img"' in html and "benign: 90.0% (95% CI 70.0%–97.0%, n=20)" in html
    assert html.count("<line ") == 1  # a whisker where there is an interval, none for the missing figure
    assert "90.0% (n=20)" in html and "– (n=0)" in html
    assert "<td>70.0%–97.0%</td>" in html and "<b>" not in html and "&lt;b&gt;harm&lt;/b&gt;" in html
