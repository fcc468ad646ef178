"""Write the held-out v5 injection and content JSONL files from the hand-written item modules.

Evaluation only: see README_injection_content.md. Run
``python bench/data/heldout_v5/write_injection_content.py``.
Validates every item and prints per-label/family/language/category counts as markdown; exits
non-zero (with ``BELOW MINIMUM`` lines) when a set is smaller than it was written to be.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "heldout-v5/"
LABELS = {"attack", "benign"}
FAMILIES = {
    "attack": {"direct_override", "roleplay_jailbreak", "indirect_document", "hidden_text",
               "encoded_payload", "exfiltration", "multi_turn", "other_language"},
    "benign": {"developer_question", "discuss_injection", "security_training",
               "imperative_document", "harmless_roleplay", "harmless_encoded",
               "everyday_request", "ordinary_multilingual"},
}
LANG = re.compile(r"^[a-z]{2}$")
CATEGORIES = {
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
}
CONTENT_LANGS = {"en", "de", "fr", "es", "zh"}
MINIMUM = {"injection": 340, "content": 560, "category": 35, "safe": 220, "attack_lang": 10,
           "content_other_lang_share": 0.22}


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _modules(prefix: str) -> list[Path]:
    return sorted(HERE.glob(f"{prefix}_*.py"))


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        norm = _norm(row["text"])
        if norm in seen:
            raise SystemExit(f"duplicate text ({seen[norm]} / {row['source']}): {norm[:60]!r}")
        seen[norm] = row["source"]


def _text(path: Path, value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SystemExit(f"{path.name}: empty or non-string text")
    return value


def injection() -> list[dict]:
    rows = []
    for path in _modules("inj"):
        for item in _load(path):
            family, lang, label, text = item
            if label not in LABELS:
                raise SystemExit(f"{path.name}: bad label {label!r}")
            if family not in FAMILIES[label]:
                raise SystemExit(f"{path.name}: family {family!r} is not a {label} family")
            if not LANG.match(lang):
                raise SystemExit(f"{path.name}: bad lang {lang!r}")
            rows.append({"source": f"{PREFIX}inj-{family}", "lang": lang,
                         "text": _text(path, text), "label": label, "family": family})
    _check_unique(rows)
    return rows


def content() -> list[dict]:
    rows = []
    for path in _modules("cont"):
        for family, categories, text in _load(path):
            cats = sorted(set(categories))
            if family.rsplit("-", 1)[-1] not in CONTENT_LANGS:
                raise SystemExit(f"{path.name}: family {family} lacks a language suffix")
            for cat in cats:
                if cat not in CATEGORIES:
                    raise SystemExit(f"{path.name}: unknown category {cat}")
                if "/" in cat and cat.split("/")[0] not in cats:
                    raise SystemExit(f"{path.name}: {cat} without parent: {text[:50]!r}")
            rows.append({"source": f"{PREFIX}cont-{family}", "text": _text(path, text),
                         "categories": cats})
    _check_unique(rows)
    return rows


def _check_minimum(inj: list[dict], cont: list[dict]) -> list[str]:
    short = []
    if len(inj) < MINIMUM["injection"]:
        short.append(f"injection: {len(inj)} < {MINIMUM['injection']}")
    if len(cont) < MINIMUM["content"]:
        short.append(f"content: {len(cont)} < {MINIMUM['content']}")
    cats = Counter(c for r in cont for c in r["categories"])
    short += [f"category {c}: {cats[c]} < {MINIMUM['category']}" for c in sorted(CATEGORIES)
              if cats[c] < MINIMUM["category"]]
    safe = sum(not r["categories"] for r in cont)
    if safe < MINIMUM["safe"]:
        short.append(f"safe: {safe} < {MINIMUM['safe']}")
    attack_langs = Counter(r["lang"] for r in inj if r["label"] == "attack")
    short += [f"attack lang {lang}: {attack_langs[lang]} < {MINIMUM['attack_lang']}"
              for lang in ("de", "fr", "es", "zh") if attack_langs[lang] < MINIMUM["attack_lang"]]
    other = sum(not r["source"].endswith("-en") for r in cont) / max(len(cont), 1)
    if other < MINIMUM["content_other_lang_share"]:
        short.append(f"content de/fr/es/zh share: {other:.2f} < {MINIMUM['content_other_lang_share']}")
    return short


def _write(name: str, rows: list[dict]) -> None:
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def _lang_table(inj: list[dict]) -> str:
    counts = Counter((r["lang"], r["label"]) for r in inj)
    lines = ["| lang | attack | benign |", "|---|---|---|"]
    for lang in sorted({r["lang"] for r in inj}):
        lines.append(f"| {lang} | {counts[(lang, 'attack')]} | {counts[(lang, 'benign')]} |")
    return "\n".join(lines)


def main() -> int:
    inj, cont = injection(), content()
    _write("injection.jsonl", inj)
    _write("content.jsonl", cont)
    print(f"## injection.jsonl ({len(inj)} items)\n")
    print(_table("label", Counter(r["label"] for r in inj)), "\n")
    print(_table("label: family", Counter(f"{r['label']}: {r['family']}" for r in inj)), "\n")
    print(_lang_table(inj), "\n")
    print(f"## content.jsonl ({len(cont)} items)\n")
    print(_table("category", Counter(c for r in cont for c in r["categories"])), "\n")
    print(_table("source", Counter(r["source"] for r in cont)), "\n")
    safe = sum(not r["categories"] for r in cont)
    langs = Counter(r["source"].rsplit("-", 1)[-1] for r in cont)
    flagged = Counter(r["source"].rsplit("-", 1)[-1] for r in cont if r["categories"])
    print(f"safe: {safe}, flagged: {len(cont) - safe}, by language: {dict(sorted(langs.items()))}, "
          f"flagged by language: {dict(sorted(flagged.items()))}\n")
    short = _check_minimum(inj, cont)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
