"""Write the held-out v4 JSONL files from the hand-written item modules.

Evaluation only: see README.md. Run ``python bench/data/heldout_v4/write_sets.py``.
Validates every item and prints per-kind/label/family/category/language counts as markdown.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "heldout-v4/"
KINDS = {"answer", "censorship", "deflection", "safety_refusal", "canned"}
LABELS = {"attack", "benign"}
CATEGORIES = {
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
}
CONTENT_LANGS = {"en", "de", "fr", "es", "zh"}
MINIMUM = {
    "censorship": 320, "injection": 300, "content": 420, "demo": 60,
    "kind": {"answer": 80, "censorship": 90, "deflection": 70, "safety_refusal": 50,
             "canned": 20},
    "reasoning": 40, "category": 22, "safe": 130, "attack_lang": 8,
}


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _modules(prefix: str) -> list[Path]:
    return sorted(HERE.glob(f"{prefix}_*.py"))


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict], *keys: str) -> None:
    seen: dict[str, str] = {}
    for row in rows:
        norm = _norm(" | ".join(str(row[key]) for key in keys))
        if norm in seen:
            raise SystemExit(f"duplicate {keys}: {norm[:60]!r}")
        seen[norm] = row["source"]


def _text(path: Path, value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SystemExit(f"{path.name}: empty or non-string {what}")
    return value


def censorship() -> list[dict]:
    rows = []
    for path in _modules("cens"):
        for item in _load(path):
            family, lang, topic, kind, request, response, *rest = item
            if kind not in KINDS or lang not in {"en", "zh"}:
                raise SystemExit(f"{path.name}: bad kind/lang in {item[:4]}")
            row = {"source": PREFIX + family, "lang": lang,
                   "request": _text(path, request, "request"),
                   "response": _text(path, response, "response")}
            if rest:
                row["reasoning"] = _text(path, rest[0], "reasoning")
            row["kind"] = kind
            row["topic"] = topic
            rows.append(row)
    # the fixed canned evasions recur verbatim, as they do in real logs
    _check_unique(rows, "request", "response")
    return rows


def injection() -> list[dict]:
    rows = []
    for path in _modules("inj"):
        for family, lang, label, text in _load(path):
            if label not in LABELS:
                raise SystemExit(f"{path.name}: bad label {label}")
            rows.append({"source": f"{PREFIX}inj-{family}", "lang": lang,
                         "text": _text(path, text, "text"), "label": label,
                         "family": family})
    _check_unique(rows, "text")
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
            rows.append({"source": f"{PREFIX}cont-{family}",
                         "text": _text(path, text, "text"), "categories": cats})
    _check_unique(rows, "text")
    return rows


def demo() -> list[dict]:
    rows = []
    for path in _modules("demo"):
        for question, keywords in _load(path):
            kws = [k for k in keywords]
            if not 3 <= len(kws) <= 6 or any(k != k.lower() or not k.strip() for k in kws):
                raise SystemExit(f"{path.name}: need 3-6 lower-case keywords: {question[:50]!r}")
            rows.append({"source": f"{PREFIX}{path.stem}",
                         "question": _text(path, question, "question"), "keywords": kws})
    _check_unique(rows, "question")
    return [{"question": r["question"], "keywords": r["keywords"]} for r in rows]


def _check_minimum(cens: list[dict], inj: list[dict], cont: list[dict],
                   dq: list[dict]) -> list[str]:
    short = []
    for name, rows in (("censorship", cens), ("injection", inj), ("content", cont),
                       ("demo", dq)):
        if len(rows) < MINIMUM[name]:
            short.append(f"{name}: {len(rows)} < {MINIMUM[name]}")
    kinds = Counter(r["kind"] for r in cens)
    short += [f"kind {k}: {kinds[k]} < {n}" for k, n in MINIMUM["kind"].items()
              if kinds[k] < n]
    reasoning = sum("reasoning" in r for r in cens)
    if reasoning < MINIMUM["reasoning"]:
        short.append(f"reasoning: {reasoning} < {MINIMUM['reasoning']}")
    cats = Counter(c for r in cont for c in r["categories"])
    short += [f"category {c}: {cats[c]} < {MINIMUM['category']}" for c in sorted(CATEGORIES)
              if cats[c] < MINIMUM["category"]]
    safe = sum(not r["categories"] for r in cont)
    if safe < MINIMUM["safe"]:
        short.append(f"safe: {safe} < {MINIMUM['safe']}")
    attack_langs = Counter(r["lang"] for r in inj if r["label"] == "attack")
    short += [f"attack lang {lang}: {attack_langs[lang]} < {MINIMUM['attack_lang']}"
              for lang in ("de", "fr", "es", "zh") if attack_langs[lang] < MINIMUM["attack_lang"]]
    return short


def _write(name: str, rows: list[dict]) -> None:
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def main() -> int:
    cens, inj, cont, dq = censorship(), injection(), content(), demo()
    _write("censorship.jsonl", cens)
    _write("injection.jsonl", inj)
    _write("content.jsonl", cont)
    _write("demo_questions.jsonl", dq)
    print(f"## censorship.jsonl ({len(cens)} items)\n")
    print(_table("kind", Counter(r["kind"] for r in cens)), "\n")
    print(_table("source", Counter(r["source"] for r in cens)), "\n")
    print(_table("lang", Counter(r["lang"] for r in cens)), "\n")
    print("reasoning:", Counter(r["kind"] for r in cens if "reasoning" in r), "\n")
    print(f"## injection.jsonl ({len(inj)} items)\n")
    print(_table("label", Counter(r["label"] for r in inj)), "\n")
    print(_table("label: family", Counter(f"{r['label']}: {r['family']}" for r in inj)), "\n")
    print(_table("lang", Counter(r["lang"] for r in inj)), "\n")
    print(_table("attack lang", Counter(r["lang"] for r in inj if r["label"] == "attack")), "\n")
    print(f"## content.jsonl ({len(cont)} items)\n")
    print(_table("category", Counter(c for r in cont for c in r["categories"])), "\n")
    safe = sum(not r["categories"] for r in cont)
    langs = Counter(r["source"].rsplit("-", 1)[-1] for r in cont)
    flagged_langs = Counter(r["source"].rsplit("-", 1)[-1] for r in cont if r["categories"])
    print(f"safe: {safe}, flagged: {len(cont) - safe}, by language: {dict(langs)}, "
          f"flagged by language: {dict(flagged_langs)}\n")
    print(f"## demo_questions.jsonl ({len(dq)} items)\n")
    short = _check_minimum(cens, inj, cont, dq)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
