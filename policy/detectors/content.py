"""Toxicity / profanity classifiers."""

from __future__ import annotations

import json
from pathlib import Path

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector, text_windows
from sluice.policy.models import cache


@register_detector("profanity")
class ProfanityDetector(Detector):
    """``alt-profanity-check``'s linear model; score is its probability of offensive text."""

    def warm_up(self) -> None:
        cache.profanity()

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not text.strip():
            return Detection.empty()
        score = float(cache.profanity().predict_proba([text])[0])
        return Detection(score=score, label="toxicity")


class LogisticHead:
    """A linear classifier over sentence embeddings, stored as JSON (weights, bias)."""

    def __init__(self, weights: list[float], bias: float, meta: dict | None = None):
        import torch

        self.weights = torch.tensor(weights, dtype=torch.float32)
        self.bias = float(bias)
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> "LogisticHead":
        data = json.loads(Path(path).read_text())
        return cls(data["weights"], data["bias"], data.get("meta"))

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps({"weights": self.weights.tolist(), "bias": self.bias, "meta": self.meta}))

    def score(self, embedding) -> float:
        import torch

        return float(torch.sigmoid(embedding @ self.weights + self.bias))


@register_detector("minilm_toxicity")
class EmbeddingToxicityDetector(Detector):
    """Logistic head on all-MiniLM-L6-v2 embeddings (trained offline from shipped data)."""

    def __init__(self, *, head_path: str):
        self.head_path = Path(head_path)

    def _head(self) -> LogisticHead:
        return cache.cached(("toxicity_head", str(self.head_path)), lambda: LogisticHead.load(self.head_path))

    def warm_up(self) -> None:
        self._head()
        cache.embedder(int8=True)

    def scores(self, text: str) -> list[float]:
        """Head score of the text and of each of its sentences (int8 encoder, as in training)."""
        head = self._head()
        return [head.score(v) for v in cache.embedder(int8=True).embed(text_windows(text))]

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not text.strip():
            return Detection.empty()
        return Detection(score=max(self.scores(text)), label="toxicity")
