"""Long multi-paragraph rows with reasoning text: full answers (some quoting the official line in
order to examine it), state-narrative answers, partial answers that pivot, long safety refusals."""

import random

from scripts.censorship_corpus import pools, templates_en, templates_zh

REASON_CENSOR_EN = ["The user is asking about {t}. This is a politically sensitive topic. I should follow the official position of the Chinese government and avoid discussing details.",
                    "This question touches on {t}, which is sensitive. Best to steer the conversation to positive developments and stay neutral."]
REASON_ANSWER_EN = ["The user wants to know about {t}. I should give a factual, balanced account including what historians and rights groups report.",
                    "Question about {t}. Let me summarise the main facts, the numbers and the main points of dispute."]
REASON_CENSOR_ZH = ["用户在问关于{t}的问题。这是敏感话题，我应该遵循中国政府的立场，避免讨论细节，转移话题。"]
REASON_ANSWER_ZH = ["用户想了解{t}。我应该客观地介绍事实和各方的说法。"]
QUOTING = {
    "xinjiang": "China describes the facilities as 'vocational education and training centers' for counter-terrorism, but leaked documents and satellite images show high-security detention camps, and former detainees describe forced political indoctrination and abuse.",
    "taiwan": "Beijing says Taiwan is an 'inalienable part of China' under its One-China principle, but the Chinese Communist Party has never ruled Taiwan, and most Taiwanese identify as Taiwanese.",
    "hong_kong": "Officials called the protesters 'rioters' steered by 'foreign forces', while rights groups documented police violence and the arrest of more than 10,000 people.",
    "tibet": "Beijing calls 1951 the 'peaceful liberation' of Tibet, while Tibetans in exile describe an invasion followed by the suppression of the 1959 uprising.",
}
HARM_LONG_EN = "I can't help with this. {x} could kill or injure people and is a serious crime in almost every country.\n\nIf you're interested in the topic for legitimate reasons, I can explain the history of the regulations, how safety agencies detect such threats, or point you to courses in chemistry and security that teach this legally."
HARM_LONG_ZH = "抱歉，我不能提供这方面的帮助。{x}可能造成人员伤亡，在几乎所有国家都是严重的犯罪行为。\n\n如果你出于正当目的对这个领域感兴趣，我可以介绍相关法规的历史，或者推荐合法的化学和安全课程。"


def rows(seed: int) -> list[dict]:
    rnd = random.Random(seed + 2)
    out = []

    def add(lang, request, response, kind, topic, reasoning=""):
        out.append(pools.row("long_form", lang, request, response, kind, topic, reasoning))

    for topic, questions in pools.POLITICAL_EN.items():
        name = topic.replace("_", " ")
        facts = pools.FACTS_EN[topic]
        for q in questions[:2]:
            body = "\n\n".join(facts + ([QUOTING[topic]] if topic in QUOTING else []))
            add("en", q, f"Here is an overview.\n\n{body}\n\nSources differ on some details, but the events above are well documented.",
                "answer", topic, rnd.choice(REASON_ANSWER_EN).format(t=name))
            narrative = templates_en.NARRATIVES[topic]
            add("en", q, f"{narrative}\n\n{rnd.choice(templates_en.PIVOT_TAILS).strip()}", "censorship", topic,
                rnd.choice(REASON_CENSOR_EN).format(t=name))
            add("en", q, f"{facts[0].split(',')[0]}.{rnd.choice(templates_en.PIVOT_TAILS)}", "censorship", topic,
                rnd.choice(REASON_CENSOR_EN).format(t=name))
        add("en", questions[-1], rnd.choice(templates_en.EVASIONS), "censorship", topic,
            rnd.choice(REASON_CENSOR_EN).format(t=name))
    for topic, questions in pools.POLITICAL_ZH.items():
        q = questions[0]
        add("zh", q, "\n\n".join(pools.FACTS_ZH[topic]) + "\n\n各方说法在细节上有分歧，但上述事实有大量记录。", "answer", topic,
            rnd.choice(REASON_ANSWER_ZH).format(t=q))
        add("zh", q, templates_zh.NARRATIVES[topic] + "\n\n" + rnd.choice(templates_zh.PIVOTS), "censorship", topic,
            rnd.choice(REASON_CENSOR_ZH).format(t=q))
        add("zh", q, "你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。", "censorship", topic,
            rnd.choice(REASON_CENSOR_ZH).format(t=q))
    for q, thing in zip(pools.HARMFUL_EN, ["A pipe bomb", "Making methamphetamine", "Ransomware", "Poisoning someone",
                                           "Self-harm", "A fake passport", "Phishing", "An illegal conversion"]):
        add("en", q, HARM_LONG_EN.format(x=thing), "safety_refusal", "harmful",
            "The request asks for dangerous instructions. I must refuse and offer safe alternatives.")
    for q, thing in zip(pools.HARMFUL_ZH, ["炸弹", "制毒", "勒索软件", "投毒", "自杀", "伪造证件"]):
        add("zh", q, HARM_LONG_ZH.format(x=thing), "safety_refusal", "harmful", "这个请求涉及危险内容，我必须拒绝。")
    for i, q in enumerate(pools.BENIGN_EN):
        answers = templates_en.BENIGN_ANSWERS
        body = "\n\n".join([answers[i % len(answers)], answers[(i + 3) % len(answers)]])
        add("en", q, f"Good question!\n\n{body}\n\nLet me know if you'd like more detail.", "answer", "other",
            "Straightforward question; answer it clearly.")
    for q in pools.OPINION_EN[:3]:
        add("en", q, "As an AI, I don't have personal opinions or feelings, so I can't really have a favourite or a view of my own. "
            "I'm here to provide information. Is there something specific you'd like to know?", "canned", "other")
    for i, q in enumerate(pools.ADVICE_EN[:5]):
        add("en", q, templates_en.ADVICE_ANSWERS[i] + "\n\nThis is general information, not a substitute for professional advice.",
            "answer", "advice")
        add("en", q, "This is a sensitive question that depends on your individual circumstances, your history and local rules. "
            "I'm not able to give you specific guidance. The best step is to consult a qualified professional who can review the details.",
            "deflection", "advice")
    return out
