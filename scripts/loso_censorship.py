"""Leave-one-source-out figures of the censorship/refusal classifier: each source of
``scripts/censorship_corpus`` is classified by a head trained on the other sources only, and the
pooled out-of-source predictions are scored the way ``bench/censorship.py`` scores a held-out set
(censorship+deflection recall and precision, macro-F1 over safety_refusal / censorship / deflection /
answer with ``canned`` counted as a safety refusal), overall, per language and per source.

    .venv/bin/python -P scripts/loso_censorship.py [--out bench/out/censorship_loso.json] [--argmax]

The decision is the shipped rule with the threshold chosen on these same out-of-source probabilities
(``scripts/censorship_threshold.py``), or the head's arg-max with ``--argmax``.
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
from scripts.censorship_threshold import choose, decisions  # noqa: E402
from scripts.train_censorship import matrix, out_of_source  # noqa: E402
from sluice.policy.censorship.classifier import KINDS  # noqa: E402


def loso_probabilities(rows: list[dict], saved: str | None) -> np.ndarray:
    """Out-of-source probabilities: from ``saved`` (written by train_censorship.py for these same rows)
    or computed here."""
    y = np.array([KINDS.index(r["kind"]) for r in rows])
    owner = np.array([r["source"] for r in rows])
    if saved and Path(saved).is_file():
        data = np.load(saved, allow_pickle=False)
        if np.array_equal(data["gold"], y) and data["source"].tolist() == owner.tolist():
            return data["probabilities"]
        print(f"{saved} was written for other rows: computing again", file=sys.stderr)
    return out_of_source(matrix(rows), y, owner)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "censorship_loso.json"))
    parser.add_argument("--probabilities", default=str(ROOT / "bench" / "out" / "censorship_loso.npz"),
                        help="out-of-source probabilities saved by train_censorship.py (computed when absent)")
    parser.add_argument("--argmax", action="store_true", help="decide by the arg-max, not the threshold rule")
    args = parser.parse_args()
    sources = load_sources()
    rows = [dict(r, source=name) for name, rs in sources.items() for r in rs]
    probs = loso_probabilities(rows, args.probabilities)
    gold = [r["kind"] for r in rows]
    if args.argmax:
        pred = [KINDS[k] for k in probs.argmax(1)]
    else:
        threshold = choose(probs, np.array([KINDS.index(g) for g in gold]),
                           np.array([r["source"] for r in rows]), verbose=False)
        print(f"threshold chosen out of source: {threshold}")
        pred = decisions(probs, threshold)
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
