"""Leave-one-source-out figures of the injection classifier: each source of
``scripts/injection_corpus`` is read, the way the detector reads a text (revealed and decoded views,
windows, sentences), by a model trained on the other sources only. Reports the pooled AUPRC, the
lowest threshold with a false-positive rate <= 0.05 and its TPR, the TPR/FPR at that threshold and at
the shipped one (false-positive rate <= 0.04, ``_ship`` keys), per source and per family.

    .venv/bin/python -P scripts/loso_injection.py [--out bench/out/injection_loso.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.metrics import average_precision_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: the checkout's kernels/ folder must not shadow installed packages

from scripts.injection_corpus import sources  # noqa: E402
from scripts.train_injection import MAX_FPR, SHIP_FPR, leave_one_source_out, threshold_at  # noqa: E402
from sluice.policy.detectors.injection_model import input_width  # noqa: E402


def rates(scores: np.ndarray, y: np.ndarray, threshold: float) -> dict:
    out = {}
    if (y == 1).any():
        out["tpr"] = round(float((scores[y == 1] >= threshold).mean()), 3)
    if (y == 0).any():
        out["fpr"] = round(float((scores[y == 0] >= threshold).mean()), 3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "bench" / "out" / "injection_loso.json"))
    args = parser.parse_args()
    corpus = sources()
    loso = leave_one_source_out(corpus, input_width())
    read, y = loso["read"], loso["y"]
    threshold, ship = threshold_at(read, y, MAX_FPR), threshold_at(read, y, SHIP_FPR)
    rows = [dict(r, corpus_source=name) for name, rs in corpus.items() for r in rs]
    report = {"n_attack": int(y.sum()), "n_benign": int((y == 0).sum()),
              "auprc": round(float(average_precision_score(y, read)), 3), "threshold_fpr_0.05": round(threshold, 3),
              **rates(read, y, threshold), "threshold_ship": round(ship, 3),
              **{f"{k}_ship": v for k, v in rates(read, y, ship).items()}, "groups": {}}
    groups = defaultdict(list)
    for i, r in enumerate(rows):
        groups[f"source={r['corpus_source']}"].append(i)
        groups[f"{r['label']}/{r.get('family')}"].append(i)
    for name, idx in sorted(groups.items()):
        idx = np.array(idx)
        report["groups"][name] = {"n": len(idx), **rates(read[idx], y[idx], threshold),
                                  **{f"{k}_ship": v for k, v in rates(read[idx], y[idx], ship).items()}}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=1))
    np.savez_compressed(Path(args.out).with_suffix(".npz"), scores=read, labels=y,
                        sources=np.array([r["corpus_source"] for r in rows]))
    print(f"out-of-source, read as the detector: AUPRC {report['auprc']} threshold {report['threshold_fpr_0.05']} "
          f"TPR {report.get('tpr')} FPR {report.get('fpr')}; shipped threshold {report['threshold_ship']} "
          f"TPR {report.get('tpr_ship')} FPR {report.get('fpr_ship')} (n={report['n_attack']}+{report['n_benign']})")
    for name, g in report["groups"].items():
        print(f"  {name:36s} n={g['n']:4d} " + " ".join(f"{k}={v}" for k, v in g.items() if k != "n"))


if __name__ == "__main__":
    main()
