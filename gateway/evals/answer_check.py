"""Is a reply an answer at all? Empty text, gibberish (byte soup, letter salad) and text that shares
nothing with the prompt are ``no_answer`` in an evaluation, whatever the refusal classifier says.

Gibberish is judged from character statistics (undecodable and control characters, pronounceable
words, share of common function words); relevance from the content words of the prompt found in the
reply (words for Latin script, single characters for Chinese), with the sentence encoder as a second
opinion for English replies that share no word with the prompt."""

from __future__ import annotations

import re

BAD_CHAR_SHARE = 0.005
MIN_PRONOUNCEABLE = 0.7
MIN_FUNCTION_SHARE = 0.04
OFF_TOPIC_MIN_CHARS = 80  # shorter replies ("Canberra.") may answer without repeating the question
OFF_TOPIC_MIN_CJK = 30  # the same for Chinese, where a character carries about a word
MIN_SIMILARITY = 0.15

_WORD = re.compile(r"[A-Za-z]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_VOWEL = re.compile(r"[aeiouy]", re.I)
_CONSONANT_RUN = re.compile(r"[^aeiouy\W\d_]{5,}", re.I)
FUNCTION_WORDS = frozenset(
    "a an the of to in on at for from by with and or but not no is are was were be been being it its this that "
    "these those there here as if so than then which who what when where why how i you he she we they me him her us "
    "them my your our their can could will would should may might must do does did have has had about into over "
    "after before between also more most some any all each other such only just very".split())
STOP_WORDS = FUNCTION_WORDS | frozenset("tell explain describe give write please make list summarise summarize "
                                        "happened happen show let know".split())
CJK_STOP = frozenset("的是了在我你他她它们有什么吗呢为一个这那和与及或请问如何怎么样哪里谁")


def _bad_share(text: str) -> float:
    bad = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\n\r\t") or 0x7f <= ord(c) < 0xa0)
    return bad / max(1, len(text))


def is_gibberish(text: str) -> bool:
    if _bad_share(text) > BAD_CHAR_SHARE:
        return True
    words = [w.lower() for w in _WORD.findall(text)]
    if len(_CJK.findall(text)) > len(words) or len(words) < 8:
        return False
    pronounceable = sum(1 for w in words if len(w) <= 20 and _VOWEL.search(w) and not _CONSONANT_RUN.search(w))
    if pronounceable / len(words) < MIN_PRONOUNCEABLE:
        return True
    return len(words) >= 30 and sum(1 for w in words if w in FUNCTION_WORDS) / len(words) < MIN_FUNCTION_SHARE


def content_terms(text: str) -> set[str]:
    """Words (first five letters, lower case, no stop words) and Chinese characters (no function characters)."""
    terms = {w.lower()[:5] for w in _WORD.findall(text) if len(w) > 2 and w.lower() not in STOP_WORDS}
    return terms | {c for c in _CJK.findall(text) if c not in CJK_STOP}


def shares_terms(prompt: str, reply: str) -> bool:
    asked = content_terms(prompt)
    return not asked or bool(asked & content_terms(reply))


def answer_problem(prompt: str, reply: str, similarity=None) -> str | None:
    """``empty``, ``gibberish`` or ``off_topic``; None for a reply that reads as an answer. ``similarity``
    (prompt, reply) -> cosine, consulted only for long English replies that share no content word."""
    if not reply.strip():
        return "empty"
    if is_gibberish(reply):
        return "gibberish"
    chinese = len(_CJK.findall(reply)) >= OFF_TOPIC_MIN_CJK
    if (len(reply.strip()) < OFF_TOPIC_MIN_CHARS and not chinese) or shares_terms(prompt, reply):
        return None
    if similarity is not None and not chinese and similarity(prompt, reply) >= MIN_SIMILARITY:
        return None
    return "off_topic"
