"""The injection classifier: a logistic head over hashed n-grams (:mod:`injection_features`) plus
one input per heuristic pattern and one per context cue of the whole text the piece was read from
(a sentence of a training handout that reports an attack knows it sits in a handout),
Platt-calibrated on sources held out during training, and a multinomial head naming the attack
family. Weights ship as ``policy/data/injection_classifier.npz``
(written by ``scripts/train_injection.py``); inference is plain numpy."""

from __future__ import annotations

import io
from dataclasses import dataclass
from importlib import resources

import numpy as np

from sluice.policy.detectors.injection_features import BUCKETS, features
from sluice.policy.detectors.injection_heuristics import CONTEXT_CUES, HEURISTICS, HEURISTICS_INTL
from sluice.policy.detectors.patterns import PatternSet, weighted_patterns

MODEL_FILE = "data/injection_classifier.npz"
FAMILY_BUCKETS = 1 << 15


def heuristic_sources() -> list[tuple[str, float, str]]:
    return HEURISTICS + HEURISTICS_INTL + CONTEXT_CUES


DOCUMENT_CUES = [cue for cue in CONTEXT_CUES if cue[2] != "quoted"]
"""Cues of the whole view given to each of its pieces: reporting, discussing, addressing. Quotation
is left out: "Summarise: '... ignore previous instructions ...'" quotes the document it hands over,
and the attack in it is as live as unquoted."""
_FEATURE_PATTERNS = None
_CUE_PATTERNS = None


def input_width(buckets: int = BUCKETS) -> int:
    """Inputs of a head with ``buckets`` n-gram slots: the slots, the heuristics, the document cues."""
    return buckets + len(heuristic_sources()) + len(DOCUMENT_CUES)


def document_cues(text: str) -> np.ndarray:
    """Input indices of the :data:`DOCUMENT_CUES` found in ``text``, the whole view a piece is read
    from (after the heuristic inputs)."""
    global _CUE_PATTERNS
    if _CUE_PATTERNS is None:
        _CUE_PATTERNS = PatternSet(weighted_patterns(DOCUMENT_CUES))
    first = BUCKETS + len(heuristic_sources())
    return np.array([first + i for i in _CUE_PATTERNS.hits(text)], dtype=np.int64)


def model_inputs(text: str, document: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Sparse input of the classifier: n-gram buckets, then one 0/1 input per heuristic pattern
    (index ``BUCKETS + i``), then the ``document`` cues (:func:`document_cues` of the view the text
    was read from; of ``text`` itself when not given)."""
    global _FEATURE_PATTERNS
    if _FEATURE_PATTERNS is None:
        _FEATURE_PATTERNS = PatternSet(weighted_patterns(heuristic_sources()))
    index, values = features(text)
    hits = [BUCKETS + i for i in _FEATURE_PATTERNS.hits(text)]
    extra = np.concatenate([np.array(hits, dtype=np.int64), document_cues(text) if document is None else document])
    if len(extra):
        index = np.concatenate([index, extra])
        values = np.concatenate([values, np.ones(len(extra))])
    return index, values


def family_index(index: np.ndarray) -> np.ndarray:
    """Inputs of the family head: n-gram buckets folded to :data:`FAMILY_BUCKETS`, heuristics after."""
    return np.where(index < BUCKETS, index % FAMILY_BUCKETS, index - BUCKETS + FAMILY_BUCKETS)


@dataclass(frozen=True)
class InjectionModel:
    weights: np.ndarray          # [BUCKETS + patterns]
    bias: float
    platt: tuple[float, float]   # calibrated p = sigmoid(a * logit + b)
    family_weights: np.ndarray   # [families, FAMILY_BUCKETS + patterns]
    family_bias: np.ndarray
    families: tuple[str, ...]
    threshold: float             # calibrated score with FPR <= 0.04 on held-out training sources

    def logit(self, index: np.ndarray, values: np.ndarray) -> float:
        return float(self.weights[index] @ values + self.bias)

    def probability(self, index: np.ndarray, values: np.ndarray) -> float:
        a, b = self.platt
        return float(1.0 / (1.0 + np.exp(-(a * self.logit(index, values) + b))))

    def family(self, index: np.ndarray, values: np.ndarray) -> str:
        scores = self.family_weights[:, family_index(index)] @ values + self.family_bias
        return self.families[int(np.argmax(scores))]

    @staticmethod
    def cues(view: str) -> np.ndarray:
        """The document inputs of pieces read from ``view`` (:func:`document_cues`)."""
        return document_cues(view)

    def score(self, text: str, document: np.ndarray | None = None) -> tuple[float, str]:
        index, values = model_inputs(text, document)
        return self.probability(index, values), self.family(index, values)

    def save(self) -> bytes:
        buf = io.BytesIO()
        np.savez_compressed(buf, weights=self.weights.astype(np.float16), bias=np.float64(self.bias),
                            platt=np.array(self.platt), family_weights=self.family_weights.astype(np.float16),
                            family_bias=self.family_bias, families=np.array(self.families),
                            threshold=np.float64(self.threshold))
        return buf.getvalue()

    @staticmethod
    def load(data: bytes | None = None) -> "InjectionModel":
        if data is None:
            data = resources.files("sluice.policy").joinpath(MODEL_FILE).read_bytes()
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            if len(z["weights"]) != input_width():
                raise ValueError(f"the injection classifier has {len(z['weights'])} inputs where this code reads "
                                 f"{input_width()}: retrain it with scripts/train_injection.py")
            return InjectionModel(weights=z["weights"].astype(np.float64), bias=float(z["bias"]),
                                  platt=tuple(float(v) for v in z["platt"]),
                                  family_weights=z["family_weights"].astype(np.float64),
                                  family_bias=z["family_bias"].astype(np.float64),
                                  families=tuple(str(f) for f in z["families"]), threshold=float(z["threshold"]))
