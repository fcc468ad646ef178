"""Which categories of a content detection fire under a policy, and what the guardrail then does.

A detection with per-category scores (the ``moderation`` classifier) fires each category whose score
reaches that category's threshold and whose action is not ``allow``; the gravest action among the
fired categories applies and the fired categories are the labels. A detection without them
(``profanity``, ``minilm_toxicity``, a guard model) fires when its score reaches the guardrail's
threshold, with the guardrail's action. With ``engine: both`` a guard model's verdict (its labels,
present when it reached the threshold) fires with the guardrail's action too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sluice.policy.detectors import Detection
from sluice.policy.vocabulary import GuardrailAction

SEVERITY = ["allow", "flag", "redact", "mask", "block"]


@dataclass
class Verdict:
    triggered: bool
    action: str
    score: float
    labels: list[str] = field(default_factory=list)
    by_category: bool = False


def verdict(cfg, detection: Detection) -> Verdict:
    """The verdict of guardrail section ``cfg`` (threshold, action, optional ``rule(category)``) on ``detection``."""
    scores = detection.category_scores
    if not scores:
        hit = detection.score >= cfg.threshold
        return Verdict(hit, cfg.action, detection.score, detection.all_labels() if hit else [])
    acted = {c: s for c, s in scores.items() if cfg.rule(c)[1] != "allow"}
    fired = sorted((c for c, s in acted.items() if s >= cfg.rule(c)[0]), key=lambda c: -acted[c])
    actions = [cfg.rule(c)[1] for c in fired]
    guard_labels = [label for label in detection.labels if label not in scores]
    if guard_labels:
        fired, actions = fired + guard_labels, actions + [cfg.action]
    score = max([*acted.values(), detection.score if guard_labels else 0.0], default=0.0)
    if not fired:
        return Verdict(False, cfg.action, score, by_category=True)
    return Verdict(True, max(actions, key=SEVERITY.index), score, fired, by_category=True)


def apply_verdicts(result, verdicts: list[Verdict]) -> None:
    """Record on ``result`` (a :class:`~sluice.policy.results.GuardrailResult`) the verdicts that fired
    on its texts: the gravest action, and for per-category verdicts every fired category as a label."""
    result.action = GuardrailAction(max((v.action for v in verdicts), key=SEVERITY.index))
    if any(v.by_category for v in verdicts):
        result.labels = list(dict.fromkeys(label for v in verdicts for label in v.labels))
        result.label = result.labels[0] if result.labels else None
    result.trigger()
