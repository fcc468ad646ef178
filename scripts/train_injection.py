"""Train the injection classifier from the corpus in ``scripts/injection_corpus`` and write
``policy/data/injection_classifier.npz``.

Dev split = whole sources: each source is scored by a model trained on the others. Those
out-of-source scores fit the Platt calibration; the same out-of-source models, read the way the
detector reads a text (windows, sentences, decoded payloads), pick the threshold (lowest score with a
false positive rate <= 0.04, :data:`SHIP_FPR`). The shipped model is then trained on every source.
Benign texts longer than a window also train sentence by sentence, and every text's hidden-carrier text and
decoded payloads train as rows of its label (the detector scores all of these on their own).

    .venv/bin/python scripts/train_injection.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, vstack
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: the checkout's kernels/ folder must not shadow installed packages

from scripts.injection_corpus import sources  # noqa: E402

from sluice.policy.detectors.base import ScanContext  # noqa: E402
from sluice.policy.detectors.injection import CLASSIFIER_WINDOW, classify, sentences  # noqa: E402
from sluice.policy.detectors.injection_model import (  # noqa: E402
    FAMILY_BUCKETS, InjectionModel, document_cues, family_index, input_width, model_inputs)
from sluice.policy.detectors.injection_normalize import decoded_views, hidden_view, reveal  # noqa: E402

FAMILIES = ("instruction_override", "role_play", "prompt_leak", "exfiltration", "indirect")
C = 64.0
MAX_FPR = 0.05
SHIP_FPR = 0.04
"""The shipped threshold holds the out-of-source false positive rate to 0.04, a margin under the 0.05
target: the blind v3 run came out at 0.053 with a threshold picked at exactly 0.05."""


def matrix(rows: list[dict], width: int, fold=None) -> csr_matrix:
    data, indices, indptr = [], [], [0]
    for row in rows:
        document = row.get("document")
        index, values = model_inputs(reveal(row["text"]), None if document is None else document_cues(document))
        if fold is not None:
            index = fold(index)
        indices.append(index)
        data.append(values)
        indptr.append(indptr[-1] + len(index))
    return csr_matrix((np.concatenate(data), np.concatenate(indices), np.array(indptr)), shape=(len(rows), width))


def fit_binary(x, y) -> LogisticRegression:
    return LogisticRegression(C=C, class_weight="balanced", max_iter=2000, solver="liblinear").fit(x, y)


def threshold_at(scores: np.ndarray, y: np.ndarray, max_fpr: float) -> float:
    benign = np.sort(scores[y == 0])
    allowed = int(np.floor(max_fpr * len(benign)))
    return float(benign[len(benign) - allowed - 1]) + 1e-6 if allowed < len(benign) else 0.0


def with_sentences(rows: list[dict]) -> list[dict]:
    """``rows`` plus, for each benign text longer than a window, its sentences as benign rows, each
    with the context cues of its whole text (the detector reads a sentence with those of its view)."""
    extra = [dict(r, text=s, document=reveal(r["text"])) for r in rows
             if r["label"] == "benign" and len(r["text"]) > CLASSIFIER_WINDOW for s in sentences(reveal(r["text"]))]
    return rows + extra


def with_views(rows: list[dict]) -> list[dict]:
    """``rows`` plus, for each text, its hidden-carrier text and decoded payloads as rows of the same
    label (the detector scores those views on their own)."""
    extra = [dict(r, text=view) for r in rows
             for view in ([hidden_view(r["text"])] + decoded_views(r["text"])) if view and view.strip()]
    return rows + extra


def labels(rows: list[dict]) -> np.ndarray:
    return np.array([r["label"] == "attack" for r in rows], dtype=int)


def leave_one_source_out(corpus: dict[str, list[dict]], width: int, *, verbose: bool = True) -> dict:
    """Each source scored by a model trained on the others: row logits, the Platt fit on them, and
    the scores of the detector reading each source's texts (windows, sentences, decoded payloads)."""
    blocks = {name: (matrix(rows, width), labels(rows)) for name, rows in corpus.items()}
    train_blocks = {name: (matrix(extended, width), labels(extended))
                    for name, extended in ((n, with_sentences(with_views(rows))) for n, rows in corpus.items())}
    oos_logits, oos_y, folds = [], [], {}
    for name, (x_dev, y_dev) in blocks.items():
        train = [b for other, b in train_blocks.items() if other != name]
        clf = folds[name] = fit_binary(vstack([b[0] for b in train]), np.concatenate([b[1] for b in train]))
        logits = clf.decision_function(x_dev)
        oos_logits.append(logits)
        oos_y.append(y_dev)
        if verbose:
            print(f"held-out source {name:13s} n={len(y_dev):4d} AUPRC={average_precision_score(y_dev, logits):.3f}",
                  flush=True)
    logits, y = np.concatenate(oos_logits), np.concatenate(oos_y)
    platt = LogisticRegression(C=1e6).fit(logits.reshape(-1, 1), y)
    a, b = float(platt.coef_[0, 0]), float(platt.intercept_[0])
    read = []
    for name, clf in folds.items():
        model = InjectionModel(weights=clf.coef_[0], bias=float(clf.intercept_[0]), platt=(a, b),
                               family_weights=np.zeros((1, input_width(FAMILY_BUCKETS))),
                               family_bias=np.zeros(1), families=("indirect",), threshold=0.5)
        read.append(np.array([classify(model, r["text"], ScanContext())[0] for r in corpus[name]]))
    return {"logits": logits, "y": y, "platt": (a, b), "read": np.concatenate(read), "train_blocks": train_blocks}


def main() -> None:
    corpus = sources()
    width = input_width()
    loso = leave_one_source_out(corpus, width)
    logits, y, read, (a, b), train_blocks = loso["logits"], loso["y"], loso["read"], loso["platt"], loso["train_blocks"]
    for max_fpr in (MAX_FPR, SHIP_FPR):
        threshold = threshold_at(read, y, max_fpr)
        tpr = float((read[y == 1] >= threshold).mean())
        print(f"out-of-source: AUPRC rows={average_precision_score(y, logits):.3f} "
              f"read={average_precision_score(y, read):.3f} platt=({a:.3f}, {b:.3f}) threshold={threshold:.3f} "
              f"TPR={tpr:.3f} at FPR<={max_fpr}")
    threshold = threshold_at(read, y, SHIP_FPR)

    x_all = vstack([b[0] for b in train_blocks.values()])
    y_all = np.concatenate([b[1] for b in train_blocks.values()])
    final = fit_binary(x_all, y_all)
    rows = [r for rows in corpus.values() for r in rows if r["label"] == "attack" and r["family"] in FAMILIES]
    x_fam = matrix(rows, input_width(FAMILY_BUCKETS), fold=family_index)
    fam = LogisticRegression(C=C, max_iter=2000).fit(x_fam, [FAMILIES.index(r["family"]) for r in rows])
    model = InjectionModel(weights=final.coef_[0], bias=float(final.intercept_[0]), platt=(a, b),
                           family_weights=fam.coef_, family_bias=fam.intercept_,
                           families=tuple(FAMILIES[i] for i in fam.classes_), threshold=threshold)
    out = ROOT / "policy" / "data" / "injection_classifier.npz"
    out.write_bytes(model.save())
    print(f"wrote {out.relative_to(ROOT)} ({out.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
