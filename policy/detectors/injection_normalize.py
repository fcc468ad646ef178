"""What a model would read in a text that a person may not see: hidden characters and markup
removed (:func:`reveal`), and encoded payloads decoded (:func:`decoded_views`: base64, hex,
URL escapes, rot13). Every step is one left-to-right pass with bounded lookahead, and the decoded
text is capped at :data:`MAX_DECODED_CHARS`, so the work stays linear in the text."""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from urllib.parse import unquote

_INVISIBLE = dict.fromkeys(
    [0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x180E, 0x3164, 0xFEFF, 0xFFA0]
    + list(range(0x200B, 0x2010)) + list(range(0x202A, 0x202F)) + list(range(0x2060, 0x2070)),
    None,
)
_TAGS = {cp: cp - 0xE0000 for cp in range(0xE0020, 0xE007F)}  # Unicode tag characters spell ASCII invisibly
_TAGS.update({0xE0001: None, 0xE007F: None})
_ATTR = re.compile(r"""\b(?:alt|title|aria-label|content|value|data-[\w-]{1,40})\s*=\s*(?:"([^"<>]{1,4000})"|'([^'<>]{1,4000})')""",
                   re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,4000}>")
_COMMENT_MARK = re.compile(r"<!--|-->")
_MD_IMAGE = re.compile(r"!\[([^\[\]]{0,4000})\]\([^()\s]{0,4000}\)")

MAX_DECODED_CHARS = 65_536
"""Most characters decoded from one text (all candidates together)."""
MAX_CANDIDATE_CHARS = 16_384
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,}={0,2}")
_HEX = re.compile(r"\b(?:[0-9A-Fa-f]{2}[ :]?){8,}")
_URL_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_ENGLISH = re.compile(r"\b(?:the|and|you|your|all|to|of|is|are|instructions?|ignore|this|that|with|for)\b", re.IGNORECASE)
_ROT13_HINT = re.compile(r"rot-?13|caesar|cipher", re.IGNORECASE)


def reveal(text: str) -> str:
    """``text`` as a model reads it: invisible formatting characters dropped, tag characters spelt
    out, HTML comment markers and tags removed (attribute texts such as ``alt`` kept), markdown image
    targets dropped (their alt text kept). Text hidden by styling (``display:none``) stays, as the
    model sees it."""
    text = text.translate(_INVISIBLE)
    if max(text, default=" ") >= "\U000e0000":
        text = text.translate(_TAGS)
    if "<" in text:
        text = _COMMENT_MARK.sub(" ", text)
        text = _TAG.sub(lambda m: " " + " ".join(a or b for a, b in _ATTR.findall(m.group())) + " ", text)
    if "![" in text:
        text = _MD_IMAGE.sub(lambda m: m.group(1), text)
    return text


def _printable(data: bytes) -> str | None:
    try:
        decoded = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() or ch.isspace() for ch in decoded)
    return decoded if decoded and letters >= 0.75 * len(decoded) and " " in decoded.strip() else None


def _base64(candidate: str) -> str | None:
    candidate = candidate[:MAX_CANDIDATE_CHARS]
    candidate = candidate[: len(candidate) - len(candidate) % 4] if "=" not in candidate else candidate
    try:
        data = base64.b64decode(candidate.replace("-", "+").replace("_", "/") + "=" * (-len(candidate) % 4))
    except (binascii.Error, ValueError):
        return None
    return _printable(data)


def _hex(candidate: str) -> str | None:
    digits = re.sub(r"[ :]", "", candidate[:MAX_CANDIDATE_CHARS])
    try:
        return _printable(bytes.fromhex(digits[: len(digits) // 2 * 2]))
    except ValueError:
        return None


def decoded_views(text: str) -> list[str]:
    """Texts hidden in ``text`` by an encoding, decoded; empty when there are none. Candidates are
    runs of base64 or hex digits, URL-escaped text, and the rot13 reading of the text when it reads
    more like English than the text does (or the text mentions rot13)."""
    views: list[str] = []
    budget = MAX_DECODED_CHARS

    def add(view: str | None) -> None:
        nonlocal budget
        if view and budget > 0:
            views.append(view[:budget])
            budget -= len(view)

    for match in _BASE64.finditer(text):
        if budget <= 0:
            break
        add(_base64(match.group()))
    for match in _HEX.finditer(text):
        if budget <= 0:
            break
        add(_hex(match.group()))
    if budget > 0 and len(_URL_ESCAPE.findall(text[:MAX_DECODED_CHARS])) >= 4:
        add(unquote(text[:MAX_DECODED_CHARS]))
    head = text[:MAX_DECODED_CHARS]
    if budget > 0 and any("a" <= c.lower() <= "z" for c in head[:200]):
        rot = codecs.encode(head, "rot13")
        if _ROT13_HINT.search(head) or len(_ENGLISH.findall(rot)) > 2 * len(_ENGLISH.findall(head)) + 1:
            add(rot)
    return views
