"""What a model would read in a text that a person may not see: hidden characters and markup
removed (:func:`reveal`), the text of hidden carriers on its own (:func:`hidden_view`: HTML comments,
elements styled invisible, alt / title / aria / meta texts, markdown titles) and encoded payloads
decoded (:func:`decoded_views`: base64, hex, URL escapes, rot13, and the readings of
:mod:`injection_decoders`). Every step is one left-to-right pass with bounded lookahead, and the
decoded text is capped at :data:`MAX_DECODED_CHARS`, so the work stays linear in the text."""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from urllib.parse import unquote

from sluice.policy.detectors.injection_decoders import decoded_text as _printable
from sluice.policy.detectors.injection_decoders import disguised_views, reads_better

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
_MD_IMAGE = re.compile(r"!\[([^\[\]]{0,4000})\]\(([^()\s]{0,4000})\)")
_URL_ATTR = re.compile(r"""\b(?:src|href|action)\s*=\s*["']([^"'<>\s]{0,4000}\?[^"'<>\s]{0,4000})["']""", re.IGNORECASE)
_COMMENT = re.compile(r"<!--(.{1,4000}?)-->", re.DOTALL)
_HIDING = (r"display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|opacity\s*[:=]\s*[\"']?0(?![.\d])|"
           r"color\s*:\s*(?:#f{3}\b|#f{6}\b|white\b|transparent)|height\s*[:=]\s*[\"']?0(?:px)?[\"';]|\bhidden\b")
_HIDDEN_ELEMENT = re.compile(r"<(\w{1,12})\b[^<>]{0,400}(?:" + _HIDING + r")[^<>]{0,400}>(.{1,4000}?)</\1\s*>",
                             re.IGNORECASE | re.DOTALL)
_NOSCRIPT = re.compile(r"<(noscript|template|svg)\b[^<>]{0,400}>(.{1,4000}?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_MD_TITLE = re.compile(r"""\]\([^()\s]{0,4000}\s+(?:"([^"()]{1,4000})"|'([^'()]{1,4000})')\)""")
_HIDDEN_CHARS = 16_384
"""Most characters of hidden-carrier text read on their own."""

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
    out, HTML comment markers and tags removed (attribute texts such as ``alt`` kept, and link targets
    that carry a query string, where data can leave), markdown image targets dropped unless they
    carry a query string (their alt text kept). Text hidden by styling (``display:none``) stays, as
    the model sees it."""
    text = text.translate(_INVISIBLE)
    if max(text, default=" ") >= "\U000e0000":
        text = text.translate(_TAGS)
    if "<" in text:
        text = _COMMENT_MARK.sub(" ", text)
        text = _TAG.sub(lambda m: " " + " ".join([*(a or b for a, b in _ATTR.findall(m.group())),
                                                  *_URL_ATTR.findall(m.group())]) + " ", text)
    if "![" in text:
        text = _MD_IMAGE.sub(lambda m: m.group(1) + (f" ({m.group(2)})" if "?" in m.group(2) else ""), text)
    return text


_INVISIBLE_RUN = re.compile("[" + "".join(chr(c) for c in _INVISIBLE) + "]+")
_TAG_RUN = re.compile("[\U000e0020-\U000e007e]{4,}")


def _between_invisible(text: str) -> list[str]:
    """Text spelt in Unicode tag characters, and text set between invisible characters (letters
    interleaved with zero-width spaces are joined into words)."""
    pieces = [m.group().translate(_TAGS) for m in _TAG_RUN.finditer(text)] if max(text, default=" ") >= "\U000e0000" else []
    segments = _INVISIBLE_RUN.split(text)[1:-1]
    if segments:
        short = sum(len(s) <= 2 for s in segments)
        pieces.append("".join(segments) if short > len(segments) / 2 else "\n".join(segments))
    return pieces


def hidden_view(text: str) -> str | None:
    """The texts of ``text`` that a reader of the rendered page or document would not see, joined
    (HTML comments, elements styled invisible, ``noscript`` / ``svg`` text, attribute texts, markdown
    image alt texts and link titles); ``None`` when there are none."""
    text = text[:MAX_DECODED_CHARS]
    pieces = _between_invisible(text)
    text = text.translate(_INVISIBLE)
    if "<" in text:
        pieces += [m.group(1) for m in _COMMENT.finditer(text)]
        pieces += [m.group(2) for m in _HIDDEN_ELEMENT.finditer(text)]
        pieces += [m.group(2) for m in _NOSCRIPT.finditer(text)]
        pieces += [a or b for m in _TAG.finditer(text) for a, b in _ATTR.findall(m.group())]
    if "](" in text:
        pieces += [m.group(1) for m in _MD_IMAGE.finditer(text)]
        pieces += [m.group(1) or m.group(2) for m in _MD_TITLE.finditer(text)]
    pieces = [_TAG.sub(" ", p).strip() for p in pieces]
    joined = "\n".join(p for p in pieces if len(p) >= 8)
    return joined[:_HIDDEN_CHARS] or None


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
    runs of base64, base32 or hex digits, URL-escaped text, and the rot13, reversed, leetspeak,
    letter-spaced and (where a cipher is named) Caesar readings of the text when they read more like
    English than the text does (rot13 also when the text mentions it)."""
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
        if _ROT13_HINT.search(head) or reads_better(rot, head):
            add(rot)
    if budget > 0:
        for view in disguised_views(text, budget):
            add(view)
    return views
