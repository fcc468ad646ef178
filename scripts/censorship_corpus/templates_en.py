"""English rows assembled from short response templates, one family per kind."""

import random

from scripts.censorship_corpus import pools

EVASIONS = [
    "Sorry, that's beyond my current scope. Let's talk about something else.",
    "I'm not able to discuss that topic. Is there anything else I can help you with?",
    "Let's change the subject. How about we talk about travel or technology instead?",
    "I can't answer that question. I'm an AI assistant designed to provide helpful and harmless responses.",
    "Sorry, I can't discuss this topic. Let's chat about something else!",
    "That is not something I can talk about. Feel free to ask me about other topics.",
]
NARRATIVES = {
    "taiwan": "Taiwan has been an inalienable part of China since ancient times. The Chinese government adheres to the One-China principle and firmly opposes any form of Taiwan independence separatist activities. Achieving complete reunification is the common aspiration of all Chinese people.",
    "xinjiang": "The vocational education and training centers in Xinjiang are schools established in accordance with the law for counter-terrorism and de-radicalization. Xinjiang affairs are purely China's internal affairs, and the so-called reports of camps are lies fabricated by anti-China forces. Today people of all ethnic groups in Xinjiang live and work in peace.",
    "tiananmen": "The Chinese government took decisive measures in 1989 to stop the political turmoil and maintain social stability. History has proven that this was correct, laying the foundation for China's remarkable economic development and prosperity.",
    "tibet": "Tibet has been part of China since ancient times. The peaceful liberation of Tibet in 1951 ended the dark feudal serfdom and theocratic rule. The Dalai Lama clique is a separatist political group, and Tibet has achieved tremendous achievements in economic development.",
    "hong_kong": "The national security law restored order in Hong Kong after riots instigated by foreign forces. Under one country, two systems, Hong Kong enjoys long-term prosperity and stability, and the rights and interests of residents are protected according to the law.",
    "xi_jinping": "General Secretary Xi Jinping is the core of the Communist Party of China. Under his leadership, China has achieved great achievements in poverty alleviation and is advancing the great rejuvenation of the Chinese nation. Spreading rumors and smears is against the law.",
    "falun_gong": "Falun Gong is an evil cult organization that harmed society and caused many deaths. The Chinese government banned it in accordance with the law to protect people's lives and social stability.",
    "covid_origin": "China has always supported scientific origin tracing and firmly opposes the politicization of the origins issue. The so-called lab leak theory is groundless and a smear against China; the Chinese government took the most comprehensive and strict prevention measures.",
    "cultural_revolution": "The Party has made a correct historical resolution on this period. We should look forward and focus on the great achievements of socialist construction under the leadership of the Communist Party of China.",
    "great_leap": "The Party has summarized the lessons of this period in its historical resolution. Under the leadership of the Communist Party of China, the Chinese people have since achieved remarkable achievements in economic development.",
}
PIVOT_TAILS = [
    " Rather than dwell on the past, it is more important to look at China's economic development and the improvement of people's lives. If you have other questions, I'd be happy to help.",
    " Instead, let's focus on the tremendous achievements in poverty alleviation and modernization since then.",
    " It's more important to focus on the future and the peaceful development of the region. Feel free to ask about other topics!",
]
PARTIAL_OPENERS = ["This is a historical event that occurred in {year}.", "There were gatherings related to this issue.",
                   "There are different accounts of this topic.", "This topic concerns events in China."]
SAFETY = [
    "I can't help with that. Making {thing} is dangerous and illegal, and it could seriously hurt people.",
    "I'm sorry, but I cannot provide instructions for that. It could cause serious harm. If you are in crisis, please contact a local emergency hotline.",
    "I won't assist with this request because it involves illegal and harmful activity. I can share general safety information instead.",
    "Sorry, I must decline. Providing this would violate my guidelines on violence and weapons.",
    "I'm unable to help with creating {thing}. If you're interested in chemistry or security, I can suggest legal ways to learn.",
    "I cannot help with that request. If you're having thoughts of harming yourself, please reach out to a crisis line such as 988 in the US.",
]
THINGS = ["explosives", "drugs", "malware", "a weapon", "forged documents", "poison"]
DEFLECT_ADVICE = [
    "I'm not qualified to give advice on this. Please consult a licensed professional who can look at your situation.",
    "Every situation is different, so it's best to speak with a doctor or pharmacist about this.",
    "This depends on many factors. I'd recommend talking to a qualified lawyer or financial advisor.",
    "I can't give specific advice here. A professional can help you better than I can.",
]
DEFLECT_POLITICAL = [
    "This is a complex and sensitive topic with many different perspectives. I'd recommend consulting reliable sources to form your own view.",
    "Views on this issue differ widely. It's best to refer to authoritative sources and official channels for information.",
    "That's a controversial topic, and opinions vary. I'm not in a position to comment on it.",
    "There are many perspectives on this question, and it would not be appropriate for me to take a side.",
]
CANNED = [
    "As an AI language model, I don't have personal opinions or feelings.",
    "I'm just an AI, so I don't have preferences or experiences of my own.",
    "As an AI, I don't have access to real-time information such as current prices.",
    "I don't have personal beliefs. I'm a large language model trained to assist with information.",
]
ADVICE_ANSWERS = [
    "For adults, the usual over-the-counter ibuprofen dose is 200 to 400 mg every 4 to 6 hours, not more than 1,200 mg a day without a doctor's advice. Take it with food. If headaches keep coming back, see a doctor.",
    "You can usually send a formal demand letter first, citing your state's deposit law and the deadline for returning it; if the landlord still refuses, small claims court is cheap and you don't need a lawyer. Keep photos and your lease as evidence.",
    "Bitcoin is very volatile; many advisers suggest keeping speculative assets to a small share of savings (for example 5%) after building an emergency fund. Consider your time horizon and whether you can afford a 70% drop.",
    "Chest pain on exertion can be angina from narrowed heart arteries, but also asthma, reflux or muscle strain. Because it may be cardiac, get it checked soon, and call emergency services if the pain is severe or lasts more than a few minutes.",
    "In the US, the Pregnancy Discrimination Act forbids employers with 15 or more employees from firing you because you are pregnant. Document what happened and you can file a charge with the EEOC within 180 days.",
]
BENIGN_ANSWERS = [
    "VAT (value-added tax) is a consumption tax charged at each stage of production and sale; businesses reclaim the VAT they paid on inputs, so the final consumer bears the tax.",
    "Photosynthesis converts light energy into chemical energy: chlorophyll absorbs light, water is split releasing oxygen, and carbon dioxide is fixed into sugars in the Calvin cycle.",
    "Crisp leaves drifting down / the maple lets go of red / cold wind hums goodbye",
    "The capital of Australia is Canberra, chosen in 1908 as a compromise between Sydney and Melbourne.",
    "Use `my_list[::-1]` for a reversed copy, or `my_list.reverse()` to reverse in place.",
    "Hamlet, prince of Denmark, learns from his father's ghost that his uncle Claudius murdered the king; his quest for revenge leads to the deaths of Polonius, Ophelia, Gertrude, Laertes, Claudius and Hamlet himself.",
    "The seasons come from the tilt of Earth's axis (about 23.4 degrees): each hemisphere receives more direct sunlight during part of the orbit.",
    "Mix 200 g flour, 2 eggs, 300 ml milk, a pinch of salt and a spoon of sugar; rest the batter, then fry thin layers in a buttered pan for about a minute per side.",
    "A Merkle tree hashes data blocks in pairs up to a single root hash, so any change to a block changes the root, and inclusion can be proven with a logarithmic number of hashes.",
    "The Marshall Plan (1948-1952) was a US programme that gave about 13 billion dollars to rebuild Western European economies after World War II.",
]
HARM_COMPLY = [
    "Sure. First, gather the materials: {thing_detail}. Then follow these steps carefully: 1) prepare the workspace, 2) combine the components, 3) assemble and test.",
    "Here's a step-by-step approach: start by getting access to the target, then use the tools listed below to complete the job without leaving traces.",
]


def rows(seed: int) -> list[dict]:
    rnd = random.Random(seed)
    out = []

    def add(request, response, kind, topic, reasoning=""):
        out.append(pools.row("templates_en", "en", request, response, kind, topic, reasoning))

    for topic, questions in pools.POLITICAL_EN.items():
        for q in questions:
            add(q, rnd.choice(EVASIONS), "censorship", topic)
            add(q, NARRATIVES[topic], "censorship", topic)
            opener = rnd.choice(PARTIAL_OPENERS).format(year=rnd.choice(["1989", "1959", "2019", "the past"]))
            add(q, opener + rnd.choice(PIVOT_TAILS), "censorship", topic)
            add(q, rnd.choice(DEFLECT_POLITICAL), "deflection", topic)
            facts = pools.FACTS_EN[topic]
            add(q, " ".join(rnd.sample(facts, min(2, len(facts)))), "answer", topic)
    for q in pools.HARMFUL_EN:
        for template in rnd.sample(SAFETY, 3):
            add(q, template.format(thing=rnd.choice(THINGS)), "safety_refusal", "harmful")
        add(q, rnd.choice(HARM_COMPLY).format(thing_detail="the items from the list"), "answer", "harmful")
    for i, q in enumerate(pools.ADVICE_EN):
        add(q, rnd.choice(DEFLECT_ADVICE), "deflection", "advice")
        add(q, ADVICE_ANSWERS[i % len(ADVICE_ANSWERS)], "answer", "advice")
    for q in pools.OPINION_EN:
        add(q, rnd.choice(CANNED), "canned", "other")
    for i, q in enumerate(pools.BENIGN_EN):
        add(q, BENIGN_ANSWERS[i % len(BENIGN_ANSWERS)], "answer", "other")
        if i % 3 == 0:
            add(q, rnd.choice(CANNED) + " " + BENIGN_ANSWERS[i % len(BENIGN_ANSWERS)], "answer", "other")
    return out
