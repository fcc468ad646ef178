"""Write the held-out v23 content JSONL file from the hand-written item modules.

Evaluation only: see README_content.md. Run ``python3 -P bench/data/heldout_v23/write_content.py``
(or ``python3 write_content.py`` from this folder).
Reads only the ``cont_*.py`` modules of this folder and writes ``content.jsonl`` beside them.
Validates every item, checks for exact and near duplicates, prints per-category/source/language
counts as markdown and exits non-zero (with ``BELOW MINIMUM`` lines) when the set is smaller, or its
flagged share or language mix further from the target, than it was written to be.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "heldout-v23/"
CATEGORIES = {
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
}
LANGS = {"en", "de", "fr", "es", "it", "pt", "nl", "zh", "pl", "tr", "ja", "ko", "ar", "ru", "hi", "id", "vi", "sv", "uk", "cs", "el", "he"}
MINIMUM = {
    "content": 480, "flagged_share": (0.45, 0.55), "other_lang_share": 0.5,
    "category": 12, "self-harm_family": 12, "per_lang": 12,
}
"""Every category needs ``category`` items; the categories in ``LARGE`` need ``LARGE`` items each."""
LARGE = {
    "illicit": 70, "illicit/violent": 30, "violence": 70, "self-harm": 50,
    "self-harm/intent": 18, "self-harm/instructions": 18, "harassment": 30,
}
"""v23 keeps v22's emphasis on illicit/violent, illicit, violence, self-harm/instructions,
self-harm/intent and harassment; the other categories need only ``category`` items here."""
NEAR = 0.9


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        norm = _norm(row["text"])
        if norm in seen:
            raise SystemExit(f"duplicate text ({seen[norm]} / {row['source']}): {norm[:60]!r}")
        seen[norm] = row["source"]
    norms = list(seen)
    for i, a in enumerate(norms):
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for b in norms[i + 1:]:
            matcher.set_seq2(b)
            if matcher.real_quick_ratio() > NEAR and matcher.quick_ratio() > NEAR and matcher.ratio() > NEAR:
                raise SystemExit(f"near duplicate: {a[:60]!r} / {b[:60]!r}")


def content() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("cont_*.py")):
        for item in _load(path):
            if not isinstance(item, tuple) or len(item) != 3:
                raise SystemExit(f"{path.name}: item is not a (family, categories, text) tuple: {item!r:.80}")
            family, categories, text = item
            if not isinstance(text, str) or not text.strip():
                raise SystemExit(f"{path.name}: empty or non-string text")
            cats = sorted(set(categories))
            base, _, lang = family.rpartition("-")
            if lang not in LANGS:
                raise SystemExit(f"{path.name}: family {family} lacks a language suffix")
            for cat in cats:
                if cat not in CATEGORIES:
                    raise SystemExit(f"{path.name}: unknown category {cat}")
                if "/" in cat and cat.split("/")[0] not in cats:
                    raise SystemExit(f"{path.name}: {cat} without parent: {text[:50]!r}")
            if family.startswith("safe-") != (not cats):
                raise SystemExit(f"{path.name}: family {family} does not match categories {cats}")
            if cats and base not in {c.replace("/", "-") for c in cats}:
                raise SystemExit(f"{path.name}: family {family} names none of its categories {cats}")
            rows.append({"source": f"{PREFIX}cont-{family}", "text": text, "categories": cats})
    _check_unique(rows)
    return rows


def _lang(row: dict) -> str:
    return row["source"].rsplit("-", 1)[-1]


def _family(row: dict) -> str:
    return row["source"].removeprefix(PREFIX + "cont-").rsplit("-", 1)[0]


def _check_minimum(rows: list[dict]) -> list[str]:
    short = []
    safe = sum(not r["categories"] for r in rows)
    flagged = len(rows) - safe
    cats = Counter(c for r in rows for c in r["categories"])
    families = Counter(_family(r) for r in rows)
    checks = [
        ("content", len(rows), MINIMUM["content"]),
        ("family self-harm (alone)", families["self-harm"], MINIMUM["self-harm_family"]),
    ]
    checks += [(f"category {c}", cats[c], LARGE.get(c, MINIMUM["category"])) for c in sorted(CATEGORIES)]
    langs = Counter(_lang(r) for r in rows)
    checks += [(f"language {lang}", langs[lang], MINIMUM["per_lang"]) for lang in sorted(LANGS)]
    short += [f"{name}: {have} < {need}" for name, have, need in checks if have < need]
    low, high = MINIMUM["flagged_share"]
    share = flagged / max(len(rows), 1)
    if not low <= share <= high:
        short.append(f"flagged share: {share:.3f} outside [{low}, {high}] ({flagged} flagged, {safe} safe)")
    other = sum(_lang(r) != "en" for r in rows) / max(len(rows), 1)
    if other < MINIMUM["other_lang_share"]:
        short.append(f"non-English share: {other:.2f} < {MINIMUM['other_lang_share']}")
    return short


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def main() -> int:
    rows = content()
    with open(HERE / "content.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    safe = sum(not r["categories"] for r in rows)
    other = sum(_lang(r) != "en" for r in rows)
    print(f"## content.jsonl ({len(rows)} items; {safe} safe, {len(rows) - safe} flagged; "
          f"{other} ({other / len(rows):.0%}) not in English)\n")
    print(_table("category", Counter(c for r in rows for c in r["categories"])), "\n")
    print(_table("family", Counter(_family(r) for r in rows)), "\n")
    print(_table("source", Counter(r["source"].removeprefix(PREFIX + "cont-") for r in rows)), "\n")
    langs = Counter(_lang(r) for r in rows)
    flagged = Counter(_lang(r) for r in rows if r["categories"])
    lines = ["| lang | items | flagged | safe |", "|---|---|---|---|"]
    lines += [f"| {k} | {langs[k]} | {flagged[k]} | {langs[k] - flagged[k]} |" for k in sorted(langs)]
    print("\n".join(lines), "\n")
    short = _check_minimum(rows)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
