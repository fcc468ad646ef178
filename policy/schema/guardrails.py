"""Content, word-list, denied-topic, prompt-injection and refusal guardrails, and the input and
output sections that hold them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from sluice.policy.moderation import CATEGORIES
from sluice.policy.schema.common import Action, Guardrail, PolicyPattern, Score, StrictModel
from sluice.policy.schema.guard import GuardedEngine
from sluice.policy.schema.pii import PIIGuardrail

Role = Literal["system", "user", "assistant", "tool"]


ModerationCategory = Literal[CATEGORIES]  # type: ignore[valid-type]


class CategoryRule(StrictModel):
    """What to do with one category of the ``moderation`` classifier."""

    threshold: Score | None = Field(None, description="Probability at or above which the category fires; "
                                                      "default: the guardrail's threshold.")
    action: Action | None = Field(None, description="What happens when it fires; default: the guardrail's action. "
                                                    "`allow` turns the category off.")


class ContentGuardrail(GuardedEngine, Guardrail):
    """Content classifier whose model ships in the package."""

    classifier: Literal["profanity", "minilm_toxicity", "moderation"] = Field(
        "profanity",
        description="profanity: alt-profanity-check linear model; minilm_toxicity: logistic head on "
        "all-MiniLM-L6-v2 sentence embeddings (needs the head file, see `head_path`); moderation: multi-label "
        "classifier with the OpenAI moderation categories, each thresholded and acted on by `categories`.",
    )
    threshold: Score = 0.8
    head_path: str | None = Field(
        None, description="Path of a minilm_toxicity head (.json); default: the head shipped in policy/data, "
        "trained by bench/content.py from data shipped in pip packages.",
    )
    categories: dict[ModerationCategory, CategoryRule] = Field(
        default_factory=dict,
        description="moderation: threshold and action per category (sexual, sexual/minors, hate, hate/threatening, "
        "harassment, harassment/threatening, self-harm, self-harm/intent, self-harm/instructions, violence, "
        "violence/graphic, illicit, illicit/violent). A category not listed uses the guardrail's threshold and "
        "action. The categories that fire are the result's labels; the gravest action among them applies. "
        "Other classifiers ignore it.",
    )

    def rule(self, category: str) -> tuple[float, str]:
        """(threshold, action) of one moderation category."""
        rule = self.categories.get(category) or CategoryRule()
        return (self.threshold if rule.threshold is None else rule.threshold,
                self.action if rule.action is None else rule.action)


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
    threshold: Score = Field(0.75, description="Score at or above which the guardrail acts. 0.75: the classifier's "
                             "calibrated score with a false positive rate of at most 4% on training sources it was not "
                             "fitted on (a margin under 5%).")


RefusalKind = Literal["censorship", "deflection", "safety_refusal", "canned"]
RefusalAction = Literal["flag", "block", "allow"]


class RefusalGuardrail(Guardrail):
    """Classifies the whole response (with its reasoning text and the request) as an answer or a
    non-answer of one kind: ``censorship`` (canned evasions, state talking points, answers that pivot
    away), ``deflection``, ``safety_refusal`` or ``canned``. Runs when the response ends: ``block``
    refuses a non-streamed response (``content_blocked``) and ends a stream with that error after the
    text already sent."""

    action: RefusalAction = Field("flag", description="What a non-answer of a kind not listed in `kinds` does.")
    threshold: Score = 0.5
    kinds: dict[RefusalKind, RefusalAction] = Field(
        default_factory=dict,
        description="Action per kind, e.g. `{censorship: block, deflection: flag}`; kinds not listed use `action`.",
    )

    def action_for(self, kind: str) -> str:
        return self.kinds.get(kind, self.action)


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
