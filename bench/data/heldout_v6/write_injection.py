"""Write the held-out v6 injection JSONL file from the hand-written ``inj_*.py`` item modules.

Evaluation only: see README_injection.md. Run ``python -P bench/data/heldout_v6/write_injection.py``.
Validates every item, rejects exact and near duplicates (difflib ratio above 0.9), prints counts per
label, family and language as markdown, and exits non-zero with ``BELOW MINIMUM`` lines when the set
is smaller than it was written to be.
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
sys.path.append(str(HERE))  # item modules import codec_inj
PREFIX = "heldout-v6/"
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
MINIMUM = {"items": 420, "attack_share": (0.45, 0.55), "attack_lang": 10,
           "big_langs": ("de", "fr", "es", "zh"), "other_langs": 5}


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> None:
    norms = [_norm(r["text"]) for r in rows]
    for i, a in enumerate(norms):
        for j in range(i + 1, len(norms)):
            b = norms[j]
            matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
            if a == b or (matcher.real_quick_ratio() > NEAR and matcher.quick_ratio() > NEAR
                          and matcher.ratio() > NEAR):
                raise SystemExit(f"near duplicate ({rows[i]['source']} / {rows[j]['source']}): "
                                 f"{a[:50]!r} ~ {b[:50]!r}")


def injection() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("inj_*.py")):
        for family, lang, label, text in _load(path):
            if label not in LABELS:
                raise SystemExit(f"{path.name}: bad label {label!r}")
            if family not in FAMILIES[label]:
                raise SystemExit(f"{path.name}: family {family!r} is not a {label} family")
            if not LANG.match(lang):
                raise SystemExit(f"{path.name}: bad lang {lang!r}")
            if not isinstance(text, str) or not text.strip():
                raise SystemExit(f"{path.name}: empty or non-string text")
            rows.append({"source": f"{PREFIX}inj-{family}", "lang": lang, "text": text,
                         "label": label, "family": family})
    _check_unique(rows)
    return rows


def _check_minimum(rows: list[dict]) -> list[str]:
    short = []
    if len(rows) < MINIMUM["items"]:
        short.append(f"items: {len(rows)} < {MINIMUM['items']}")
    share = sum(r["label"] == "attack" for r in rows) / max(len(rows), 1)
    low, high = MINIMUM["attack_share"]
    if not low <= share <= high:
        short.append(f"attack share {share:.2f} outside {low}-{high}")
    attack_langs = Counter(r["lang"] for r in rows if r["label"] == "attack")
    short += [f"attack lang {lang}: {attack_langs[lang]} < {MINIMUM['attack_lang']}"
              for lang in MINIMUM["big_langs"] if attack_langs[lang] < MINIMUM["attack_lang"]]
    others = set(attack_langs) - set(MINIMUM["big_langs"]) - {"en"}
    if len(others) < MINIMUM["other_langs"]:
        short.append(f"further attack languages: {len(others)} < {MINIMUM['other_langs']}")
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
