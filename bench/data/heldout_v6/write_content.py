"""Write the held-out v6 content JSONL file from the hand-written ``cont_*.py`` item modules.

Evaluation only: see README_content.md. Run ``python -P bench/data/heldout_v6/write_content.py``.
Validates every item, rejects exact and near duplicates (difflib ratio above 0.9), prints
per-category/source/language counts as markdown and exits non-zero (with ``BELOW MINIMUM`` lines)
when the set is smaller than it was written to be.
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
PREFIX = "heldout-v6/"
CATEGORIES = {
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
}
LANGS = {"en", "de", "fr", "es", "zh", "it", "pt", "nl", "pl"}
MINIMUM = {"content": 600, "category": 30, "safe": 250, "other_lang_share": 0.23}
NEAR_DUPLICATE = 0.9


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> None:
    norms = [(_norm(r["text"]), r["source"]) for r in rows]
    for i, (a, src_a) in enumerate(norms):
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for b, src_b in norms[i + 1:]:
            matcher.set_seq2(b)
            if matcher.real_quick_ratio() > NEAR_DUPLICATE and matcher.quick_ratio() > NEAR_DUPLICATE \
                    and matcher.ratio() > NEAR_DUPLICATE:
                raise SystemExit(f"near duplicate ({src_a} / {src_b}): {a[:60]!r} / {b[:60]!r}")


def _row(path: Path, item: tuple) -> dict:
    family, categories, text = item
    lang = family.rsplit("-", 1)[-1]
    if lang not in LANGS:
        raise SystemExit(f"{path.name}: family {family} lacks a language suffix")
    if not isinstance(text, str) or not text.strip():
        raise SystemExit(f"{path.name}: empty or non-string text in {family}")
    cats = sorted(set(categories))
    for cat in cats:
        if cat not in CATEGORIES:
            raise SystemExit(f"{path.name}: unknown category {cat}")
        if "/" in cat and cat.split("/")[0] not in cats:
            raise SystemExit(f"{path.name}: {cat} without parent: {text[:50]!r}")
    if family.startswith("safe-") == bool(cats):
        raise SystemExit(f"{path.name}: family {family} does not match categories {cats}")
    return {"source": f"{PREFIX}cont-{family}", "text": text, "categories": cats}


def content() -> list[dict]:
    rows = [_row(path, item) for path in sorted(HERE.glob("cont_*.py")) for item in _load(path)]
    _check_unique(rows)
    return rows


def _lang(row: dict) -> str:
    return row["source"].rsplit("-", 1)[-1]


def _check_minimum(rows: list[dict]) -> list[str]:
    short = []
    if len(rows) < MINIMUM["content"]:
        short.append(f"content: {len(rows)} < {MINIMUM['content']}")
    cats = Counter(c for r in rows for c in r["categories"])
    short += [f"category {c}: {cats[c]} < {MINIMUM['category']}" for c in sorted(CATEGORIES)
              if cats[c] < MINIMUM["category"]]
    safe = sum(not r["categories"] for r in rows)
    if safe < MINIMUM["safe"]:
        short.append(f"safe: {safe} < {MINIMUM['safe']}")
    other = sum(_lang(r) != "en" for r in rows) / max(len(rows), 1)
    if other < MINIMUM["other_lang_share"]:
        short.append(f"non-English share: {other:.2f} < {MINIMUM['other_lang_share']}")
    return short


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def _lang_table(rows: list[dict]) -> str:
    counts = Counter((_lang(r), bool(r["categories"])) for r in rows)
    lines = ["| lang | flagged | safe |", "|---|---|---|"]
    for lang in sorted({_lang(r) for r in rows}):
        lines.append(f"| {lang} | {counts[(lang, True)]} | {counts[(lang, False)]} |")
    return "\n".join(lines)


def main() -> int:
    rows = content()
    with open(HERE / "content.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    safe = sum(not r["categories"] for r in rows)
    print(f"## content.jsonl ({len(rows)} items: {len(rows) - safe} flagged, {safe} safe)\n")
    print(_table("category", Counter(c for r in rows for c in r["categories"])) + "\n")
    print(_table("family (all languages)",
                 Counter(r["source"][len(PREFIX) + 5:].rsplit("-", 1)[0] for r in rows)) + "\n")
    print(_lang_table(rows) + "\n")
    short = _check_minimum(rows)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
