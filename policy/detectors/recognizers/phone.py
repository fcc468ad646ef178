"""Phone numbers by their written shape, in any country's format: an optional ``+CC``, an optional
``(0)`` or ``(area)``, and digit groups with one kind of separator, 7 to 15 digits, an optional
extension. Shapes that belong to other things (dates, IP addresses, card numbers, SSNs) are not
phone numbers; a bare run of digits needs a context word to count."""

from __future__ import annotations

import re
from typing import Iterator

from sluice.policy.detectors.recognizers.base import Found, OwnRecognizer, own_recognizer
from sluice.policy.detectors.recognizers.cards import is_card_number

_CANDIDATE = re.compile(
    r"(?:(?<![\w.+\-/:#])|(?<=\\[nrt]))"  # also right after an escaped newline or tab (pasted JSON)
    r"(?P<cc>\+\d{1,3}[ .\-]?)?"
    r"(?:\(0\)[ .\-]?)?"
    r"(?P<area>\(\d{1,5}\)[ .\-]?)?"
    r"(?P<body>\d{1,11}(?:[ .\-]\d{1,8}){0,6})"
    r"(?:\s*(?:x|ext\.?|extension)\s*\d{1,6})?"
    r"(?![\w/:]|-\d|[.,]\d)"
)
_GROUP = re.compile(r"\d+")
_DATE_SHAPES = re.compile(
    r"(?:\d{4}[.\-][01]?\d[.\-][0-3]?\d|[0-3]?\d[.\-][01]?\d[.\-](?:\d{4}|\d{2}))"
)

BASE_SCORE = 0.5
SHORT_SCORE = 0.4
BARE_SCORE = 0.3
"""Formatted numbers of 9+ digits; of 7-8 digits; a bare run of digits (needs a context word)."""


def _other_shape(body: str, groups: list[str], digits: str, has_prefix: bool) -> bool:
    if has_prefix:
        return False
    if _DATE_SHAPES.fullmatch(body):
        return True
    if len(groups) == 4 and "." in body and all(len(g) <= 3 and int(g) <= 255 for g in groups):
        return True  # IPv4 address
    if re.fullmatch(r"\d{3}-\d{2}-\d{4}", body):
        return True  # US SSN
    if "." in body and len(groups) >= 3 and max(map(len, groups)) > 4:
        return True  # version or build number
    return 12 <= len(digits) <= 19 and is_card_number(digits)


@own_recognizer
class PhoneNumberRecognizer(OwnRecognizer):
    supported_entities = ["PHONE_NUMBER"]
    context = ["phone", "number", "telephone", "tel", "cell", "cellphone", "mobile", "call", "fax",
               "contact", "reach", "whatsapp", "sms", "text", "dial", "hotline"]
    hold_patterns = [_CANDIDATE.pattern]

    def find(self, text: str) -> Iterator[Found]:
        for match in _CANDIDATE.finditer(text):
            body = match.group("body")
            groups = _GROUP.findall(body)
            has_prefix = bool(match.group("cc") or match.group("area"))
            digits = "".join(_GROUP.findall(match.group(0)[: match.end("body") - match.start()]))
            if not 7 <= len(digits) <= 15 or _other_shape(body, groups, digits, has_prefix):
                continue
            separators = set(re.sub(r"\d", "", body))
            if len(separators) > 1 and not has_prefix and separators != {" ", "-"}:
                continue
            if len(groups) == 1 and not has_prefix:
                if len(digits) not in (10, 11):
                    continue
                score = BARE_SCORE
            else:
                score = BASE_SCORE if len(digits) >= 9 else SHORT_SCORE
            yield Found("PHONE_NUMBER", match.start(), match.end(), score)
