"""Detectors built from a policy's guardrail sections, one instance per configuration per process.

The input pipeline and the output scanner both take their detectors from here, so the same
configuration never loads a model twice.
"""

from __future__ import annotations

import json
import threading
from importlib import resources
from typing import Any, Callable

from sluice.policy.detectors import Detector, create_detector
from sluice.policy.guards import GuardSettings, GuardTransport
from sluice.policy.schema import PIIGuardrail

_detectors: dict[str, Detector] = {}
_detectors_lock = threading.Lock()


def shared_detector(name: str, **config: Any) -> Detector:
    """One detector instance per (name, configuration) in the process."""
    key = name + json.dumps(config, sort_keys=True, default=str)
    with _detectors_lock:
        detector = _detectors.get(key)
        if detector is None:
            detector = _detectors[key] = create_detector(name, **config)
        return detector


def pii_detector(cfg: PIIGuardrail) -> Detector:
    thresholds = {}
    entities = set(cfg.entities) | {c.entity for c in cfg.custom_recognizers}
    for entity in sorted(entities):
        rule = cfg.rule(entity)
        if rule.action != "allow":
            thresholds[entity] = rule.threshold if rule.threshold is not None else cfg.threshold
    return shared_detector(
        "pii", thresholds=thresholds, languages=cfg.languages,
        custom_recognizers=[c.model_dump() for c in cfg.custom_recognizers],
        allow_list=cfg.allow_list, allow_patterns=cfg.allow_patterns, context_words=cfg.context_words,
    )


def content_detector(cfg, *, stage: str = "input", guards: GuardTransport | None = None) -> Detector:
    """The detector a ``content`` section names: its local classifier, its guard model, or both."""
    def local() -> Detector:
        if cfg.classifier == "minilm_toxicity":
            head = cfg.head_path or str(resources.files("sluice.policy.data").joinpath("minilm_toxicity_head.json"))
            return shared_detector("minilm_toxicity", head_path=head)
        if cfg.classifier == "moderation":
            return shared_detector("moderation")
        return shared_detector("profanity")

    return guarded(cfg, local, stage=stage, guards=guards)


def injection_detector(cfg, *, guards: GuardTransport | None = None) -> Detector:
    def local() -> Detector:
        return shared_detector("injection", heuristics=cfg.heuristics, classifier=cfg.classifier,
                               similarity=cfg.similarity, similarity_gate=cfg.similarity_gate)

    return guarded(cfg, local, stage="input", guards=guards)


def guarded(cfg, local: Callable[[], Detector], *, stage: str, guards: GuardTransport | None) -> Detector:
    """``engine: local`` -> the local detector; ``guard`` -> the guard model; ``both`` -> the pair."""
    if cfg.engine == "local":
        return local()
    g = cfg.guard
    settings = GuardSettings(format=g.format, model=g.model, provider=g.provider, categories=tuple(g.categories),
                             threshold=cfg.threshold, timeout_s=g.timeout_s, policy_text=g.policy_text,
                             labels=tuple(g.labels))
    guard = shared_detector("guard_model", settings=settings, stage=stage, transport=guards)
    return guard if cfg.engine == "guard" else shared_detector("local_and_guard", local=local(), guard=guard,
                                                                      threshold=cfg.threshold)
