"""Detectors that ask a guard model (``guard_model``), and the pair of a local classifier and a guard
model (``engine: both``). Registered by name like every detector; built from a guardrail section by
:func:`guarded` in ``configured.py``."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector
from sluice.policy.guards import Conversation, GuardError, GuardFailure, GuardSettings, GuardTransport, guard_format
from sluice.policy.guards.base import Deadline


CACHE_SIZE = 4096


@register_detector("guard_model")
class GuardModelDetector(Detector):
    """Judges text with a guard model. ``stage`` is ``input`` (the text is the user's turn) or ``output``
    (the text is the model's answer, judged together with the request in ``context.request_text``).

    Verdicts are remembered (the last ``CACHE_SIZE``, keyed by a hash of what was judged, never the
    text): a conversation resends its earlier messages with every turn, and they are not asked again."""

    def __init__(self, *, settings: GuardSettings, stage: str, transport: GuardTransport | None):
        self.settings, self.stage, self.transport = settings, stage, transport
        self.format = guard_format(settings.format)
        self._verdicts: OrderedDict[bytes, Detection] = OrderedDict()
        self._lock = threading.Lock()

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if self.transport is None:
            raise GuardError(GuardFailure.NOT_CONFIGURED, "no guard transport: guard models are reached through the "
                                                          "gateway's providers")
        if self.stage == "output" and not self.format.input_only:
            conversation = Conversation(user=(context.request_text if context else None) or "", assistant=text)
        else:
            conversation = Conversation(user=text)
        key = hashlib.blake2b(repr((conversation.user, conversation.assistant)).encode(), digest_size=20).digest()
        with self._lock:
            known = self._verdicts.get(key)
            if known is not None:
                self._verdicts.move_to_end(key)
                return Detection(score=known.score, label=known.label, labels=list(known.labels))
        detection = self._ask(conversation)
        with self._lock:
            self._verdicts[key] = detection
            while len(self._verdicts) > CACHE_SIZE:
                self._verdicts.popitem(last=False)
        return Detection(score=detection.score, label=detection.label, labels=list(detection.labels))

    def _ask(self, conversation: Conversation) -> Detection:
        deadline = Deadline(self.settings.timeout_s)
        settings = self.settings

        def ask(body: dict) -> dict:
            return self.transport(provider=settings.provider, model=settings.model, endpoint=self.format.endpoint,
                                  body=body, timeout_s=deadline.left())

        verdict = self.format.check(conversation, settings, ask)
        return Detection(score=min(max(verdict.score, 0.0), 1.0), labels=list(verdict.labels),
                         label=", ".join(verdict.labels) or None)


@register_detector("local_and_guard")
class LocalAndGuardDetector(Detector):
    """Runs the local detector and the guard model; the higher score decides, and the labels of each
    that reaches ``threshold`` are kept. Either failing fails the guardrail (fail closed)."""

    def __init__(self, *, local: Detector, guard: Detector, threshold: float):
        self.local, self.guard, self.threshold = local, guard, threshold

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        local = self.local.detect(text, context)
        guard = self.guard.detect(text, context)
        top = max((local, guard), key=lambda d: d.score)
        labels = list(dict.fromkeys(label for d in (local, guard) if d.score >= self.threshold
                                    for label in d.all_labels()))
        return Detection(score=top.score, spans=local.spans, label=top.label or ", ".join(labels) or None,
                         labels=labels, category_scores=local.category_scores)

    def warm_up(self) -> None:
        self.local.warm_up()
