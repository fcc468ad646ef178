"""Medical record and patient numbers: an identifier introduced by a record word (MRN, medical
record number, patient ID, chart number, hospital number, NHS/health number is UK_NHS's)."""

from __future__ import annotations

import re
from typing import Iterator

from sluice.policy.detectors.recognizers.base import Found, OwnRecognizer, own_recognizer

_LABEL = (r"(?i:\b(?:MRN|MR\s?(?:no\.?|number|#)|med(?:ical)?\.?\s+rec(?:ord)?s?\.?(?:\s+(?:number|no\.?|num|#|id))?"
          r"|patient\s+(?:id|identifier|number|no\.?|num|#|record(?:\s+number)?)|chart\s+(?:number|no\.?|#|id)"
          r"|hospital\s+(?:number|no\.?|#|id)|health\s+record(?:\s+number)?|EHR\s+(?:id|number|no\.?)"
          r"|case\s+record\s+(?:number|no\.?)|unit\s+number|UR\s?(?:no\.?|number)))")
_ID = r"(?<![\w\-])(?=[A-Z\-]{0,4}\d)([A-Z]{0,4}[\-]?\d[\d\-]{3,14}\d[A-Z]?)(?![\w\-])"
_RECORD = re.compile(rf"{_LABEL}\s*+(?:(?:is|was|:|#|=|-|of)\s*+){{0,3}}{_ID}")
"""Label, then separators; each whitespace run is matched possessively, in one way only."""


@own_recognizer
class MedicalRecordRecognizer(OwnRecognizer):
    supported_entities = ["MEDICAL_RECORD_NUMBER"]
    context = ["patient", "mrn", "medical", "record", "chart", "hospital", "admitted", "clinic"]
    hold_patterns = [_RECORD.pattern]

    def find(self, text: str) -> Iterator[Found]:
        for m in _RECORD.finditer(text):
            yield Found("MEDICAL_RECORD_NUMBER", m.start(1), m.end(1), 0.85)
