"""Numbers that look like personal data but are not: UUIDs, hashes, timestamps, version strings,
and order / invoice / ticket numbers named as such. Spans of number-shaped entities inside them
are dropped, whichever recognizer found them."""

from __future__ import annotations

import re

from sluice.policy.detectors.recognizers.base import preceding_words

NUMERIC_ENTITIES = frozenset({
    "PHONE_NUMBER", "IN_AADHAAR", "US_BANK_NUMBER", "UK_NHS", "US_DRIVER_LICENSE", "US_PASSPORT",
    "MEDICAL_LICENSE", "AU_TFN", "AU_ABN", "AU_ACN", "AU_MEDICARE", "SG_UEN", "US_ITIN", "IN_VOTER",
    "IN_PASSPORT", "KR_RRN", "PL_PESEL", "DATE_TIME", "DATE_OF_BIRTH", "POSTAL_CODE", "CRYPTO", "MEDICAL_RECORD_NUMBER",
})
"""Entity types whose matches are mostly digits, so they can stand inside a non-personal number."""
DATES = frozenset({"DATE_TIME", "DATE_OF_BIRTH"})

_NOT_PII = re.compile(
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"   # UUID
    r"|(?<![0-9a-zA-Z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{16,}(?![0-9a-zA-Z])"  # hex digest
    r"|(?<![0-9a-zA-Z])(?=[0-9A-F]*[A-F])(?=[0-9A-F]*[0-9])[0-9A-F]{16,}(?![0-9a-zA-Z])"
    r"|(?P<ts>\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?"  # ISO timestamp
    r"|\d{4}[01]\d[0-3]\d[T_\-]?[0-2]\d[0-5]\d[0-5]\d(?:\d{1,6})?(?!\d))"                 # compact timestamp
    r"|(?<![\w.])(?!(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?!\d))(?!0\d)v?\d+\.\d+\.\d+(?:[.\-+][0-9A-Za-z.\-]+)?(?=\b|$)(?<![.\-])"           # version string
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


NEAR = 64
"""How far around a finding a UUID, digest, timestamp or version string that holds it may reach."""


def inside_non_pii(text: str, start: int, end: int, *, dates: bool = False) -> bool:
    """Whether ``text[start:end]`` lies inside a UUID, digest, timestamp or version string (a
    timestamp does not count for ``dates``: a date in it is a date). Only a window around the
    finding is searched, so the cost follows the findings, not the text."""
    low = max(0, start - NEAR)
    for m in _NOT_PII.finditer(text, low, min(len(text), end + NEAR)):
        if m.start() <= start and end <= m.end():
            return not (dates and m.group("ts"))
    return False


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
    dropped = set()
    for span in numeric:
        dates = span.entity_type in DATES
        if inside_non_pii(text, span.start, span.end, dates=dates) or (
                span.entity_type not in DATES | {"MEDICAL_RECORD_NUMBER"} and named_as_identifier(text, span.start)):
            dropped.add(id(span))
    return [s for s in spans if id(s) not in dropped]
