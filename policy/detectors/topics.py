"""Denied topics: plain-language descriptions matched by sentence-embedding similarity."""

from __future__ import annotations

import threading

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector
from sluice.policy.models import cache


@register_detector("topics")
class DeniedTopicsDetector(Detector):
    """Score = highest cosine similarity between the text and any topic's description or
    examples; ``label`` names the best topic. ``thresholds`` maps topic name -> similarity."""

    def __init__(self, *, topics: list[dict], default_threshold: float = 0.45):
        self.topics = [dict(t) for t in topics]
        self.default_threshold = default_threshold
        self._matrix = None
        self._owners: list[int] = []
        self._lock = threading.Lock()

    def _reference(self):
        if self._matrix is None:
            with self._lock:
                if self._matrix is None:
                    texts, owners = [], []
                    for i, topic in enumerate(self.topics):
                        for text in [topic["description"], *topic.get("examples", [])]:
                            texts.append(text)
                            owners.append(i)
                    self._owners = owners
                    self._matrix = cache.embedder().embed(texts)
        return self._matrix

    def warm_up(self) -> None:
        self._reference()

    def threshold(self, index: int) -> float:
        value = self.topics[index].get("threshold")
        return self.default_threshold if value is None else float(value)

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not self.topics or not text.strip():
            return Detection.empty()
        context = context or ScanContext()
        sims = (self._reference() @ context.embeddings(text).T).max(dim=1).values
        best_margin, best = None, None
        for row, owner in enumerate(self._owners):
            margin = float(sims[row]) - self.threshold(owner)
            if best_margin is None or margin > best_margin:
                best_margin, best = margin, (owner, float(sims[row]))
        owner, sim = best
        # Report the score on the guardrail's scale: threshold maps to the topic's own threshold.
        score = max(0.0, min(1.0, self.default_threshold + best_margin))
        return Detection(score=score, label=self.topics[owner]["name"] if sim > 0 else None)
