"""Prompt injection and jailbreak detection (user messages and tool / retrieved content): a local
classifier over hashed n-grams and the pattern heuristics, read on the text as a model sees it
(hidden characters and markup removed), on the text of hidden carriers alone (HTML comments,
invisible elements, alt / aria / title texts, text between zero-width characters) and on payloads
decoded from base64, base32, hex, URL escapes, rot13, Caesar shifts, reversed text, leetspeak and
spaced-out letters; optionally embedding similarity to known attack prompts."""

from __future__ import annotations

import re
import threading
from importlib import resources

from sluice.policy.detectors.base import Detection, Detector, ScanContext, register_detector
from sluice.policy.detectors.injection_heuristics import HEURISTICS, HEURISTICS_INTL
from sluice.policy.detectors.injection_normalize import decoded_views, hidden_view, reveal
from sluice.policy.detectors.patterns import score_patterns, weighted_patterns
from sluice.policy.models import cache

_COMPILED = weighted_patterns(HEURISTICS + HEURISTICS_INTL)

GATE_WORDS = re.compile(
    r"\b(?:ignor(?:e|ing)|disregard\w*|forget (?:all|every|your|the|previous|prior)|instructions|prompt|"
    r"pretend\w*|act(?:ing)? as|role-?play\w*|let's play|in character|persona|simulat\w*|hypothetical\w*|"
    r"you are (?:now|no longer|free|an? (?:AI|evil|unrestricted))|from now on|no longer bound|jailbr\w*|DAN|"
    r"developer mode|god mode|override|bypass\w*|unfiltered|uncensored|unrestricted|no restrictions|"
    r"without (?:any )?(?:rules|restrictions|limits|filters)|reveal|your (?:rules|guidelines|programming)|"
    r"grandm\w*|for educational purposes|sure, here is|base64|red team)\b",
    re.IGNORECASE,
)
"""Words that occur in known attacks. Embedding similarity runs only on text containing one
(``similarity_gate``), so ordinary prompts skip the model; heuristics always run."""
GATE_PIECE_CHARS = 8_192
GATE_OVERLAP = 64
"""Longer than any fixed alternative of :data:`GATE_WORDS` (the longest, "without any restrictions",
has 24 characters). The open-ended ones (``disregard\\w*``) match wherever their fixed start does,
so a piece end that cuts one does not change whether it matches."""

SIMILARITY_FLOOR = 0.35
SIMILARITY_CEIL = 0.75
"""Cosine similarity mapped linearly to a 0..1 score between these two values."""


def load_attack_corpus() -> list[str]:
    text = resources.files("sluice.policy").joinpath("data/injection_attacks.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


CLASSIFIER_WINDOW = 256
CLASSIFIER_STRIDE = 128
"""The classifier reads a text longer than a window in windows of this many characters, each starting
half a window after the last: an instruction shorter than half a window lies whole in one window,
and padding around it cannot dilute it. The last window ends at the end of the text; every character
is read at most three times (twice but near the end): linear work."""


WINDOWS_PER_PIECE = 32
"""Windows read between two deadline checks (about 4,000 characters): a prompt of ordinary length
is read without yielding the interpreter lock."""


def classifier_windows(text: str) -> list[str]:
    if len(text) <= CLASSIFIER_WINDOW:
        return [text]
    last = max(0, len(text) - CLASSIFIER_WINDOW)
    starts = list(range(0, last, CLASSIFIER_STRIDE)) + [last]
    return [text[start:start + CLASSIFIER_WINDOW] for start in starts]


SENTENCE = re.compile(r"(?:[^.!?;\n。！？；]|[.!?](?=[\w/@-])){8,256}[.!?;。！？；]*")
"""Sentences (and lines) read on their own: an instruction planted in a long document is diluted by
the text around it in a window. Longer ones are left to the windows. A full stop, question or
exclamation mark with a letter, digit or slash right after it is inside a word (an e-mail address,
a domain, a decimal, a query string) and ends nothing: cut there, "example, 0121 496 0011." would be
read alone, a fragment too short to judge."""
SENTENCE_GATE = 0.3
"""Sentences of a view are read only when one of its windows scores at least this much."""


LETTER = re.compile(r"[^\W\d_]")
"""A piece without a single letter (digits, separators, punctuation: tables of numbers, card lists)
holds no instruction and is not scored; encoded payloads are scored through their decoded views."""


def sentences(text: str) -> list[str]:
    return [m.group() for m in SENTENCE.finditer(text)]


def _scan_view(model, view: str, context: ScanContext, best: float, label: str | None,
               origin: str | None) -> tuple[float, str | None]:
    document = model.cues(view)
    windows = classifier_windows(view)
    top = 0.0
    for index, window in enumerate(windows):
        if index and index % WINDOWS_PER_PIECE == 0:
            context.between_pieces()
        if not LETTER.search(window):
            continue
        score, family = model.score(window, document)
        top = max(top, score)
        if score > best:
            best, label = score, origin or family
    if top >= SENTENCE_GATE and (len(windows) > 1 or len(view) > 64):
        for index, sentence in enumerate(sentences(view)):
            if index and index % WINDOWS_PER_PIECE == 0:
                context.between_pieces()
            if not LETTER.search(sentence):
                continue
            score, family = model.score(sentence, document)
            if score > best:
                best, label = score, origin or family
    return best, label


def classify(model, text: str, context: ScanContext) -> tuple[float, str | None]:
    """Highest calibrated score of ``model`` over the windows of the revealed text, of its hidden
    carriers and of every decoded payload, and over their sentences where a window reached
    :data:`SENTENCE_GATE`, each piece read with the context cues of its whole view; the label is the
    family of the best piece (``hidden`` or ``encoded`` when it came from hidden text or a decoded
    payload)."""
    best, label = 0.0, None
    hidden = hidden_view(text)
    views = [(reveal(text), None)] + ([(hidden, "hidden")] if hidden else []) + \
        [(view, "encoded") for view in decoded_views(text)]
    for view, origin in views:
        best, label = _scan_view(model, view, context, best, label, origin)
    return best, label


def heuristic_score(text: str) -> tuple[float, str | None]:
    """Combine independent pattern hits: 1 - prod(1 - weight). The patterns run on RE2 over the
    whole text: about 0.6 ms per pattern on 400,000 characters (``bench/scan_stall.py``), so no call
    stalls other threads for long, and reading in pieces would only add work."""
    return score_patterns(text, _COMPILED)


def gate_open(text: str, context: ScanContext | None = None) -> bool:
    """Whether ``text`` contains one of the :data:`GATE_WORDS`. A long text is searched in pieces,
    each read with :data:`GATE_OVERLAP` characters of the next one (so a match that starts in the
    piece is whole and its closing ``\\b`` sees the real next character) and with the character
    before it as context for the opening ``\\b``; a match counts for the piece it starts in."""
    if len(text) <= GATE_PIECE_CHARS:
        return GATE_WORDS.search(text) is not None
    for start in range(0, len(text), GATE_PIECE_CHARS):
        if context is not None:
            context.between_pieces()
        match = GATE_WORDS.search(text, start, min(len(text), start + GATE_PIECE_CHARS + GATE_OVERLAP))
        if match is not None and match.start() < start + GATE_PIECE_CHARS:
            return True
    return False


def injection_classifier():
    """The injection classifier shipped in ``policy/data/injection_classifier.npz``, loaded once."""
    from sluice.policy.detectors.injection_model import InjectionModel

    return cache.cached(("injection_classifier",), InjectionModel.load)


@register_detector("injection")
class InjectionDetector(Detector):
    """``classifier`` on: the score is the calibrated probability of the classifier (which reads the
    heuristic hits as inputs) on the revealed text and every decoded payload, the highest over
    windows; ``heuristics`` alone (classifier off): the heuristic score on the raw text. With
    ``similarity`` the embedding similarity can raise the score."""

    def __init__(self, *, heuristics: bool = True, similarity: bool = False, similarity_gate: bool = True,
                 classifier: bool = True, attacks: list[str] | None = None):
        self.heuristics = heuristics
        self.classifier = classifier
        self.similarity = similarity
        self.similarity_gate = similarity_gate
        self.attacks = attacks
        self._matrix = None
        self._lock = threading.Lock()

    def _reference(self):
        if self._matrix is None:
            with self._lock:
                if self._matrix is None:
                    self._matrix = cache.embedder().embed(self.attacks or load_attack_corpus())
        return self._matrix

    def warm_up(self) -> None:
        if self.classifier:
            injection_classifier()
        if self.similarity:
            self._reference()

    def detect(self, text: str, context: ScanContext | None = None) -> Detection:
        if not text.strip():
            return Detection.empty()
        context = context or ScanContext()
        if self.classifier:
            score, label = classify(injection_classifier(), text, context)
        else:
            score, label = heuristic_score(text) if self.heuristics else (0.0, None)
        context.check_deadline()
        if self.similarity and score < 1.0 and (not self.similarity_gate or gate_open(text, context)):
            sim = float((self._reference() @ context.embeddings(text).T).max())
            sim_score = max(0.0, min(1.0, (sim - SIMILARITY_FLOOR) / (SIMILARITY_CEIL - SIMILARITY_FLOOR)))
            if sim_score > score:
                score, label = sim_score, "similar_to_known_attack"
        return Detection(score=score, label=label)
