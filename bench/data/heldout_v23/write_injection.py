"""Write the held-out v23 ``injection.jsonl`` from the hand-written ``inj_*.py`` item modules.

Evaluation only: see README_injection.md. Run ``python3 -P bench/data/heldout_v23/write_injection.py``.
Validates every item, rejects exact and near duplicates (difflib ratio above 0.9 after lower-casing and
dropping punctuation) and modules over 70 items, prints per-label/family/language counts as markdown, and exits non-zero (with
``BELOW MINIMUM`` lines) when the set is smaller than it was written to be.

A copy of ``bench/data/heldout_v22/write_injection.py`` (itself a copy of v21's) with only the prefix and this
docstring changed and ``sys.dont_write_bytecode`` set, so that a plain ``python3 write_injection.py`` leaves no
bytecode cache; the validation, duplicate checks, output fields, language list and minimums are v21's.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.dont_write_bytecode = True  # v23: loading the item modules leaves no __pycache__ here
HERE = Path(__file__).resolve().parent
PREFIX = "heldout-v23/"
LABELS = {"attack", "benign"}
FAMILIES = {
    "attack": {"direct_override", "roleplay_jailbreak", "indirect_document", "hidden_text",
               "encoded_payload", "exfiltration", "multi_turn", "other_language"},
    "benign": {"developer_question", "discuss_injection", "security_training",
               "imperative_document", "harmless_roleplay", "harmless_encoded",
               "everyday_request", "ordinary_multilingual"},
}
LANG = re.compile(r"^[a-z]{2}$")
NEAR = 0.9
MAX_PER_MODULE = 70
MINIMUM = {"items": 360, "attack": 175, "benign": 175, "attack_share": 0.45, "benign_share": 0.45,
           "indirect_document": 55, "imperative_document": 55, "harmless_encoded": 15,
           "hidden_or_encoded_attack": 20, "non_english": 133, "non_english_share": 0.35,
           "non_english_attack": 66, "non_english_benign": 66, "lang_label": 5, "languages": 13}
# attack_share and benign_share both at least 0.45 keep attacks between 45% and 55% of the set.
OTHER_LANGS = ("de", "fr", "es", "zh", "it", "nl", "pl", "pt", "ja", "ru", "tr", "ko")


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> float:
    """Raise on exact or near duplicates; return the highest ratio seen among candidate pairs."""
    norms = [_norm(r["text"]) for r in rows]
    seen: dict[str, int] = {}
    for i, norm in enumerate(norms):
        if norm in seen:
            raise SystemExit(f"duplicate text ({rows[seen[norm]]['source']} / {rows[i]['source']}): {norm[:60]!r}")
        seen[norm] = i
    highest = 0.0
    for i in range(len(norms)):
        matcher = difflib.SequenceMatcher(None, norms[i], autojunk=False)
        for j in range(i + 1, len(norms)):
            matcher.set_seq2(norms[j])
            if matcher.real_quick_ratio() > NEAR and matcher.quick_ratio() > NEAR:
                ratio = matcher.ratio()
                highest = max(highest, ratio)
                if ratio > NEAR:
                    raise SystemExit(f"near duplicate ({ratio:.2f}): {norms[i][:60]!r} / {norms[j][:60]!r}")
    return highest


def injection() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("inj_*.py")):
        items = _load(path)
        if len(items) > MAX_PER_MODULE:
            raise SystemExit(f"{path.name}: {len(items)} items > {MAX_PER_MODULE}")
        for item in items:
            if not isinstance(item, tuple) or len(item) != 4:
                raise SystemExit(f"{path.name}: item is not a (family, lang, label, text) tuple: {item!r:.80}")
            family, lang, label, text = item
            if label not in LABELS:
                raise SystemExit(f"{path.name}: bad label {label!r}")
            if family not in FAMILIES[label]:
                raise SystemExit(f"{path.name}: family {family!r} is not a {label} family")
            if not isinstance(lang, str) or not LANG.match(lang):
                raise SystemExit(f"{path.name}: bad lang {lang!r}")
            if not isinstance(text, str) or not text.strip():
                raise SystemExit(f"{path.name}: empty or non-string text")
            rows.append({"source": f"{PREFIX}inj-{family}", "lang": lang, "text": text,
                         "label": label, "family": family})
    _check_unique(rows)
    return rows


def _check_minimum(rows: list[dict]) -> list[str]:
    short = []
    labels = Counter(r["label"] for r in rows)
    families = Counter(r["family"] for r in rows)
    if len(rows) < MINIMUM["items"]:
        short.append(f"items: {len(rows)} < {MINIMUM['items']}")
    for label in sorted(LABELS):
        if labels[label] < MINIMUM[label]:
            short.append(f"{label}: {labels[label]} < {MINIMUM[label]}")
        share = labels[label] / max(len(rows), 1)
        if share < MINIMUM[f"{label}_share"]:
            short.append(f"{label} share: {share:.2f} < {MINIMUM[f'{label}_share']}")
    for family in ("indirect_document", "imperative_document", "harmless_encoded"):
        if families[family] < MINIMUM[family]:
            short.append(f"family {family}: {families[family]} < {MINIMUM[family]}")
    hidden_encoded = families["hidden_text"] + families["encoded_payload"]
    if hidden_encoded < MINIMUM["hidden_or_encoded_attack"]:
        short.append(f"hidden_text + encoded_payload attacks: {hidden_encoded} < {MINIMUM['hidden_or_encoded_attack']}")
    attack_langs = Counter(r["lang"] for r in rows if r["label"] == "attack")
    benign_langs = Counter(r["lang"] for r in rows if r["label"] == "benign")
    non_english_attack = sum(n for lang, n in attack_langs.items() if lang != "en")
    non_english_benign = sum(n for lang, n in benign_langs.items() if lang != "en")
    if non_english_attack + non_english_benign < MINIMUM["non_english"]:
        short.append(f"items not in English: {non_english_attack + non_english_benign} < {MINIMUM['non_english']}")
    non_english_share = (non_english_attack + non_english_benign) / max(len(rows), 1)
    if non_english_share < MINIMUM["non_english_share"]:
        short.append(f"share not in English: {non_english_share:.3f} < {MINIMUM['non_english_share']}")
    if non_english_attack < MINIMUM["non_english_attack"]:
        short.append(f"attacks not in English: {non_english_attack} < {MINIMUM['non_english_attack']}")
    if non_english_benign < MINIMUM["non_english_benign"]:
        short.append(f"benign items not in English: {non_english_benign} < {MINIMUM['non_english_benign']}")
    for lang in OTHER_LANGS:
        for label, counts in (("attack", attack_langs), ("benign", benign_langs)):
            if counts[lang] < MINIMUM["lang_label"]:
                short.append(f"{label} lang {lang}: {counts[lang]} < {MINIMUM['lang_label']}")
    both = {lang for lang in attack_langs if benign_langs[lang]}
    if len(both) < MINIMUM["languages"]:
        short.append(f"languages with attacks and benign items: {len(both)} < {MINIMUM['languages']}")
    return short


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def _lang_table(rows: list[dict]) -> str:
    counts = Counter((r["lang"], r["label"]) for r in rows)
    lines = ["| lang | attack | benign |", "|---|---|---|"]
    for lang in sorted({r["lang"] for r in rows}):
        lines.append(f"| {lang} | {counts[(lang, 'attack')]} | {counts[(lang, 'benign')]} |")
    return "\n".join(lines)


def main() -> int:
    rows = injection()
    with open(HERE / "injection.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"## injection.jsonl ({len(rows)} items)\n")
    print(_table("label", Counter(r["label"] for r in rows)), "\n")
    print(_table("label: family", Counter(f"{r['label']}: {r['family']}" for r in rows)), "\n")
    print(_lang_table(rows), "\n")
    short = _check_minimum(rows)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
