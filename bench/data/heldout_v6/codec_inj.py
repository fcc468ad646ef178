"""Mechanical encodings applied to hand-written injection payloads (held-out v6, evaluation only).

Item modules import these so that their source shows each payload in plain text next to how it is
encoded; nothing here produces variants.
"""

from __future__ import annotations

import base64
import codecs
import urllib.parse

ZWSP = "\u200b"


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def b32(text: str) -> str:
    return base64.b32encode(text.encode("utf-8")).decode("ascii")


def hexed(text: str, sep: str = "") -> str:
    return sep.join(f"{b:02x}" for b in text.encode("utf-8"))


def rot13(text: str) -> str:
    return codecs.encode(text, "rot13")


def url(text: str) -> str:
    return urllib.parse.quote(text, safe="")


def tags(text: str) -> str:
    """Unicode tag characters (U+E0000 block): invisible in most renderers."""
    return "".join(chr(0xE0000 + ord(c)) for c in text if ord(c) < 128)


def zero_width(text: str) -> str:
    """A zero-width space between every two letters."""
    return ZWSP.join(text)


def reverse(text: str) -> str:
    return text[::-1]
