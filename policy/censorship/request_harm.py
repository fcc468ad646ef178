"""How harmful the request is, read by the content classifier (``policy/moderation``): the highest of its
category probabilities. The same refusal wording is a safety refusal when the request is harmful and a
deflection when it is not ("I can't help with that" to a cleaning checklist), and keyword topics miss most
harmful requests written without a keyword ("how to skim cards at a petrol pump").

The censorship head is trained on these scores, so it is tied to the content model's weights: the head
stores :func:`fingerprint` of the weights it was trained with, and a test checks that the shipped pair
match (retrain the head after the content model)."""

from __future__ import annotations

import functools
import hashlib

from sluice.policy.models import cache
from sluice.policy.moderation.model import MODEL_PATH, ModerationModel

MAX_CHARS = 2000
"""The request's opening characters that are read; a request longer than this is a document handed over, and
what is asked of the model sits in its first lines."""


def _model() -> ModerationModel:
    """The process's one copy of the shipped content model, shared with the content guardrail."""
    return cache.cached(("moderation", str(MODEL_PATH)), lambda: ModerationModel.load(MODEL_PATH))


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """Short digest of the shipped content model's weights file."""
    return hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest()[:16]


def request_harm(request: str) -> float:
    """Highest category probability of the content classifier on ``request`` (0.0 for an empty one)."""
    text = (request or "").strip()[:MAX_CHARS]
    return float(_model().scores(text).max()) if text else 0.0


def warm_up() -> None:
    """Load the content model now rather than on the first response."""
    _model()
