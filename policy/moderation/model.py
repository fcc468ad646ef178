"""The moderation model: one linear head per category over hashed features, stored as ``.npz``
(no pickles). Only the non-zero weights are stored; loading rebuilds the dense matrix."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from sluice.policy.moderation.categories import CATEGORIES
from sluice.policy.moderation.features import N_FEATURES, featurize

MODEL_PATH = Path(__file__).resolve().parents[1] / "data" / "moderation.npz"


class ModerationModel:
    """``scores(text)`` -> one probability per category of :data:`CATEGORIES`, in that order."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, meta: dict | None = None):
        if weights.shape != (N_FEATURES, len(CATEGORIES)) or bias.shape != (len(CATEGORIES),):
            raise ValueError(f"moderation weights of shape {weights.shape} do not fit the features")
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.meta = meta or {}

    def scores(self, text: str) -> np.ndarray:
        index, values = featurize(text)
        logits = values @ self.weights[index] + self.bias
        return 1.0 / (1.0 + np.exp(-logits))

    def save(self, path: Path) -> None:
        w = self.weights.astype(np.float16)
        rows = np.flatnonzero(np.any(w != 0, axis=1)).astype(np.int32)
        np.savez_compressed(path, rows=rows, weights=w[rows], bias=self.bias, categories=np.array(CATEGORIES),
                            meta=np.array(json.dumps(self.meta)))

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "ModerationModel":
        with np.load(path, allow_pickle=False) as data:
            if tuple(str(c) for c in data["categories"]) != CATEGORIES:
                raise ValueError(f"{path} was trained for other categories")
            weights = np.zeros((N_FEATURES, len(CATEGORIES)), dtype=np.float32)
            weights[data["rows"]] = data["weights"]
            return cls(weights, data["bias"], json.loads(str(data["meta"])))
