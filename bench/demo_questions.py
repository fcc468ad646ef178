"""Does the demo model answer questions it was never trained on? On-topic rate on a held-out question set.

Each line of the question file is ``{"question": ..., "keywords": [...]}`` (with an optional ``"group"``,
reported on its own); an answer is on topic when it
contains at least one keyword (lower-cased, whole text), and modest when, off topic, it is one of the
corpus's fixed "I don't know much about that" answers (readable, not a wrong fact). Each set in
``bench/data/heldout_v*/demo_questions.jsonl`` was written without access to the demo corpus and is blind
until its first run (``--questions`` picks one; the default is v5, read many times). Greedy, non-thinking mode, through the
engine's own chat template, as a user of ``/v1/chat/completions`` would reach it.

    .venv/bin/python -P bench/demo_questions.py [--model inference/demo_model] [--show 10]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUESTIONS = ROOT / "bench" / "data" / "heldout_v5" / "demo_questions.jsonl"


def on_topic(answer: str, keywords: list[str]) -> bool:
    text = answer.lower()
    return any(word.lower() in text for word in keywords)


# the fixed answers of the demo corpus for topics it was not taught (`scripts/demo_corpus/unknown.py`)
MODEST = ("I don't know much about", "Sorry, I am not sure", "I can't answer that well", "I don't know how to do")


def modest(answer: str) -> bool:
    """The model says it does not know (a readable answer, not a wrong one)."""
    return answer.startswith(MODEST)


def repeated(answer: str) -> bool:
    """A degenerate answer: one word sequence looping (the same 4-gram three times or more)."""
    words = answer.lower().split()
    grams = [" ".join(words[i:i + 4]) for i in range(max(0, len(words) - 3))]
    return any(grams.count(g) >= 3 for g in set(grams))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=str(ROOT / "inference" / "demo_model"))
    parser.add_argument("--questions", default=str(QUESTIONS))
    parser.add_argument("--max-tokens", type=int, default=96)
    parser.add_argument("--show", type=int, default=10, help="print this many question/answer samples")
    parser.add_argument("--out", help="write every question, answer and verdict as JSON here")
    args = parser.parse_args()
    path = Path(args.questions)
    if not path.is_file():
        parser.error(f"no question file at {path}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]

    import torch

    from sluice.inference import LLM, SamplingParams

    torch.set_num_threads(1)
    llm = LLM(args.model, dtype="float32", load_progress=False)
    prompts = [llm.tokenizer.encode_chat([{"role": "user", "content": r["question"]}], thinking=False) for r in rows]
    outs = llm.generate(prompts, SamplingParams(max_tokens=args.max_tokens, temperature=0))
    results = []
    for row, out in zip(rows, outs):
        answer = out.outputs[0].text.strip()
        results.append({**row, "answer": answer, "on_topic": on_topic(answer, row["keywords"]),
                        "modest": modest(answer), "looping": repeated(answer)})
    hits = sum(r["on_topic"] for r in results)
    loops = sum(r["looping"] for r in results)
    print(f"model: {args.model}")
    humble = sum(r["modest"] and not r["on_topic"] for r in results)
    print(f"questions: {len(results)}  on topic: {hits} ({hits / len(results):.1%})  modest: {humble}  "
          f"looping answers: {loops}")
    groups = sorted({r["group"] for r in results if r.get("group")})
    for group in groups:
        mine = [r for r in results if r.get("group") == group]
        print(f"  {group}: {sum(r['on_topic'] for r in mine)} / {len(mine)} on topic, "
              f"{sum(r['modest'] and not r['on_topic'] for r in mine)} modest")
    for r in results[:args.show]:
        print(f"- {'✓' if r['on_topic'] else '✗'} {r['question']!r} -> {r['answer'][:160]!r}")
    if args.out:
        Path(args.out).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
