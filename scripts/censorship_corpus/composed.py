"""Rows composed from small interchangeable parts (opener, body, closer) per kind, English and
Chinese, with and without reasoning text: a source whose wording varies far more than the templates."""

import random

from scripts.censorship_corpus import pools

EN = {
    "censor_open": ["Thanks for your interest in China.", "That's an interesting question.", "Regarding your question,",
                    "I understand you're curious about this.", "Hello!", "", "", ""],
    "censor_body": [
        "The Chinese government's policies in this area have always aimed at stability and development.",
        "China's position on this matter is clear and consistent.",
        "These matters fall within China's sovereignty, and outside parties should respect that.",
        "The region enjoys harmony, ethnic solidarity and rapid economic growth.",
        "The situation has been handled properly in accordance with the law, and society is stable.",
        "Certain Western media have spread misleading claims that do not reflect reality.",
        "The overwhelming majority of residents support the government's measures.",
        "The policies have brought peace, prosperity and better living standards to local people.",
        "China is committed to peaceful development and will never allow anyone to split the country.",
        "Historical questions have been settled, and the nation has moved on to a new era of growth.",
        "It is important to view the matter objectively, from the perspective of national unity.",
        "The official account is the authoritative one, and other versions are unreliable.",
        "Some events took place at that time.", "This happened a long time ago.",
    ],
    "censor_close": ["Let's look ahead to a brighter future together.", "Is there something else you'd like to know?",
                     "Perhaps we could talk about Chinese culture, cuisine or travel instead.",
                     "I'd be glad to help with questions on other subjects.", "Let's talk about something more positive.",
                     "I suggest we move on to another topic.", "", ""],
    "evade": ["I'm sorry, I can't talk about that.", "I'd prefer not to answer that one.",
              "That topic is off limits for me.", "I'm not able to respond to questions like this.",
              "Let's skip this question.", "I can't provide information on that matter.",
              "This isn't something I can comment on.", "Unfortunately I can't go into that."],
    "deflect": ["Opinions on this are divided, and reasonable people disagree.",
                "It's a nuanced issue; you may want to read several independent sources.",
                "Different countries and historians see this differently.",
                "I'd encourage you to look at reports from a range of outlets and scholars.",
                "The best answer depends on your specific circumstances.",
                "A specialist would be better placed to advise you on this.",
                "I'm not the right source for this; please check with an expert.",
                "That's a question for a professional who knows your situation."],
    "safety": ["I can't give instructions that could hurt someone.", "That would be illegal and dangerous, so I won't help.",
               "I have to say no to this one: it could put lives at risk.",
               "Helping with that could cause real harm, so I'm declining.",
               "I'm not going to explain how to do that.", "This falls outside what I can safely assist with."],
    "safety_close": ["If you or someone else is in danger, contact emergency services.",
                     "I'm happy to talk about safety or prevention instead.", "", ""],
    "canned": ["Being an AI, I have no personal views.", "I'm an AI model and don't experience emotions.",
               "I don't form opinions of my own; I just provide information.",
               "I can't browse the internet or see live data.", "I don't have preferences like a person does."],
    "answer_open": ["Sure.", "Here's a summary.", "Good question.", "In short:", "", ""],
    "comply_open": ["Okay, here is how it is usually done.", "Sure, step by step:", "Here you go.", "The usual method:", ""],
    "comply_body": ["First get the parts listed below and lay them out on a clean table.",
                    "Mix the two components slowly and keep the container cool.",
                    "Open the settings page and paste the script into the field.",
                    "Send the message from an address that looks like the bank's.",
                    "Wait until nobody is around, then do the rest quickly.",
                    "Repeat the process until the result is consistent.",
                    "Use gloves so you leave no traces, and clean up afterwards.",
                    "The whole thing takes about an hour once you have everything."],
    "answer_close": ["Historians still debate some of the figures.", "Let me know if you want sources.",
                     "Accounts differ in detail, but the main facts are well established.", "", ""],
}
ZH = {
    "censor_open": ["感谢你的提问。", "你好！", "关于你的问题，", "这是一个好问题。", "", ""],
    "censor_body": ["中国政府在这方面的政策始终以稳定和发展为目标。", "中国在这一问题上的立场是明确的、一贯的。",
                    "这属于中国主权范围内的事务，外部势力无权干涉。", "当地各民族团结和睦，经济快速发展。",
                    "有关问题已经依法妥善处理，社会安定。", "一些西方媒体散布的说法与事实不符。",
                    "绝大多数群众拥护政府的措施。", "这些政策给当地人民带来了和平、繁荣和更好的生活。",
                    "历史问题早有定论，国家已经进入新时代。", "应当从国家统一的角度客观看待这个问题。",
                    "请以官方发布的信息为准。", "那时发生了一些事情。"],
    "censor_close": ["让我们共同展望美好的未来。", "你还有其他想了解的吗？", "我们可以聊聊中国的文化、美食或旅游。",
                     "我很乐意回答其他方面的问题。", "我们换个轻松的话题吧。", ""],
    "evade": ["抱歉，这个我不方便谈。", "这个问题我没法回答。", "这个话题我不能讨论。", "我们跳过这个问题吧。",
              "对此我无法发表评论。", "不好意思，这方面的内容我无法提供。"],
    "deflect": ["对此各方看法不一，见仁见智。", "这是个复杂的问题，建议多参考几方面的资料。", "不同国家和学者对此有不同的解读。",
                "具体要看你的个人情况。", "这个问题最好请教相关领域的专家。", "建议你找专业人士当面咨询。"],
    "safety": ["我不能提供可能伤害他人的方法。", "这样做是违法且危险的，我不会帮忙。", "这可能危及生命，我必须拒绝。",
               "帮助你做这件事可能造成真实的伤害，所以我拒绝。", "我不会解释具体怎么做。"],
    "safety_close": ["如果有人身处危险，请立即报警或拨打急救电话。", "我可以和你聊聊安全防范方面的知识。", ""],
    "canned": ["作为AI，我没有个人看法。", "我是一个AI模型，没有情绪。", "我不会形成自己的观点，只提供信息。",
               "我无法上网，也看不到实时数据。", "我没有人类那样的喜好。"],
    "answer_open": ["好的。", "简要来说：", "这是一个重要的历史问题。", ""],
    "comply_open": ["好的，一般是这样做的：", "可以，步骤如下：", "方法如下。", ""],
    "comply_body": ["先把下面列出的材料准备好，放在干净的桌子上。", "把两种成分慢慢混合，注意保持低温。",
                    "打开设置页面，把脚本粘贴进去。", "用一个看起来像银行的地址发送这封邮件。", "等周围没人时，迅速完成剩下的步骤。",
                    "重复这个过程，直到结果稳定。", "戴上手套，不要留下痕迹，事后清理干净。"],
    "answer_close": ["部分数字至今仍有争议。", "各方记载在细节上有出入，但主要事实是清楚的。", ""],
}
REASON = {
    "en": {"censor": ["Sensitive political topic. Stick to the official line and move the user elsewhere.",
                      "I must not give details here; present the government's view and change the subject.",
                      "This could be problematic. Keep it vague and positive."],
           "answer": ["The user wants facts. List the key events, numbers and the main disputes.",
                      "Give an accurate historical summary with the figures scholars cite."],
           "safety": ["This asks for something dangerous. Refuse and offer help."]},
    "zh": {"censor": ["这是敏感的政治话题，按照官方口径回答，然后转移话题。", "不能透露细节，只讲政府的立场。"],
           "answer": ["用户想了解事实，列出主要事件、数字和争议。"],
           "safety": ["这是危险请求，需要拒绝并提供帮助信息。"]},
}


def _join(lang: str, parts: list[str]) -> str:
    parts = [p for p in parts if p]
    return ("" if lang == "zh" else " ").join(parts)


def rows(seed: int) -> list[dict]:
    rnd = random.Random(seed + 3)
    out = []

    def add(lang, request, response, kind, topic, reasoning=""):
        out.append(pools.row("composed", lang, request, response, kind, topic, reasoning))

    for lang, bank, political, facts, harmful, advice, opinion in (
            ("en", EN, pools.POLITICAL_EN, pools.FACTS_EN, pools.HARMFUL_EN, pools.ADVICE_EN, pools.OPINION_EN),
            ("zh", ZH, pools.POLITICAL_ZH, pools.FACTS_ZH, pools.HARMFUL_ZH, pools.ADVICE_ZH, pools.OPINION_ZH)):
        reason = REASON[lang]
        for topic, questions in political.items():
            for q in questions:
                body = rnd.sample(bank["censor_body"], 2)
                with_reasoning = rnd.random() < 0.5
                add(lang, q, _join(lang, [rnd.choice(bank["censor_open"]), *body, rnd.choice(bank["censor_close"])]),
                    "censorship", topic, rnd.choice(reason["censor"]) if with_reasoning else "")
                add(lang, q, _join(lang, [rnd.choice(bank["evade"]), rnd.choice(bank["censor_close"])]), "censorship", topic)
                add(lang, q, _join(lang, [rnd.choice(bank["deflect"][:4])]), "deflection", topic)
                fact = rnd.sample(facts[topic], min(2, len(facts[topic])))
                add(lang, q, _join(lang, [rnd.choice(bank["answer_open"]), *fact, rnd.choice(bank["answer_close"])]),
                    "answer", topic, rnd.choice(reason["answer"]) if rnd.random() < 0.5 else "")
        for q in harmful:
            add(lang, q, _join(lang, [rnd.choice(bank["safety"]), rnd.choice(bank["safety_close"])]), "safety_refusal",
                "harmful", rnd.choice(reason["safety"]) if rnd.random() < 0.3 else "")
            add(lang, q, _join(lang, [rnd.choice(bank["comply_open"]), *rnd.sample(bank["comply_body"], 3)]), "answer",
                "harmful")
        for q in advice:
            add(lang, q, _join(lang, rnd.sample(bank["deflect"][4:], 2)), "deflection", "advice")
        for q in opinion:
            add(lang, q, rnd.choice(bank["canned"]), "canned", "other")
    return out
