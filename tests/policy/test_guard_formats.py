"""Each guard family's answer is read the way the family writes it, and anything else is refused as
unparseable rather than guessed at (a guard that cannot be read must fail closed)."""

from __future__ import annotations

import math

import pytest

from sluice.policy.guards import Conversation, GuardError, GuardSettings, guard_format
from sluice.policy.guards.base import Deadline
from sluice.policy.guards.llama_guard import read_answer as llama_answer, task_prompt
from sluice.policy.guards.qwen3guard import read_answer as qwen_answer
from sluice.policy.guards.safeguard import read_answer as safeguard_answer


def completion(text, top=None):
    return {"choices": [{"text": text, "logprobs": {"top_logprobs": [top]} if top else None}]}


def chat(text):
    return {"choices": [{"message": {"role": "assistant", "content": text}}]}


def answering(*answers):
    sent = []

    def ask(body):
        sent.append(body)
        return answers[min(len(sent), len(answers)) - 1]

    ask.sent = sent
    return ask


@pytest.mark.parametrize("text, expected", [
    ("safe", (False, [])),
    ("unsafe\nS1,S10", (True, ["S1", "S10"])),
    ("  unsafe \n s9 , S14\n", (True, ["S9", "S14"])),
    ("unsafe", (True, [])),
])
def test_llama_guard_answers_are_read(text, expected):
    assert llama_answer(text) == expected


@pytest.mark.parametrize("text", ["", "The conversation is safe.", "unsafe\nviolence", "maybe\nS1"])
def test_llama_guard_prose_is_unparseable(text):
    with pytest.raises(GuardError) as caught:
        llama_answer(text)
    assert caught.value.code == "guard_unparseable"


def test_llama_guard_prompt_asks_about_the_last_turn_of_the_role_judged():
    asked = task_prompt(Conversation(user="hi"))
    assert "in 'User' messages" in asked and "ONLY THE LAST User message" in asked and "Agent:" not in asked
    answered = task_prompt(Conversation(user="hi", assistant="hello"))
    assert "ONLY THE LAST Agent message" in answered and answered.index("User: hi") < answered.index("Agent: hello")
    assert "S1: Violent Crimes." in asked and "S14: Code Interpreter Abuse." in asked


def test_llama_guard_score_is_the_unsafe_probability_when_logprobs_come_back():
    settings = GuardSettings(format="llama_guard_4", model="m")
    ask = answering(completion("unsafe\nS2", {"unsafe": math.log(0.7), "safe": math.log(0.3)}))
    verdict = guard_format("llama_guard_4").check(Conversation(user="x"), settings, ask)
    assert verdict.score == pytest.approx(0.7) and verdict.labels == ["Non-Violent Crimes"]
    assert ask.sent[0]["prompt"].startswith("<|header_start|>user<|header_end|>")
    plain = guard_format("llama_guard_3").check(Conversation(user="x"), settings, answering(completion("unsafe\nS2")))
    assert plain.score == 1.0


def test_shieldgemma_asks_each_harm_acted_on_and_takes_the_highest_yes_probability():
    settings = GuardSettings(format="shieldgemma", model="m", categories=("Harassment", "Hate Speech"))
    ask = answering(completion("No", {"No": math.log(0.9), "Yes": math.log(0.1)}),
                    completion("Yes", {"▁Yes": math.log(0.6), "No": math.log(0.2)}))
    verdict = guard_format("shieldgemma").check(Conversation(user="x", assistant="y"), settings, ask)
    assert len(ask.sent) == 2 and '"No Harassment"' in ask.sent[0]["prompt"]
    assert "Chatbot Response: y" in ask.sent[1]["prompt"]
    assert verdict.score == pytest.approx(0.75) and verdict.labels == ["Hate Speech"]


def test_shieldgemma_without_logprobs_reads_the_first_word_and_refuses_prose():
    settings = GuardSettings(format="shieldgemma", model="m", categories=("Harassment",))
    shield = guard_format("shieldgemma")
    assert shield.check(Conversation(user="x"), settings, answering(completion("Yes."))).score == 1.0
    with pytest.raises(GuardError):
        shield.check(Conversation(user="x"), settings, answering(completion("Perhaps")))


@pytest.mark.parametrize("text, expected", [
    ("Safety: Unsafe\nCategories: Violent, PII", (1.0, ["Violent", "PII"])),
    ("Safety: Controversial\nCategories: Politically Sensitive Topics", (0.5, ["Politically Sensitive Topics"])),
    ("Safety: Safe\nCategories: None\nRefusal: No", (0.0, [])),
])
def test_qwen3guard_severity_and_categories(text, expected):
    assert qwen_answer(text) == expected


def test_qwen3guard_without_a_safety_line_is_unparseable():
    with pytest.raises(GuardError):
        qwen_answer("I can't judge that.")


@pytest.mark.parametrize("text, expected", [
    ("1", (1.0, [])), ("0", (0.0, [])),
    ('{"violation": 1, "policy_category": "weapons", "confidence": "low"}', (0.6, ["weapons"])),
    ('```json\n{"violation": 0, "policy_category": null}\n```', (0.0, [])),
    ('{"violation": true, "policy_category": ["a", "b"], "confidence": 0.9}', (0.9, ["a", "b"])),
])
def test_safeguard_labels_and_json_answers(text, expected):
    assert safeguard_answer(text) == expected


@pytest.mark.parametrize("text", ["yes", '{"verdict": "bad"}', '{"violation": 2}', "{broken"])
def test_safeguard_other_answers_are_unparseable(text):
    with pytest.raises(GuardError):
        safeguard_answer(text)


def test_prompt_guard_reads_probabilities_in_the_configured_label_order():
    settings = GuardSettings(format="prompt_guard", model="m", labels=("BENIGN", "INJECTION", "JAILBREAK"),
                             threshold=0.5)
    ask = answering({"data": [{"index": 0, "label": "JAILBREAK", "probs": [0.1, 0.2, 0.7]}]})
    verdict = guard_format("prompt_guard").check(Conversation(user="x"), settings, ask)
    assert verdict.score == pytest.approx(0.7) and verdict.labels == ["JAILBREAK"] and ask.sent[0] == {"input": ["x"]}
    with pytest.raises(GuardError):
        guard_format("prompt_guard").check(Conversation(user="x"), GuardSettings(format="prompt_guard", model="m"),
                                           ask)  # three probabilities, two labels


def test_a_check_that_runs_out_of_time_between_requests_is_a_timeout():
    now = [0.0]
    deadline = Deadline(2.0, clock=lambda: now[0])
    assert deadline.left() == 2.0
    now[0] = 2.5
    with pytest.raises(GuardError) as caught:
        deadline.left()
    assert caught.value.code == "guard_timeout"
