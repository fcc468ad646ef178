"""Model refusal / censorship detection on output: the response classifier of
:mod:`sluice.policy.censorship` on the whole response, its reasoning text and the request.

Score = the classifier's non-answer score (>= 0.5 exactly when it decides a non-answer); ``label`` =
``<kind>:<topic>`` with kind one of ``censorship``, ``deflection``, ``safety_refusal``, ``canned`` (the
decided kind, or the likeliest non-answer when the decision is an answer) and the topic
from a closed list; ``labels`` = ``[the decided kind, answer included]`` (:data:`sluice.policy.censorship.topics.TOPICS`), so no text from the prompt or
response reaches the decision record."""

from __future__ import annotations

from sluice.policy.censorship import classify, load_head
from sluice.policy.censorship.classifier import NON_ANSWERS
from sluice.policy.censorship.request_harm import warm_up as load_request_reader
from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector


@register_detector("refusal")
class RefusalDetector(Detector):
    """``detect(response, request_text=..., reasoning_text=...)``; see the module docstring."""

    def warm_up(self) -> None:
        load_head()
        load_request_reader()

    def detect(self, text: str, context: ScanContext | None = None, request_text: str | None = None,
               reasoning_text: str | None = None) -> Detection:
        if request_text is None and context is not None:
            request_text = context.request_text
        verdict = classify(request_text or "", text, reasoning_text or "")
        kind = verdict.kind if verdict.kind in NON_ANSWERS else max(
            NON_ANSWERS, key=lambda k: verdict.probabilities.get(k, 0.0))
        return Detection(score=verdict.score, label=f"{kind}:{verdict.topic}", labels=[verdict.kind])
