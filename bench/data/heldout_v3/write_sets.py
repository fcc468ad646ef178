"""Write the held-out v3 JSONL files from the hand-written item modules.

Evaluation only: see README.md. Run ``python bench/data/heldout_v3/write_sets.py``.
Prints per-kind/label/category/language counts as markdown for the README.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "heldout-v3/"
KINDS = {"answer", "censorship", "deflection", "safety_refusal", "canned"}
LABELS = {"attack", "benign"}
CATEGORIES = {
    "harassment", "harassment/threatening", "hate", "hate/threatening", "illicit",
    "illicit/violent", "self-harm", "self-harm/instructions", "self-harm/intent", "sexual",
    "sexual/minors", "violence", "violence/graphic",
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
        norm = _norm(" | ".join(row[key] for key in keys))
        if norm in seen:
            raise SystemExit(f"duplicate {keys}: {norm[:60]!r}")
        seen[norm] = row["source"]


def censorship() -> list[dict]:
    rows = []
    for path in _modules("cens"):
        for item in _load(path):
            family, lang, topic, kind, request, response, *rest = item
            if kind not in KINDS or lang not in {"en", "zh"}:
                raise SystemExit(f"{path.name}: bad kind/lang in {item[:4]}")
            row = {"source": PREFIX + family, "lang": lang, "request": request,
                   "response": response}
            if rest:
                row["reasoning"] = rest[0]
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
            rows.append({"source": f"{PREFIX}inj-{family}", "lang": lang, "text": text,
                         "label": label, "family": family})
    _check_unique(rows, "text")
    return rows


def content() -> list[dict]:
    rows = []
    for path in _modules("cont"):
        for family, categories, text in _load(path):
            cats = sorted(set(categories))
            for cat in cats:
                if cat not in CATEGORIES:
                    raise SystemExit(f"{path.name}: unknown category {cat}")
                if "/" in cat and cat.split("/")[0] not in cats:
                    raise SystemExit(f"{path.name}: {cat} without parent: {text[:50]!r}")
            rows.append({"source": f"{PREFIX}cont-{family}", "text": text,
                         "categories": cats})
    _check_unique(rows, "text")
    return rows


def _write(name: str, rows: list[dict]) -> None:
    with open(HERE / name, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def main() -> int:
    cens, inj, cont = censorship(), injection(), content()
    _write("censorship.jsonl", cens)
    _write("injection.jsonl", inj)
    _write("content.jsonl", cont)
    print(f"## censorship.jsonl ({len(cens)} items)\n")
    print(_table("kind", Counter(r["kind"] for r in cens)), "\n")
    print(_table("lang", Counter(r["lang"] for r in cens)), "\n")
    print("mixed:", sum("mixed" in r["source"] for r in cens),
          "reasoning:", sum("reasoning" in r for r in cens), "\n")
    print(f"## injection.jsonl ({len(inj)} items)\n")
    print(_table("label", Counter(r["label"] for r in inj)), "\n")
    print(_table("label: family", Counter(f"{r['label']}: {r['family']}" for r in inj)), "\n")
    print(_table("lang", Counter(r["lang"] for r in inj)), "\n")
    print(f"## content.jsonl ({len(cont)} items)\n")
    print(_table("category", Counter(c for r in cont for c in r["categories"])), "\n")
    safe = sum(not r["categories"] for r in cont)
    langs = Counter(r["source"].rsplit("-", 1)[-1] for r in cont)
    print(f"safe: {safe}, flagged: {len(cont) - safe}, by source suffix: {dict(langs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
