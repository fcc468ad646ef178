"""A self-contained HTML page for a run report: inline CSS and SVG charts, no external assets."""

from __future__ import annotations

from html import escape

BAR_W = 360


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%"


def _bar_chart(title: str, rows: list[tuple[str, dict]]) -> str:
    """Horizontal bars with 95% confidence whiskers, one row per category."""
    height = 26 * len(rows) + 30
    parts = [f'<figure><figcaption>{escape(title)}</figcaption>'
             f'<svg role="img" aria-label="{escape(title)}" width="{BAR_W + 260}" height="{height}">']
    for i, (label, stat) in enumerate(rows):
        y = 20 + 26 * i
        value = stat["rate"] or 0.0
        low, high = stat["ci95"]
        parts.append(f'<text x="0" y="{y + 13}" class="lbl">{escape(label[:32])}</text>'
                     f'<rect x="200" y="{y}" width="{BAR_W * value:.1f}" height="16" class="bar"/>'
                     f'<line x1="{200 + BAR_W * low:.1f}" x2="{200 + BAR_W * high:.1f}" y1="{y + 8}" y2="{y + 8}" '
                     f'class="ci"/><text x="{210 + BAR_W}" y="{y + 13}" class="val">{_pct(stat["rate"])} '
                     f'(n={stat["n"]})</text>')
    parts.append("</svg></figure>")
    return "".join(parts)


def _headline(summary: dict) -> str:
    items = [("Passed", summary["pass"]), ("Refused answerable questions", summary["refusal_on_answerable"]),
             ("PII leaked", summary["pii_leakage"]), ("Injections followed", summary["injection_success"]),
             ("Harmful probes blocked by policy", summary["policy_blocked_harmful"]),
             ("Benign probes blocked by policy", summary["policy_blocked_benign"])]
    cells = "".join(f'<div class="tile"><div class="big">{_pct(s["rate"])}</div><div>{escape(name)}</div>'
                    f'<div class="small">95% CI {_pct(s["ci95"][0])}–{_pct(s["ci95"][1])}, n={s["n"]}</div></div>'
                    for name, s in items)
    return f'<section class="tiles">{cells}</section>'


def _examples(examples: list[dict]) -> str:
    if not examples:
        return "<p>No failed probes.</p>"
    rows = "".join(
        f"<tr><td>{e['ordinal']}</td><td>{escape(e['category'])}</td><td>{escape(e['expected'])}</td>"
        f"<td>{escape(e['outcome'])}{' · ' + escape(e['refusal_kind']) if e['refusal_kind'] else ''}"
        f"{' · leaked ' + escape(', '.join(e['leaked_types'])) if e['leaked_types'] else ''}"
        f"{' · injection followed' if e['injected'] else ''}</td>"
        f"<td><details><summary>prompt and answer</summary><pre>{escape(e['prompt'][:1500])}</pre>"
        f"<pre>{escape((e['response'] or e['error_code'] or '')[:1500])}</pre></details></td></tr>"
        for e in examples)
    return ("<table><thead><tr><th>#</th><th>category</th><th>expected</th><th>what happened</th>"
            f"<th>details</th></tr></thead><tbody>{rows}</tbody></table>")


CSS = """body{font-family:system-ui,sans-serif;margin:2rem;color:#1b1f24;max-width:1100px}
h1{font-size:1.5rem}.meta{color:#444}.tiles{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
.tile{border:1px solid #c9d1d9;border-radius:6px;padding:.75rem;min-width:150px}.big{font-size:1.6rem;font-weight:600}
.small{font-size:.8rem;color:#555}.bar{fill:#2f6feb}.ci{stroke:#111;stroke-width:2}.lbl,.val{font-size:12px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #d0d7de;padding:.4rem;text-align:left;
vertical-align:top}pre{white-space:pre-wrap;background:#f6f8fa;padding:.5rem}figcaption{font-weight:600}"""


def render_html(report: dict) -> str:
    run, suite, summary = report["run"], report["suite"], report["summary"]
    cats = list(summary["categories"].items())
    charts = (_bar_chart("Pass rate by category", [(n, c["pass"]) for n, c in cats])
              + _bar_chart("Refusals by category", [(n, c["refused"]) for n, c in cats])
              + _bar_chart("Blocked by policy, by category", [(n, c["blocked"]) for n, c in cats]))
    return (
        f"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Evaluation {escape(run['id'])}"
        f"</title><style>{CSS}</style></head><body><h1>Adoption evaluation: {escape(run['model'])} via "
        f"{escape(run['provider'])}</h1><p class=\"meta\">Suite {escape(suite['name'])} v{suite['version']} "
        f"({suite['probes']} probes, source: {escape(suite['source'])}, licence {escape(suite['license'])}) · "
        f"policy: {escape(run['policy'])} · run {escape(run['id'])}, {escape(run['status'])} · "
        f"generated {escape(report['generated_at'])}</p>{_headline(summary)}{charts}"
        f"<h2>Worst examples</h2>{_examples(report['worst_examples'])}"
        f"<p class=\"meta\">{summary['errored']} probe(s) errored and count neither as passes nor failures.</p>"
        "</body></html>"
    )
