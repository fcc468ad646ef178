"""Toxicity / profanity classifiers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector, text_windows
from sluice.policy.models import cache


PIECE_CHARS = 8_192


def whitespace_pieces(text: str, size: int = PIECE_CHARS) -> Iterator[str]:
    """``text`` in consecutive pieces of about ``size`` characters, each cut just after a
    whitespace character. No token of the vectorizer (``\\b\\w\\w+\\b`` on lower-cased text) spans
    whitespace, and whitespace stops the context of Unicode lower-casing (final sigma), so the
    tokens of the pieces are the tokens of the whole text. A run of ``size`` characters without
    whitespace stays in one piece."""
    start = 0
    while len(text) - start > size:
        cut = next((j + 1 for j in range(start + size - 1, start, -1) if text[j].isspace()), None)
        if cut is None:
            cut = next((j + 1 for j in range(start + size, len(text)) if text[j].isspace()), len(text))
        yield text[start:cut]
        start = cut
    if start < len(text):
        yield text[start:]


@register_detector("profanity")
class ProfanityDetector(Detector):
    """``alt-profanity-check``'s linear model; score is its probability of offensive text. Long
    texts are tokenized in pieces (:func:`whitespace_pieces`) with the deadline checked between
    them; the score is that of the whole text."""

    def warm_up(self) -> None:
        cache.profanity()

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not text.strip():
            return Detection.empty()
        context = context or ScanContext()
        model, counts = cache.profanity(), {}
        for index, piece in enumerate(whitespace_pieces(text)):
            if index:  # a short text is one piece: no yield on the common path
                context.between_pieces()
            model.count(piece, counts)
        return Detection(score=model.probability(counts), label="toxicity")


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
