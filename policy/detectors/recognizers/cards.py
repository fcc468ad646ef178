"""Payment card numbers by the current IIN (issuer) ranges: 13-19 digit PANs that pass the Luhn
check and whose prefix and length belong to a scheme (Visa incl. 19-digit, Mastercard 51-55 and
2221-2720, Amex, Discover, JCB 15-19 digits, Diners, UnionPay, Maestro, Mir, RuPay, Verve, Troy)."""

from __future__ import annotations

import re
from typing import Iterator

from sluice.policy.detectors.recognizers.base import Found, OwnRecognizer, own_recognizer

IIN_TABLE: list[tuple[int, int, frozenset[int]]] = [
    # (first prefix, last prefix, PAN lengths); prefixes compared on their own number of digits
    (4, 4, frozenset({13, 16, 19})),                   # Visa
    (51, 55, frozenset({16})),                         # Mastercard
    (2221, 2720, frozenset({16})),                     # Mastercard 2-series
    (34, 34, frozenset({15})), (37, 37, frozenset({15})),  # American Express
    (6011, 6011, frozenset(range(16, 20))), (644, 649, frozenset(range(16, 20))),
    (65, 65, frozenset(range(16, 20))), (622126, 622925, frozenset(range(16, 20))),  # Discover
    (3528, 3589, frozenset(range(15, 20))),            # JCB
    (1800, 1800, frozenset({15})), (2131, 2131, frozenset({15})),  # JCB (legacy 15-digit)
    (300, 305, frozenset(range(14, 20))), (3095, 3095, frozenset(range(14, 20))),
    (36, 36, frozenset(range(14, 20))), (38, 39, frozenset(range(16, 20))),  # Diners Club
    (62, 62, frozenset(range(16, 20))), (81, 81, frozenset(range(16, 20))),  # UnionPay
    (5018, 5018, frozenset(range(12, 20))), (5020, 5020, frozenset(range(12, 20))),
    (5038, 5038, frozenset(range(12, 20))), (5893, 5893, frozenset(range(12, 20))),
    (6304, 6304, frozenset(range(12, 20))), (6759, 6759, frozenset(range(12, 20))),
    (6761, 6763, frozenset(range(12, 20))), (56, 58, frozenset(range(12, 20))),  # Maestro
    (2200, 2204, frozenset(range(16, 20))),            # Mir
    (60, 60, frozenset({16})), (508, 508, frozenset({16})), (353, 353, frozenset({16})),
    (356, 356, frozenset({16})), (82, 82, frozenset({16})),  # RuPay
    (506099, 506198, frozenset({16, 18, 19})), (650002, 650027, frozenset({16, 18, 19})),  # Verve
    (9792, 9792, frozenset({16})),                     # Troy
]
"""Issuer identification number ranges and the PAN lengths each scheme issues."""

_CANDIDATE = re.compile(
    r"(?:(?<![\w.\-/:])|(?<=\\[nrt]))(?:"
    r"\d{4}(?P<s1>[ \-]?)\d{4}(?P=s1)\d{4}(?P=s1)\d{1,4}(?:(?P=s1)\d{1,3})?"  # 4-4-4-4(-3) and 4-4-4-1..3
    r"|\d{4}(?P<s2>[ \-]?)\d{6}(?P=s2)\d{4,5}"                              # 4-6-5 (Amex), 4-6-4 (Diners)
    r"|\d{12,19}"
    r")(?![\w\-/:]|\.\d)"
)


_NEXT_GROUP = re.compile(r"[ \-]")


def luhn_valid(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def issued_length(digits: str) -> bool:
    """Whether a scheme issues PANs of this prefix and length."""
    n = len(digits)
    for low, high, lengths in IIN_TABLE:
        width = len(str(low))
        if low <= int(digits[:width]) <= high and n in lengths:
            return True
    return False


def is_card_number(digits: str) -> bool:
    return 12 <= len(digits) <= 19 and luhn_valid(digits) and issued_length(digits)


@own_recognizer
class CardRecognizer(OwnRecognizer):
    supported_entities = ["CREDIT_CARD"]
    context = ["card", "credit", "debit", "visa", "mastercard", "amex", "cc", "pan", "payment"]
    hold_patterns = [_CANDIDATE.pattern]

    def find(self, text: str) -> Iterator[Found]:
        pos = 0
        while (match := _CANDIDATE.search(text, pos)) is not None:
            digits = match.group(0).replace(" ", "").replace("-", "")
            if is_card_number(digits):
                yield Found("CREDIT_CARD", match.start(), match.end(), 1.0)
                pos = match.end()
            else:  # a run of groups that is no card may still hold one from its next group on
                gap = _NEXT_GROUP.search(text, match.start() + 1, match.end())
                pos = gap.end() if gap else match.end()
