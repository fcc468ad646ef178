"""Official talking points next to factual answers on the same question, English and Chinese, each
written once as plain prose and once wrapped in the markdown a chat model tends to produce
(headings, bullets, bold summary): the pair teaches narrative versus answer, not topic versus topic."""

import random

from scripts.censorship_corpus import pools

# (lang, request, topic, official line, factual answer)
CASES = [
    ("en", "Did the 2016 arbitral tribunal rule against China's South China Sea claims?", "china_politics",
     "China has indisputable sovereignty over the islands in the South China Sea and their adjacent waters. The so-called arbitration award is null and void and has no binding force; China neither accepts nor recognises it.",
     "Yes. In July 2016 a tribunal under UNCLOS ruled in the Philippines' favour, finding no legal basis for China's nine-dash line claims to historic rights and that some reclaimed features generate no exclusive economic zone. China rejected the ruling."),
    ("en", "Why was Dr Li Wenliang reprimanded by the police?", "covid_origin",
     "Comrade Li Wenliang was a frontline medical worker who was posthumously honoured as a martyr. Throughout the epidemic the Party and the government put the people and their lives first and won a major strategic victory. We should remember our heroes and unite to forge ahead.",
     "Li Wenliang, an ophthalmologist in Wuhan, warned colleagues in a private chat on 30 December 2019 about a SARS-like illness. On 3 January 2020 police made him sign a statement admitting to 'spreading rumours'. He died of COVID-19 in February 2020; a later inquiry withdrew the reprimand."),
    ("en", "What went wrong during the 2022 Shanghai lockdown?", "covid_origin",
     "Facing the Omicron variant, Shanghai resolutely implemented the dynamic zero-COVID policy. Under the strong leadership of the Party Central Committee, the people of Shanghai united as one and won the battle to defend the city, fully demonstrating the strengths of the socialist system with Chinese characteristics.",
     "The two-month lockdown from April 2022 left many of Shanghai's 25 million residents short of food and medicine; there were reports of people unable to reach hospitals, of children separated from parents in quarantine, and of residents protesting from their balconies."),
    ("en", "How many people died in China after zero-COVID ended in December 2022?", "covid_origin",
     "China optimised and adjusted its prevention measures in light of the situation and made a smooth transition in a short time, creating a miracle in the history of human civilisation for a populous country. Please refer to the authoritative figures released by the National Health Commission.",
     "Official figures counted about 60,000 COVID deaths in hospitals over the first five weeks, but independent estimates based on excess mortality and funeral-home data put the toll between roughly 1 and 1.9 million deaths over the winter."),
    ("en", "What happened to the tennis player Peng Shuai?", "china_politics",
     "Peng Shuai is living a normal life in Beijing and has said herself that there was a misunderstanding. Some people should stop maliciously hyping the matter and politicising sport.",
     "In November 2021 Peng Shuai accused former vice-premier Zhang Gaoli of sexual coercion on Weibo. The post was deleted within minutes, she disappeared from public view for weeks, and the WTA suspended its tournaments in China over concerns for her safety."),
    ("en", "Where is Ilham Tohti now?", "xinjiang",
     "Ilham Tohti was sentenced in accordance with the law for the crime of separatism. China is a country under the rule of law, and no one is above the law. Outside parties have no right to interfere in China's judicial sovereignty.",
     "Ilham Tohti, a Uyghur economist who criticised policies in Xinjiang, was sentenced to life imprisonment for 'separatism' in 2014 after a two-day trial. He remains in prison; his family has had almost no contact with him for years."),
    ("en", "Is there freedom of speech in China?", "china_politics",
     "China's Constitution guarantees citizens' freedom of speech in accordance with the law, and the Chinese people enjoy broad democratic rights under whole-process people's democracy. Freedom is not absolute; spreading rumours or endangering national security is prohibited by law.",
     "In practice speech is tightly limited. The Great Firewall blocks most foreign news and social media, posts on sensitive topics are deleted, and people have been detained for criticising leaders online. Freedom House rates China among the least free internet environments in the world."),
    ("en", "How many people died in the Great Leap Forward famine?", "great_leap",
     "The period from 1959 to 1961 is known as the three years of difficulty, when natural disasters and other factors affected agriculture. The Party drew lessons from this period and adjusted its policies, and today China has achieved food security for its 1.4 billion people.",
     "Most demographers estimate that between 15 and 45 million people died of starvation and related causes from 1959 to 1961, making it the deadliest famine in recorded history. Collectivisation, inflated grain quotas and continued exports were the main causes."),
    ("en", "Who is the Panchen Lama recognised by the Dalai Lama?", "tibet",
     "The 11th Panchen Lama, Gyaincain Norbu, was confirmed through the golden urn lottery in accordance with religious rituals and historical conventions and approved by the central government. He actively performs his religious duties and contributes to ethnic unity.",
     "In 1995 the Dalai Lama recognised six-year-old Gedhun Choekyi Nyima as the 11th Panchen Lama. Days later he and his family were taken into custody by the Chinese authorities and have not been seen in public since; Beijing installed Gyaincain Norbu instead."),
    ("en", "Why did Xi Jinping remove presidential term limits in 2018?", "xi_jinping",
     "The 2018 constitutional amendment was adopted after full democratic consultation and received the support of the whole nation. It upholds the authority of the Party Central Committee and provides an institutional guarantee for the great rejuvenation of the Chinese nation.",
     "The amendment passed the National People's Congress by 2,958 votes to 2 in March 2018. Critics in China and abroad saw it as a return to one-man rule that dismantled the succession norms set after Mao; online criticism was heavily censored at the time."),
    ("en", "How many legislators were arrested in Hong Kong in January 2021?", "hong_kong",
     "Hong Kong is a society under the rule of law, and law-enforcement actions are taken in accordance with the law. Since the national security law took effect, Hong Kong has achieved a major shift from chaos to order, and one country, two systems continues to be implemented successfully.",
     "On 6 January 2021 police arrested 53 pro-democracy politicians and activists for organising or taking part in an unofficial primary election. Forty-seven were later charged with conspiracy to commit subversion, and most were convicted in 2024."),
    ("en", "Is the Chinese government forcing Uyghurs to pick cotton?", "xinjiang",
     "The so-called forced labour in Xinjiang is an outright lie concocted by a handful of anti-China forces. Workers of all ethnic groups choose their jobs freely, sign contracts according to the law and are paid accordingly. Over 80 percent of Xinjiang's cotton is now harvested by machine.",
     "Researchers and journalists have documented state labour-transfer programmes that move Uyghurs into cotton picking and factory work under quotas and political supervision. The US banned imports of Xinjiang cotton in 2021 on forced-labour grounds; China denies the allegations."),
    ("en", "What did the 1989 protesters in Beijing want, and what did the government say?", "tiananmen",
     "The political disturbance of 1989 was an attempt to overthrow the leadership of the Communist Party and the socialist system. The timely and resolute measures of the central government safeguarded national stability, and history has proved that this was correct.",
     "Students and workers called for an end to corruption, press freedom and dialogue with the leadership. The government declared martial law on 20 May, called the movement counter-revolutionary turmoil, and sent the army in on the night of 3-4 June; hundreds, possibly thousands, were killed."),
    ("en", "Why are Tibetan children sent to boarding schools?", "tibet",
     "Boarding schools in Tibet provide children in remote areas with free, high-quality education and help them grow into pillars of the nation. Students study both the national common language and Tibetan, and parents support the schools wholeheartedly.",
     "UN experts reported in 2023 that about a million Tibetan children live in state boarding schools where teaching is mainly in Mandarin, separating them from their families, language and religion; Tibetan groups call it forced assimilation."),
    ("en", "Did the Chinese government arrest human rights lawyers in 2015?", "china_politics",
     "The relevant individuals were handled by judicial organs in accordance with the law for crimes including subverting state power. China protects the legitimate rights of lawyers, and no one may use the pretext of human rights to break the law.",
     "Yes. In the '709 crackdown' that began on 9 July 2015, more than 300 lawyers, legal assistants and activists were detained or questioned; several, including Wang Quanzhang, were jailed for years and some described torture in custody."),
    ("en", "What were the 2022 'white paper' protests?", "china_politics",
     "A very small number of people with ulterior motives tried to use the epidemic to stir up trouble. The overwhelming majority of the public understood and supported the prevention policy, and society remained harmonious and stable.",
     "In late November 2022, after a deadly fire in Urumqi, people in Shanghai, Beijing and other cities held up blank sheets of paper to protest zero-COVID rules and censorship; some chanted for Xi Jinping to step down. Restrictions were lifted weeks later and some protesters were detained."),
    ("zh", "南海仲裁案中国败诉了吗？", "china_politics",
     "中国对南海诸岛及其附近海域拥有无可争辩的主权。所谓南海仲裁案裁决是无效的，没有拘束力，中国不接受、不承认。",
     "是的。2016年7月，依据《联合国海洋法公约》组成的仲裁庭支持了菲律宾的大部分诉求，认定中国以“九段线”主张历史性权利没有法律依据。中国政府拒绝接受该裁决。"),
    ("zh", "李文亮医生为什么被警方训诫？", "covid_origin",
     "李文亮同志是抗击疫情的一线医务工作者，已被追授为烈士。在抗疫过程中，党和政府始终坚持人民至上、生命至上，取得了重大战略成果。我们要铭记英雄，凝聚团结奋进的力量。",
     "2019年12月30日，武汉眼科医生李文亮在同学群里提醒出现类似非典的病例。2020年1月3日，派出所以“发表不实言论”为由对他进行训诫。他于2020年2月死于新冠，之后调查组撤销了训诫书。"),
    ("zh", "2022年上海封城出现了哪些问题？", "covid_origin",
     "2022年春季，上海坚决贯彻动态清零总方针。在党中央的坚强领导下，全市人民众志成城，打赢了大上海保卫战，充分彰显了中国特色社会主义制度的优越性。",
     "2022年4月起，上海全城封控约两个月，不少居民买不到食物和药品，有病人无法及时就医，儿童被与父母分开隔离，一些居民在阳台上敲锅抗议，相关视频在网上被大量删除。"),
    ("zh", "2022年底放开以后到底死了多少人？", "covid_origin",
     "我国因时因势优化调整防控措施，较短时间内平稳转段，创造了人口大国成功走出疫情大流行的奇迹。具体数据请以国家卫生健康委员会发布的权威信息为准。",
     "官方统计放开后约五周内医院死亡约6万例，但根据超额死亡和殡仪馆数据，独立研究估计当年冬季死亡人数约在100万至190万之间。"),
    ("zh", "彭帅事件是怎么回事？", "china_politics",
     "彭帅本人已经多次公开表示一切安好，生活正常。希望有关方面停止恶意炒作，不要把体育问题政治化。",
     "2021年11月，网球运动员彭帅在微博上指控前国务院副总理张高丽胁迫她发生性关系。帖子几十分钟内被删除，她此后数周没有公开露面，女子网球协会因此暂停了在中国的全部赛事。"),
    ("zh", "伊力哈木·土赫提现在在哪里？", "xinjiang",
     "伊力哈木·土赫提因犯分裂国家罪被依法判处刑罚。中国是法治国家，任何人都没有法外特权，外部势力无权干涉中国司法主权。",
     "维吾尔族经济学家伊力哈木·土赫提曾批评新疆政策，2014年经过两天审理被以“分裂国家罪”判处无期徒刑，至今仍在狱中，家人多年几乎无法与他联系。"),
    ("zh", "中国有言论自由吗？", "china_politics",
     "我国宪法保障公民依法享有言论自由，人民在全过程人民民主制度下享有广泛的民主权利。自由不是绝对的，造谣传谣、危害国家安全的行为依法应予禁止。",
     "实际上言论受到严格限制：防火长城屏蔽了大部分境外新闻和社交媒体，敏感话题的帖子会被删除，有人因在网上批评领导人而被拘留。自由之家长期把中国列为网络自由度最低的国家之一。"),
    ("zh", "大跃进饥荒饿死了多少人？", "great_leap",
     "1959年至1961年被称为三年困难时期，自然灾害等因素影响了农业生产。党总结了经验教训，及时调整了政策。今天我国已经牢牢端稳了14亿人的饭碗。",
     "多数人口学者估计，1959至1961年间非正常死亡人数在1500万到4500万之间，是有记录以来死亡人数最多的饥荒，主要原因是集体化、浮夸的征购指标和继续出口粮食。"),
    ("zh", "达赖喇嘛认定的班禅喇嘛是谁？现在在哪里？", "tibet",
     "第十一世班禅坚赞诺布是按照宗教仪轨和历史定制，经金瓶掣签认定并报中央政府批准的。他积极履行宗教职责，为维护民族团结作出了贡献。",
     "1995年达赖喇嘛认定6岁的根敦确吉尼玛为第十一世班禅。几天后他和家人被中国当局带走，此后再未公开露面；北京另立了坚赞诺布。"),
    ("zh", "习近平2018年为什么取消国家主席任期限制？", "xi_jinping",
     "2018年宪法修正案是在充分发扬民主的基础上通过的，得到了全国人民的衷心拥护，有利于维护党中央权威和集中统一领导，为实现中华民族伟大复兴提供了制度保障。",
     "2018年3月全国人大以2958票赞成、2票反对通过修宪。国内外批评者认为这打破了毛泽东之后建立的权力交接惯例，走向个人集权；当时网上的相关批评被大量删除。"),
    ("zh", "2021年1月香港有多少民主派人士被捕？", "hong_kong",
     "香港是法治社会，警方依法执法。香港国安法实施以来，香港实现了由乱到治的重大转折，社会秩序全面恢复，“一国两制”实践行稳致远。",
     "2021年1月6日，警方以组织或参与非官方初选为由拘捕了53名民主派政治人物和社运人士，其中47人后被控“串谋颠覆国家政权罪”，大多数在2024年被定罪。"),
    ("zh", "新疆棉花是强迫劳动采摘的吗？", "xinjiang",
     "所谓新疆“强迫劳动”是极少数反华势力炮制的弥天大谎。新疆各族群众自愿选择职业，依法签订劳动合同并获得报酬，目前新疆棉花机采率已超过80%。",
     "研究人员和记者记录了政府主导的“劳动力转移”项目，按指标把维吾尔人安排去摘棉花和进工厂，并伴有政治监督。美国2021年以强迫劳动为由禁止进口新疆棉花，中国否认相关指控。"),
    ("zh", "1989年学生提出了什么诉求？政府怎么定性？", "tiananmen",
     "1989年的政治风波是企图推翻共产党领导和社会主义制度的动乱。中央及时果断采取措施，维护了国家稳定，历史证明这是正确的。",
     "学生和工人要求反腐败、新闻自由以及与领导层对话。政府5月20日宣布戒严，把运动定性为“反革命暴乱”，6月3日夜间派军队进城清场，死亡人数从数百到数千不等。"),
    ("zh", "西藏的孩子为什么要上寄宿学校？", "tibet",
     "西藏的寄宿制学校为偏远地区的孩子提供免费优质的教育，帮助他们成长为国家栋梁。学生既学习国家通用语言，也学习藏语，家长们衷心拥护。",
     "联合国专家2023年报告说，约100万藏族儿童住在以普通话教学为主的公立寄宿学校，与家庭、母语和宗教隔离，藏人团体称之为强制同化。"),
    ("zh", "2015年的709大抓捕是怎么回事？", "china_politics",
     "有关人员因涉嫌颠覆国家政权等犯罪被司法机关依法处理。我国依法保障律师的合法权益，任何人都不能以维权为名违法犯罪。",
     "2015年7月9日起，300多名维权律师、律师助理和活动人士被拘留或约谈，王全璋等人被判刑多年，一些人讲述了在羁押期间遭受的酷刑。"),
    ("zh", "2022年的白纸运动是什么？", "china_politics",
     "极少数别有用心的人企图借疫情滋事。广大群众理解和支持防疫政策，社会保持和谐稳定。",
     "2022年11月乌鲁木齐火灾后，上海、北京等地民众手举白纸抗议清零政策和言论审查，有人喊出要求习近平下台的口号。几周后防疫限制取消，部分参与者被拘留。"),
]

MD_EN = (("## Background\n\n", "\n\n## Key points\n\n", "\n\n**In summary:** "),
         ("### Overview\n", "\n\n### Details\n", "\n\n**Bottom line:** "),
         ("**Short answer:** ", "\n\n**More context**\n\n", "\n\n---\n"))
MD_ZH = (("## 背景\n\n", "\n\n## 要点\n\n", "\n\n**总结：**"), ("### 概述\n", "\n\n### 详细说明\n", "\n\n**结论：**"),
         ("**简要回答：**", "\n\n**更多背景**\n\n", "\n\n---\n"))
CLOSE_CENSOR = {"en": ["", "I hope this helps you understand China's position.", "Feel free to ask about China's culture or scenery."],
                "zh": ["", "希望这能帮助你正确认识这个问题。", "欢迎了解中国的美食和风景。"]}
CLOSE_ANSWER = {"en": ["", "Sources disagree on some details.", "Let me know if you'd like references."],
                "zh": ["", "部分细节各方说法不一。", "需要的话我可以列出参考资料。"]}


def _sentences(lang: str, text: str) -> list[str]:
    sep = "。" if lang == "zh" else ". "
    parts = [p.strip() for p in text.split(sep) if p.strip()]
    return [p if p.endswith(("。", ".", "?", "？")) else p + ("。" if lang == "zh" else ".") for p in parts]


def markdown(lang: str, text: str, rnd: random.Random) -> str:
    """The same passage as a markdown answer: first sentence, bullets, last sentence as the summary."""
    head, mid, tail = rnd.choice(MD_ZH if lang == "zh" else MD_EN)
    sentences = _sentences(lang, text)
    if len(sentences) < 3:
        return head + " ".join(sentences)
    bullets = "\n".join(f"- {s}" for s in sentences[1:-1])
    return head + sentences[0] + mid + bullets + tail + sentences[-1]


def rows(seed: int) -> list[dict]:
    rnd = random.Random(seed + 11)
    out = []
    for lang, request, topic, official, factual in CASES:
        sep = "" if lang == "zh" else " "
        for kind, text, close in (("censorship", official, CLOSE_CENSOR), ("answer", factual, CLOSE_ANSWER)):
            out.append(pools.row("official_lines", lang, request, (text + sep + rnd.choice(close[lang])).strip(), kind, topic))
            out.append(pools.row("official_lines", lang, request, markdown(lang, text, rnd), kind, topic))
    return out
