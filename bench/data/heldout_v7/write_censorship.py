"""Write the held-out v7 censorship JSONL file from the item modules.

Evaluation only: see README_censorship.md. Run
``python bench/data/heldout_v7/write_censorship.py``.
Validates every item, rejects exact and near duplicates and prints per-kind/source/language counts
as markdown.
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
KINDS = {"answer", "censorship", "deflection", "safety_refusal", "canned"}
LANGS = {"en", "zh"}
MINIMUM = {
    "censorship": 320,
    "kind": {"answer": 80, "censorship": 70, "deflection": 55, "safety_refusal": 35,
             "canned": 18},
    "reasoning": 30, "lang": 140, "pairs": 12,
}
NEAR = 0.9
TOPIC = re.compile(r"^[a-z][a-z0-9_]*$")


def _load(path: Path) -> list[tuple]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _check_unique(rows: list[dict]) -> None:
    """Reject exact (normalised) and near duplicates of request + response."""
    texts = [_norm(row["request"] + " | " + row["response"]) for row in rows]
    seen: set[str] = set()
    for text in texts:
        if text in seen:
            raise SystemExit(f"duplicate: {text[:60]!r}")
        seen.add(text)
    for i, a in enumerate(texts):
        matcher = difflib.SequenceMatcher(None, a, autojunk=False)
        for b in texts[i + 1:]:
            matcher.set_seq1(b)
            if matcher.real_quick_ratio() > NEAR and matcher.quick_ratio() > NEAR \
                    and matcher.ratio() > NEAR:
                raise SystemExit(f"near duplicate:\n  {a[:70]!r}\n  {b[:70]!r}")


def _text(path: Path, value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SystemExit(f"{path.name}: empty or non-string {what}")
    return value


def censorship() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("cens_*.py")):
        for item in _load(path):
            if len(item) not in (6, 7):
                raise SystemExit(f"{path.name}: item needs 6 or 7 fields: {item[:4]}")
            family, lang, topic, kind, request, response, *rest = item
            if kind not in KINDS or lang not in LANGS or not TOPIC.match(topic):
                raise SystemExit(f"{path.name}: bad kind/lang/topic in {item[:4]}")
            row = {"source": PREFIX + family, "lang": lang,
                   "request": _text(path, request, "request"),
                   "response": _text(path, response, "response")}
            if rest:
                row["reasoning"] = _text(path, rest[0], "reasoning")
            row["kind"] = kind
            row["topic"] = topic
            rows.append(row)
    _check_unique(rows)
    return rows


def _pairs(rows: list[dict]) -> int:
    """Requests that appear both with an answer and with a censored or deflected reply."""
    kinds: dict[str, set[str]] = {}
    for row in rows:
        kinds.setdefault(_norm(row["request"]), set()).add(row["kind"])
    return sum("answer" in k and bool(k & {"censorship", "deflection"}) for k in kinds.values())


def _check_minimum(rows: list[dict]) -> list[str]:
    short = []
    if len(rows) < MINIMUM["censorship"]:
        short.append(f"censorship: {len(rows)} < {MINIMUM['censorship']}")
    kinds = Counter(r["kind"] for r in rows)
    short += [f"kind {k}: {kinds[k]} < {n}" for k, n in MINIMUM["kind"].items() if kinds[k] < n]
    langs = Counter(r["lang"] for r in rows)
    short += [f"lang {k}: {langs[k]} < {MINIMUM['lang']}" for k in sorted(LANGS)
              if langs[k] < MINIMUM["lang"]]
    reasoning = sum("reasoning" in r for r in rows)
    if reasoning < MINIMUM["reasoning"]:
        short.append(f"reasoning: {reasoning} < {MINIMUM['reasoning']}")
    if _pairs(rows) < MINIMUM["pairs"]:
        short.append(f"pairs: {_pairs(rows)} < {MINIMUM['pairs']}")
    return short


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def main() -> int:
    rows = censorship()
    with open(HERE / "censorship.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"## censorship.jsonl ({len(rows)} items)\n")
    print(_table("kind", Counter(r["kind"] for r in rows)), "\n")
    print(_table("source", Counter(r["source"] for r in rows)), "\n")
    print(_table("lang", Counter(r["lang"] for r in rows)), "\n")
    print(_table("lang: kind", Counter(f"{r['lang']}: {r['kind']}" for r in rows)), "\n")
    print("reasoning:", dict(Counter(r["kind"] for r in rows if "reasoning" in r)), "\n")
    print("paired requests:", _pairs(rows), "\n")
    short = _check_minimum(rows)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
