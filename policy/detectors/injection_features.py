"""Hashed n-gram features of the injection classifier, in plain numpy.

Character 2-5-grams of the case-folded text (whitespace runs collapsed, one space around it) and
word uni- and bigrams, each hashed into :data:`BUCKETS` slots; values are ``log1p`` counts,
L2-normalised. The hashing is deterministic (no Python ``hash``), so training
(``scripts/train_injection.py``) and inference compute identical features from this one function."""

from __future__ import annotations

import re
import unicodedata
import zlib

import numpy as np

BUCKETS = 1 << 18
CHAR_NGRAMS = (2, 3, 4, 5)
_MULT = np.uint64(1_000_003)
_MASK = np.uint64(0xFFFFFFFF)
_MIX = np.uint64(0x9E3779B1)
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    return " " + _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip() + " "


def _finish(h: np.ndarray, salt: int) -> np.ndarray:
    h = (h ^ np.uint64(salt)) & _MASK
    h = (h * _MIX) & _MASK
    h ^= h >> np.uint64(15)
    return (h % np.uint64(BUCKETS)).astype(np.int64)


def _char_hashes(folded: str) -> list[np.ndarray]:
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    out = []
    for n in CHAR_NGRAMS:
        if len(codes) < n:
            break
        h = np.zeros(len(codes) - n + 1, dtype=np.uint64)
        for k in range(n):
            h = (h * _MULT + codes[k:len(codes) - n + 1 + k]) & _MASK
        out.append(_finish(h, n))
    return out


def _word_hashes(folded: str) -> list[np.ndarray]:
    words = _WORD.findall(folded)
    if not words:
        return []
    h = np.fromiter((zlib.crc32(w.encode("utf-8")) for w in words), dtype=np.uint64, count=len(words))
    out = [_finish(h, 101)]
    if len(h) > 1:
        out.append(_finish((h[:-1] * _MULT + h[1:]) & _MASK, 102))
    return out


def features(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique bucket indices and their values for ``text`` (empty arrays for empty text)."""
    folded = fold(text)
    parts = _char_hashes(folded) + _word_hashes(folded)
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    index, counts = np.unique(np.concatenate(parts), return_counts=True)
    values = np.log1p(counts.astype(np.float64))
    return index, values / np.sqrt(values @ values)
