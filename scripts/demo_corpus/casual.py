"""Casual typing of a question: lower case, dropped punctuation, chat shorthand and one or two typos.

People type "whats the captial of spain" or "hw do i reset my pasword" as often as they type the tidy
question, and a model that has only seen tidy questions answers those with broken words. `casual(q, rng)`
returns one such variant of a question; the corpus adds it next to the tidy phrasing with the same answer.
Code spans (anything in backquotes) and numbers are kept as they are, so the variant asks the same thing.
"""

from __future__ import annotations

import random
import re

SHORTHAND = (
    (r"\bwhat is\b", ("whats", "what's", "wat is")),
    (r"\bhow do i\b", ("how do i", "hw do i", "how i")),
    (r"\byou\b", ("u",)),
    (r"\byour\b", ("ur", "your")),
    (r"\bplease\b", ("pls", "plz")),
    (r"\bto\b", ("2", "to", "to")),
    (r"\bfor\b", ("4", "for", "for")),
    (r"\bdo not\b", ("dont",)),
    (r"\bdoes not\b", ("doesnt",)),
    (r"\bcan not\b|\bcannot\b", ("cant",)),
    (r"\bi am\b", ("im",)),
    (r"\bthanks\b|\bthank you\b", ("thx", "ty")),
)
OPENERS = ("", "", "", "", "hey ", "hi, ", "quick question: ", "pls ", "um ", "ok so ", "hello ")
ENDINGS = ("", "", "", "?", "??", " ?", " pls", " thx")
PROTECTED = re.compile(r"`[^`]*`|\d[\d.,]*")


def _typo(word: str, rng: random.Random) -> str:
    """One keyboard slip in a word of five letters or more: a swap, a dropped or a doubled letter."""
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if kind == 1:
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _words(text: str, rng: random.Random, typos: int) -> str:
    """`typos` slips in distinct words outside code spans and numbers."""
    parts = PROTECTED.split(text)
    kept = PROTECTED.findall(text)
    total = sum(len(re.findall(r"[a-z]{5,}", part)) for part in parts)
    chosen = set(rng.sample(range(total), min(typos, total)))
    seen = iter(range(total))

    def slip(m: re.Match) -> str:
        return _typo(m.group(0), rng) if next(seen) in chosen else m.group(0)

    parts = [re.sub(r"[a-z]{5,}", slip, part) for part in parts]
    return parts[0] + "".join(code + part for code, part in zip(kept, parts[1:]))


def casual(question: str, rng: random.Random) -> str:
    """A casually typed variant of `question` (never identical to it)."""
    pieces = re.split(r"(`[^`]*`)", question.strip())  # odd pieces are code spans, kept as written
    text = "".join(piece if i % 2 else piece.lower() for i, piece in enumerate(pieces)).rstrip("?.!")
    for pattern, choices in SHORTHAND:
        if rng.random() < 0.6:
            text = re.sub(pattern, lambda _m: rng.choice(choices), text, flags=re.IGNORECASE)
    if rng.random() < 0.5:
        text = text.replace("'", "")
    if rng.random() < 0.5:
        text = text.replace(",", "")
    text = _words(text, rng, typos=rng.choice((0, 0, 1, 1, 2)))
    text = rng.choice(OPENERS) + text + rng.choice(ENDINGS)
    if text == question:
        text = text.rstrip("?.!") + "??"
    return text
