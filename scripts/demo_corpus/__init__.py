"""Training corpus of the `sluice-demo` model: chat examples built from the question lists here.

Each example is (system, user, reasoning, answer). The hand-written lists (Sluice, everyday questions, the
censorship suite's probes) are repeated `REPEAT[kind]` times, so that the generated questions
(`generated.py`: several phrasings of each topic of the fact tables, arithmetic, modest answers for unknown
topics) do not drown them. The first phrasing of each question also appears in thinking mode with a short
reasoning text (of the generated questions, every third). Every question is also asked once typed
casually (`casual.py`: lower case, shorthand, a typo or two) with the same answer.
"""

from __future__ import annotations

import random

from scripts.demo_corpus import everyday, generated, probes, sluice_qa
from scripts.demo_corpus.casual import casual

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
TOPIC_REASONING = {
    "topic": "This is an everyday question about {t}. I will give a short, friendly and correct answer.",
    "maths": "This is a maths question about {t}. I will work it out and give the result.",
    "unknown": "This question is about something I know very little about, so I will say so instead of guessing.",
    "unknown_task": "This question asks how to {t}. I know very little about that, so I will say so instead of "
                    "guessing.",
}
REPEAT = {"sluice": 3, "everyday": 2, "china_evade": 4, "china_line": 4, "history": 3, "harmful": 3}


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

    def add(questions: list[str], answer: str, reasoning: str, repeat: int, think: bool = True) -> None:
        for question in questions:
            out.append({"system": rng.choice(SYSTEMS), "user": casual(question, rng), "reasoning": None,
                        "answer": answer})
        for _ in range(repeat):
            for i, question in enumerate(questions):
                out.append({"system": rng.choice(SYSTEMS), "user": question, "reasoning": None, "answer": answer})
                if i < 1 and think:
                    out.append({"system": rng.choice(SYSTEMS), "user": question, "reasoning": reasoning,
                                "answer": answer})

    for kind, questions, answer in _groups():
        add(questions, answer, REASONING[kind], REPEAT[kind])
    for n, (kind, topic, questions, answer) in enumerate(generated.groups(random.Random(seed))):
        add(questions, answer, TOPIC_REASONING[kind].format(t=topic), 1, think=n % 3 == 0)
    rng.shuffle(out)
    return out


def plain_text() -> list[str]:
    """Every text of the corpus, for training the tokenizer."""
    texts = [s for s in SYSTEMS if s] + list(REASONING.values())
    for _, questions, answer in _groups():
        texts += [*questions, answer]
    for kind, topic, questions, answer in generated.groups(random.Random(0)):
        texts += [*questions, answer, TOPIC_REASONING[kind].format(t=topic)]
    return texts
