"""Write the held-out v5 censorship and demo-question JSONL files from the item modules.

Evaluation only: see README_censorship.md. Run
``python bench/data/heldout_v5/write_censorship.py``.
Validates every item and prints per-kind/source/language counts as markdown.
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
KINDS = {"answer", "censorship", "deflection", "safety_refusal", "canned"}
LANGS = {"en", "zh"}
MINIMUM = {
    "censorship": 420, "demo": 60,
    "kind": {"answer": 110, "censorship": 120, "deflection": 100, "safety_refusal": 60,
             "canned": 25},
    "reasoning": 55, "lang": 180, "pairs": 12,
}
TOPIC = re.compile(r"^[a-z][a-z0-9_]*$")


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
        seen[norm] = row.get("source", "")


def _text(path: Path, value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SystemExit(f"{path.name}: empty or non-string {what}")
    return value


def censorship() -> list[dict]:
    rows = []
    for path in _modules("cens"):
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
    # the fixed canned evasions recur verbatim, as they do in real logs
    _check_unique(rows, "request", "response")
    return rows


def demo() -> list[dict]:
    rows = []
    for path in _modules("demo"):
        for question, keywords in _load(path):
            kws = list(keywords)
            if not 3 <= len(kws) <= 6 or any(k != k.lower() or not k.strip() for k in kws):
                raise SystemExit(f"{path.name}: need 3-6 lower-case keywords: {question[:50]!r}")
            rows.append({"source": path.stem, "question": _text(path, question, "question"),
                         "keywords": kws})
    _check_unique(rows, "question")
    return [{"question": r["question"], "keywords": r["keywords"]} for r in rows]


def _pairs(cens: list[dict]) -> int:
    """Requests that appear both with an answer and with a censored or deflected reply."""
    kinds: dict[str, set[str]] = {}
    for row in cens:
        kinds.setdefault(_norm(row["request"]), set()).add(row["kind"])
    return sum("answer" in k and bool(k & {"censorship", "deflection"}) for k in kinds.values())


def _check_minimum(cens: list[dict], dq: list[dict]) -> list[str]:
    short = []
    for name, rows in (("censorship", cens), ("demo", dq)):
        if len(rows) < MINIMUM[name]:
            short.append(f"{name}: {len(rows)} < {MINIMUM[name]}")
    kinds = Counter(r["kind"] for r in cens)
    short += [f"kind {k}: {kinds[k]} < {n}" for k, n in MINIMUM["kind"].items()
              if kinds[k] < n]
    langs = Counter(r["lang"] for r in cens)
    short += [f"lang {k}: {langs[k]} < {MINIMUM['lang']}" for k in sorted(LANGS)
              if langs[k] < MINIMUM["lang"]]
    reasoning = sum("reasoning" in r for r in cens)
    if reasoning < MINIMUM["reasoning"]:
        short.append(f"reasoning: {reasoning} < {MINIMUM['reasoning']}")
    if _pairs(cens) < MINIMUM["pairs"]:
        short.append(f"pairs: {_pairs(cens)} < {MINIMUM['pairs']}")
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
    cens, dq = censorship(), demo()
    _write("censorship.jsonl", cens)
    _write("demo_questions.jsonl", dq)
    print(f"## censorship.jsonl ({len(cens)} items)\n")
    print(_table("kind", Counter(r["kind"] for r in cens)), "\n")
    print(_table("source", Counter(r["source"] for r in cens)), "\n")
    print(_table("lang", Counter(r["lang"] for r in cens)), "\n")
    print(_table("lang: kind", Counter(f"{r['lang']}: {r['kind']}" for r in cens)), "\n")
    print("reasoning:", dict(Counter(r["kind"] for r in cens if "reasoning" in r)), "\n")
    print("paired requests:", _pairs(cens), "\n")
    print(f"## demo_questions.jsonl ({len(dq)} items)\n")
    short = _check_minimum(cens, dq)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
