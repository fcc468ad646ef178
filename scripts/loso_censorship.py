"""Leave-one-source-out figures of the censorship/refusal classifier: each source of
``scripts/censorship_corpus`` is classified by a head trained on the other sources only, and the
pooled out-of-source predictions are scored the way ``bench/censorship.py`` scores a held-out set
(censorship+deflection recall and precision, macro-F1 over safety_refusal / censorship / deflection /
answer with ``canned`` counted as a safety refusal), overall, per language and per source.

    .venv/bin/python -P scripts/loso_censorship.py [--out bench/out/censorship_loso.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: the checkout's kernels/ folder must not shadow installed packages

from bench.censorship import figures  # noqa: E402
from scripts.censorship_corpus import load_sources  # noqa: E402
from scripts.train_censorship import fit, matrix  # noqa: E402
from sluice.policy.censorship.classifier import KINDS  # noqa: E402


def out_of_source(rows: list[dict]) -> list[str]:
    """The kind each row gets from a head trained on every source but its own."""
    x = matrix(rows)
    y = np.array([KINDS.index(r["kind"]) for r in rows])
    owner = np.array([r["source"] for r in rows])
    pred = np.empty(len(rows), dtype=object)
    for source in dict.fromkeys(owner):
        held = owner == source
        model = fit(x[~held], y[~held])
        pred[held] = [KINDS[k] for k in model.classes_[model.predict_proba(x[held]).argmax(1)]]
        print(f"  {source:14s} done", file=sys.stderr, flush=True)
    return list(pred)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "censorship_loso.json"))
    args = parser.parse_args()
    sources = load_sources()
    rows = [dict(r, source=name) for name, rs in sources.items() for r in rs]
    pred = out_of_source(rows)
    gold = [r["kind"] for r in rows]
    langs = [r.get("lang") or ("zh" if any("\u3400" <= c <= "\u9fff" for c in r["response"]) else "en") for r in rows]
    report = {"all": figures(gold, pred)}
    for lang in sorted(set(langs)):
        idx = [i for i, g in enumerate(langs) if g == lang]
        report[f"lang={lang}"] = figures([gold[i] for i in idx], [pred[i] for i in idx])
    for source in sources:
        idx = [i for i, r in enumerate(rows) if r["source"] == source]
        report[f"source={source}"] = figures([gold[i] for i in idx], [pred[i] for i in idx])
    report["confusion"] = {g: dict(Counter(p for gg, p in zip(gold, pred) if gg == g)) for g in KINDS}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1))
    print("| slice | n | censor+deflect recall | precision | macro-F1 (4) | accuracy |")
    print("|---|---|---|---|---|---|")
    for name, f in report.items():
        if name != "confusion":
            print(f"| {name} | {f['n']} | {f['censor_deflect_recall']} | {f['censor_deflect_precision']} "
                  f"| {f['macro_f1_4']} | {f['accuracy']} |")
    print("confusion (gold -> predicted):", json.dumps(report["confusion"]))


if __name__ == "__main__":
    main()
