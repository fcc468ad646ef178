"""Dates and times (DATE_TIME) and dates of birth (DATE_OF_BIRTH: a date introduced by a birth
word). Numeric dates in the usual orders, written dates in English, weekdays, times, and years
where a preceding word makes them a point in time."""

from __future__ import annotations

import re
from typing import Iterator

from sluice.policy.detectors.recognizers.base import Covered, Found, OwnRecognizer, own_recognizer, preceding_words

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)day"
_TIME = r"(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d{1,6})?)?(?:\s?(?:[AaPp]\.[Mm]\.|[AaPp][Mm]\b))?(?:\s?(?:Z|UTC|GMT|[+\-]\d{2}:?\d{2}))?"
_NUM_DATE = (r"(?:\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])"
             r"|(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|[12]\d|3[01])[/.\-](?:\d{4}|\d{2})"
             r"|\d{4}/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))")
_TEXT_DATE = (rf"(?:(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}(?:\s+of)?\s+{_MONTH}(?:,?\s+{_YEAR})?"
              rf"|{_MONTH},?\s+{_YEAR}))")
_PATTERNS = [
    (rf"(?<![\w/.\-])(?:{_NUM_DATE})(?:[T\s]+{_TIME})?(?![\w/\-]|\.\d)", 0.6),
    (rf"(?i:(?<![\w]){_TEXT_DATE}(?:,?\s+(?:at\s+)?{_TIME})?)(?!\w)", 0.6),
    (rf"(?i:(?<!\w){_WEEKDAY}s?)(?!\w)", 0.5),
    (rf"(?<![\w:.]){_TIME}(?![\w:]|\.\d)", 0.4),
    (rf"(?i:(?<![\w:.])(?:[01]?\d)\s?(?:[ap]\.?m\.?))(?!\w)", 0.4),
    (rf"(?<![\w.\-/:$€£]){_YEAR}s?(?![\w\-/:%]|[.,]\d)", 0.2),
]
_REGEXES = [(re.compile(p), s) for p, s in _PATTERNS]
YEAR_WORDS = frozenset({"in", "since", "year", "born", "from", "until", "till", "by", "of", "during", "before",
                        "after", "circa", "around", "early", "late", "mid", "spring", "summer", "autumn", "fall",
                        "winter", "class", "founded", "established", "graduated", "married"})
BIRTH_WORDS = frozenset({"born", "birth", "dob", "birthday", "birthdate", "b", "geboren", "née", "naissance"})
_ANY_BIRTH_WORD = re.compile(rf"(?i)(?<![^\W\d_])(?:{'|'.join(sorted(BIRTH_WORDS))})(?![^\W\d_])")
"""A birth word standing as a word: without one, a text holds no date of birth."""


@own_recognizer
class DateRecognizer(OwnRecognizer):
    supported_entities = ["DATE_TIME", "DATE_OF_BIRTH"]
    context = ["date", "time", "day", "born", "birth", "dob", "on", "at", "when", "scheduled", "due"]
    hold_patterns = [r.pattern for r, _ in _REGEXES]

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[Found]:
        if "DATE_TIME" not in entities and not _ANY_BIRTH_WORD.search(text):
            return []  # only dates of birth are wanted, and no birth word introduces one
        return super().analyze(text, entities, nlp_artifacts)

    def find(self, text: str) -> Iterator[Found]:
        taken = Covered()
        for regex, score in _REGEXES:
            for m in regex.finditer(text):
                start, end = m.start(), m.end()
                if taken.contains(start, end):
                    continue
                words = preceding_words(text, start, 3)
                found = score
                if score < 0.3:  # a bare year counts where a word makes it a point in time
                    if not words or words[-1] not in YEAR_WORDS:
                        continue
                    found = 0.5
                taken.add(start, end)
                yield Found("DATE_TIME", start, end, found)
                if BIRTH_WORDS.intersection(words[-2:]):
                    yield Found("DATE_OF_BIRTH", start, end, 0.85)
