"""Questions the demo model must answer with "I don't know much about that": topics and tasks its tables lack.

A model of 2.3 M parameters cannot copy an arbitrary topic from the question into its answer (trained to say
"I only know a little about X", it wrote a blend of memorised topics: "lighthouses" became "lynxes"), so
the answer names no topic: it is one of a few fixed, readable sentences. What the model has to learn is the
decision, known topic or not, and for that it sees many unknown topics: the hand-picked `FALLBACK_TOPICS`
and `FALLBACK_TASKS` and the longer lists in `unknown_topics.txt` / `unknown_tasks.txt` (written for this
corpus, one phrase a line). A phrase that names a topic of the fact tables (ignoring articles and plural
endings, or as a whole word inside it: "bee pollination" when "bees" is a table topic) is left out, so a
question the tables answer is never also taught as unknown.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent

ANSWERS = (
    "I don't know much about that. I am a very small demo model, so please check a reliable source.",
    "Sorry, I am not sure about that. I am a tiny demo model that knows only a few everyday topics and Sluice, "
    "so please look it up.",
    "I can't answer that well: I am a very small demo model. A reliable website or an expert will help you more.",
)
TASK_ANSWERS = (
    "I don't know how to do that well. I am a very small demo model, so please look for a good guide.",
    "Sorry, I am not sure how to do that. I am a tiny demo model; an expert or a reliable guide can help you.",
)


def _norm(phrase: str) -> str:
    words = re.sub(r"[^a-z0-9 ]", " ", phrase.lower()).split()
    if words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(w[:-2] if w.endswith("es") and len(w) > 4 else w[:-1] if w.endswith("s") and len(w) > 3
                    else w for w in words)


def _lines(name: str) -> list[str]:
    path = HERE / name
    if not path.is_file():
        return []
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def unknown(known: list[str], known_text: list[str], extra: str, hand_picked: list[str],
            limit: int | None = None) -> list[str]:
    """The hand-picked phrases and those of `extra`, without any that names a known topic: equal to one,
    holding a one-word topic ("bee pollination" when "bees" is known), or a single word that occurs in a
    known topic or in a hand-written question (`known_text`: "sleep" when "How can I sleep better?" is
    answered). At most `limit` phrases of `extra` are used (a fixed sample: the corpus keeps a balance of
    known and unknown questions)."""
    known_norm = {_norm(k) for k in known}
    single = {k for k in known_norm if " " not in k}
    words = {w for k in known_norm for w in k.split() if len(w) > 3}
    words |= {w for text in known_text for w in _norm(text).split() if len(w) > 4}
    lines = _lines(extra)
    if limit is not None and len(lines) > limit:
        lines = random.Random(len(lines)).sample(lines, limit)
    out, seen = [], set()
    for phrase in [*hand_picked, *lines]:
        norm = _norm(phrase)
        if not norm or norm in seen or norm in known_norm or single & set(norm.split()) \
                or (" " not in norm and norm in words):
            continue
        seen.add(norm)
        out.append(phrase)
    return out
