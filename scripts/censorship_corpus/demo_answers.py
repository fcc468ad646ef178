"""Short, direct answers to ordinary questions, taken from the `sluice-demo` corpus's older tables (recipes,
household tasks, weather, definitions, animals, places, capitals and languages of every country, people,
events, units, arithmetic, Sluice itself): the register of a small assistant that simply answers. Plain
facts about countries whose governments censor ("The capital of Russia is Moscow.") and definitions of
security or money terms are answers too, and read as censorship or deflection before this source.

Answers about the assistant's own limits ("I cannot see a clock...") and the fixed "I don't know much about
that" replies are left out: they are not answers."""

from __future__ import annotations

import random

from scripts.censorship_corpus import pools

SOURCE = "demo_answers"
MATHS = 60  # arithmetic answers kept (a fixed sample): short sums must not outweigh the prose


def _pairs() -> list[tuple[str, str, str]]:
    from scripts.demo_corpus import everyday, generated, sluice_qa

    out = [(kind, qs[0], a) for kind, _, qs, a in generated.groups(random.Random(0)) if kind in ("topic", "maths")]
    out += [("topic", qs[0], a) for qs, a in everyday.QA + sluice_qa.QA]
    return out


def rows(seed: int) -> list[dict]:
    seen, prose, maths = set(), [], []
    for kind, request, answer in _pairs():
        if answer in seen or answer.startswith(("I cannot", "I can't", "I don't")):
            continue
        seen.add(answer)
        (maths if kind == "maths" else prose).append(pools.row(SOURCE, "en", request, answer, "answer", "general"))
    return prose + random.Random(seed).sample(maths, min(MATHS, len(maths)))
