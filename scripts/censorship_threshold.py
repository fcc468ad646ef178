"""The decision threshold of the censorship/refusal classifier, chosen on out-of-source probabilities.

Rule (``sluice.policy.censorship.decision``): a non-answer when P(censorship) + P(deflection) >= t. The
chosen t maximises the worst censorship+deflection recall or precision over the folds that are
independently written held-out sets holding non-answers (``heldout_*`` sources, each scored by a head
that never saw it): those folds behave most like a blind set, and taking the worst fold and the worse
of the two figures leaves a margin on both. Ties (within ``FOLD_TIE``) go to the t with the higher
pooled macro-F1 (4 kinds), then the higher t. Nothing here reads a set that is not a training source."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.append(str(Path(__file__).resolve().parent.parent))  # last: shadows no installed package

from bench.censorship import figures  # noqa: E402
from sluice.policy.censorship.classifier import KINDS  # noqa: E402
from sluice.policy.censorship.decision import decide  # noqa: E402

GRID = tuple(round(t, 3) for t in np.arange(0.02, 0.601, 0.01))
HELDOUT_PREFIX = "heldout_"
FOLD_TIE = 0.01
"""Worst-fold figures this close count as a tie (two rows of a fold of about 190 non-answers): among them
the pooled macro-F1 decides, so that one or two rows of one fold do not drag the threshold across the
answers that hedge."""
NON_ANSWERS = ("censorship", "deflection")
"""A held-out fold counts only if it holds non-answers: a set of answers alone has no recall to weigh."""


def decisions(probs: np.ndarray, threshold: float) -> list[str]:
    """The decided kind of each row of a [rows, kinds] probability matrix."""
    return [decide(dict(zip(KINDS, row.tolist())), threshold)[0] for row in probs]


def curve(probs: np.ndarray, y: np.ndarray, owner: np.ndarray) -> list[dict]:
    """Per threshold: the worst held-out fold's min(recall, precision) and the pooled figures."""
    gold = [KINDS[k] for k in y]
    non_answers = {s for s, g in zip(owner.tolist(), gold) if g in NON_ANSWERS}
    folds = sorted({s for s in owner.tolist() if s.startswith(HELDOUT_PREFIX) and s in non_answers})
    if not folds:
        raise ValueError("no heldout_* source to choose the threshold on")
    points = []
    for t in GRID:
        pred = decisions(probs, t)
        per_fold = {}
        for fold in folds:
            idx = np.flatnonzero(owner == fold)
            f = figures([gold[i] for i in idx], [pred[i] for i in idx])
            per_fold[fold] = min(f["censor_deflect_recall"], f["censor_deflect_precision"])
        points.append({"threshold": t, "worst_fold": min(per_fold.values()), "folds": per_fold,
                       "pooled": figures(gold, pred)})
    return points


def choose(probs: np.ndarray, y: np.ndarray, owner: np.ndarray, verbose: bool = True) -> float:
    points = curve(probs, y, owner)
    if verbose:
        for p in points:
            f = p["pooled"]
            print(f"  t={p['threshold']:.2f} worst held-out fold min(R,P)={p['worst_fold']:.3f} "
                  f"pooled R={f['censor_deflect_recall']} P={f['censor_deflect_precision']} F1={f['macro_f1_4']} "
                  + " ".join(f"{k}={v:.3f}" for k, v in p["folds"].items()))
    top = max(p["worst_fold"] for p in points)
    near = [p for p in points if p["worst_fold"] >= top - FOLD_TIE]
    best = max(near, key=lambda p: (p["pooled"]["macro_f1_4"], p["threshold"]))
    return float(best["threshold"])
