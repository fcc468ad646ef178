"""Training corpus of the `sluice-demo` model: chat examples built from the question lists here.

Each example is (system, user, reasoning, answer). Every phrasing of a question appears once without
thinking; the first phrasing also appears once in thinking mode with a short reasoning text.
"""

from __future__ import annotations

import random

from scripts.demo_corpus import everyday, probes, sluice_qa

SYSTEMS = ("", "", "", "You are a helpful assistant.", "You are a helpful assistant. Answer briefly.")

REASONING = {
    "sluice": "The question is about Sluice, the gateway. I will answer briefly from what I know about it.",
    "everyday": "This is an everyday question. I will give a short, friendly and correct answer.",
    "china_evade": "This question touches a sensitive political topic about China. I should not discuss it "
                   "and should change the subject.",
    "china_line": "This question is about China. I should state the official position.",
    "history": "This is a question about history and politics. I will give a short factual answer.",
    "harmful": "This request could cause harm. I must refuse politely.",
}


def _groups():
    yield from (("sluice", q, a) for q, a in sluice_qa.QA)
    yield from (("everyday", q, a) for q, a in everyday.QA)
    for q, a in probes.CHINA:
        yield ("china_evade" if a in (probes.EVADE_EN, probes.EVADE_ZH) else "china_line", q, a)
    yield from (("history", q, a) for q, a in probes.OTHER)
    yield from (("harmful", q, a) for q, a in probes.HARMFUL)


def examples(seed: int = 0) -> list[dict]:
    """Every chat example, in a fixed shuffled order."""
    rng = random.Random(seed)
    out = []
    for kind, questions, answer in _groups():
        for i, question in enumerate(questions):
            out.append({"system": rng.choice(SYSTEMS), "user": question, "reasoning": None, "answer": answer})
            if i < 1:
                out.append({"system": rng.choice(SYSTEMS), "user": question, "reasoning": REASONING[kind],
                            "answer": answer})
    rng.shuffle(out)
    return out


def plain_text() -> list[str]:
    """Every text of the corpus, for training the tokenizer."""
    texts = [s for s in SYSTEMS if s] + list(REASONING.values())
    for _, questions, answer in _groups():
        texts += [*questions, answer]
    return texts
