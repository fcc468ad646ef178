"""Small server-side SVG charts: horizontal bars and time series (stacked columns or lines).

Each chart is an ``<svg role="img">`` with a title and description, followed by the same numbers
as a table inside ``<details>`` for screen readers and for copying. No script is needed to see it.
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


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    cells = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    heads = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    return (f'<details class="chart-data"><summary>Show the numbers</summary><table><caption>{escape(caption)}'
            f"</caption><thead><tr>{heads}</tr></thead><tbody>{cells}</tbody></table></details>")


def bar_chart(title: str, items: list[tuple[str, int | float]], *, empty: str = "No data in this period.") -> Markup:
    if not items:
        return Markup(f'<p class="empty chart-empty">{escape(empty)}</p>')
    uid = next(_ids)
    width, label_w, row_h = 480, 170, 26
    height = row_h * len(items) + 8
    top = max(value for _, value in items) or 1
    parts = [(f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="c{uid}t c{uid}d" '
              f'preserveAspectRatio="xMinYMin meet">'),
             f'<title id="c{uid}t">{escape(title)}</title>',
             f'<desc id="c{uid}d">{escape(", ".join(f"{label}: {_num(value)}" for label, value in items))}</desc>']
    for i, (label, value) in enumerate(items):
        y = 4 + i * row_h
        bar = max(2.0, (width - label_w - 60) * value / top)
        short = label if len(label) <= 24 else label[:23] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{y + 17}" text-anchor="end" class="chart-label">{escape(short)}</text>')
        parts.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar:.1f}" height="{row_h - 8}" rx="3" '
                     f'fill="{_color(label, i)}"/>')
        parts.append(f'<text x="{label_w + bar + 6:.1f}" y="{y + 17}" class="chart-value">{_num(value)}</text>')
    parts.append("</svg>")
    table = _table(title, ["", "count"], [[label, _num(value)] for label, value in items])
    return Markup("".join(parts) + table)


def _tick_label(moment: datetime, span_hours: float) -> str:
    return moment.strftime("%H:%M") if span_hours <= 24 else moment.strftime("%d %b")


def series_chart(title: str, buckets: list[datetime], series: dict[str, list[float | None]], *,
                 stacked: bool = True, unit: str = "", empty: str = "No data in this period.",
                 width: int = 500) -> Markup:
    """Columns (stacked) or lines over time; ``series`` maps a legend name to one value per bucket."""
    values = [v for values in series.values() for v in values if v]
    if not buckets or not values:
        return Markup(f'<p class="empty chart-empty">{escape(empty)}</p>')
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
