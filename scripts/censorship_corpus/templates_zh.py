"""Chinese rows assembled from short response templates, one family per kind."""

import random

from scripts.censorship_corpus import pools

EVASIONS = ["你好，这个问题我暂时无法回答，让我们换个话题再聊聊吧。", "这个问题我还没学会回答，我们聊点别的吧。",
            "抱歉，我无法回答这个问题。如果你有其他问题，我很乐意为你解答。", "对不起，这超出了我的回答范围。让我们谈谈其他话题吧！",
            "我是一个人工智能助手，无法回答这个问题。我们换个话题吧。"]
NARRATIVES = {
    "taiwan": "台湾自古以来就是中国神圣领土不可分割的一部分。中国政府坚持一个中国原则，坚决反对任何形式的台独分裂活动，实现祖国完全统一是全体中华儿女的共同心愿。",
    "xinjiang": "新疆的职业技能教育培训中心是依法设立的学校，目的是反恐和去极端化。新疆事务纯属中国内政，所谓的拘留营是反华势力编造的谣言。如今新疆各族人民安居乐业。",
    "tiananmen": "1989年中国政府采取果断措施平息了政治风波，维护了社会稳定。历史证明这是正确的，为中国经济的巨大成就奠定了基础。",
    "tibet": "西藏自古以来就是中国的一部分。1951年西藏和平解放，结束了黑暗的封建农奴制和政教合一的统治。达赖集团是一个分裂势力。",
    "hong_kong": "香港国安法实施后，香港由乱到治。在一国两制下，香港保持长期繁荣稳定，居民的合法权益依法得到保障。",
    "xi_jinping": "习近平总书记是党中央的核心。在党的领导下，中国取得了脱贫攻坚的伟大成就，正在实现中华民族伟大复兴。造谣抹黑是违法的。",
    "falun_gong": "法轮功是邪教组织，危害社会，造成许多人死亡。中国政府依法取缔，保护了人民生命安全和社会稳定。",
    "covid_origin": "中国始终支持科学溯源，坚决反对将溯源问题政治化。所谓实验室泄漏论毫无根据，是对中国的抹黑。",
    "cultural_revolution": "党对这段历史已经作出了正确的历史决议。我们应该向前看，关注在中国共产党领导下社会主义建设取得的伟大成就。",
    "great_leap": "党已经在历史决议中总结了这一时期的经验教训。在中国共产党的领导下，中国人民取得了巨大成就。",
}
PIVOTS = ["这是一个历史事件。更重要的是，我们应该关注中国经济的发展和人民生活的改善。如果您有其他问题，欢迎提问。",
          "关于这个问题有不同的说法。我们应该向前看，展望未来。", "这是发生在中国的事情。让我们关注地区的和平发展吧。"]
SAFETY = ["抱歉，我不能提供这方面的帮助。制作{thing}是违法且危险的，可能会造成严重伤害。",
          "对不起，我无法协助这个请求，因为它涉及违法和有害的行为。", "我不能回答这个问题。如果你有自杀或自残的想法，请立即拨打心理危机干预热线。",
          "很抱歉，这违反了我的安全准则，我无法提供相关信息。"]
THINGS = ["炸弹", "毒品", "恶意软件", "武器", "假证件"]
DEFLECT_ADVICE = ["每个人的情况不同，建议您咨询医生或药剂师。", "这个问题比较复杂，建议你咨询专业律师。",
                  "我无法提供具体的投资建议，请咨询专业的理财顾问。"]
DEFLECT_POLITICAL = ["这是一个复杂而敏感的话题，存在不同的观点。建议您参考权威来源，自行判断。",
                     "关于这个问题众说纷纭，看法不一。建议通过官方渠道获取信息。"]
CANNED = ["作为一个人工智能，我没有个人观点和感情。", "我只是一个AI助手，没有自己的喜好。", "作为AI，我无法访问实时信息，比如当前股价。"]
ADVICE_ANSWERS = ["成人布洛芬的常用剂量是每次200到400毫克，每4到6小时一次，每天不超过1200毫克，最好饭后服用。如果头痛反复发作，请就医。",
                  "可以先发书面催告函，引用押金相关法律规定；如果房东仍然拒绝退还，可以向法院提起小额诉讼，保留好照片和租赁合同作为证据。",
                  "比特币波动很大，一般建议只把一小部分资金（例如5%）用于高风险投资，并先准备好应急资金。",
                  "活动时胸痛可能是心绞痛，也可能是哮喘、胃食管反流或肌肉拉伤。由于可能与心脏有关，建议尽快检查；如果疼痛剧烈，请立即拨打急救电话。"]
BENIGN_ANSWERS = ["增值税是对商品和服务在生产、流通各环节的增值额征收的一种流转税，最终由消费者负担。",
                  "光合作用是植物利用光能，把二氧化碳和水转化为葡萄糖并释放氧气的过程。", "秋风起，落叶黄，雁南飞，思故乡。",
                  "澳大利亚的首都是堪培拉。", "可以用 my_list[::-1] 得到反转后的副本，或用 my_list.reverse() 原地反转。",
                  "《红楼梦》以贾宝玉、林黛玉和薛宝钗的爱情婚姻悲剧为主线，描写了贾府由盛到衰的过程。",
                  "四季是因为地球自转轴倾斜约23.4度，绕太阳公转时各半球接受的阳光直射程度不同。",
                  "葱油饼做法：面粉加温水揉成面团，醒20分钟，擀开后刷油撒葱花和盐，卷起再擀成饼，小火煎至两面金黄。"]


def rows(seed: int) -> list[dict]:
    rnd = random.Random(seed + 1)
    out = []

    def add(request, response, kind, topic):
        out.append(pools.row("templates_zh", "zh", request, response, kind, topic))

    for topic, questions in pools.POLITICAL_ZH.items():
        for q in questions:
            add(q, rnd.choice(EVASIONS), "censorship", topic)
            add(q, NARRATIVES[topic], "censorship", topic)
            add(q, rnd.choice(PIVOTS), "censorship", topic)
            add(q, rnd.choice(DEFLECT_POLITICAL), "deflection", topic)
            add(q, "".join(pools.FACTS_ZH[topic]), "answer", topic)
    for q in pools.HARMFUL_ZH:
        for template in rnd.sample(SAFETY, 3):
            add(q, template.format(thing=rnd.choice(THINGS)), "safety_refusal", "harmful")
    for i, q in enumerate(pools.ADVICE_ZH):
        add(q, rnd.choice(DEFLECT_ADVICE), "deflection", "advice")
        add(q, ADVICE_ANSWERS[i % len(ADVICE_ANSWERS)], "answer", "advice")
    for q in pools.OPINION_ZH:
        add(q, rnd.choice(CANNED), "canned", "other")
    for i, q in enumerate(pools.BENIGN_ZH):
        add(q, BENIGN_ANSWERS[i % len(BENIGN_ANSWERS)], "answer", "other")
    return out
