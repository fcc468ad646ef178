"""The demo corpus asks every question once more as people type it: lower case, shorthand and typos, with
the tidy question's answer, and without changing what is asked (commands in backquotes and numbers stay)."""

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))


def test_casual_variant_is_lower_case_and_differs_but_keeps_numbers_and_commands():
    from scripts.demo_corpus.casual import casual

    rng = random.Random(0)
    for question in ("What is the capital of Spain?", "Is 91 a prime number?", "What is 12.5 percent of 80?",
                     "How do I create a key with `sluice keys create --tenant Acme`?", "Thank you. What is 7 times 8?"):
        variants = {casual(question, rng) for _ in range(40)}
        assert question not in variants
        for variant in variants:
            outside = variant.split("`")[0::2]
            assert all(part == part.lower() for part in outside), variant
            for kept in ("91", "12.5", "80", "`sluice keys create --tenant Acme`"):
                if kept in question:
                    assert kept in variant, (question, variant)
        assert len(variants) > 10  # shorthand, openers, endings and typos vary


def test_typos_change_one_letter_position_of_long_words_only():
    from scripts.demo_corpus.casual import _typo

    rng = random.Random(1)
    assert _typo("cat", rng) == "cat" and _typo("iphone15", rng) == "iphone15"
    for _ in range(200):
        slip = _typo("password", rng)
        assert abs(len(slip) - len("password")) <= 1 and slip[0] == "p"


def test_every_corpus_question_has_a_casual_twin_with_the_same_answer():
    from difflib import SequenceMatcher

    from scripts.demo_corpus import examples
    from scripts.demo_corpus.casual import OPENERS

    corpus = examples()
    tidy: dict[str, set[str]] = {}
    for ex in corpus:
        if not ex["user"][:1].islower():
            tidy.setdefault(ex["answer"], set()).add(ex["user"].lower())
    casual = [ex for ex in corpus if ex["user"][:1].islower()]
    assert len(casual) > sum(map(len, tidy.values())) * 0.5
    for ex in casual:
        twins = tidy[ex["answer"]]  # the answer of a tidy question
        if min(len(q.split()) for q in twins) < 4:
            continue  # "ty" for "thank you": shorthand, not a near copy
        asked = next(ex["user"][len(o):] for o in sorted(OPENERS, key=len, reverse=True) if ex["user"].startswith(o))
        best = max(SequenceMatcher(None, asked, q).ratio() for q in twins)
        assert best > 0.6, (ex["user"], sorted(twins)[:3])
