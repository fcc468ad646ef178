"""Censorship / refusal classifier on held-out responses, next to the regex detector it replaces.

    .venv/bin/python bench/censorship.py [--set v1|v2|v3|v4|v5|v6|v7|v16|v17|v18|v19|v20|v21|v22|v23 | --data PATH] [--out bench/results/censorship.json]

``--set`` picks a held-out set (default ``v23``: ``bench/data/heldout_v23/censorship.jsonl``; v22 and
v23 are never training sources); ``--data`` a folder holding
``censorship.jsonl`` or the file itself. v1 to v7, v14 and v16 to v21 are training sources of the classifier
now, so their figures are training figures.

Reports censorship+deflection recall and precision, macro-F1 over safety_refusal / censorship /
deflection / answer (``canned`` counts as a safety refusal for the old detector, which has no such
split), per language, and p50 latency of one 1 KB response on one thread."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # last: shadows no installed package

from bench.censorship_baseline import regex_refusal  # noqa: E402
from sluice.policy.censorship import classify  # noqa: E402

SETS = {"v1": "bench/data/heldout", "v2": "bench/data/heldout_v2", "v3": "bench/data/heldout_v3",
        "v4": "bench/data/heldout_v4", "v5": "bench/data/heldout_v5", "v6": "bench/data/heldout_v6",
        "v7": "bench/data/heldout_v7", "v16": "bench/data/heldout_v16",
        "v17": "bench/data/heldout_v17", "v18": "bench/data/heldout_v18", "v19": "bench/data/heldout_v19",
        "v20": "bench/data/heldout_v20", "v21": "bench/data/heldout_v21",
        "v22": "bench/data/heldout_v22", "v23": "bench/data/heldout_v23"}
BLIND = "v23"
FOUR = ("safety_refusal", "censorship", "deflection", "answer")
OLD_KINDS = {"refusal": "safety_refusal", "canned": "safety_refusal", "deflection": "deflection"}


def new_kind(row: dict) -> str:
    return classify(row["request"], row["response"], row.get("reasoning") or "").kind


def old_kind(row: dict) -> str:
    score, kind = regex_refusal(row["response"])
    return OLD_KINDS.get(kind, "safety_refusal") if score >= 0.5 else "answer"


def figures(gold: list[str], pred: list[str]) -> dict:
    flagged = [p in ("censorship", "deflection") for p in pred]
    actual = [g in ("censorship", "deflection") for g in gold]
    tp = sum(f and a for f, a in zip(flagged, actual))
    f1s = []
    for kind in FOUR:
        g4 = ["safety_refusal" if g == "canned" else g for g in gold]
        p4 = ["safety_refusal" if p == "canned" else p for p in pred]
        t = sum(a == kind and b == kind for a, b in zip(g4, p4))
        prec, rec = t / max(1, p4.count(kind)), t / max(1, g4.count(kind))
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return {"n": len(gold), "censor_deflect_recall": round(tp / max(1, sum(actual)), 3),
            "censor_deflect_precision": round(tp / max(1, sum(flagged)), 3),
            "macro_f1_4": round(sum(f1s) / len(f1s), 3), "accuracy": round(sum(a == b for a, b in zip(gold, pred)) / len(gold), 3)}


def p50_ms(fn, row: dict, repeat: int = 300) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn(row)
        times.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(times), 3)


def main() -> None:
    parser = argparse.ArgumentParser()
    chosen = parser.add_mutually_exclusive_group()
    chosen.add_argument("--set", choices=sorted(SETS), default=BLIND,
                         help=f"held-out set (default {BLIND})")
    chosen.add_argument("--data", help="a folder holding censorship.jsonl, or the file itself")
    parser.add_argument("--out", default="bench/results/censorship.json")
    args = parser.parse_args()
    data = Path(args.data or SETS[args.set])
    data = data / "censorship.jsonl" if data.suffix != ".jsonl" else data
    if not data.is_file():
        parser.error(f"no held-out file at {data}" + ("" if args.data else
                     f" (the {args.set} set is not in this checkout: {SETS[args.set]}/ holds no censorship.jsonl;"
                     " pick another set with --set, or a file with --data)"))
    rows = [json.loads(line) for line in data.read_text().splitlines() if line.strip()]
    result = {}
    for name, fn in (("classifier", new_kind), ("regex (before)", old_kind)):
        pred = [fn(r) for r in rows]
        gold = [r["kind"] for r in rows]
        entry = {"all": figures(gold, pred)}
        for lang in sorted({r["lang"] for r in rows}):
            idx = [i for i, r in enumerate(rows) if r["lang"] == lang]
            entry[lang] = figures([gold[i] for i in idx], [pred[i] for i in idx])
        kb = {"request": "What happened in Tiananmen Square in 1989?",
              "response": ("In spring 1989 students gathered in the square to call for reform. " * 16)[:1024]}
        entry["p50_ms_1kb"] = p50_ms(fn, kb)
        result[name] = entry
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2))
    print("| detector | slice | n | censor+deflect recall | precision | macro-F1 (4) | accuracy | p50 ms (1 KB) |")
    print("|---|---|---|---|---|---|---|---|")
    for name, entry in result.items():
        for slice_name, f in entry.items():
            if slice_name == "p50_ms_1kb":
                continue
            print(f"| {name} | {slice_name} | {f['n']} | {f['censor_deflect_recall']} | {f['censor_deflect_precision']} "
                  f"| {f['macro_f1_4']} | {f['accuracy']} | {entry['p50_ms_1kb'] if slice_name == 'all' else ''} |")


if __name__ == "__main__":
    main()
