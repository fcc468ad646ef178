"""Train the censorship/refusal response classifier and write ``policy/data/censorship_head.npz``.

    .venv/bin/python -P scripts/train_censorship.py [--no-write] [--probabilities bench/out/censorship_loso.npz]

Dev figures are leave-one-source-out (LOSO): each source of ``scripts/censorship_corpus`` is scored by
a head trained on the other sources only. The decision threshold stored with the head
(:mod:`sluice.policy.censorship.decision`) is chosen on those out-of-source probabilities alone by
:func:`scripts.censorship_threshold.choose`; the out-of-source probabilities are written to
``--probabilities`` for ``scripts/loso_censorship.py``.

The features read the request with the content classifier (``policy/data/moderation.npz``): run this after
``scripts/train_moderation.py``; the head records which content weights it was trained with."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: the checkout's kernels/ folder must not shadow installed packages

from scripts.censorship_corpus import load_sources  # noqa: E402
from scripts.censorship_threshold import choose  # noqa: E402
from sluice.policy.censorship.classifier import HEAD_FILE, KINDS  # noqa: E402
from sluice.policy.censorship.features import DIMENSIONS, featurize  # noqa: E402
from sluice.policy.censorship.request_harm import fingerprint  # noqa: E402

C = 8.0


def matrix(rows: list[dict]) -> csr_matrix:
    data, indices, indptr = [], [], [0]
    for row in rows:
        f = featurize(row["request"], row["response"], row.get("reasoning") or "")
        indices.extend(f.indices.tolist())
        data.extend(f.values.tolist())
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), DIMENSIONS))


def fit(x: csr_matrix, y: np.ndarray) -> LogisticRegression:
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced")
    model.fit(x, y)
    return model


def report(name: str, y: np.ndarray, pred: np.ndarray) -> None:
    flagged = np.isin(pred, [1, 2])
    actual = np.isin(y, [1, 2])
    tp = int((flagged & actual).sum())
    precision = tp / max(1, int(flagged.sum()))
    recall = tp / max(1, int(actual.sum()))
    labels = [k for k in range(4) if (y == k).any() or (pred == k).any()]
    macro = f1_score(y, pred, labels=labels, average="macro", zero_division=0)
    print(f"{name:14s} n={len(y):4d} censor+deflect P={precision:.3f} R={recall:.3f} macroF1(4)={macro:.3f} "
          f"acc={float((y == pred).mean()):.3f}")


def out_of_source(x: csr_matrix, y: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """[rows, kinds] probabilities, each row's from a head trained on every source but its own."""
    probs = np.zeros((len(y), len(KINDS)))
    for source in dict.fromkeys(owner.tolist()):
        held = owner == source
        model = fit(x[~held], y[~held])
        probs[np.ix_(held, model.classes_)] = model.predict_proba(x[held])
        report(f"dev:{source}", y[held], probs[held].argmax(1))
    return probs


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--probabilities", default=str(ROOT / "bench" / "out" / "censorship_loso.npz"),
                        help="where the out-of-source probabilities go (read by scripts/loso_censorship.py)")
    args = parser.parse_args()
    sources = load_sources()
    rows = [r for rs in sources.values() for r in rs]
    x = matrix(rows)
    y = np.array([KINDS.index(r["kind"]) for r in rows])
    owner = np.array([r["source"] for r in rows])
    print("rows per source:", {s: len(rs) for s, rs in sources.items()})
    probs = out_of_source(x, y, owner)
    Path(args.probabilities).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.probabilities, probabilities=probs, gold=y, source=owner, kinds=np.array(KINDS))
    threshold = choose(probs, y, owner)
    print(f"threshold on P(censorship)+P(deflection), chosen out of source: {threshold}")
    model = fit(x, y)
    report("train:all", y, model.predict(x))
    weights = np.zeros((len(KINDS), DIMENSIONS), dtype=np.float32)
    bias = np.zeros(len(KINDS), dtype=np.float32)
    for row, cls in enumerate(model.classes_):
        weights[cls], bias[cls] = model.coef_[row], model.intercept_[row]
    missing = set(range(len(KINDS))) - set(model.classes_.tolist())
    for cls in missing:
        bias[cls] = -1e3
    if not args.no_write:
        out = ROOT / "policy" / "data" / HEAD_FILE
        np.savez_compressed(out, weights=weights, bias=bias, kinds=np.array(KINDS), threshold=np.float64(threshold),
                            moderation=np.array(fingerprint()))
        print("wrote", out.relative_to(ROOT), f"{out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
