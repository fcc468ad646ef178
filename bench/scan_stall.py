"""How long one maximum-size text keeps other threads from running, per input detector: the
injection gate and the profanity classifier reading the whole text in one call (the reference) and
in pieces, side by side in one run; the injection heuristics (RE2, whole text, one call a pattern)
for comparison.

A ticker thread asks for the interpreter every 0.5 ms while the detector works in the main thread;
the longest gap between its ticks is the longest stall another request's scan would see. Also
reported: the detector's CPU time. Texts: ``SLUICE_SCAN_MAX_CHARS`` characters of the
``pii_budget`` digit groups, and of English prose with no attack words (the gate reads it all).

    .venv/bin/python bench/scan_stall.py [--repeat 5]

Writes bench/out/scan_stall.json and .md.
"""

from __future__ import annotations

import argparse, json, statistics, sys, threading, time  # noqa: E401
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: shadows no installed package

from bench.pii_budget import digit_groups  # noqa: E402  the benchmark's maximum-size text

PROSE = "The quarterly ledger for the Lisbon office is due on Friday, with the vendor invoices attached. "


def stall(work) -> tuple[float, float]:
    """(longest gap between the ticker's ticks in ms, CPU seconds of ``work``)."""
    gaps: list[float] = []
    stop = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not stop.is_set():
            time.sleep(0.0005)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    time.sleep(0.01)
    cpu = time.thread_time()
    work()
    cpu = time.thread_time() - cpu
    stop.set()
    ticker.join()
    return max(gaps) * 1000, cpu


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chars", type=int, default=400_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    args = parser.parse_args()

    from sluice.policy.detectors.base import ScanContext
    from sluice.policy.detectors.injection import GATE_WORDS, gate_open, heuristic_score
    from sluice.policy.models import cache

    model = cache.profanity()
    texts = {"digit groups": digit_groups(args.chars, seed=1),
             "prose": (PROSE * (args.chars // len(PROSE) + 1))[:args.chars]}

    def profanity_pieces(text: str) -> None:
        from sluice.policy.detectors.content import whitespace_pieces

        counts: dict[int, int] = {}
        for piece in whitespace_pieces(text):
            ScanContext().between_pieces()
            model.count(piece, counts)

    cases = {
        "injection heuristics": (heuristic_score, None),
        "injection gate": (lambda t: GATE_WORDS.search(t), lambda t: gate_open(t, ScanContext())),
        "profanity classifier": (lambda t: model.count(t, {}), profanity_pieces),
    }
    rows = []
    for text_name, text in texts.items():
        for case, (whole, pieces) in cases.items():
            runs = {"whole": [stall(lambda: whole(text)) for _ in range(args.repeat)]}
            if pieces is not None:
                runs["pieces"] = [stall(lambda: pieces(text)) for _ in range(args.repeat)]
            row = {"text": text_name, "detector": case, "pieces_stall_ms": None, "pieces_cpu_ms": None,
                   "stall_ratio": None}
            for mode, values in runs.items():
                row[f"{mode}_stall_ms"] = round(statistics.median(v[0] for v in values), 1)
                row[f"{mode}_cpu_ms"] = round(statistics.median(v[1] for v in values) * 1000, 1)
            if pieces is not None:
                row["stall_ratio"] = round(row["pieces_stall_ms"] / row["whole_stall_ms"], 3)
            rows.append(row)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "scan_stall.json").write_text(json.dumps({"chars": args.chars, "repeat": args.repeat,
                                                          "rows": rows}, indent=2) + "\n")
    lines = [f"{args.chars} characters, median of {args.repeat} runs each", "",
             "| text | detector | longest stall whole / pieces | ratio | CPU whole / pieces |", "|---|---|---|---|---|"]
    for r in rows:
        pieces = r["pieces_stall_ms"] if r["stall_ratio"] is not None else "-"
        ratio = f"**{r['stall_ratio']}x**" if r["stall_ratio"] is not None else "-"
        lines.append(f"| {r['text']} | {r['detector']} | {r['whole_stall_ms']} / {pieces} ms | {ratio} | "
                     f"{r['whole_cpu_ms']} / {r['pieces_cpu_ms'] or '-'} ms |")
    (args.out / "scan_stall.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
