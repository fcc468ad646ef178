"""Numbers that look like personal data but are not: UUIDs, hashes, timestamps, version strings,
and order / invoice / ticket numbers named as such. Spans of number-shaped entities inside them
are dropped, whichever recognizer found them."""

from __future__ import annotations

import bisect
import re

from sluice.policy.detectors.recognizers.base import preceding_words

NUMERIC_ENTITIES = frozenset({
    "PHONE_NUMBER", "IN_AADHAAR", "US_BANK_NUMBER", "UK_NHS", "US_DRIVER_LICENSE", "US_PASSPORT",
    "MEDICAL_LICENSE", "AU_TFN", "AU_ABN", "AU_ACN", "AU_MEDICARE", "SG_UEN", "US_ITIN", "IN_VOTER",
    "IN_PASSPORT", "KR_RRN", "PL_PESEL", "POSTAL_CODE", "CRYPTO", "MEDICAL_RECORD_NUMBER",
})
"""Entity types whose matches are mostly digits, so they can stand inside a non-personal number."""

_NOT_PII = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"   # UUID
    r"|(?<![0-9a-zA-Z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{16,}(?![0-9a-zA-Z])"  # hex digest
    r"|(?<![0-9a-zA-Z])(?=[0-9A-F]*[A-F])(?=[0-9A-F]*[0-9])[0-9A-F]{16,}(?![0-9a-zA-Z])"
    r"|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?"    # ISO timestamp
    r"|\d{4}[01]\d[0-3]\d[T_\-]?[0-2]\d[0-5]\d[0-5]\d(?:\d{1,6})?(?!\d)"                  # compact timestamp
    r"|(?<![\w.])v?\d+\.\d+\.\d+(?:[.\-+][0-9A-Za-z.\-]+)?(?=\b|$)(?<![.\-])"           # version string
)

ORDER_WORDS = frozenset({
    "order", "orders", "invoice", "invoices", "inv", "po", "ticket", "ref", "reference", "tracking",
    "shipment", "sku", "item", "confirmation", "booking", "transaction", "txn", "case", "build",
    "version", "release", "serial", "model", "part", "batch", "lot", "receipt", "request", "req",
    "job", "issue", "bug", "commit", "rev", "revision", "record", "id", "no", "nr", "number",
})
"""Words that, right before a number, say it is a business or technical identifier."""

PERSONAL_WORDS = frozenset({
    "phone", "tel", "telephone", "mobile", "cell", "call", "fax", "contact", "whatsapp", "sms",
    "text", "dial", "aadhaar", "nhs", "passport", "license", "licence", "ssn", "account", "bank",
    "patient", "mrn", "birth", "born", "dob", "zip", "postcode",
})


def non_pii_ranges(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NOT_PII.finditer(text)]


def _inside(ranges: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and ranges[i][0] <= start and end <= ranges[i][1]


def named_as_identifier(text: str, start: int) -> bool:
    """The number is introduced as an order, invoice, ticket, ... number (``#`` counts too)."""
    before = text[max(0, start - 3):start].rstrip(" :")
    if before.endswith("#"):
        words = preceding_words(text, start, 3)
        return not PERSONAL_WORDS.intersection(words)
    words = preceding_words(text, start, 3)
    return bool(ORDER_WORDS.intersection(words)) and not PERSONAL_WORDS.intersection(words)


def drop_noise(text: str, spans: list) -> list:
    """``spans`` without number-shaped findings that stand in a non-personal number."""
    numeric = [s for s in spans if s.entity_type in NUMERIC_ENTITIES]
    if not numeric:
        return spans
    ranges = non_pii_ranges(text)
    starts = [r[0] for r in ranges]
    dropped = set()
    for span in numeric:
        if _inside(ranges, starts, span.start, span.end) or (
                span.entity_type != "MEDICAL_RECORD_NUMBER" and named_as_identifier(text, span.start)):
            dropped.add(id(span))
    return [s for s in spans if id(s) not in dropped]
