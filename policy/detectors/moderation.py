"""The ``moderation`` detector: a probability per category of the OpenAI moderation taxonomy."""

from __future__ import annotations

from pathlib import Path

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector, text_windows
from sluice.policy.models import cache
from sluice.policy.moderation import CATEGORIES
from sluice.policy.moderation.model import MODEL_PATH, ModerationModel

PIECE_CHARS = 600
"""The whole text is scored when it is at most this long, and each sentence on its own when there are
several (:func:`~sluice.policy.detectors.base.text_windows`); each category takes its highest score,
so padding cannot dilute a harmful sentence."""


@register_detector("moderation")
class ModerationDetector(Detector):
    """Hashed n-gram features and one logistic head per category (``policy/data/moderation.npz``,
    trained by ``scripts/train_moderation.py``). ``score`` is the highest category probability;
    which categories fire is the policy's decision (per-category thresholds)."""

    def __init__(self, *, model_path: str | None = None):
        self.model_path = Path(model_path) if model_path else MODEL_PATH

    def _model(self) -> ModerationModel:
        return cache.cached(("moderation", str(self.model_path)), lambda: ModerationModel.load(self.model_path))

    def warm_up(self) -> None:
        self._model()

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not text.strip():
            return Detection.empty()
        context = context or ScanContext()
        model, best = self._model(), None
        for index, piece in enumerate(text_windows(text, PIECE_CHARS)):
            if index and index % 16 == 0:
                context.between_pieces()
            scores = model.scores(piece)
            best = scores if best is None else best.clip(min=scores)
        category_scores = {c: round(float(s), 4) for c, s in zip(CATEGORIES, best)}
        return Detection(score=max(category_scores.values()), category_scores=category_scores)
