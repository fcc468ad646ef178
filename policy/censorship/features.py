"""Features of a (request, response, reasoning) triple: lexicon counts, request context (keyword topics and
how harmful the content classifier reads the request), their interactions, how concretely the response takes up the request (``specificity``), and hashed word / Chinese-character n-grams of the response. Plain Python and numpy;
the training script calls the same function, so training and run time see identical features."""

from __future__ import annotations

import math
import re
import zlib
from dataclasses import dataclass

import numpy as np

from sluice.policy.censorship.lexicon import GROUPS, OPINION_REQUEST, REASONING_ANSWER, REASONING_AVOID, REASONING_GUARD
from sluice.policy.censorship.request_harm import request_harm
from sluice.policy.censorship.specificity import NAMES as SPECIFICITY_NAMES
from sluice.policy.censorship.specificity import specificity
from sluice.policy.censorship.topics import ADVICE, HARMFUL, POLITICAL, topic_counts

HASH_BITS = 15
HASH_SIZE = 1 << HASH_BITS
OPENING_CHARS = 200

_SPACES = re.compile(r"\s+")
_NUMBER = re.compile(r"\d+")
_TERM = re.compile(r"[a-z]{4,}|[\u3400-\u9fff]")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,4}\b")
_WORD = re.compile(r"[a-z0-9]+")
COMMON = frozenset("what when where which while with would could should about there their these those this that "
                   "have from been were they them your does into tell explain describe happened happen give "
                   "的是了在我你他她它们有什么吗呢为一个这那和与及或请问如何怎么样哪里谁发生".split() +
                   list("的是了在我你他她它们有什么吗呢为一个这那和与及或请问如何怎么样哪里谁发生"))
_TOKEN = re.compile(r"[a-z0-9']+|[\u3400-\u9fff]")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\uff0c": ",", "\u3002": ".",
                         "\uff01": "!", "\uff1f": "?", "\uff1a": ":", "\uff1b": ";"})

INTERACTIONS = (("refusal", "political"), ("refusal", "harmful"), ("refusal", "advice"), ("narrative", "political"),
                ("pivot", "political"), ("critical", "political"), ("deflection", "political"),
                ("deflection", "advice"), ("noncommittal", "political"), ("upbeat", "political"), ("canned_evasion", "political"), ("safety", "harmful"),
                ("canned", "political"), ("pivot", "harmful"), ("platitude", "political"), ("platitude", "advice"),
                ("canned_generic", "political"))
DENSE_NAMES: tuple[str, ...] = (
    *(f"response.{g}" for g in GROUPS), *(f"reasoning.{g}" for g in GROUPS), "reasoning.guard",
    "opening.refusal", "opening.canned_evasion", "length.log", "length.short", "length.empty",
    "request.political", "request.harmful", "request.advice", "response.political_topic",
    *(f"{a}*{b}" for a, b in INTERACTIONS),
    "response.numbers", "response.question", "overlap", "overlap*political", "numbers*political", "length*political",
    "uncritical*political", "narrative_over_critical*political", "request.opinion", "noncommittal*opinion",
    "numberless*opinion", "unmarked*political", "unmarked*platitude", "unmarked*upbeat", "unmarked*noncommittal",
    "reasoning.answer_intent", "reasoning.avoid_intent", "reasoning.avoid_over_answer",
    *SPECIFICITY_NAMES, *(f"political*{n}" for n in SPECIFICITY_NAMES),
    "refusal*harm", "refusal*harm_logit", "opening.refusal*harm", "opening.refusal*harm_logit",
    "closing.refusal", "closing.canned_evasion", "closing*long",
)
DIMENSIONS = len(DENSE_NAMES) + HASH_SIZE


def normalise(text: str) -> str:
    """Lower case, straight quotes, ASCII punctuation for full-width, single spaces, padded by spaces."""
    return " " + _SPACES.sub(" ", text.translate(_QUOTES).lower()).strip() + " "


def _count(text: str, phrases: tuple[str, ...]) -> int:
    return sum(text.count(p) for p in phrases)


def hashed_ngrams(text: str) -> dict[int, float]:
    """Bucket -> count of token unigrams and bigrams (words, or single Chinese characters)."""
    tokens = _TOKEN.findall(text)
    buckets: dict[int, float] = {}
    grams = tokens + [a + " " + b for a, b in zip(tokens, tokens[1:])]
    for gram in grams:
        bucket = zlib.crc32(gram.encode()) & (HASH_SIZE - 1)
        buckets[bucket] = buckets.get(bucket, 0.0) + 1.0
    return buckets


@dataclass(frozen=True)
class Features:
    """Sparse feature vector (``indices`` into ``DIMENSIONS``) and the pieces the topic needs."""

    indices: np.ndarray
    values: np.ndarray
    request_topics: dict[str, int]
    response_topics: dict[str, int]


def harm_log_odds(harm: float) -> float:
    """Log-odds of the request's harm score, clipped to [-6, 6] and scaled to [-1, 1]: the scores of harmless
    requests (0.02 to 0.3) differ little in probability and much in log-odds."""
    harm = min(max(harm, 1e-6), 1.0 - 1e-6)
    return max(-6.0, min(6.0, math.log(harm / (1.0 - harm)))) / 6.0


def overlap(request: str, response: str, request_raw: str = "") -> float:
    """Share of the request's content terms the response uses: words of 4+ letters, Chinese characters, and
    the acronyms written in capitals in ``request_raw`` ("Explain VAT", "what's an ISA"), which are often
    the whole subject of a workplace question however short they are."""
    asked = {t for t in _TERM.findall(request) if t not in COMMON}
    asked |= {a.lower() for a in _ACRONYM.findall(request_raw)}
    used = set(_TERM.findall(response)) | set(_WORD.findall(response))
    return len(asked & used) / len(asked) if asked else 0.0


def featurize(request: str, response: str, reasoning: str = "") -> Features:
    req, resp, rsn = normalise(request or ""), normalise(response or ""), normalise(reasoning or "")
    counts = {g: _count(resp, phrases) for g, phrases in GROUPS.items()}
    req_topics, resp_topics = topic_counts(req), topic_counts(resp)
    context = {"political": float(any(t in req_topics for t in POLITICAL)),
               "harmful": float(any(t in req_topics for t in HARMFUL)),
               "advice": float(any(t in req_topics for t in ADVICE))}
    opening = resp[:OPENING_CHARS]
    logs = {g: math.log1p(c) for g, c in counts.items()}
    dense = [*logs.values(),
             *(math.log1p(_count(rsn, phrases)) if rsn.strip() else 0.0 for phrases in GROUPS.values()),
             math.log1p(_count(rsn, REASONING_GUARD)) if rsn.strip() else 0.0,
             float(_count(opening, GROUPS["refusal"]) > 0), float(_count(opening, GROUPS["canned_evasion"]) > 0),
             math.log1p(len(resp.strip())) / 8.0, float(len(resp.strip()) < OPENING_CHARS), float(not resp.strip()),
             context["political"], context["harmful"], context["advice"],
             math.log1p(sum(resp_topics.get(t, 0) for t in POLITICAL)),
             *(logs[a] * context[b] for a, b in INTERACTIONS)]
    numbers, shared = math.log1p(len(_NUMBER.findall(resp))), overlap(req, resp, request or "")
    dense += [numbers, float("?" in resp), shared, shared * context["political"], numbers * context["political"],
              dense[DENSE_NAMES.index("length.log")] * context["political"],
             float(counts["critical"] == 0 and len(resp) > OPENING_CHARS) * context["political"],
             (logs["narrative"] + logs["upbeat"] - logs["critical"]) * context["political"]]
    opinion = float(_count(req, OPINION_REQUEST) > 0)
    dense += [opinion, logs["noncommittal"] * opinion, float(numbers == 0) * opinion]
    unmarked = float(counts["refusal"] + counts["canned_evasion"] + counts["narrative"] == 0) * context["political"]
    dense += [unmarked, unmarked * logs["platitude"], unmarked * logs["upbeat"], unmarked * logs["noncommittal"]]
    plans = [math.log1p(_count(rsn, REASONING_ANSWER)), math.log1p(_count(rsn, REASONING_AVOID))] if rsn.strip() else [0.0, 0.0]
    dense += [*plans, plans[1] - plans[0]]
    concrete = specificity(request or "", response or "", req, resp)
    dense += [*concrete, *(v * context["political"] for v in concrete)]
    opening_refusal = dense[DENSE_NAMES.index("opening.refusal")]
    # read only with refusal wording (an answer to a harmful request is an answer), so only then is it computed
    harm = request_harm(request or "") if logs["refusal"] or opening_refusal else 0.0
    harm_logit = harm_log_odds(harm)
    dense += [logs["refusal"] * harm, logs["refusal"] * harm_logit, opening_refusal * harm, opening_refusal * harm_logit]
    closing = resp[-OPENING_CHARS:]  # a pivot that ends in an evasion: the refusal comes last in a long reply
    closing_refusal = float(_count(closing, GROUPS["refusal"]) > 0)
    closing_evasion = float(_count(closing, GROUPS["canned_evasion"]) > 0)
    dense += [closing_refusal, closing_evasion, max(closing_refusal, closing_evasion) * float(len(resp) > 2 * OPENING_CHARS)]
    buckets = hashed_ngrams(resp)
    norm = math.sqrt(sum(v * v for v in buckets.values())) or 1.0
    offset = len(DENSE_NAMES)
    indices = np.fromiter([*range(offset), *(offset + b for b in buckets)], dtype=np.int64)
    values = np.fromiter([*dense, *(v / norm for v in buckets.values())], dtype=np.float64)
    return Features(indices, values, req_topics, resp_topics)
