"""Out-of-source scores of chosen ``moderation`` training sources, each scored by a model trained on every other
source, per category, and the share of their safe rows the shipped default policy blocks (a faster subset of
``scripts/loso_moderation.py``, whose thresholds need every fold).

    .venv/bin/python -P scripts/loso_folds_moderation.py heldout_v4 harm_requests_en protection+framings

A fold joined with ``+`` holds out its sources together (one model for all of them, each reported alone).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.append(str(Path(__file__).resolve().parent))
import moderation_sources as sources  # noqa: E402
from train_moderation import load, matrix, train  # noqa: E402

from sluice.policy.loader import default_policy  # noqa: E402
from sluice.policy.moderation import CATEGORIES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folds", nargs="+", help=f"sources, or sources joined with '+': {', '.join(sorted(sources.TRAIN))}")
    parser.add_argument("--c", type=float, default=8.0)
    args = parser.parse_args()
    rows = load(sources.TRAIN)
    x = matrix([r[0] for r in rows]).tocsr()
    names = np.asarray([r[2] for r in rows])
    rules = default_policy().input.content
    cuts = np.asarray([rules.rule(c)[0] for c in CATEGORIES])
    blocks = np.asarray([rules.rule(c)[1] == "block" for c in CATEGORIES])
    folds = [fold.split("+") for fold in args.folds]
    unknown = {name for fold in folds for name in fold} - set(sources.TRAIN)
    if unknown:
        parser.error(f"unknown sources {sorted(unknown)}")
    for fold in folds:
        keep = np.flatnonzero(~np.isin(names, fold))
        model = train([rows[i] for i in keep], args.c, x[keep])
        for name in fold:
            report(name, np.flatnonzero(names == name), rows, x, model, cuts, blocks)


def report(name, mine, rows, x, model, cuts, blocks) -> None:
    """Out-of-source AUPRC per category of one source, and the share of its safe rows the default policy blocks."""
    from sklearn.metrics import average_precision_score

    scores = 1.0 / (1.0 + np.exp(-(x[mine] @ model.weights + model.bias)))
    labels = [rows[i][1] for i in mine]
    safe = np.asarray([not lab for lab in labels])
    blocked = ((scores >= cuts) & blocks).any(axis=1)
    unsafe_blocked = [bool(set(lab) & {c for c, b in zip(CATEGORIES, blocks) if b}) for lab in labels]
    target = np.asarray(unsafe_blocked)
    print(f"{name}: {len(mine)} rows, safe blocked {blocked[safe].mean():.3f} ({blocked[safe].sum()}/{safe.sum()}), "
          f"blocked-category rows blocked {blocked[target].mean() if target.any() else float('nan'):.3f}", flush=True)
    for k, cat in enumerate(CATEGORIES):
        y = np.asarray([cat in lab for lab in labels])
        if 3 <= y.sum() < len(y):
            print(f"  {cat:24s} n={y.sum():3d} AUPRC {average_precision_score(y, scores[:, k]):.3f}", flush=True)


if __name__ == "__main__":
    main()
