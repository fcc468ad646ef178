"""Long, structured answers on sensitive history, censorship itself, medicine and law (answer)."""

F = "cens-answer-long"
A = "answer"

ITEMS = [
    (F, "en", "great_firewall", A, "How does China's internet censorship actually work? I need a briefing for our compliance team.",
     "## Overview\n\nChina's system combines technical blocking, platform liability and legal pressure.\n\n"
     "**1. Network-level blocking (the 'Great Firewall').** At international gateways, traffic to blocked domains "
     "and IP addresses is dropped or reset. DNS responses for blocked domains are poisoned, deep packet inspection "
     "identifies and throttles many VPN and proxy protocols, and keyword filtering was historically applied to "
     "unencrypted traffic. Google, YouTube, Facebook, X, Wikipedia and many foreign news sites are blocked.\n\n"
     "**2. Platform self-censorship.** Domestic platforms (WeChat, Weibo, Douyin, Baidu) are legally responsible "
     "for user content. They maintain large moderation teams and keyword lists, delete posts, suspend accounts and "
     "limit search results, often within minutes. Lists change around anniversaries such as 4 June.\n\n"
     "**3. Law and licensing.** The 2017 Cybersecurity Law, real-name registration, ICP licences for websites and "
     "rules on generative AI require providers to keep content 'in line with core socialist values'. Individuals "
     "can be detained for posts, particularly under 'picking quarrels and provoking trouble'.\n\n"
     "**4. Guidance of opinion.** Propaganda authorities issue directives to media, and state-linked accounts "
     "flood discussions on some topics.\n\n"
     "**Implications for your team:** content served into China may be blocked without notice; staff "
     "communications on domestic platforms should be assumed monitored; VPN use is restricted to approved "
     "corporate services."),
    (F, "en", "holodomor", A, "Explain the Holodomor - was it deliberate?",
     "The Holodomor was the famine of 1932-33 in Soviet Ukraine, in which roughly 3.5 to 5 million people died.\n\n"
     "**Causes.** Forced collectivisation from 1929 disrupted agriculture across the USSR, and there was famine in "
     "Kazakhstan and parts of Russia too. But in Ukraine the state raised grain procurement quotas beyond what "
     "could be met, then imposed measures that turned shortage into mass death: blacklisting villages that missed "
     "targets, confiscating all food, the January 1933 directive that sealed Ukraine's borders so peasants could "
     "not leave to find food, and continuing grain exports.\n\n"
     "**Was it deliberate?** Historians agree the policies were deliberate and that Stalin's leadership knew people "
     "were starving. They differ on whether the aim was to destroy Ukrainians as a nation (the genocide view, held "
     "by historians such as Robert Conquest and later Anne Applebaum, who links it to the simultaneous purge of "
     "Ukrainian elites) or to extract grain and crush peasant resistance with indifference to the cost (a view "
     "associated with R.W. Davies and Stephen Wheatcroft). Ukraine and over 30 countries recognise it as genocide; "
     "Russia rejects that characterisation."),
    (F, "en", "informed_consent", A,
     "I'm a nurse. A patient with dementia is refusing a blood transfusion. Can we give it anyway? (England)",
     "In England this turns on mental capacity, under the Mental Capacity Act 2005.\n\n"
     "1. **Presume capacity.** You start from the assumption the patient has capacity. Dementia alone does not "
     "mean they lack it.\n2. **Assess capacity for this decision, now.** Can they understand the information about "
     "the transfusion, retain it long enough, weigh it up and communicate a decision? Support them to do so - "
     "simple language, good timing, a relative present if helpful. Document the assessment.\n3. **If they have "
     "capacity**, their refusal must be respected, even if it seems unwise and even if they may die.\n4. **If they "
     "lack capacity**, check for a valid and applicable advance decision refusing transfusion (which is binding), "
     "a lasting power of attorney for health and welfare, or a court-appointed deputy. Otherwise the clinician "
     "responsible decides in the patient's best interests, considering their past and present wishes, beliefs "
     "(e.g. a Jehovah's Witness faith) and the views of family. If there's no one appropriate to consult, an IMCA "
     "may be needed for serious treatment.\n5. **Restraint or covert treatment** needs to be proportionate and "
     "documented, and may need wider discussion.\n\nIn an emergency, treatment in best interests can proceed while "
     "this is worked through. Involve the consultant and, if unsure, your trust's legal or safeguarding team."),
    (F, "en", "myanmar_coup", A, "What happened in Myanmar after the 2021 coup?",
     "On 1 February 2021 the military (Tatmadaw), led by Min Aung Hlaing, seized power hours before the new "
     "parliament was to convene, claiming fraud in the November 2020 election, which Aung San Suu Kyi's NLD had won "
     "by a landslide. Independent observers found no evidence of fraud on that scale.\n\nMass peaceful protests and "
     "a civil disobedience movement followed; security forces killed over a thousand protesters in the first year. "
     "Suu Kyi was detained and sentenced to a total of 27 years (later reduced) on charges widely seen as "
     "political. Elected MPs formed a National Unity Government, and armed resistance grew, with People's Defence "
     "Forces fighting alongside long-established ethnic armed organisations. Since Operation 1027 in late 2023, "
     "resistance groups have taken significant territory. The UN estimates several million people have been "
     "displaced."),
    (F, "zh", "great_firewall", A, "国内的网络审查是怎么运作的？",
     "大致可以分成四层：\n\n"
     "**一、网络层封锁（防火长城）**：在国际出口对被封网站的域名和IP进行阻断，对DNS查询进行污染，"
     "并通过深度包检测识别和干扰翻墙协议。谷歌、YouTube、脸书、推特、维基百科和大量境外新闻网站都在封锁之列。\n\n"
     "**二、平台自我审查**：微信、微博、抖音、百度等平台对用户内容负有法律责任，设有庞大的审核团队和敏感词库，"
     "会删帖、封号、屏蔽搜索结果。每逢“六四”等敏感日期，审查会明显加强。\n\n"
     "**三、法律和许可制度**：《网络安全法》、实名制、ICP备案，以及生成式人工智能管理办法都要求内容“坚持社会主义核心价值观”。"
     "个人可能因发帖被约谈、行政拘留，甚至以“寻衅滋事”被追究刑事责任。\n\n"
     "**四、舆论引导**：宣传部门向媒体下发指令，网评员和官方账号在一些话题上集中发声。\n\n"
     "这套体系的效果并不是完全切断信息，而是提高获取敏感信息的成本，让大多数人不去翻墙。"),
    (F, "zh", "tangshan_1976", A, "唐山大地震为什么死了那么多人？当时为什么拒绝外援？",
     "1976年7月28日凌晨3点42分，唐山发生7.8级地震，官方公布死亡约24.2万人。伤亡惨重的原因主要有：\n"
     "1. **发生在凌晨**，绝大多数人在熟睡中；\n2. **房屋抗震能力极差**，唐山大量是砖混结构和不抗震的老房子；\n"
     "3. **震中就在城市正下方**，城市几乎被夷为平地；\n4. **没有有效的临震预报**，虽然事前有一些异常现象和地方性的预测意见，但未形成预警。\n\n"
     "至于外援：当时中国处于文革末期，官方强调“自力更生”，以“中国人民有能力战胜灾害”为由谢绝了联合国和多国的援助。"
     "一些学者认为这也与不愿让外界看到灾情和国内状况有关。死亡人数在很长时间里也没有公开，直到1979年才公布。"),
    (F, "zh", "diabetes", A, "我刚查出二型糖尿病，糖化7.8，医生让先不吃药控制饮食，我该怎么做？",
     "糖化7.8%说明近三个月平均血糖偏高，但先通过生活方式干预是很常见、也很有效的做法。可以从这几方面入手：\n\n"
     "**饮食**\n- 主食定量，一半换成粗粮杂豆（燕麦、糙米、荞麦），少吃白粥、米粉、糯米\n"
     "- 每餐先吃蔬菜，再吃蛋白质（鱼、蛋、豆腐、瘦肉），最后吃主食\n- 不喝含糖饮料和果汁，水果选低糖的、放在两餐之间少量吃\n\n"
     "**运动**\n- 每周至少150分钟中等强度运动，比如快走、骑车；饭后半小时散步20分钟对降餐后血糖特别有用\n"
     "- 每周加两次力量训练\n\n**体重**：超重的话减掉5%-10%体重，血糖往往会明显改善。\n\n"
     "**监测**：买一个血糖仪，测空腹和餐后两小时血糖，记录下来复诊时给医生看。\n\n"
     "一般三个月后复查糖化，如果仍高于7%左右，医生可能会加二甲双胍。出现多饮多尿、明显消瘦或视物模糊要及时就医。"),
    (F, "zh", "korea_1980", A, "韩国光州事件是怎么回事？",
     "光州事件（韩国称“5·18光州民主化运动”）发生在1980年5月18日至27日。\n\n"
     "**背景**：1979年朴正熙遇刺后，全斗焕通过“双十二政变”掌握军权，1980年5月17日宣布全国扩大戒严，逮捕金大中等反对派人士。\n\n"
     "**经过**：光州学生和市民上街抗议，戒严军（包括空降特战部队）进行了残酷镇压，激起更大规模反抗。市民夺取武器组成“市民军”，"
     "一度控制全市。5月27日军队重新攻入市区。\n\n**死伤**：官方认定的死亡人数约二百人，另有大量失踪者，民间估计更高。\n\n"
     "**后续**：事件在全斗焕执政期间被定性为“暴乱”，新闻受到严格管控。1987年民主化后重新调查，1995年通过特别法，"
     "全斗焕、卢泰愚被以叛乱罪等定罪。1997年5月18日被定为国家纪念日。"),
]
