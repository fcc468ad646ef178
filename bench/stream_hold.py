"""Streaming hold-back, side by side: the previous logic (partial matching with the backtracking
``regex`` module, at most 512 held characters) against the current one (RE2 prefix queries, held
until no pattern can match, :mod:`sluice.policy.holdback`).

Both see the same patterns (the default policy's output PII recognizers, the phone candidate, and
two unbounded word patterns: ``SECRET-[A-Z0-9]+-END`` and a PEM private key) and the same text in
16-character chunks. Per chunk it times the hold computation alone and records how many characters
are held when the chunk arrives (what the caller waits for). A second text ends inside a
3,000-character ``SECRET-...`` that has not reached its ``-END`` yet: the count of its characters
already sent shows which logic leaks. Then the whole output scanner, previous (its source as of
commit 6834409, read with ``git show``) and current, on the same 16-character stream.

    .venv/bin/python bench/stream_hold.py --kb 64 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

from bench.guardrails import make_text, percentile  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
WORD_PATTERNS = [r"SECRET-[A-Z0-9]+-END", r"-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----"]
CHUNK = 16
LEGACY_MAX_HOLD, PLACEHOLDER_MAX_LEN = 512, 40


def _scanner():
    from sluice.policy import Vault, build_pipeline, default_policy, load_policy

    data = default_policy().model_dump(mode="json")
    data["output"]["content"]["enabled"] = False  # no sentence-level check: pattern holds only
    data["output"]["words"] = {"patterns": WORD_PATTERNS, "action": "redact"}
    pipeline = build_pipeline(load_policy(data), tenant_secret=b"bench-tenant-secret-0123456789")
    pipeline.warm_up()
    return pipeline.output_stream(Vault())


def legacy_patterns(scanner) -> list:
    """The previous scanner's hold-back patterns: every source compiled with ``regex`` and Presidio's flags."""
    import regex

    from sluice.policy.detectors.presidio_engine import PHONE_CANDIDATE

    sources = []
    for recognizer in scanner.pii.recognizers():
        sources += [p.regex for p in getattr(recognizer, "patterns", None) or []]
        if "PHONE_NUMBER" in recognizer.supported_entities:
            sources.append(PHONE_CANDIDATE.pattern)
    sources += WORD_PATTERNS
    flags = regex.DOTALL | regex.MULTILINE | regex.IGNORECASE
    return [regex.compile(s, flags) for s in dict.fromkeys(sources)]


def legacy_hold(text: str, patterns: list) -> int:
    """The previous ``_hold_point`` (without a sentence-level check), unchanged."""
    end = hold = len(text)
    for pattern in patterns:
        for m in pattern.finditer(text, partial=True):
            if m.partial or m.end() >= end - 1:
                hold = min(hold, m.start())
                break
    if hold == 0 and end > LEGACY_MAX_HOLD:
        cut = text.rfind(" ", 0, end - PLACEHOLDER_MAX_LEN)
        hold = cut + 1 if cut > 0 else end - PLACEHOLDER_MAX_LEN
    return hold


def current_hold(holdback, context: str, pending: str) -> int:
    return holdback.hold(context + pending, len(context)).index - len(context)


def run(text: str, hold_fn) -> dict:
    """Feed ``text`` in chunks; release what ``hold_fn`` allows; time it and count held characters."""
    pending, context, released, times, held = "", "", [], [], []
    for i in range(0, len(text), CHUNK):
        pending += text[i:i + CHUNK]
        started = time.perf_counter()
        cut = hold_fn(context, pending)
        times.append((time.perf_counter() - started) * 1e6)
        released.append(pending[:cut])
        context, pending = (context + pending[:cut])[-256:], pending[cut:]
        held.append(len(pending))
    return {"us_per_chunk_p50": percentile(times, 0.5), "us_per_chunk_p99": percentile(times, 0.99),
            "us_per_kb": sum(times) / (len(text) / 1024), "held_mean": statistics.mean(held), "held_max": max(held),
            "released_before_end": "".join(released)}


LEGACY_COMMIT = "6834409"


class LegacyWords:
    """What the previous scanner asked of the word detector: its pattern sources and ``detect``."""

    def __init__(self, patterns: list[str]):
        import regex

        self.sources, self.compiled = patterns, [regex.compile(p) for p in patterns]

    def patterns(self) -> list[str]:
        return self.sources

    def detect(self, text: str):
        from sluice.policy.detectors.base import Detection, Span

        return Detection(spans=[Span("CUSTOM_PATTERN", m.start(), m.end(), 1.0)
                                for r in self.compiled for m in r.finditer(text) if m.end() > m.start()])


def legacy_scanner(current):
    """The previous ``OutputScanner`` (source from git) on the same pipeline as ``current``."""
    import subprocess
    import types

    source = subprocess.run(["git", "show", f"{LEGACY_COMMIT}:policy/output_scanner.py"], capture_output=True,
                            text=True, check=True, cwd=Path(__file__).resolve().parents[1]).stdout
    module = types.ModuleType("legacy_output_scanner")
    exec(compile(source, "legacy_output_scanner.py", "exec"), module.__dict__)  # noqa: S102 - our own history
    scanner = module.OutputScanner(current.pipeline, current.vault)
    scanner.words = LegacyWords(WORD_PATTERNS)
    return scanner


def scanner_run(make, text: str) -> dict:
    """Stream ``text`` through a fresh scanner in chunks; time each ``feed``."""
    scanner, times, released = make(), [], []
    for i in range(0, len(text), CHUNK):
        started = time.perf_counter()
        released.append(scanner.feed(text[i:i + CHUNK]))
        times.append((time.perf_counter() - started) * 1e6)
    scanner.finish()
    return {"us_per_kb": sum(times) / (len(text) / 1024), "p50": percentile(times, 0.5),
            "p99": percentile(times, 0.99), "released": "".join(released)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kb", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    scanner = _scanner()
    patterns, holdback = legacy_patterns(scanner), scanner.holdback()
    ordinary = make_text(args.kb * 1024, seed=7)
    with_secret = make_text(4096, seed=8) + " SECRET-" + "Q7" * 1500  # the stream is still inside the secret
    systems = {"previous (regex partial, 512 cap)": lambda context, pending: legacy_hold(pending, patterns),
               "current (RE2 prefix queries)": lambda context, pending: current_hold(holdback, context, pending)}
    rows = []
    for name, fn in systems.items():
        runs = [run(ordinary, fn) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["us_per_kb"])
        leak = run(with_secret, fn)["released_before_end"]
        rows.append({"system": name, **{k: v for k, v in best.items() if k != "released_before_end"},
                     "secret_chars_released_before_end": sum(c == "Q" for c in leak)})
    reference = rows[0]["us_per_kb"]
    for row in rows:
        row["speed_vs_previous"] = reference / row["us_per_kb"]
    lines = ["| hold logic | µs per KB | µs per chunk p50 | p99 | held chars mean | max | "
             "characters of an unfinished 3,000-char secret sent | speed vs previous |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['system']} | {r['us_per_kb']:.0f} | {r['us_per_chunk_p50']:.1f} | "
                     f"{r['us_per_chunk_p99']:.1f} | {r['held_mean']:.1f} | {r['held_max']} | "
                     f"{r['secret_chars_released_before_end']} | {r['speed_vs_previous']:.2f}x |")
    makers = {"previous OutputScanner": lambda: legacy_scanner(_scanner()),
              "current OutputScanner": _scanner}
    whole = []
    for name, make in makers.items():
        best = min((scanner_run(make, ordinary) for _ in range(args.repeat)), key=lambda r: r["us_per_kb"])
        leak = scanner_run(make, with_secret)["released"]
        whole.append({"system": name, **{k: v for k, v in best.items() if k != "released"},
                      "secret_chars_released_before_end": sum(c == "Q" for c in leak)})
    lines += ["", "| whole scanner (16-char chunks) | µs per KB | µs per feed p50 | p99 | "
              "characters of an unfinished 3,000-char secret sent | speed vs previous |", "|---|---|---|---|---|---|"]
    for r in whole:
        lines.append(f"| {r['system']} | {r['us_per_kb']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} | "
                     f"{r['secret_chars_released_before_end']} | {whole[0]['us_per_kb'] / r['us_per_kb']:.2f}x |")
    OUT.mkdir(exist_ok=True)
    (OUT / "stream_hold.json").write_text(json.dumps({"kb": args.kb, "chunk": CHUNK, "hold": rows, "scanner": whole},
                                                     indent=2))
    (OUT / "stream_hold.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
