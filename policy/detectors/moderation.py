"""The ``moderation`` detector: a probability per category of the OpenAI moderation taxonomy."""

from __future__ import annotations

import re
from pathlib import Path

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector, text_windows
from sluice.policy.models import cache
from sluice.policy.moderation import CATEGORIES
from sluice.policy.moderation.model import MODEL_PATH, ModerationModel

PIECE_CHARS = 600
"""The whole text is scored when it is at most this long, and each sentence on its own when there are
several (:func:`~sluice.policy.detectors.base.text_windows`); each category takes its highest score,
so padding cannot dilute a harmful sentence."""

MIN_WORDS = 3
"""A sentence with fewer words than this ("No.", "I.", "A)") is scored together with the sentences
that follow it: alone it carries no content, and the head's n-gram features would score the few
characters it has (a lone "I" read as self-harm intent)."""

MIN_TEXT_WORDS = 2
"""A whole text with fewer words than this (a one-word reply, a letter, a number) gets no category
scores: there is no statement in it to classify."""

_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,}")
"""A word: two or more letters, or one CJK / kana / hangul character."""


def words(text: str) -> int:
    return len(_WORD.findall(text))


def scored_pieces(text: str) -> list[str]:
    """The pieces of ``text`` the head scores: the whole text when it fits, and each sentence with at
    least :data:`MIN_WORDS` words (shorter ones joined to the next sentence, a short last one to the
    one before); nothing for a text of fewer than :data:`MIN_TEXT_WORDS` words."""
    if words(text) < MIN_TEXT_WORDS:
        return []
    pieces, carry = [], ""
    for piece in text_windows(text, PIECE_CHARS):
        if piece == text:
            pieces.append(piece)
            continue
        joined = f"{carry} {piece}" if carry else piece
        if words(joined) < MIN_WORDS:
            carry = joined
            continue
        pieces.append(joined)
        carry = ""
    if carry:
        if pieces and pieces[-1] != text:
            pieces[-1] = f"{pieces[-1]} {carry}"
        elif not pieces:
            pieces.append(carry)
    return list(dict.fromkeys(pieces))


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
        pieces = scored_pieces(text)
        if not pieces:
            return Detection.empty()
        context = context or ScanContext()
        model, best = self._model(), None
        for index, piece in enumerate(pieces):
            if index and index % 16 == 0:
                context.between_pieces()
            scores = model.scores(piece)
            best = scores if best is None else best.clip(min=scores)
        category_scores = {c: round(float(s), 4) for c, s in zip(CATEGORIES, best)}
        return Detection(score=max(category_scores.values()), category_scores=category_scores)
