"""Questions generated from the fact tables: several phrasings of each topic, answers that name the topic,
arithmetic worked out by code, and a modest "I don't know much about that" answer for topics and tasks the
tables do not cover (`unknown.py`: so that an unknown topic gets a readable answer, not an invented fact).

`groups(rng)` yields (kind, topic, phrasings, answer); the kind picks the reasoning text in thinking mode.
"""

from __future__ import annotations

import random

from scripts.demo_corpus import everyday, sluice_qa, topics_home, topics_terms, topics_world, works
from scripts.demo_corpus.topics_extra import BEST_TIME, FALLBACK_TASKS, FALLBACK_TOPICS, FORMULAS, UNITS
from scripts.demo_corpus.unknown import ANSWERS, TASK_ANSWERS, unknown

PHRASINGS_PER_TOPIC = 4
EXTRA_TOPICS, EXTRA_TASKS = 1400, 400  # unknown topics and tasks from the long lists (about a third of the tokens)

DISH = ("How do I make {t}?", "How do you make {t}?", "Give me a simple recipe for {t}.", "What is the best way to "
        "make {t}?", "Can you tell me how to make {t}?", "What do I need to make {t}?", "How can I make {t} at home?")
TASK = ("How do I {t}?", "How can I {t}?", "What is the best way to {t}?", "Any tips on how to {t}?",
        "Can you tell me how to {t}?", "What should I do to {t}?", "I want to {t}. How?")
NATURE = ("What causes {t}?", "Can you explain {t}?", "Tell me about {t}.", "What is the reason for {t}?",
          "Explain {t} in simple words.", "Why do we get {t}?")
TERM = ("What is {t}?", "What does {t} mean?", "Can you explain {t}?", "Tell me about {t}.",
        "Explain {t} in simple words.", "What do you know about {t}?", "Could you tell me what {t} is?")
ANIMAL = ("Tell me about {t}.", "What do {t} eat?", "Where do {t} live?", "What are {t} like?",
          "What do you know about {t}?", "Give me a fact about {t}.", "Tell me something about {t}.")
SPORT = ("How do you play {t}?", "What are the rules of {t}?", "Tell me about {t}.", "Explain {t}.",
         "What is {t}?", "What do you know about {t}?")
PLACE = ("Where is {t}?", "Tell me about {t}.", "What is {t}?", "What do you know about {t}?",
         "Where can I find {t}?")
PERSON = ("Who was {t}?", "Tell me about {t}.", "What is {t} famous for?", "What did {t} do?",
          "What do you know about {t}?")
EVENT = ("What was {t}?", "Tell me about {t}.", "What do you know about {t}?", "Explain {t}.",
         "Can you tell me about {t}?")
FORMULA = ("How do I work out {t}?", "How do I calculate {t}?", "What is the formula for {t}?", "How do you find "
           "{t}?")
WHEN = ("What is the best time of year to visit {t}?", "When should I visit {t}?", "When is the best time to go "
        "to {t}?", "What time of year is best for a trip to {t}?")
UNKNOWN = ("What is {t}?", "Tell me about {t}.", "Can you explain {t}?", "What do you know about {t}?",
           "How does {t} work?", "Explain {t} in simple words.")
UNKNOWN_TASK = ("How do I {t}?", "How can I {t}?", "What is the best way to {t}?", "Can you tell me how to {t}?")

def _pick(rng: random.Random, templates: tuple[str, ...], topic: str) -> list[str]:
    chosen = rng.sample(templates, min(PHRASINGS_PER_TOPIC, len(templates)))
    return [q.format(t=topic) for q in chosen]


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _prime(n: int) -> str:
    divisor = next((d for d in range(2, int(n ** 0.5) + 1) if n % d == 0), None)
    if divisor is None:
        return f"Yes, {n} is a prime number: it is divisible only by 1 and {n}."
    return f"No, {n} is not a prime number: it is divisible by {divisor}, because {divisor} times {n // divisor} is {n}."


def _arithmetic(rng: random.Random):
    for a in range(2, 16):
        for b in range(2, 13):
            qs = [f"What is {a} times {b}?", f"What is {a} x {b}?", f"How much is {a} times {b}?",
                  f"What is {a} multiplied by {b}?"]
            yield "maths", f"{a} times {b}", rng.sample(qs, 1 + (a <= 12)), f"{a} times {b} is {a * b}."
    for _ in range(50):
        a, b = rng.randint(1, 60), rng.randint(1, 60)
        yield "maths", f"{a} plus {b}", [f"What is {a} plus {b}?", f"What is {a} + {b}?"], f"{a} plus {b} is {a + b}."
        a, b = sorted((rng.randint(1, 99), rng.randint(1, 99)), reverse=True)
        yield "maths", f"{a} minus {b}", [f"What is {a} minus {b}?"], f"{a} minus {b} is {a - b}."
    for p in (10, 20, 25, 50, 75):
        for n in (20, 40, 60, 80, 100, 120, 200, 400, 500, 1000):
            r = p * n // 100
            yield ("maths", f"{p} percent of {n}", [f"What is {p} percent of {n}?", f"What is {p}% of {n}?"],
                   f"{p} percent of {n} is {r}.")
    for n in range(2, 101):
        yield "maths", f"{n}", [f"Is {n} a prime number?", f"Is {n} prime?"], _prime(n)
    for n in range(2, 16):
        yield ("maths", f"the square root of {n * n}", [f"What is the square root of {n * n}?"],
               f"The square root of {n * n} is {n}, because {n} times {n} is {n * n}.")


def groups(rng: random.Random):
    """(kind, topic, phrasings, answer) for every generated question."""
    tables = [(topics_home.DISHES, DISH), (topics_home.TASKS, TASK), (topics_home.NATURE, NATURE),
              (topics_terms.TERMS, TERM), (topics_world.ANIMALS, ANIMAL), (topics_world.SPORTS, SPORT),
              (topics_world.PLACES, PLACE), (topics_world.PEOPLE, PERSON), (topics_world.EVENTS, EVENT),
              (FORMULAS, FORMULA)]
    for table, templates in tables:
        for topic, answer in table:
            yield "topic", topic, _pick(rng, templates, topic), answer
    for place, when in BEST_TIME:
        yield "topic", place, _pick(rng, WHEN, place), f"The best time to visit {place} is {when}."
    for country, capital, continent, language in topics_world.COUNTRIES:
        qs = [f"What is the capital of {country}?", f"Which city is the capital of {country}?",
              f"What's the capital city of {country}?", f"Tell me the capital of {country}."]
        yield "topic", country, rng.sample(qs, 3), f"The capital of {country} is {capital}."
        yield ("topic", capital, [f"Where is {capital}?", f"Tell me about {capital}."],
               f"{capital} is the capital of {country}, in {continent}.")
        yield ("topic", country, [f"Where is {country}?", f"Tell me about {country}."],
               f"{_upper(country)} is a country in {continent}. Its capital is {capital}.")
        if language:
            qs = [f"What language is spoken in {country}?", f"What do people speak in {country}?"]
            yield "topic", country, qs, f"The main language of {country} is {language}."
    for questions, answer in UNITS:
        yield "topic", questions[0], questions, answer
    yield from _arithmetic(rng)
    known = [topic for table, _ in tables for topic, _ in table] + [place for place, _ in BEST_TIME]
    known += [name for row in topics_world.COUNTRIES for name in row[:2]]
    asked = [q for qs, _ in everyday.QA + sluice_qa.QA for q in qs]
    hand_picked = set(FALLBACK_TOPICS) | set(FALLBACK_TASKS)
    for i, topic in enumerate(unknown(known, asked, "unknown_topics.txt", FALLBACK_TOPICS, EXTRA_TOPICS)):
        questions = _pick(rng, UNKNOWN, topic)[:3 if topic in hand_picked else 1]
        yield "unknown", topic, questions, ANSWERS[i % len(ANSWERS)]
    for i, task in enumerate(unknown(known, asked, "unknown_tasks.txt", FALLBACK_TASKS, EXTRA_TASKS)):
        questions = _pick(rng, UNKNOWN_TASK, task)[:3 if task in hand_picked else 1]
        yield "unknown_task", task, questions, TASK_ANSWERS[i % len(TASK_ANSWERS)]
    people = dict(topics_world.PEOPLE)
    for person, questions in works.KNOWN:
        yield "topic", person, questions, people[person]
    for i, (work, questions) in enumerate(works.unknown_questions()):
        yield "unknown", work, questions, ANSWERS[i % len(ANSWERS)]
