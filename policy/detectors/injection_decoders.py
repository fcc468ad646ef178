"""Readings of a text under the simple disguises an attacker puts an instruction in, each kept only
when it reads more like English than the text itself: base32, reversed text, leetspeak, letters
spaced apart and Caesar shifts (the last only where the text names a cipher). Every decoder is one
pass over at most :data:`HEAD_CHARS` characters, so the work per text is bounded."""

from __future__ import annotations

import base64
import binascii
import re
import string

HEAD_CHARS = 4_096
"""Characters of a text the whole-text readings (reversed, leetspeak, spaced, Caesar) look at."""
_ENGLISH = re.compile(r"\b(?:the|and|you|your|all|to|of|is|are|it|in|on|a|an|be|no|not|now|with|for|from|then|"
                      r"this|that|what|user'?s?|reply|answer|message|instructions?|ignore|previous|prompt|system|"
                      r"reveal|print|secret|password|rules|tell|say|me|my|send|delete|files?)\b", re.IGNORECASE)
_BASE32 = re.compile(r"\b[A-Z2-7]{16,}={0,6}")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i",
                       "|": "l", "8": "b", "9": "g"})
_LEET_WORD = re.compile(r"(?<![\w@$])(?=[\w@$]*[013457@$])(?=[\w@$]*[a-z])[a-z0-9@$]{2,}(?![\w@$])", re.IGNORECASE)
_LEET_TOKEN = re.compile(r"(?<![\w@$])(?=[\w@$]*[013457@$])[a-z0-9@$]{2,}(?![\w@$])", re.IGNORECASE)
_SPACED = re.compile(r"(?<!\w)\w(?:[ \u00a0]{1,3}\w(?!\w)){5,}")
_CIPHER_HINT = re.compile(r"caesar|cipher|shift(?:ed)? (?:by )?\d|shift \d|rot-?\d", re.IGNORECASE)
_REVERSE_HINT = re.compile(r"backwards?|reversed?|right to left|mirror", re.IGNORECASE)


def english(text: str) -> int:
    """How many common English (instruction) words ``text`` holds."""
    return len(_ENGLISH.findall(text))


_WORDS = re.compile(r"[\w'@$]+")
"""Words of any script: a word with an accented letter ("habitación") stays one word, not an ASCII
fragment ("n") that a rot13 reading would turn into an English one ("a")."""


def reads_better(candidate: str, original: str) -> bool:
    """Whether ``candidate`` (``original`` read through a disguise, word by word) turns at least three
    different words that are not common English into common English, and at least a third as many
    as it turns from English into something else: a disguised payload behind an English request
    gains them, a rewritten English text only loses them (and a word it happens to turn into English,
    "GB" into "TO", counts once however often the text repeats it)."""
    before = _WORDS.findall(original)
    after = _WORDS.findall(candidate)
    if len(before) != len(after):
        return english(candidate) - english(original) >= 3
    english_before = [bool(_ENGLISH.fullmatch(w)) for w in before]
    english_after = [bool(_ENGLISH.fullmatch(w)) for w in after]
    if candidate == original[::-1]:
        english_after, after = english_after[::-1], after[::-1]
    gained = [w.lower() for b, a, w in zip(english_before, english_after, after) if a and not b]
    lost = sum(b and not a for b, a in zip(english_before, english_after))
    return len(set(gained)) >= 3 and 3 * len(gained) >= lost


def decoded_text(data: bytes) -> str | None:
    """``data`` as UTF-8 text when it reads as text (mostly letters and spaces), else ``None``."""
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() or ch.isspace() for ch in decoded)
    return decoded if decoded and letters >= 0.75 * len(decoded) and " " in decoded.strip() else None


def base32_views(text: str, limit: int) -> list[str]:
    out = []
    for match in _BASE32.finditer(text):
        if limit <= 0:
            break
        candidate = match.group().rstrip("=")
        try:
            data = base64.b32decode(candidate + "=" * (-len(candidate) % 8))
        except (binascii.Error, ValueError):
            continue
        decoded = decoded_text(data)
        if decoded:
            out.append(decoded[:limit])
            limit -= len(decoded)
    return out


def reversed_view(head: str) -> str | None:
    flipped = head[::-1]
    if _REVERSE_HINT.search(head) and english(flipped) >= 3 or reads_better(flipped, head):
        return flipped
    return None


def leet_view(head: str) -> str | None:
    if len(_LEET_WORD.findall(head)) < 3:
        return None
    plain = _LEET_TOKEN.sub(lambda m: m.group().translate(_LEET), head)
    return plain if reads_better(plain, head) else None


def spaced_view(head: str) -> str | None:
    """Letters written one by one with spaces between them joined back into words (a double space,
    or a space run, separates words)."""
    if _SPACED.search(head) is None:
        return None
    joined = _SPACED.sub(lambda m: re.sub(r"(?<=\w)[ \u00a0](?=\w)", "", m.group()).replace("  ", " ").replace("  ", " "),
                         head)
    return joined if joined != head else None


def caesar_view(head: str) -> str | None:
    if not _CIPHER_HINT.search(head):
        return None
    lower = string.ascii_lowercase
    best, best_score = None, english(head)
    for shift in range(1, 26):
        table = str.maketrans(lower + lower.upper(), lower[shift:] + lower[:shift] + (lower[shift:] + lower[:shift]).upper())
        candidate = head.translate(table)
        score = english(candidate)
        if score > best_score:
            best, best_score = candidate, score
    return best if best is not None and reads_better(best, head) else None


def disguised_views(text: str, limit: int) -> list[str]:
    """The readings of ``text`` (at most ``limit`` characters in all) that read better than it does."""
    head = text[:HEAD_CHARS]
    views = base32_views(text[:limit * 2], limit)
    for reader in (reversed_view, leet_view, spaced_view, caesar_view):
        view = reader(head)
        if view:
            views.append(view)
    return views
