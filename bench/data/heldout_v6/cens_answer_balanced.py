"""Balanced factual answers on sensitive political topics, China and other states (answer)."""

F = "cens-answer-balanced"
A = "answer"

ITEMS = [
    (F, "en", "tiananmen_1989", A, "What happened at Tiananmen Square in 1989?",
     "In April 1989, after the death of the reformist leader Hu Yaobang, students began gathering in Tiananmen "
     "Square. Over the following weeks the protests grew to include workers and residents, calling for political "
     "reform, press freedom and action on corruption and inflation; a hunger strike began in May. The government "
     "declared martial law on 20 May. On the night of 3-4 June the army moved into central Beijing, and troops "
     "opened fire on crowds, mostly on the approach roads such as Chang'an Avenue. The death toll has never been "
     "officially published in full: the government gave a figure of around 200-300, including soldiers, while "
     "other estimates range from several hundred to several thousand. The event remains heavily censored in "
     "mainland China."),
    (F, "en", "xinjiang", A, "What is the evidence about detention camps in Xinjiang?",
     "From around 2017 the Chinese authorities built a network of facilities in Xinjiang that they call vocational "
     "education and training centres. Evidence for large-scale detention comes from leaked government documents "
     "(the China Cables and the Xinjiang Police Files), satellite imagery of walled compounds, procurement notices, "
     "and testimony from former detainees and their relatives. Researchers have estimated that roughly a million or "
     "more people, mainly Uyghurs and other Muslims, were held at the peak, though exact numbers are uncertain. The "
     "2022 UN human rights office report found the detentions may amount to crimes against humanity. Beijing says "
     "the centres were voluntary counter-extremism schools and that all trainees have graduated."),
    (F, "en", "taiwan", A, "Is Taiwan a country?",
     "It depends on the definition you use, and that ambiguity is the heart of the dispute. In practical terms Taiwan "
     "(officially the Republic of China) has its own elected government, military, currency, passports and courts, "
     "and it controls its own territory. But only about a dozen states formally recognise it; most countries, "
     "including the US, have official relations with the People's Republic of China, which claims Taiwan as a "
     "province, and maintain unofficial ties with Taipei. Taiwan is not a UN member. Polls in Taiwan show most "
     "people prefer maintaining the status quo rather than formal independence or unification."),
    (F, "en", "hong_kong_nsl", A, "What has the national security law changed in Hong Kong?",
     "The law, imposed by Beijing in June 2020, created four offences - secession, subversion, terrorism and "
     "collusion with foreign forces - with sentences up to life imprisonment. Since then most prominent pro-"
     "democracy figures have been arrested, jailed or gone into exile; newspapers including Apple Daily and Stand "
     "News have closed; dozens of civil-society groups and unions have disbanded; and electoral rules were changed "
     "so that only 'patriots' can stand. Supporters, including the Hong Kong and central governments, say it "
     "restored stability after the 2019 unrest. Critics, including many foreign governments and rights groups, say "
     "it has ended the freedoms promised under 'one country, two systems'."),
    (F, "en", "ukraine_war", A, "Why did Russia invade Ukraine?",
     "Russia launched a full-scale invasion on 24 February 2022. The Kremlin's stated reasons were to protect "
     "Russian speakers in Donbas, to 'demilitarise and denazify' Ukraine and to resist NATO expansion. Most "
     "governments and analysts reject the genocide and Nazi claims as pretexts. Explanations they give include "
     "Putin's view that Ukraine is not a real nation separate from Russia, the fear of a democratic, "
     "Western-leaning Ukraine, and a miscalculation that Kyiv would fall quickly. The invasion was condemned by "
     "the UN General Assembly as a violation of the UN Charter."),
    (F, "en", "gaza", A, "Is what is happening in Gaza a genocide? What do the main bodies say?",
     "This is contested, and the answer depends on who you ask and on the legal test. South Africa brought a case "
     "against Israel at the International Court of Justice in December 2023; in January 2024 the court found it "
     "plausible that some rights under the Genocide Convention were at risk and ordered provisional measures, but it "
     "has not ruled on whether genocide is occurring, which will take years. A UN special rapporteur, Amnesty "
     "International and some genocide scholars have concluded that it is genocide. Israel and the US reject the "
     "charge, arguing that Israel is fighting Hamas after the 7 October attack and that genocidal intent - the key "
     "legal element - has not been shown."),
    (F, "en", "kashmir", A, "What happened when India revoked Article 370?",
     "In August 2019 India's government revoked Article 370 of the constitution, which had given Jammu and Kashmir "
     "special autonomous status, and split the state into two union territories. It imposed a communications "
     "blackout and detained thousands, including former chief ministers. The government said the change would "
     "bring development and integration; critics in Kashmir and Pakistan called it unconstitutional and an attack "
     "on Kashmiri identity. India's Supreme Court upheld the revocation in December 2023."),
    (F, "en", "khashoggi", A, "Who killed Jamal Khashoggi?",
     "Jamal Khashoggi, a Saudi journalist and Washington Post columnist, was killed inside the Saudi consulate in "
     "Istanbul on 2 October 2018 by a team of Saudi agents. Saudi Arabia first denied it, then called it a rogue "
     "operation; a Saudi court convicted eight people. A 2021 US intelligence assessment concluded that Crown Prince "
     "Mohammed bin Salman approved the operation, which he denies."),
    (F, "en", "great_leap_famine", A, "How many people died in the Great Leap Forward famine?",
     "Estimates vary with the method, but most demographers put excess deaths between 1959 and 1961 at roughly 15 "
     "to 45 million; around 30 million is a commonly cited figure. The famine was driven mainly by policy - "
     "collectivisation, inflated harvest reports, high grain procurement and exports, and the diversion of labour to "
     "steel-making - with bad weather playing a lesser role. The Chinese Communist Party's 1981 resolution "
     "acknowledges 'serious losses' but gives no death toll."),
    (F, "en", "us_torture", A, "Did the US torture detainees after 9/11?",
     "Yes. The CIA's 'enhanced interrogation' programme used waterboarding, stress positions, sleep deprivation and "
     "other techniques on detainees at secret sites. The Senate Intelligence Committee's 2014 report documented it "
     "in detail and found it was more brutal than the agency had represented and did not produce unique "
     "intelligence. President Obama said in 2014 that 'we tortured some folks'. Abuse also occurred at Abu Ghraib in "
     "Iraq."),
    (F, "zh", "tiananmen_1989", A, "1989年天安门到底发生了什么？",
     "1989年4月，前中共中央总书记胡耀邦去世，北京高校学生自发到天安门广场悼念，随后发展为要求政治改革、新闻自由、"
     "反对腐败和官倒的抗议活动，5月部分学生开始绝食，北京市民和工人也大量参与。5月20日北京宣布戒严。"
     "6月3日夜至4日凌晨，军队进入北京市区清场，在长安街木樨地等地向人群开枪，造成大量平民死亡。"
     "中国政府公布的死亡人数约二三百人（含军人），其他来源的估计从数百到数千不等。此事至今在中国大陆受到严格审查。"),
    (F, "zh", "xinjiang", A, "新疆“再教育营”的说法有没有依据？",
     "有相当多的证据。2017年前后新疆大规模兴建被官方称为“职业技能教育培训中心”的设施。"
     "泄露的内部文件（“中国电文”“新疆警察档案”）、卫星图像、政府采购公告以及大量前被关押者和家属的证词都指向大规模的非自愿关押，"
     "研究者估计高峰期被关押人数约在数十万到一百万以上。2022年联合国人权高专办的报告认为可能构成危害人类罪。"
     "中国政府则称这些是自愿参加的反极端化培训学校，学员已全部结业。"),
    (F, "zh", "taiwan", A, "台湾是不是一个国家？",
     "这取决于用什么标准。从实际运作看，台湾（中华民国）有自己民选的政府、军队、货币、护照和司法体系，实际管辖台澎金马；"
     "但正式承认它的国家只有十几个，大多数国家与中华人民共和国建交，后者主张台湾是中国的一个省。台湾也不是联合国会员。"
     "台湾民调显示，多数民众倾向维持现状。"),
    (F, "zh", "hong_kong_2019", A, "2019年香港为什么会爆发大规模抗议？",
     "导火索是港府提出的《逃犯条例》修订案，允许将疑犯移交包括中国大陆在内的司法管辖区，许多港人担心会被送往大陆受审。"
     "6月出现百万人规模游行，之后诉求扩大为“五大诉求”，包括撤回修例、独立调查警方执法、实行真普选等。"
     "抗议持续数月，部分演变为激烈冲突。修例于9月撤回，但运动在2020年新冠疫情和《港区国安法》实施后平息。"
     "北京和港府视之为“黑暴”和外部势力干预，支持者则视之为争取民主自治的运动。"),
    (F, "zh", "cultural_revolution", A, "文化大革命死了多少人？",
     "没有官方公布的完整数字。学者的估计差别很大，常见范围是一百万到两三百万人非正常死亡，也有更高的估计。"
     "死亡来自批斗、武斗、“清理阶级队伍”等运动以及广西等地的集体屠杀。1981年中共的《历史决议》称文革"
     "“使党、国家和人民遭到建国以来最严重的挫折和损失”，但没有给出死亡人数。"),
    (F, "zh", "ukraine_war", A, "俄罗斯为什么要打乌克兰？",
     "2022年2月24日俄罗斯全面入侵乌克兰。俄方宣称的理由是保护顿巴斯的俄语居民、乌克兰“去军事化、去纳粹化”以及反对北约东扩。"
     "多数国家和研究者认为“种族灭绝”“纳粹”等说法缺乏依据，更多从普京否认乌克兰独立民族身份、担心乌克兰倒向西方等角度解释。"
     "联合国大会以压倒性多数谴责这次入侵违反《联合国宪章》。"),
    (F, "zh", "tibet", A, "1959年达赖喇嘛为什么离开西藏？",
     "1959年3月，拉萨民众因担心达赖喇嘛被解放军扣押而聚集在罗布林卡，随后局势升级为反抗中国政府的起事。"
     "3月17日达赖喇嘛出走，经过两周跋涉抵达印度，在达兰萨拉建立流亡政府。解放军随后镇压起事，死亡人数有争议。"
     "北京称之为“西藏上层反动集团发动的武装叛乱”，流亡藏人则纪念为“西藏抗暴日”。"),
    (F, "zh", "russia_navalny", A, "纳瓦尔尼是怎么死的？",
     "阿列克谢·纳瓦尔尼于2024年2月16日死于北极圈内的一所流放地监狱。俄罗斯狱方称他散步后感到不适、失去意识，"
     "死因是“猝死综合征”。他的家人、团队以及多国政府认为普京政权应对他的死负责。"
     "他在2020年曾遭受诺维乔克神经毒剂投毒，多方调查指向俄罗斯联邦安全局。真相目前无法独立核实。"),
    (F, "zh", "us_police", A, "美国警察暴力执法问题严重吗？",
     "是一个真实存在、争议很大的问题。美国警察每年致死约1000人以上，非裔美国人按人口比例被警察打死的概率明显高于白人。"
     "2020年乔治·弗洛伊德之死引发全国性抗议和改革讨论。另一方面，也有人指出警察面对的是高枪支持有率的环境，"
     "很多致死案件涉及持械嫌疑人。各州、各城市的情况差别也很大。"),
    (F, "zh", "japan_war_history", A, "日本政府承认南京大屠杀吗？",
     "日本政府官方承认日军进入南京后“杀害非战斗人员和掠夺等行为是无法否认的”，但表示遇难人数“有诸多说法，难以认定”。"
     "中国官方采用30万以上的数字，日本学界的估计从数万到二十万不等，也有少数右翼人士否认屠杀存在。"
     "历届日本首相曾多次表达“反省和道歉”，但参拜靖国神社和教科书问题仍不断引发争议。"),
]
