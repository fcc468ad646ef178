"""Per family and per language of a held-out content set: how many rows the shipped default policy
blocks (safe rows: false blocks; harmful rows of a blocked category: caught) and how many it flags.

    .venv/bin/python -P bench/moderation_families.py [--set v6]

A family is the ``source`` field of ``content.jsonl`` (``heldout-v6/cont-<family>-<lang>``); only
counts are printed, never a row's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: shadows no installed package

from bench.moderation import BLIND, HELDOUT_SETS  # noqa: E402
from sluice.policy.content_rules import verdict  # noqa: E402
from sluice.policy.detectors import create_detector  # noqa: E402
from sluice.policy.loader import default_policy  # noqa: E402


def family_and_lang(source: str) -> tuple[str, str]:
    name = source.split("/", 1)[-1].removeprefix("cont-")
    family, _, lang = name.rpartition("-")
    return (family, lang) if len(lang) == 2 else (name, "?")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", default=BLIND, choices=sorted(HELDOUT_SETS))
    args = parser.parse_args()
    path = HELDOUT_SETS[args.set] / "content.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    detector, cfg = create_detector("moderation"), default_policy().input.content
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        v = verdict(cfg, detector.detect(row["text"]))
        family, lang = family_and_lang(row["source"])
        kind = "harmful" if row["categories"] else "safe"
        for key in ((kind, family), (kind, "lang=" + lang)):
            counts[key][0] += 1
            counts[key][1] += int(v.triggered and v.action == "block")
            counts[key][2] += int(v.triggered)
    print(f"held-out set {args.set}: {len(rows)} rows\n\n| rows | group | n | blocked | flagged or blocked |\n|---|---|---|---|---|")
    for (kind, group), (n, blocked, fired) in sorted(counts.items()):
        print(f"| {kind} | {group} | {n} | {blocked} | {fired} |")


if __name__ == "__main__":
    main()
