"""Write the held-out v23 censorship JSONL file from the item modules.

Evaluation only: see README_censorship.md. Run
``python3 bench/data/heldout_v23/write_censorship.py``.
Reads only the ``cens_*.py`` item modules in this folder (other files here belong to other sets) and
writes ``censorship.jsonl``.
Validates every item, rejects exact and near duplicates and prints per-kind/source/language counts
as markdown. Exits non-zero, with ``BELOW MINIMUM`` lines, if the set is under its minimum sizes
(including a minimum Chinese share of the items).

Copied from the v22 writer (itself copied from v21, adapted from v20 and v19): same validation,
the same near-duplicate search (one function used by both the check and the README figure) and the
same self-test, which runs first and stops the writer if the check would not reject a made-up
near-duplicate pair. Only the source prefix (``heldout-v23/``) and this docstring differ; the
minimum sizes are v22's (per language, and a Chinese share of at least 0.40).
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
KINDS = {"answer", "censorship", "deflection", "safety_refusal", "canned"}
LANGS = {"en", "zh"}
REQUIRED = ("family", "lang", "topic", "kind", "request", "response")
OPTIONAL = ("reasoning",)
MINIMUM = {
    "items": 300,
    "kind": {"answer": 115, "censorship": 70, "deflection": 50, "safety_refusal": 35,
             "canned": 20},
    "lang": {"en": 150, "zh": 125},
    "zh_share": 0.40,
}
NEAR = 0.9
TOPIC = re.compile(r"^[a-z][a-z0-9_]*$")
FAMILY = re.compile(r"^[a-z][a-z0-9-]*$")


def _load(path: Path) -> list[dict]:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.ITEMS)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _texts(rows: list[dict]) -> list[str]:
    return [_norm(row["request"] + " | " + row["response"]) for row in rows]


def _closest(texts: list[str]) -> tuple[float, str, str]:
    """Highest difflib ratio between any two texts, with the pair.

    The text compared against is passed as ``b`` (seq2, which difflib caches) and each other text
    is set as seq1; passing it positionally as ``a`` would leave seq2 empty and every ratio 0.
    ``real_quick_ratio`` and ``quick_ratio`` are upper bounds of ``ratio``, so pairs that cannot
    beat the best so far are skipped without changing the result.
    """
    best, pair = 0.0, ("", "")
    for i, a in enumerate(texts):
        matcher = difflib.SequenceMatcher(None, b=a, autojunk=False)  # a is seq2 (cached)
        for b in texts[i + 1:]:
            matcher.set_seq1(b)
            if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                ratio = matcher.ratio()
                if ratio > best:
                    best, pair = ratio, (a, b)
    return best, pair[0], pair[1]


def _self_test() -> None:
    """The near-duplicate check must fire on a made-up near pair and stay quiet on a distinct one."""
    near = [_norm("Who is Peng Shuai? | Sorry, that's beyond my current scope. Let's talk about "
                  "something else."),
            _norm("Who is Ai Weiwei? | Sorry, that's beyond my current scope. Let's talk about "
                  "something else.")]
    far = [_norm("Capital of Turkey? | Ankara."), _norm("7乘8 | 56")]
    if _closest(near)[0] <= NEAR or _closest(far)[0] > NEAR:
        raise SystemExit("self-test failed: the near-duplicate check does not work")


def _check_unique(rows: list[dict]) -> None:
    """Reject exact (normalised) and near duplicates (ratio above NEAR) of request + response."""
    texts = _texts(rows)
    seen: set[str] = set()
    for text in texts:
        if text in seen:
            raise SystemExit(f"duplicate: {text[:60]!r}")
        seen.add(text)
    ratio, a, b = _closest(texts)
    if ratio > NEAR:
        raise SystemExit(f"near duplicate ({ratio:.2f}):\n  {a[:70]!r}\n  {b[:70]!r}")


def _max_ratio(rows: list[dict]) -> float:
    """Highest difflib ratio between any two items (request + response), for the README."""
    return _closest(_texts(rows))[0]


def _text(path: Path, value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SystemExit(f"{path.name}: empty or non-string {what}")
    return value


def censorship() -> list[dict]:
    rows = []
    for path in sorted(HERE.glob("cens_*.py")):
        for item in _load(path):
            if not isinstance(item, dict):
                raise SystemExit(f"{path.name}: item is not a dict: {item!r:.80}")
            missing = [key for key in REQUIRED if key not in item]
            extra = [key for key in item if key not in REQUIRED + OPTIONAL]
            if missing or extra:
                raise SystemExit(f"{path.name}: missing {missing} / unknown {extra} in "
                                 f"{item.get('request', '')!r:.60}")
            family, lang, topic, kind = (item[key] for key in ("family", "lang", "topic", "kind"))
            if kind not in KINDS or lang not in LANGS or not isinstance(topic, str) \
                    or not TOPIC.match(topic) or not isinstance(family, str) \
                    or not FAMILY.match(family):
                raise SystemExit(f"{path.name}: bad family/kind/lang/topic in "
                                 f"{(family, lang, topic, kind)}")
            row = {"source": PREFIX + family, "lang": lang,
                   "request": _text(path, item["request"], "request"),
                   "response": _text(path, item["response"], "response")}
            if "reasoning" in item:
                row["reasoning"] = _text(path, item["reasoning"], "reasoning")
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
    if len(rows) < MINIMUM["items"]:
        short.append(f"items: {len(rows)} < {MINIMUM['items']}")
    kinds = Counter(r["kind"] for r in rows)
    short += [f"kind {k}: {kinds[k]} < {n}" for k, n in MINIMUM["kind"].items() if kinds[k] < n]
    langs = Counter(r["lang"] for r in rows)
    short += [f"lang {k}: {langs[k]} < {MINIMUM['lang'][k]}" for k in sorted(LANGS)
              if langs[k] < MINIMUM["lang"][k]]
    share = langs["zh"] / len(rows) if rows else 0.0
    if share < MINIMUM["zh_share"]:
        short.append(f"zh share: {share:.3f} < {MINIMUM['zh_share']}")
    return short


def _table(title: str, counts: Counter) -> str:
    lines = [f"| {title} | items |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return "\n".join(lines)


def main() -> int:
    _self_test()
    rows = censorship()
    with open(HERE / "censorship.jsonl", "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"## censorship.jsonl ({len(rows)} items)\n")
    print(_table("kind", Counter(r["kind"] for r in rows)), "\n")
    print(_table("source", Counter(r["source"] for r in rows)), "\n")
    print(_table("lang", Counter(r["lang"] for r in rows)), "\n")
    print(f"zh share: {sum(r['lang'] == 'zh' for r in rows) / len(rows):.3f}\n")
    print(_table("lang: kind", Counter(f"{r['lang']}: {r['kind']}" for r in rows)), "\n")
    print("reasoning:", dict(Counter(r["kind"] for r in rows if "reasoning" in r)),
          dict(Counter(r["lang"] for r in rows if "reasoning" in r)), "\n")
    print("paired requests:", _pairs(rows), "\n")
    print(f"highest near-duplicate ratio: {_max_ratio(rows):.2f} (limit {NEAR})\n")
    short = _check_minimum(rows)
    for line in short:
        print("BELOW MINIMUM:", line)
    return 1 if short else 0


if __name__ == "__main__":
    sys.exit(main())
