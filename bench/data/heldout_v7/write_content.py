"""Write the held-out v7 content JSONL file from the hand-written ``cont_*.py`` item modules.

Evaluation only: see README_content.md. Run ``python -P bench/data/heldout_v7/write_content.py``.
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
PREFIX = "heldout-v7/"
CATEGORIES = {
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
}
LANGS = {"en", "de", "fr", "es", "zh", "it", "pt", "nl", "pl"}
MINIMUM = {"content": 600, "category": 30, "safe": 250, "other_lang_share": 0.24}
NEAR = 0.9


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> None:
    norms = [_norm(r["text"]) for r in rows]
    seen: dict[str, str] = {}
    for row, norm in zip(rows, norms):
        if norm in seen:
            raise SystemExit(f"duplicate text ({seen[norm]} / {row['source']}): {norm[:60]!r}")
        seen[norm] = row["source"]
    for i, a in enumerate(norms):
        matcher = difflib.SequenceMatcher(None, b=a, autojunk=False)
        for j in range(i + 1, len(norms)):
            matcher.set_seq1(norms[j])
            if matcher.real_quick_ratio() > NEAR and matcher.quick_ratio() > NEAR and matcher.ratio() > NEAR:
                raise SystemExit(f"near duplicate: {rows[i]['text'][:50]!r} / {rows[j]['text'][:50]!r}")


def content() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("cont_*.py")):
        for family, categories, text in _load(path):
            cats = sorted(set(categories))
            if family.rsplit("-", 1)[-1] not in LANGS:
                raise SystemExit(f"{path.name}: family {family} lacks a language suffix")
            if not isinstance(text, str) or not text.strip():
                raise SystemExit(f"{path.name}: empty or non-string text")
            for cat in cats:
                if cat not in CATEGORIES:
                    raise SystemExit(f"{path.name}: unknown category {cat}")
                if "/" in cat and cat.split("/")[0] not in cats:
                    raise SystemExit(f"{path.name}: {cat} without parent: {text[:50]!r}")
            if family.startswith("safe") == bool(cats):
                raise SystemExit(f"{path.name}: family {family} does not match categories {cats}")
            rows.append({"source": f"{PREFIX}cont-{family}", "text": text, "categories": cats})
    _check_unique(rows)
    return rows


def _check_minimum(cont: list[dict]) -> list[str]:
    short = []
    if len(cont) < MINIMUM["content"]:
        short.append(f"content: {len(cont)} < {MINIMUM['content']}")
    cats = Counter(c for r in cont for c in r["categories"])
    short += [f"category {c}: {cats[c]} < {MINIMUM['category']}" for c in sorted(CATEGORIES)
              if cats[c] < MINIMUM["category"]]
    safe = sum(not r["categories"] for r in cont)
    if safe < MINIMUM["safe"]:
        short.append(f"safe: {safe} < {MINIMUM['safe']}")
    other = sum(not r["source"].endswith("-en") for r in cont) / max(len(cont), 1)
    if other < MINIMUM["other_lang_share"]:
        short.append(f"non-English share: {other:.2f} < {MINIMUM['other_lang_share']}")
    return short


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def main() -> int:
    cont = content()
    with open(HERE / "content.jsonl", "w", encoding="utf-8") as fh:
        for row in cont:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"## content.jsonl ({len(cont)} items)\n")
    print(_table("category", Counter(c for r in cont for c in r["categories"])), "\n")
    print(_table("source", Counter(r["source"].removeprefix(PREFIX + "cont-") for r in cont)), "\n")
    langs = Counter(r["source"].rsplit("-", 1)[-1] for r in cont)
    flagged = Counter(r["source"].rsplit("-", 1)[-1] for r in cont if r["categories"])
    lines = ["| lang | items | flagged | safe |", "|---|---|---|---|"]
    lines += [f"| {k} | {langs[k]} | {flagged[k]} | {langs[k] - flagged[k]} |" for k in sorted(langs)]
    print("\n".join(lines), "\n")
    safe = sum(not r["categories"] for r in cont)
    other = sum(v for k, v in langs.items() if k != "en")
    print(f"safe: {safe}, flagged: {len(cont) - safe}, non-English: {other} ({other / len(cont):.0%})\n")
    short = _check_minimum(cont)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
