"""Small server-side SVG charts: horizontal bars, rates with confidence intervals, and time series.

Each chart is an ``<svg role="img">`` with a title and description, followed by the same numbers
as a table inside ``<details>`` for screen readers and for copying. No script is needed to see it,
and colours are drawn inline, so a chart looks the same in the console and in a self-contained
page (the evaluation report). Every text is escaped; the result is ``Markup``. This module
imports nothing of the gateway: the console and the evaluation reports both draw with it.
"""

from __future__ import annotations

import itertools
from datetime import datetime

from markupsafe import Markup, escape

PALETTE = {"success": "#2563eb", "blocked": "#dc2626", "error": "#d97706", "prompt": "#0f766e",
           "completion": "#7c3aed", "p50": "#2563eb", "p95": "#dc2626"}
FALLBACK = ("#2563eb", "#0f766e", "#7c3aed", "#d97706", "#db2777", "#4b5563")
_ids = itertools.count(1)


def _color(name: str, index: int) -> str:
    return PALETTE.get(name, FALLBACK[index % len(FALLBACK)])


def _num(value: float | None) -> str:
    if value is None:
        return "—"
    if value >= 10_000:
        return f"{value / 1000:.0f}k"
    if value >= 1000:
        return f"{value / 1000:.1f}k"
    return f"{value:.0f}" if float(value).is_integer() or value >= 100 else f"{value:.1f}"


def percent(value: float | None) -> str:
    """A proportion as a percentage with one decimal, or a dash when there is none."""
    return "–" if value is None else f"{value * 100:.1f}%"


def _empty(text: str) -> Markup:
    return Markup(f'<p class="empty chart-empty">{escape(text)}</p>')


def _short(label: str) -> str:
    return label if len(label) <= 24 else label[:23] + "…"


def _svg_open(uid: int, width: int, height: int, title: str, desc: str) -> list[str]:
    return [(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
             f'aria-labelledby="c{uid}t c{uid}d" preserveAspectRatio="xMinYMin meet">'),
            f'<title id="c{uid}t">{escape(title)}</title>',
            f'<desc id="c{uid}d">{escape(desc)}</desc>']


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    heads = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    return (f'<details class="chart-data"><summary>Show the numbers</summary><table><caption>{escape(caption)}'
            f"</caption><thead><tr>{heads}</tr></thead><tbody>{cells}</tbody></table></details>")


def bar_chart(title: str, items: list[tuple[str, int | float]], *, empty: str = "No data in this period.") -> Markup:
    if not items:
        return _empty(empty)
    width, label_w, row_h = 480, 170, 26
    height = row_h * len(items) + 8
    top = max(value for _, value in items) or 1
    desc = ", ".join(f"{label}: {_num(value)}" for label, value in items)
    parts = _svg_open(next(_ids), width, height, title, desc)
    for i, (label, value) in enumerate(items):
        y = 4 + i * row_h
        bar = max(2.0, (width - label_w - 60) * value / top)
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="chart-label">'
                     f'{escape(_short(label))}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar:.1f}" height="{row_h - 8}" rx="3" '
                     f'fill="{_color(label, i)}"/>')
        parts.append(f'<text x="{label_w + bar + 6:.1f}" y="{y + 17}" class="chart-value">{_num(value)}</text>')
    parts.append("</svg>")
    table = _table(title, ["", "count"], [[label, _num(value)] for label, value in items])
    return Markup("".join(parts) + table)


def _interval(stat: dict) -> str:
    return f"{percent(stat['ci95'][0])}–{percent(stat['ci95'][1])}" if stat["ci95"] else "–"


def rate_chart(title: str, rows: list[tuple[str, dict | None]], *, empty: str = "No data.") -> Markup:
    """Proportions on a 0–100% scale, each with its 95% confidence interval as a whisker.

    ``rows`` pairs a label with a rate as the evaluation summaries give it (``rate``, ``ci95`` as
    ``[low, high]``, ``n``), or ``None`` where there is no figure.
    """
    if not rows:
        return _empty(empty)
    width, label_w, value_w, row_h = 560, 170, 110, 26
    span = width - label_w - value_w
    stats = [(label, stat or {"rate": None, "ci95": None, "n": 0}) for label, stat in rows]
    desc = "; ".join(f"{label}: {percent(s['rate'])} (95% CI {_interval(s)}, n={s['n']})"
                     for label, s in stats)
    parts = _svg_open(next(_ids), width, row_h * len(stats) + 8, title, desc)
    for i, (label, stat) in enumerate(stats):
        y = 4 + i * row_h
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="chart-label">'
                     f'{escape(_short(label))}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{span * (stat["rate"] or 0.0):.1f}" '
                     f'height="{row_h - 8}" rx="3" fill="{FALLBACK[0]}"/>')
        if stat["ci95"]:
            low, high = stat["ci95"]
            parts.append(f'<line x1="{label_w + span * low:.1f}" x2="{label_w + span * high:.1f}" '
                         f'y1="{y + 13}" y2="{y + 13}" stroke="#111827" stroke-width="2"/>')
        parts.append(f'<text x="{label_w + span + 8}" y="{y + 17}" class="chart-value">'
                     f'{escape(percent(stat["rate"]))} (n={stat["n"]})</text>')
    parts.append("</svg>")
    table = _table(title, ["", "rate", "95% CI", "n"],
                   [[label, percent(s["rate"]), _interval(s), str(s["n"])] for label, s in stats])
    return Markup("".join(parts) + table)


def _tick_label(moment: datetime, span_hours: float) -> str:
    return moment.strftime("%H:%M") if span_hours <= 24 else moment.strftime("%d %b")


def series_chart(title: str, buckets: list[datetime], series: dict[str, list[float | None]], *,
                 stacked: bool = True, unit: str = "", empty: str = "No data in this period.",
                 width: int = 500) -> Markup:
    """Columns (stacked) or lines over time; ``series`` maps a legend name to one value per bucket."""
    values = [v for values in series.values() for v in values if v]
    if not buckets or not values:
        return _empty(empty)
    uid = next(_ids)
    height, left, bottom, top_pad = 200, 44, 24, 10
    plot_w, plot_h = width - left - 8, height - bottom - top_pad
    n = len(buckets)
    if stacked:
        peak = max(sum(s[i] or 0 for s in series.values()) for i in range(n))
    else:
        peak = max(values)
    peak = peak or 1
    slot = plot_w / n
    parts = [f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="c{uid}t c{uid}d">',
             f'<title id="c{uid}t">{escape(title)}</title>',
             f'<desc id="c{uid}d">{escape(title)}: {n} periods, peak {_num(peak)}{escape(unit)}</desc>']
    for frac in (0, 0.5, 1):
        y = top_pad + plot_h * (1 - frac)
        parts.append(f'<line x1="{left}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" class="chart-grid"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" class="chart-axis">'
                     f'{_num(peak * frac)}</text>')
    span_hours = (buckets[-1] - buckets[0]).total_seconds() / 3600 if n > 1 else 1
    every = max(1, n // 6)
    for i in range(0, n, every):
        x = left + slot * (i + 0.5)
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" class="chart-axis">'
                     f'{_tick_label(buckets[i], span_hours)}</text>')
    for index, (name, data) in enumerate(series.items()):
        color = _color(name, index)
        if stacked:
            for i, value in enumerate(data):
                if not value:
                    continue
                below = sum(series[other][i] or 0 for other in list(series)[:index])
                h = plot_h * value / peak
                y = top_pad + plot_h - plot_h * below / peak - h
                parts.append(f'<rect x="{left + slot * i + slot * 0.15:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
                             f'height="{h:.1f}" fill="{color}"><title>{escape(name)}: {_num(value)}</title></rect>')
        else:
            points = [(left + slot * (i + 0.5), top_pad + plot_h * (1 - v / peak)) for i, v in enumerate(data)
                      if v is not None]
            if points:
                path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
                parts.append(f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"/>')
                parts.extend(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="2.5" fill="{color}"/>' for x, y in points)
    parts.append("</svg>")
    legend = "".join(f'<span class="legend-item"><span class="swatch swatch-{escape(name)}" aria-hidden="true">'
                     f'</span>{escape(name)}</span>' for name in series)
    rows = [[b.strftime("%Y-%m-%d %H:%M")] + [_num(series[name][i]) for name in series] for i, b in enumerate(buckets)]
    table = _table(title, ["period (UTC)", *series], rows)
    return Markup(f'<div class="legend">{legend}</div>' + "".join(parts) + table)
