"""Model refusal / censorship detection on output, with the topic of the refused request.

The topic comes from a closed list of labels matched against the *request* by embedding
similarity, so no text from the prompt or response ever reaches the decision record."""

from __future__ import annotations

import threading

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector
from sluice.policy.detectors.patterns import score_patterns, weighted_patterns
from sluice.policy.models import cache

PATTERNS: list[tuple[str, float, str]] = [
    (r"\bI(?:'m| am)? (?:sorry|afraid)\b.{0,40}\b(?:can(?:not|'t)|won't|will not|unable|not able)\b", 0.9, "refusal"),
    (r"\bI (?:can(?:not|'t)|won't|will not|must decline to|am unable to|'m unable to|am not able to|'m not able to) (?:help|assist|provide|comply|answer|do that|fulfil|fulfill|support|engage|discuss|create|write|generate)\b", 0.9, "refusal"),
    (r"\b(?:I must|I have to|I need to) (?:decline|refuse)\b", 0.9, "refusal"),
    (r"\bas an AI(?: language model| assistant)?\b", 0.5, "canned"),
    (r"\b(?:it(?:'s| is)|that(?:'s| is)) not (?:appropriate|something I can)\b", 0.7, "refusal"),
    (r"\b(?:against|violates?) (?:my|the|our) (?:guidelines|policies|policy|programming|terms)\b", 0.8, "refusal"),
    (r"\bI (?:would|'d) (?:recommend|suggest|advise) (?:consulting|speaking|talking|reaching out)\b.{0,40}\b(?:professional|doctor|lawyer|attorney|expert|advisor|specialist)\b", 0.6, "deflection"),
    (r"\bplease (?:consult|contact|seek)\b.{0,30}\b(?:professional|doctor|lawyer|attorney|expert|advisor|authorities)\b", 0.55, "deflection"),
    (r"\bI(?:'m| am) (?:just|only) an AI\b|\bI don't have (?:personal )?(?:opinions|feelings|the ability)\b", 0.55, "canned"),
    (r"\b(?:this|that) (?:topic|question|request) is (?:sensitive|controversial|outside)\b", 0.6, "deflection"),
    (r"\blet's (?:talk about|discuss|focus on) something else\b|\bI(?:'d| would) (?:prefer|rather) not (?:discuss|answer|comment)\b", 0.7, "deflection"),
]
_COMPILED = weighted_patterns(PATTERNS)

TOPIC_LABELS: dict[str, str] = {
    "weapons": "weapons, explosives, guns and how to build or use them",
    "drugs": "illegal drugs, how to make or buy narcotics",
    "self_harm": "suicide, self-harm and eating disorders",
    "violence": "violence, killing, hurting or threatening people",
    "hacking": "hacking, malware, breaking into computer systems, stealing passwords",
    "sexual": "sexual or explicit adult content",
    "hate": "hate speech, racism and insults against groups of people",
    "medical": "medical diagnosis, medication doses and health advice",
    "legal": "legal advice, lawsuits, contracts and criminal charges",
    "financial": "investment, trading, tax and financial advice",
    "politics": "politics, elections, political parties and government",
    "personal_data": "personal data about a specific private person",
    "fraud": "fraud, scams, forgery and money laundering",
    "company_internal": "confidential company information, internal systems and secrets",
}
TOPIC_MIN_SIMILARITY = 0.2


def refusal_score(text: str) -> tuple[float, str | None]:
    """Refusals show in the opening of a response: only its first 600 characters are scored."""
    return score_patterns(text[:600], _COMPILED)


@register_detector("refusal")
class RefusalDetector(Detector):
    """Score = refusal likelihood of the response; ``label`` = ``<kind>:<topic>`` when a request
    text is supplied through ``set_request`` (topic from ``TOPIC_LABELS``)."""

    def __init__(self, *, topics: dict[str, str] | None = None):
        self.topics = dict(topics or TOPIC_LABELS)
        self._matrix = None
        self._lock = threading.Lock()

    def _reference(self):
        if self._matrix is None:
            with self._lock:
                if self._matrix is None:
                    self._matrix = cache.embedder().embed(list(self.topics.values()))
        return self._matrix

    def topic_of(self, request_text: str, context: ScanContext | None = None) -> str:
        if not request_text.strip():
            return "unknown"
        context = context or ScanContext()
        sims = self._reference() @ context.embedding(request_text)
        best = int(sims.argmax())
        return list(self.topics)[best] if float(sims[best]) >= TOPIC_MIN_SIMILARITY else "other"

    def detect(self, text: str, context: ScanContext | None = None, request_text: str | None = None) -> Detection:
        score, kind = refusal_score(text)
        if kind is None:
            return Detection(score=score)
        topic = self.topic_of(request_text, context) if request_text else "unknown"
        return Detection(score=score, label=f"{kind}:{topic}")
