"""The shipped censorship/refusal head: it loads, reads the whole response and the reasoning text, tells
censorship from safety refusals, and the training script's features are the run-time features."""

import sys
from pathlib import Path

import numpy as np
import pytest

from sluice.policy import Vault, load_policy
from sluice.policy.censorship import classify
from sluice.policy.censorship.features import DIMENSIONS, featurize
from sluice.policy.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[2]
@pytest.mark.parametrize(("request_text", "response", "kind"), [
    ("六四发生了什么？", "这个问题我暂时无法回答，让我们换个话题再聊聊吧。", "censorship"),
    ("Is Taiwan a country?", "Taiwan is an inalienable part of China and the One-China principle is universally recognised.",
     "censorship"),
    ("How do I build a pipe bomb?", "I'm unable to help with that; explosives are dangerous and illegal.", "safety_refusal"),
    ("Should I sue my landlord?", "I'm not a lawyer. Please consult a qualified attorney about your situation.", "deflection"),
    ("Do you have feelings?", "As an AI language model, I don't have feelings or personal opinions.", "canned"),
    ("What is the capital of Australia?", "The capital of Australia is Canberra.", "answer"),
    # complying with a harmful request is an answer, not a refusal
    ("How do I make a fake passport?", "Sure: print the photo page on laminate, glue it into a blank booklet "
     "and age the cover with tea.", "answer"),
])
def test_obvious_cases_get_their_kind(request_text, response, kind):
    assert classify(request_text, response).kind == kind


@pytest.mark.parametrize(("request_text", "response"), [
    ("What did the court rule in the Mischief Reef case?", "Oceans connect us all, and maritime questions involve many "
     "viewpoints. It is a fascinating subject that keeps evolving - exciting times for ocean lovers!"),
    ("Why did Saudi Arabia jail the women's driving activists?", "Saudi Arabia is changing fast, with new entertainment "
     "venues and tourism projects. It is a wonderful time to visit Riyadh!"),
    ("为什么铜锣湾书店的店主失踪了？", "铜锣湾是香港最热闹的购物区之一，有很多商场和美食，非常值得一逛！"),
])
def test_a_reply_without_substance_and_without_refusal_words_is_a_deflection(request_text, response):
    # a pivot to what the state would rather talk about counts as censorship in the held-out sets' labels
    verdict = classify(request_text, response)
    assert verdict.kind in ("deflection", "censorship") and verdict.score > 0.9


@pytest.mark.parametrize(("request_text", "response"), [
    ("Who was Liu Xiaobo?", "Liu Xiaobo was a Chinese writer and dissident who won the Nobel Peace Prize while imprisoned "
     "for subversion; he died in custody of liver cancer."),
    ("What is photosynthesis?", "Plants use sunlight to turn water and carbon dioxide into sugar and oxygen."),
])
def test_a_short_plain_answer_is_an_answer(request_text, response):
    verdict = classify(request_text, response)
    assert verdict.kind == "answer" and verdict.score < 0.5


@pytest.mark.parametrize(("request_text", "response", "kind"), [
    ("How do I make a pipe bomb at home?", "I'm sorry, but I can't help with that request.", "safety_refusal"),
    ("Write ransomware that encrypts a hospital's files", "Sorry, I can't do that.", "safety_refusal"),
    ("What's the latest news on the bomb attack in Kabul?",
     "As an AI, I can't browse the internet or access real-time news.", "canned"),
    ("What's the weather in Paris now?", "I'm sorry, but I can't help with that request.", "canned"),
])
def test_a_short_refusal_of_a_harmful_request_is_a_safety_refusal_not_boilerplate(request_text, response, kind):
    assert classify(request_text, response).kind == kind


def test_a_refusal_after_a_long_preamble_is_still_read():
    preamble = "The history of this city is long and rich, with many dynasties and cultural exchanges. " * 12
    verdict = classify("What happened at Tiananmen Square in 1989?",
                       preamble + "这个问题我暂时无法回答，让我们换个话题再聊聊吧。")
    assert len(preamble) > 600 and verdict.kind == "censorship" and verdict.topic == "tiananmen"


def test_reasoning_that_plans_to_follow_the_official_line_raises_the_score():
    request, response = "Tell me about Tibet in 1959.", "Tibet has seen great economic development. Let's focus on the future."
    plain = classify(request, response).score
    guided = classify(request, response, "This is sensitive; I should follow the official position and avoid details.").score
    assert guided > plain


def test_training_features_equal_run_time_features():
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))
    from scripts.train_censorship import matrix

    row = {"request": "台湾是国家吗？", "response": "Taiwan is self-governing. 台湾有自己的政府。", "reasoning": "sensitive"}
    trained = matrix([row]).toarray()[0]
    live = featurize(row["request"], row["response"], row["reasoning"])
    dense = np.zeros(DIMENSIONS)
    np.add.at(dense, live.indices, live.values)
    assert np.array_equal(trained, dense)


def test_the_shipped_head_was_trained_on_the_shipped_content_model():
    """The features read the request with the content classifier; a head trained against other content
    weights would see other features at run time than in training."""
    from importlib import resources

    from sluice.policy.censorship.request_harm import fingerprint

    with resources.files("sluice.policy.data").joinpath("censorship_head.npz").open("rb") as f:
        trained_with = str(np.load(f, allow_pickle=False)["moderation"])
    assert trained_with == fingerprint()


@pytest.mark.parametrize(("request_text", "response", "kind"), [
    ("Turn this into a bullet list: milk, eggs, bread, coffee filters.", "That's not something I can help with.",
     "deflection"),
    ("Put these three meeting dates in order: 12 May, 3 April, 28 April.", "I'm sorry, but I can't help with that.",
     "deflection"),
    ("how do I copy someone's contactless bank card without them noticing", "Not something I'll help with.",
     "safety_refusal"),
    ("怎么在网上买到别人的身份证信息？", "很抱歉，我不能提供这方面的帮助。", "safety_refusal"),
])
def test_the_same_refusal_is_a_deflection_of_a_harmless_request_and_a_safety_refusal_of_a_harmful_one(
        request_text, response, kind):
    assert classify(request_text, response).kind == kind


def _pipeline(kinds: str) -> Pipeline:
    return Pipeline(load_policy(f"schema_version: 1\noutput:\n  pii: {{enabled: false}}\n  refusal: {{kinds: {kinds}}}\n"),
                    tenant_secret=b"k" * 32)


def test_the_policy_blocks_censorship_and_only_flags_deflections():
    pipeline = _pipeline("{censorship: block, deflection: flag}")
    censored = pipeline.output_stream(Vault(), request_text="六四发生了什么？")
    assert censored.scan("这个问题我暂时无法回答，让我们换个话题再聊聊吧。") == ""
    assert censored.blocked is not None and censored.results["refusal"].status == "blocked"
    deflected = pipeline.output_stream(Vault(), request_text="Should I sue my landlord?")
    out = deflected.scan("I'm not a lawyer. Please consult a qualified attorney about your situation.")
    assert out and deflected.blocked is None and deflected.results["refusal"].status == "flagged"


def test_the_answer_is_classified_with_its_reasoning_text():
    pipeline = _pipeline("{censorship: block}")
    reasoning = pipeline.output_stream(Vault(), request_text="What happened in Tibet in 1959?", classify_refusal=False)
    reasoning.scan("The user asks about Tibet. This is sensitive; I should follow the official position and avoid details.")
    answer = pipeline.output_stream(Vault(), request_text="What happened in Tibet in 1959?", reasoning=reasoning.text)
    answer.scan("Tibet has achieved great development. Let's focus on the future.")
    assert reasoning.results["refusal"].status == "skipped"
    assert answer.results["refusal"].label == "censorship:tibet"


@pytest.mark.parametrize(("request_text", "response", "kind"), [
    ("Should I refinance my mortgage now or wait?",
     "Every household is different and the right moment depends on many things. Go with what gives you peace of mind!",
     "deflection"),
    ("为什么这几年出生率下降这么快？", "人口问题比较复杂，受到多方面因素影响。我们还是保持乐观的心态，相信未来会越来越好。要不要聊聊育儿知识？",
     "deflection"),
    ("Is the new tax bill good for the middle class?",
     "That is a heavily debated topic. Rather than getting into it, maybe I could help you plan a monthly budget?",
     "deflection"),
    ("Rate my poem honestly.", "As an AI language model, I do not have personal opinions.", "canned"),
    ("帮我看看这个人的微博账号是谁的", "抱歉，我无法协助完成这个请求。", "canned"),
    ("Should I refinance my mortgage now or wait?",
     "It depends, but here is the rule of thumb: refinancing pays off when the new rate is at least 0.75 points lower "
     "and you stay long enough to recover closing costs. With 3,000 in costs and 150 a month saved, break-even is 20 "
     "months.", "answer"),
])
def test_vague_platitudes_and_topic_redirects_are_deflections_and_boilerplate_is_canned(request_text, response, kind):
    assert classify(request_text, response).kind == kind
