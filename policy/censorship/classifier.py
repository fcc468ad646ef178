"""The shipped multinomial logistic head and the verdict on one response."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import numpy as np

from sluice.policy.censorship.decision import ARGMAX_THRESHOLD, decide
from sluice.policy.censorship.features import DIMENSIONS, featurize
from sluice.policy.censorship.topics import HARMFUL, topic_of

KINDS = ("answer", "censorship", "deflection", "safety_refusal", "canned")
NON_ANSWERS = KINDS[1:]
HEAD_FILE = "censorship_head.npz"


@dataclass(frozen=True)
class Head:
    weights: np.ndarray  # [kinds, DIMENSIONS]
    bias: np.ndarray  # [kinds]
    kinds: tuple[str, ...]
    threshold: float = ARGMAX_THRESHOLD  # P(censorship) + P(deflection) that makes a non-answer (decision.py)


@dataclass(frozen=True)
class Verdict:
    """``kind``: the decided kind (:func:`sluice.policy.censorship.decision.decide`); ``score``: the
    non-answer score, at or above 0.5 exactly when ``kind`` is not ``answer``."""

    kind: str
    score: float
    topic: str
    probabilities: dict[str, float]

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.topic}"


@functools.lru_cache(maxsize=1)
def load_head() -> Head:
    """The trained head shipped with the package (``scripts/train_censorship.py`` writes it)."""
    with resources.files("sluice.policy.data").joinpath(HEAD_FILE).open("rb") as f:
        data = np.load(f, allow_pickle=False)
        weights, bias, kinds = data["weights"], data["bias"], tuple(str(k) for k in data["kinds"])
        threshold = float(data["threshold"]) if "threshold" in data.files else ARGMAX_THRESHOLD
    if weights.shape != (len(kinds), DIMENSIONS):
        raise ValueError(f"{HEAD_FILE} has shape {weights.shape}, the features need {(len(kinds), DIMENSIONS)}")
    return Head(weights.astype(np.float64), bias.astype(np.float64), kinds, threshold)


def probabilities(head: Head, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
    logits = head.weights[:, indices] @ values + head.bias
    logits -= logits.max()
    exp = np.exp(logits)
    return exp / exp.sum()


def classify(request: str, response: str, reasoning: str = "", *, head: Head | None = None) -> Verdict:
    """Kind, non-answer score and topic of ``response`` (and its ``reasoning``) to ``request``."""
    head = head or load_head()
    features = featurize(request, response, reasoning)
    probs = probabilities(head, features.indices, features.values)
    by_kind = {k: float(p) for k, p in zip(head.kinds, probs)}
    topic = topic_of(features.request_topics, features.response_topics)
    kind, score = decide(by_kind, head.threshold, harmful_topic=topic in HARMFUL)
    return Verdict(kind=kind, score=score, topic=topic, probabilities=by_kind)
