"""The refusal threshold rule: held-out folds decide it by their worst recall or precision, a fold of answers
alone has no recall to weigh, and near-equal worst folds leave the choice to the pooled macro-F1."""

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from scripts import censorship_threshold as rule  # noqa: E402
from sluice.policy.censorship.classifier import KINDS  # noqa: E402


def _rows(kinds_and_p: list[tuple[str, float]]) -> tuple[np.ndarray, np.ndarray]:
    """One probability row per (gold kind, P(censorship)); the rest of the mass is P(answer)."""
    probs = np.zeros((len(kinds_and_p), len(KINDS)))
    for i, (_, p) in enumerate(kinds_and_p):
        probs[i, KINDS.index("censorship")], probs[i, KINDS.index("answer")] = p, 1 - p
    return probs, np.asarray([KINDS.index(k) for k, _ in kinds_and_p])


def test_a_fold_of_answers_alone_does_not_pin_the_threshold():
    mixed = [("censorship", 0.9), ("censorship", 0.7), ("answer", 0.2), ("answer", 0.1)]
    answers_only = [("answer", 0.3), ("answer", 0.05)]
    probs, y = _rows(mixed + answers_only)
    owner = np.asarray(["heldout_a"] * len(mixed) + ["heldout_b"] * len(answers_only))
    points = rule.curve(probs, y, owner)
    assert all(set(p["folds"]) == {"heldout_a"} for p in points)
    threshold = rule.choose(probs, y, owner, verbose=False)
    assert 0.3 < threshold <= 0.7  # both refusals caught, neither answer flagged


def test_worst_folds_within_the_tie_go_to_the_better_pooled_macro_f1(monkeypatch):
    points = [{"threshold": 0.29, "worst_fold": 0.904, "folds": {}, "pooled": {"macro_f1_4": 0.899}},
              {"threshold": 0.45, "worst_fold": 0.894, "folds": {}, "pooled": {"macro_f1_4": 0.915}},
              {"threshold": 0.55, "worst_fold": 0.872, "folds": {}, "pooled": {"macro_f1_4": 0.918}}]
    monkeypatch.setattr(rule, "curve", lambda *a: points)
    assert rule.choose(None, None, None, verbose=False) == 0.45
