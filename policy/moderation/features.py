"""Hashed character and word n-gram features, computed in numpy.

Text is NFKC-normalised, lower-cased and its whitespace collapsed. Features: character n-grams of
2..5 code points over `` text ``, and word unigrams and bigrams (``\\w+`` tokens). Each n-gram is
hashed into ``N_FEATURES`` buckets (polynomial hash of code points for characters, CRC-32 for
words); a bucket's value is ``1 + log(count)``, and the vector is L2-normalised (short texts less:
``MIN_NORM``). Training and
inference call the same :func:`featurize`, so the features are identical by construction.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

import numpy as np

N_FEATURES = 1 << 18
MIN_NORM = 12.0
"""The vector is divided by its norm or by this, whichever is larger: a text of a few words (norm about
6 for "thank you") has fewer n-grams as evidence, and unit-normalising it made each of them weigh as much as
a paragraph's whole vocabulary, so two-word replies scored like insults or threats. 12 is the norm of a
text of about 35 characters."""
CHAR_NGRAMS = (2, 3, 4, 5)
_MULT = np.uint64(0x9E3779B1)
_SALT = {n: np.uint64(n * 0x85EBCA77) for n in CHAR_NGRAMS}
_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_WORD_SALT = 0x5BD1E995


def normalize(text: str) -> str:
    return " " + _SPACE.sub(" ", unicodedata.normalize("NFKC", text).lower()).strip() + " "


def _char_buckets(text: str) -> np.ndarray:
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts = []
    with np.errstate(over="ignore"):
        h = np.zeros(len(codes), dtype=np.uint64)
        for n in range(1, CHAR_NGRAMS[-1] + 1):
            if len(codes) < n:
                break
            # h[i] = hash of codes[i : i + n]
            h = h[: len(codes) - n + 1] * _MULT + codes[n - 1:]
            if n in _SALT:
                mixed = (h ^ _SALT[n]) * np.uint64(0xFF51AFD7ED558CCD)
                parts.append((mixed >> np.uint64(33)) % np.uint64(N_FEATURES))
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64)


def _word_buckets(text: str) -> np.ndarray:
    words = _WORD.findall(text)
    hashes = [zlib.crc32(w.encode("utf-8")) for w in words]
    grams = hashes + [zlib.crc32(b"%d %d" % pair) ^ _WORD_SALT for pair in zip(hashes, hashes[1:])]
    return np.asarray(grams, dtype=np.uint64) % np.uint64(N_FEATURES)


def featurize(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Sorted bucket indices (int64) and their values (float32) of ``text``'s unit feature vector."""
    norm = normalize(text)
    buckets = np.concatenate([_char_buckets(norm), _word_buckets(norm)]).astype(np.int64)
    if not len(buckets):
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    index, counts = np.unique(buckets, return_counts=True)
    values = 1.0 + np.log(counts.astype(np.float32))
    return index, (values / max(float(np.linalg.norm(values)), MIN_NORM)).astype(np.float32)
