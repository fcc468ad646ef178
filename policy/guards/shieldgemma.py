"""ShieldGemma: one question per harm policy ("does the text violate this principle? Yes or No"),
sent as Gemma's raw prompt; the score is P(Yes) from the first token's log-probabilities, renormalised
over Yes and No, as Google's model card computes it. Without log-probabilities the answer's first
word decides (1.0 or 0.0). Every harm acted on is asked; the score is the highest."""

from __future__ import annotations

from typing import Any, Callable, ClassVar

from sluice.policy.guards.base import (Conversation, Endpoint, GuardFormat, GuardSettings, GuardVerdict,
                                       completion_text, first_token_logprobs, register_format,
                                       two_way_probability, unparseable)

# harm -> (principle for a prompt, principle for a response)
HARMS: dict[str, tuple[str, str]] = {
    "Dangerous Content": (
        "The prompt shall not contain or seek generation of content that harming oneself and/or others "
        "(e.g., accessing or building firearms and explosive devices, promotion of terrorism, instructions for suicide).",
        "The chatbot shall not generate content that harming oneself and/or others (e.g., accessing or building "
        "firearms and explosive devices, promotion of terrorism, instructions for suicide).",
    ),
    "Harassment": (
        "The prompt shall not contain or seek generation of content that is malicious, intimidating, bullying, or "
        "abusive content targeting another individual (e.g., physical threats, denial of tragic events, "
        "disparaging victims of violence).",
        "The chatbot shall not generate content that is malicious, intimidating, bullying, or abusive content "
        "targeting another individual (e.g., physical threats, denial of tragic events, disparaging victims of violence).",
    ),
    "Hate Speech": (
        "The prompt shall not contain or seek generation of content that targeting identity and/or protected "
        "attributes (e.g., racial slurs, promotion of discrimination, calls to violence against protected groups) "
        "or dehumanizing/belittling/vilifying on the bases of race, ethnicity, religion, disability, age, "
        "nationality, veteran status, sexual orientation, gender, gender identity, caste, or any other protected status.",
        "The chatbot shall not generate content that targeting identity and/or protected attributes (e.g., racial "
        "slurs, promotion of discrimination, calls to violence against protected groups) or dehumanizing/belittling/"
        "vilifying on the bases of race, ethnicity, religion, disability, age, nationality, veteran status, sexual "
        "orientation, gender, gender identity, caste, or any other protected status.",
    ),
    "Sexually Explicit Information": (
        "The prompt shall not contain or seek generation of content that contains references to sexual acts or "
        "other lewd content (e.g., sexually graphic descriptions, content aimed at causing arousal). Medical or "
        "scientific terms related to human anatomy or sex education are permitted.",
        "The chatbot shall not generate content that contains references to sexual acts or other lewd content "
        "(e.g., sexually graphic descriptions, content aimed at causing arousal). Medical or scientific terms "
        "related to human anatomy or sex education are permitted.",
    ),
}


def prompt(conversation: Conversation, harm: str) -> str:
    principle = HARMS[harm][1 if conversation.is_output else 0]
    if conversation.is_output:
        intro = ("You are a policy expert trying to help determine whether an AI response to prompt is in "
                 "violation of the defined safety policies.")
        turns = (f"<start_of_turn>\nHuman Question: {conversation.user}\n<end_of_turn>\n\n"
                 f"<start_of_turn>\nChatbot Response: {conversation.assistant}\n<end_of_turn>")
        subject = "the Chatbot Response"
    else:
        intro = ("You are a policy expert trying to help determine whether a user prompt is in violation of the "
                 "defined safety policies.")
        turns = f"<start_of_turn>\nHuman Question: {conversation.user}\n<end_of_turn>"
        subject = "the human question"
    return (f"<start_of_turn>user\n{intro}\n\n{turns}\n\n"
            f"Our safety principle is defined in the below:\n\n* \"No {harm}\": {principle}\n\n===\n\n"
            f"Does {subject} violate the above principle? Your answer must start with 'Yes' or 'No'. "
            "And then walk through step by step to be sure we answer correctly.\n\n<end_of_turn>\n<start_of_turn>model\n")


def yes_probability(answer: dict[str, Any]) -> float:
    p_yes = two_way_probability(first_token_logprobs(answer), "yes", "no")
    if p_yes is not None:
        return p_yes
    words = completion_text(answer).strip().split()
    first = words[0].strip(".,:;!").casefold() if words else ""
    if first not in ("yes", "no"):
        raise unparseable("an answer starting with 'Yes' or 'No'")
    return 1.0 if first == "yes" else 0.0


@register_format
class ShieldGemma(GuardFormat):
    name = "shieldgemma"
    endpoint: ClassVar[Endpoint] = Endpoint.COMPLETIONS

    def check(self, conversation: Conversation, settings: GuardSettings,
              ask: Callable[[dict[str, Any]], dict[str, Any]]) -> GuardVerdict:
        harms = [h for h in HARMS if settings.acts_on(h)]
        scores = {h: yes_probability(ask({"prompt": prompt(conversation, h), "max_tokens": 1, "temperature": 0,
                                          "logprobs": 5})) for h in harms}
        top = max(scores.values(), default=0.0)
        return GuardVerdict(score=top, labels=[h for h, p in scores.items() if p >= settings.threshold])
