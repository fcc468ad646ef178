"""Topics of a request/response pair: a closed list of labels, each with English and Chinese keywords.

The request weighs twice the response: a refusal says little about what was asked. ``other`` when no
keyword matches. Political topics come first; ``POLITICAL`` names them for the classifier's features."""

from __future__ import annotations

TOPIC_KEYWORDS: dict[str, tuple[str, ...]] = {
    "taiwan": ("taiwan", "taipei", "tsai ing-wen", "lai ching-te", "kuomintang", "strait", "台湾", "台北", "蔡英文",
               "赖清德", "两岸", "台海", "中华民国", "武统", "攻台", "台独"),
    "xinjiang": ("xinjiang", "uyghur", "uighur", "urumqi", "kashgar", "新疆", "维吾尔", "乌鲁木齐", "喀什", "ilham tohti", "伊力哈木", "集中营", "再教育营"),
    "tiananmen": ("tiananmen", "june 4", "june fourth", "4 june", "1989", "tank man", "天安门", "六四", "八九", "坦克人"),
    "tibet": ("tibet", "dalai lama", "lhasa", "panchen lama", "西藏", "达赖", "拉萨", "班禅", "藏人", "gedhun", "根敦确吉尼玛", "self-immolat", "自焚"),
    "hong_kong": ("hong kong", "hongkong", "umbrella movement", "extradition bill", "jimmy lai", "香港", "港人",
                  "雨伞运动", "反送中", "黎智英", "元朗", "yuen long", "apple daily", "苹果日报", "国安法"),
    "xi_jinping": ("xi jinping", "president xi", "winnie the pooh", "xi's", "习近平", "习主席", "小熊维尼", "习总书记", "国家主席", "term limit", "修宪"),
    "falun_gong": ("falun gong", "falun dafa", "li hongzhi", "法轮功", "法轮大法", "李洪志"),
    "covid_origin": ("covid", "coronavirus", "sars-cov-2", "wuhan", "lab leak", "pandemic origin", "新冠", "武汉",
                     "病毒起源", "实验室泄漏", "疫情", "李文亮", "li wenliang", "zero-covid", "zero covid", "清零", "封城", "lockdown"),
    "cultural_revolution": ("cultural revolution", "red guards", "gang of four", "文化大革命", "文革", "红卫兵", "四人帮"),
    "great_leap": ("great leap forward", "great chinese famine", "大跃进", "三年困难", "大饥荒"),
    "china_politics": ("chinese communist party", "communist party of china", "ccp", "cpc", "mao zedong",
                       "liu xiaobo", "dissident", "censorship in china", "great firewall", "中共", "共产党", "毛泽东",
                       "刘晓波", "异见", "防火长城", "翻墙", "peng shuai", "彭帅", "709 crackdown", "709大抓捕", "709律师", "human rights lawyer", "维权律师", "white paper", "白纸", "许志永", "xu zhiyong", "艾未未", "ai weiwei", "freedom of speech in china", "言论自由", "south china sea", "nine-dash", "南海", "jack ma", "马云", "批评国家主席", "deng xiaoping", "邓小平", "zhao ziyang", "赵紫阳", "dissidents"),
    "russia": ("russia", "ukraine", "kremlin", "putin", "navalny", "donbas", "crimea", "bucha", "俄罗斯", "乌克兰",
               "普京", "克里米亚", "纳瓦尔尼"),
    "iran": ("iran", "mahsa amini", "khamenei", "伊朗"),
    "north_korea": ("north korea", "dprk", "kim jong", "pyongyang", "朝鲜", "金正恩", "平壤"),
    "saudi_arabia": ("saudi", "khashoggi", "沙特"),
    "weapons": ("weapon", "bomb", "explosive", " gun", "rifle", "firearm", "ammunition", "grenade", "detonator",
                "武器", "炸弹", "炸药", "枪支", "弹药", "雷管"),
    "drugs": ("meth", "cocaine", "heroin", "fentanyl", "narcotic", "drug", "lsd", "mdma", "毒品", "冰毒", "海洛因",
              "可卡因", "芬太尼"),
    "self_harm": ("suicide", "kill myself", "self-harm", "cut myself", "overdose", "end my life", "自杀", "自残",
                  "割腕", "轻生"),
    "violence": ("kill someone", "murder", "hurt someone", "attack", "poison someone", "assault", "杀人", "谋杀", "伤害他人",
                 "袭击", "投毒"),
    "hacking": ("hack", "malware", "ransomware", "exploit", "phishing", "keylogger", "password", "sql injection",
                "ddos", "黑客", "恶意软件", "勒索软件", "钓鱼", "密码", "入侵"),
    "sexual": (" sex", "porn", "explicit", "nude", "erotic", "色情", "裸", "性爱"),
    "hate": ("racist", "slur", "inferior race", "hate speech", "种族歧视", "仇恨言论", "劣等"),
    "medical": ("symptom", "diagnos", "medication", "dose", "dosage", "disease", "doctor", " pain", "prescription",
                "症状", "诊断", "药物", "剂量", "疾病", "医生", "处方"),
    "legal": ("lawsuit", " sue ", "contract", "legal advice", "lawyer", "court", "custody", "criminal charge",
              "诉讼", "起诉", "合同", "律师", "法院", "法律建议"),
    "financial": ("invest", "stock", "crypto", "bitcoin", " tax", "retirement", "portfolio", "loan", "投资", "股票",
                  "加密货币", "比特币", "税", "理财", "贷款"),
    "politics": ("election", "vote", "president", "parliament", "political party", "democrat", "republican",
                 "government", "选举", "投票", "总统", "议会", "政党", "政府"),
    "personal_data": ("home address", "phone number of", "social security number", "where does", "dox",
                      "家庭住址", "电话号码", "身份证号"),
    "fraud": ("fraud", "scam", "forge", "counterfeit", "launder", "fake id", "诈骗", "伪造", "洗钱", "假证"),
    "company_internal": ("internal", "confidential", "trade secret", "source code of", "内部", "机密", "商业秘密"),
}
POLITICAL = ("taiwan", "xinjiang", "tiananmen", "tibet", "hong_kong", "xi_jinping", "falun_gong", "covid_origin",
             "cultural_revolution", "great_leap", "china_politics", "russia", "iran", "north_korea", "saudi_arabia")
HARMFUL = ("weapons", "drugs", "self_harm", "violence", "hacking", "sexual", "hate", "fraud")
ADVICE = ("medical", "legal", "financial")
TOPICS = (*TOPIC_KEYWORDS, "other")


def topic_counts(text: str) -> dict[str, int]:
    """Keyword hits per topic in normalised (lower-case) ``text``; topics without hits are left out."""
    counts = {}
    for topic, words in TOPIC_KEYWORDS.items():
        hits = sum(text.count(w) for w in words)
        if hits:
            counts[topic] = hits
    return counts


def topic_of(request_counts: dict[str, int], response_counts: dict[str, int]) -> str:
    """The best-supported topic (request hits count twice; ties go to the earlier, political topics)."""
    best, best_score = "other", 0
    for topic in TOPIC_KEYWORDS:
        score = 2 * request_counts.get(topic, 0) + response_counts.get(topic, 0)
        if score > best_score:
            best, best_score = topic, score
    return best
