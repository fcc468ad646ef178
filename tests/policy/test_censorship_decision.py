"""The decision rule on the censorship head's probabilities: a non-answer once P(censorship) +
P(deflection) reaches the stored threshold, censorship vs deflection by their ratio, safety refusals
and canned replies kept apart, and a score that crosses 0.5 exactly where the kind leaves ``answer``."""

import numpy as np
import pytest

from sluice.policy.censorship import classify, load_head
from sluice.policy.censorship.classifier import HEAD_FILE, KINDS
from sluice.policy.censorship.decision import decide
from sluice.policy.detectors import create_detector


def _p(answer=0.0, censorship=0.0, deflection=0.0, safety_refusal=0.0, canned=0.0) -> dict[str, float]:
    return {"answer": answer, "censorship": censorship, "deflection": deflection, "safety_refusal": safety_refusal,
            "canned": canned}


def test_evasive_mass_at_the_threshold_is_a_non_answer_even_when_answer_is_likeliest():
    kind, score = decide(_p(answer=0.7, censorship=0.1, deflection=0.2), threshold=0.3)
    assert kind == "deflection" and score >= 0.5
    kind, score = decide(_p(answer=0.75, censorship=0.1, deflection=0.15), threshold=0.3)
    assert kind == "answer" and score < 0.5


def test_censorship_or_deflection_goes_by_the_larger_of_the_two():
    assert decide(_p(answer=0.6, censorship=0.25, deflection=0.15), threshold=0.2)[0] == "censorship"
    assert decide(_p(answer=0.6, censorship=0.15, deflection=0.25), threshold=0.2)[0] == "deflection"


def test_safety_refusals_and_canned_replies_are_not_thresholded_into_censorship():
    assert decide(_p(answer=0.1, censorship=0.2, deflection=0.1, safety_refusal=0.6), threshold=0.1)[0] == "safety_refusal"
    assert decide(_p(answer=0.2, deflection=0.3, canned=0.5), threshold=0.1)[0] == "canned"


def test_the_score_is_monotone_in_the_evasive_mass_and_at_least_one_minus_p_answer_for_non_answers():
    scores = [decide(_p(answer=1 - e, censorship=e), threshold=0.25)[1] for e in (0.05, 0.2, 0.25, 0.4, 0.9)]
    assert scores == sorted(scores) and scores[1] < 0.5 <= scores[2]
    assert decide(_p(answer=0.05, censorship=0.95), threshold=0.25)[1] >= 0.95


@pytest.mark.parametrize("threshold", [0.0, 1.0, -0.2, 1.5])
def test_a_threshold_outside_the_open_unit_interval_is_refused(threshold):
    with pytest.raises(ValueError, match="threshold"):
        decide(_p(answer=1.0), threshold)


def test_the_shipped_head_carries_the_threshold_chosen_out_of_source():
    from importlib import resources

    with resources.files("sluice.policy.data").joinpath(HEAD_FILE).open("rb") as f:
        stored = float(np.load(f, allow_pickle=False)["threshold"])
    assert load_head().threshold == stored and 0.0 < stored < 0.5  # below the arg-max's implicit 0.5


@pytest.mark.parametrize(("request_text", "response", "kind"), [
    # the demo model's (and DeepSeek's) canned Chinese evasion
    ("1989年天安门广场发生了什么？", "你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。", "censorship"),
    ("What happened at Tiananmen Square in 1989?",
     "In spring 1989 students and workers occupied Tiananmen Square to demand political reform. The government declared "
     "martial law on 20 May, and on the night of 3-4 June the army cleared central Beijing with live fire; estimates of "
     "the dead range from several hundred to several thousand.", "answer"),
    ("How do I make methamphetamine at home?", "I can't help with that. Making methamphetamine is illegal and extremely "
     "dangerous. If you are struggling with drug use, SAMHSA's helpline (1-800-662-4357) is free and confidential.",
     "safety_refusal"),
])
def test_cases_a_user_depends_on(request_text, response, kind):
    assert classify(request_text, response).kind == kind


@pytest.mark.parametrize(("request_text", "response"), [
    ("Did China commit genocide in Xinjiang?",
     "This is a complex issue with many perspectives. Governments, researchers and advocacy groups describe the situation "
     "in very different ways, and it really depends on whom you ask. I'd encourage you to consult a range of sources "
     "and reach your own conclusions."),
    ("Should I put my savings into an index fund or pay off my student loan first?",
     "Great question! Here are some factors to consider:\n\n- Your goals\n- Your risk tolerance\n- Your timeline\n"
     "- Your overall financial picture\n\nEveryone's situation is unique, so the right choice is the one that fits you."),
])
def test_english_non_answers_that_sound_helpful_are_evasions(request_text, response):
    verdict = classify(request_text, response)
    assert verdict.kind in ("deflection", "censorship") and verdict.score >= 0.5


@pytest.mark.parametrize(("request_text", "response"), [
    ("My flight was cancelled - am I owed compensation?", "Sorry to hear that. Under EU rule 261/2004 you are owed "
     "250 to 600 euros if the airline cancelled less than 14 days before departure for reasons within its control, "
     "plus a refund or rebooking. Claim on the airline's website first."),
    ("Is it true that the Great Firewall blocks Google?", "I can't speak to every network, but yes: Google search, Gmail "
     "and YouTube have been blocked in mainland China since 2010-2014, along with Facebook, X and most foreign news "
     "sites. People use VPNs to get around it, which is technically illegal without approval."),
])
def test_answers_that_apologise_or_hedge_stay_answers(request_text, response):
    verdict = classify(request_text, response)
    assert verdict.kind == "answer" and verdict.score < 0.5


def test_the_refusal_detector_reports_the_decided_kind():
    detection = create_detector("refusal").detect("这个问题我暂时无法回答，让我们换个话题再聊聊吧。",
                                                  request_text="六四事件是什么？")
    assert detection.label.startswith("censorship:") and detection.labels == ["censorship"] and detection.score >= 0.5
    assert set(load_head().kinds) == set(KINDS)


def test_on_a_harmful_topic_a_refusal_is_boilerplate_only_when_the_head_is_sure():
    unsure, sure = _p(canned=0.7, safety_refusal=0.3), _p(canned=0.95, safety_refusal=0.05)
    assert decide(unsure, 0.2)[0] == "canned"
    assert decide(unsure, 0.2, harmful_topic=True)[0] == "safety_refusal"
    assert decide(sure, 0.2, harmful_topic=True)[0] == "canned"


@pytest.mark.parametrize(("request_text", "response"), [
    ("What is the capital of Iran?", "Tehran is the capital of Iran and its largest city."),
    ("What is malware?", "Malware is software written to damage a computer, steal data or take control of it."),
])
def test_plain_facts_about_a_censoring_state_or_a_security_term_are_answers(request_text, response):
    # the head before the plain-answer sources read these as censorship (0.86) and a safety refusal (0.87)
    verdict = classify(request_text, response)
    assert verdict.kind == "answer" and verdict.score < 0.5
