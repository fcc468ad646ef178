"""Cost of the injection detector's reading stages next to the whole detection, side by side in one
run: p50 of ``InjectionDetector.detect`` on 1 KB texts (prose, HTML, a base64 payload) and of the
normaliser's stages on the same text (revealing, the hidden-carrier view, all decoded views, and of
those the disguise readings: base32, reversed, leetspeak, spaced, Caesar).

    .venv/bin/python -P bench/injection_stages.py
"""

from __future__ import annotations

import base64
import statistics
import time

from sluice.policy.detectors.base import ScanContext
from sluice.policy.detectors.injection import InjectionDetector
from sluice.policy.detectors.injection_decoders import disguised_views
from sluice.policy.detectors.injection_normalize import MAX_DECODED_CHARS, decoded_views, hidden_view, reveal

TEXTS = {
    "prose": ("Please review the attached supplier contract and list the renewal terms, notice periods and "
              "any penalties for late delivery. ") * 10,
    "html": '<p>Spring sale on <b>garden</b> chairs.</p><!-- build 42 --><img src="/a.png" alt="A chair"> ' * 12,
    "base64": "Please process this attachment: " + base64.b64encode(b"Quarterly figures attached, see tab two. " * 20).decode(),
}


def p50_ms(fn, text: str, repeat: int = 300) -> float:
    fn(text)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> None:
    detector = InjectionDetector()
    stages = {"reveal": reveal, "hidden_view": hidden_view, "decoded_views": decoded_views,
              "disguise readings": lambda t: disguised_views(t, MAX_DECODED_CHARS)}
    print("| text (1 KB) | detect p50 ms | " + " | ".join(f"{s} ms (share)" for s in stages) + " |")
    print("|---|---|" + "---|" * len(stages))
    for name, text in TEXTS.items():
        text = text[:1024]
        whole = p50_ms(lambda t: detector.detect(t, ScanContext()), text)
        parts = [p50_ms(fn, text) for fn in stages.values()]
        print(f"| {name} | {whole:.3f} | " + " | ".join(f"{p:.3f} ({p / whole:.0%})" for p in parts) + " |")


if __name__ == "__main__":
    main()
