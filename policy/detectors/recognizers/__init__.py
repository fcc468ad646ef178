"""Sluice's own pattern recognizers, by entity type (see :mod:`.base` for the interface)."""

from sluice.policy.detectors.recognizers import addresses, cards, dates, medical, phone  # noqa: F401
from sluice.policy.detectors.recognizers.base import Found, OwnRecognizer, own_entities, own_recognizer_for

__all__ = ["Found", "OwnRecognizer", "own_entities", "own_recognizer_for"]
