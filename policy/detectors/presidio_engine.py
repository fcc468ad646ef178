"""Builds only the Presidio recognizers a policy asks for, configured to run offline.

Presidio's ``AnalyzerEngine()`` default would try to download a spaCy model, and its e-mail
recognizer calls ``tldextract`` with network access. Here recognizers are instantiated
explicitly, the e-mail recognizer validates domains against the suffix list bundled with
``tldextract``, and NER is done separately (see :mod:`sluice.policy.detectors.ner`).
"""

from __future__ import annotations

import inspect
import re
from functools import lru_cache

from sluice.policy.schema.pii import CustomRecognizer

NLP_RECOGNIZERS = {"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer", "GLiNERRecognizer"}


def _offline_email_class():
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    from sluice.policy.models import cache

    class OfflineEmailRecognizer(EmailRecognizer):
        """Presidio's e-mail recognizer with a domain check that never touches the network."""

        def validate_result(self, pattern_text: str):
            return cache.tld_extractor()(pattern_text).fqdn != ""

    return OfflineEmailRecognizer


PHONE_CANDIDATE = re.compile(
    r"(?<![\w+])\+?\(?\d(?:[\d\s()\-/]|\.(?=\d)){5,22}\d(?:\s*(?:x|ext\.?)\s*\d{1,6})?(?!\w)"
)
"""Digit runs that could be phone numbers (the output scanner holds these back while streaming)."""


@lru_cache(maxsize=1)
def _predefined_classes() -> dict[str, list[type]]:
    """Map entity type -> predefined recognizer classes (no NLP-engine recognizers)."""
    from presidio_analyzer import predefined_recognizers as pr

    by_entity: dict[str, list[type]] = {}
    for name, cls in vars(pr).items():
        if not inspect.isclass(cls) or name in NLP_RECOGNIZERS or not name.endswith("Recognizer"):
            continue
        try:
            instance = cls()
        except Exception:  # noqa: BLE001 - recognizers needing arguments are not predefined defaults
            continue
        for entity in getattr(instance, "supported_entities", []):
            by_entity.setdefault(entity, []).append(cls)
    return by_entity


def predefined_entities() -> set[str]:
    """Every entity type a predefined Presidio pattern recognizer can find."""
    return set(_predefined_classes())


def build_recognizers(entities: set[str], language: str) -> list:
    """Sluice's own recognizers for the types it has them for, then Presidio's predefined pattern
    recognizers for the rest of ``entities`` (NER entities excluded)."""
    import logging

    from sluice.policy.detectors.recognizers import own_recognizer_for

    own: list = []
    for entity in sorted(entities):
        factory = own_recognizer_for(entity)
        if factory is not None and not any(isinstance(r, factory) for r in own):
            own.append(factory())
    entities = {e for e in entities if own_recognizer_for(e) is None}
    if not entities:
        return own

    from presidio_analyzer import RecognizerRegistry

    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    registry = RecognizerRegistry(supported_languages=[language])
    try:
        registry.load_predefined_recognizers(languages=[language])
    except (ValueError, KeyError):
        registry.recognizers = []
    email_cls = _offline_email_class()
    chosen, covered = [], set()
    for recognizer in registry.recognizers:
        if type(recognizer).__name__ in NLP_RECOGNIZERS:
            continue
        wanted = set(recognizer.supported_entities) & entities
        if not wanted:
            continue
        if type(recognizer).__name__ == "EmailRecognizer":
            recognizer = email_cls(supported_language=recognizer.supported_language, context=recognizer.context)
        chosen.append(recognizer)
        covered |= wanted
    for entity in sorted(entities - covered):
        for cls in _predefined_classes().get(entity, []):
            if cls.__name__ == "EmailRecognizer":
                cls = email_cls
            chosen.append(cls())
            covered.add(entity)
            break
    return own + chosen


def build_custom(recognizers: list[CustomRecognizer], language: str) -> list:
    """Pattern / deny-list recognizers defined in the policy (matched on RE2)."""
    from sluice.policy.detectors.linear_recognizer import linear_recognizer

    return [linear_recognizer(spec, language) for spec in recognizers]
