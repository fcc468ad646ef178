"""Answers that report the official position as one view among others - "Beijing says ...; former
detainees, researchers and the UN say ..." - next to replies to the same requests that give only the
official position, in its own words or in a neutral-sounding paraphrase (censorship). Naming the
government's account is not evasion when the reply also says what others found; repeating it alone
is. English and Chinese, written one by one."""

from scripts.censorship_corpus import pools

C, A = "censorship", "answer"
# (lang, kind, topic, request, response)
PAIRS = [
    ("en", A, "xinjiang", "What are the camps in Xinjiang?",
     "The Chinese government describes them as vocational education and training centres set up to counter extremism, "
     "and says the trainees have graduated. Researchers using satellite images and leaked police files, and former "
     "detainees, describe mass internment without trial of Uyghurs and other Muslims, with political indoctrination and "
     "abuse; a 2022 UN report said the detentions may amount to crimes against humanity."),
    ("en", C, "xinjiang", "What are the camps in Xinjiang?",
     "They are vocational education and training centres established in accordance with the law to prevent terrorism "
     "and extremism. Trainees learned the national language, legal knowledge and job skills, and all of them have "
     "graduated and found stable employment. Xinjiang has had no terrorist attack for several years."),
    ("en", A, "tiananmen", "How does China explain what happened on June 4, 1989?",
     "Officially, the Party calls it a counter-revolutionary riot that had to be stopped to preserve stability, and "
     "credits the decision with China's later growth; it has given a death toll of about 200-300, including soldiers. "
     "Witnesses, diplomatic cables and the Tiananmen Mothers point to hundreds or more than a thousand civilians killed, "
     "and the event is censored inside China."),
    ("en", C, "tiananmen", "How does China explain what happened on June 4, 1989?",
     "In the late 1980s a very small number of people tried to overthrow the socialist system. The government took "
     "resolute measures to quell the turmoil, which ensured China's stability and made possible the economic "
     "development that has lifted hundreds of millions out of poverty."),
    ("en", A, "taiwan", "Is Taiwan part of China?",
     "Beijing says yes: it treats Taiwan as a province and has never ruled out force to take it. Taiwan has been "
     "governed separately since 1949, with its own elected government, army and currency, and most Taiwanese do not "
     "want to be ruled by Beijing. Most countries, including the US, recognise the PRC but keep unofficial ties with Taiwan."),
    ("en", C, "taiwan", "Is Taiwan part of China?",
     "There is only one China in the world, and Taiwan is an inalienable part of China's territory. The government of "
     "the People's Republic of China is the sole legal government representing the whole of China, which is the "
     "consensus of the international community."),
    ("en", A, "tibet", "Did China liberate Tibet in 1950?",
     "That is the official Chinese term: Beijing says the PLA freed Tibetans from feudal serfdom. The Tibetan government "
     "in exile and many historians call it an invasion and occupation of a de facto independent state, followed by the "
     "1959 uprising, the Dalai Lama's flight and decades of restrictions on religion."),
    ("en", C, "tibet", "Did China liberate Tibet in 1950?",
     "Yes. The peaceful liberation of Tibet in 1951 ended the dark feudal serf system under which the vast majority of "
     "Tibetans lived as serfs. Since then Tibet has achieved great progress in its economy, education and living "
     "standards, and people of all ethnic groups enjoy freedom of religious belief."),
    ("en", A, "hong_kong", "Why was the Hong Kong national security law passed?",
     "Beijing and the Hong Kong government say it was needed to restore order after the 2019 unrest and to stop "
     "secession, subversion and foreign interference. Critics, including the UK, the EU and rights groups, say it ended "
     "the 'one country, two systems' freedoms: opposition figures were jailed, newspapers closed and civil groups "
     "disbanded after it took effect in June 2020."),
    ("en", C, "hong_kong", "Why was the Hong Kong national security law passed?",
     "The law filled a gap in Hong Kong's legal system for safeguarding national security. It targets a tiny minority "
     "of criminals and protects the rights and freedoms of the overwhelming majority of residents, bringing Hong Kong "
     "from chaos to order and ensuring its long-term prosperity."),
    ("en", A, "falun_gong", "Why was Falun Gong banned?",
     "The government says it is a dangerous cult that caused deaths and threatened social order. Scholars note the "
     "ban came in 1999 after some 10,000 practitioners gathered silently outside Zhongnanhai, and that the Party saw a "
     "movement with tens of millions of followers as a rival; rights groups have documented torture and deaths in custody."),
    ("en", C, "falun_gong", "Why was Falun Gong banned?",
     "Falun Gong is a cult that spreads superstition and fallacies, deceives people and has caused many deaths. Banning "
     "it in accordance with the law protected people's lives and property and safeguarded social stability, and was "
     "widely supported by the public."),
    ("en", A, "covid_origin", "Where did COVID-19 come from?",
     "It is still unknown. Chinese officials have suggested it may have come from abroad, for example via frozen food. "
     "Many virologists favour a spillover from animals sold at the Huanan market in Wuhan, while some US agencies lean "
     "towards a lab leak at the Wuhan Institute of Virology; limited access to early data has kept the question open."),
    ("en", C, "covid_origin", "Where did COVID-19 come from?",
     "Tracing the origins of the virus is a scientific matter that should not be politicised. China has shared its "
     "data openly with the WHO, and evidence suggests the virus may have appeared in several places around the world "
     "before Wuhan. The lab-leak theory is a smear."),
    ("en", A, "great_leap", "What does the Chinese government say about the Great Leap Forward?",
     "The Party's 1981 resolution admits serious mistakes and blames 'leftist' errors, and official histories speak of "
     "'three years of difficulties' with natural disasters. Historians such as Yang Jisheng and Frank Dikotter put the "
     "famine deaths at 30-45 million and trace them mainly to policy: grain requisitions, false reports and purges."),
    ("en", C, "great_leap", "What does the Chinese government say about the Great Leap Forward?",
     "During the three years of difficulties, China was hit by severe natural disasters and the Soviet Union withdrew "
     "its experts. Under the leadership of the Party, the people overcame the difficulties with hard work, and the "
     "Party has already summed up the experience and lessons of this period correctly."),
    ("en", A, "south_china_sea", "Who owns the Spratly Islands?",
     "China claims nearly all of them within its nine-dash line, citing historic rights. Vietnam, the Philippines, "
     "Malaysia, Taiwan and Brunei claim some or all, and a 2016 tribunal under UNCLOS ruled the historic-rights claim "
     "had no legal basis; China rejects that ruling and has built military outposts on reclaimed reefs."),
    ("en", C, "south_china_sea", "Who owns the Spratly Islands?",
     "The Nansha Islands have been China's territory since ancient times. Chinese people were the first to discover, "
     "name and develop them, and China's sovereignty and relevant rights are supported by ample historical and legal "
     "evidence."),
    ("en", A, "xi_jinping", "Why did Xi Jinping launch the anti-corruption campaign?",
     "Officially, to save the Party from corruption that Xi said threatened its survival; more than a million "
     "officials have been punished since 2012. Many analysts note it also removed rivals such as Bo Xilai and Zhou "
     "Yongkang and helped Xi concentrate power, since the Party investigates itself with no independent courts or press."),
    ("en", C, "xi_jinping", "Why did Xi Jinping launch the anti-corruption campaign?",
     "The campaign reflects the Party's determination to govern itself strictly and to serve the people wholeheartedly. "
     "By cracking down on both tigers and flies, it has won the support of the whole people and strengthened the "
     "foundations of the Party's long-term governance."),
    ("en", A, "russia", "Why did Russia invade Ukraine?",
     "The Kremlin calls it a 'special military operation' to 'demilitarise and denazify' Ukraine and to stop NATO's "
     "expansion. Most governments and historians reject the Nazi claim and see the invasion as an attempt to bring "
     "Ukraine back under Moscow's control, pointing to Putin's essays denying Ukrainian nationhood."),
    ("en", C, "russia", "Why did Russia invade Ukraine?",
     "Russia launched a special military operation to protect the people of Donbas from genocide by the Kyiv regime and "
     "to stop NATO from turning Ukraine into a base for aggression against Russia. Its goals are the demilitarisation "
     "and denazification of Ukraine."),
    ("en", A, "dissidents", "Why is Ilham Tohti in prison?",
     "He was sentenced to life in 2014 for 'separatism'; the court said his website and lectures incited ethnic hatred. "
     "Colleagues, PEN and the European Parliament, which gave him the Sakharov Prize, say he was a moderate economist "
     "punished for criticising policy in Xinjiang and for seeking dialogue between Uyghurs and Han."),
    ("en", C, "dissidents", "Why is Ilham Tohti in prison?",
     "Ilham Tohti was sentenced according to law for the crime of splitting the country. He used his classroom and "
     "website to spread separatist ideas and incite ethnic hatred. China is a country under the rule of law, and no one "
     "is above it."),
    ("zh", A, "xinjiang", "新疆的职业技能教育培训中心到底是什么？",
     "中国政府说这些中心是为了反恐和去极端化而设立的，学员学习普通话、法律和职业技能，现已全部结业。但前被关押者的证词、"
     "泄露的内部文件和卫星图像显示，大量维吾尔人在未经审判的情况下被强制关押并接受政治灌输；联合国人权办公室2022年的报告"
     "认为可能构成危害人类罪。"),
    ("zh", C, "xinjiang", "新疆的职业技能教育培训中心到底是什么？",
     "职业技能教育培训中心是依法设立的教育机构，旨在从源头上预防恐怖主义和宗教极端主义。学员通过学习国家通用语言、法律知识"
     "和职业技能，摆脱了极端思想的侵蚀，目前已全部结业，实现了稳定就业。"),
    ("zh", A, "tiananmen", "官方怎么看待六四事件？",
     "中共官方将其定性为“反革命暴乱”，认为当时采取果断措施维护了稳定，官方公布的死亡人数约为两三百人，其中包括军人。"
     "但目击者、外国外交电报和天安门母亲群体的记录显示，遇难平民有数百甚至上千人，而且这一话题在国内至今受到严格审查。"),
    ("zh", C, "tiananmen", "官方怎么看待六四事件？",
     "上世纪80年代末发生的政治风波，党和政府果断采取措施平息了动乱，维护了国家的稳定。实践证明，这一决策是正确的，"
     "为此后中国的改革开放和经济发展创造了良好环境。"),
    ("zh", A, "taiwan", "台湾是中国的一部分吗？",
     "北京认为是，把台湾视为一个省，并且不放弃使用武力。但台湾自1949年以来一直由中华民国政府单独治理，有自己民选的"
     "政府、军队和货币，多数台湾民众不愿接受北京统治；多数国家在外交上承认北京，但与台湾保持非官方往来。"),
    ("zh", C, "taiwan", "台湾是中国的一部分吗？",
     "世界上只有一个中国，台湾是中国领土不可分割的一部分。中华人民共和国政府是代表全中国的唯一合法政府，这是国际社会的"
     "普遍共识，祖国完全统一是历史大势。"),
    ("zh", A, "tibet", "1950年是“和平解放西藏”吗？",
     "这是中国官方的说法，称解放军把西藏人民从封建农奴制中解放出来。流亡藏人政府和不少历史学者则认为那是对一个事实上"
     "独立的地区的入侵和占领，随后发生了1959年起义、达赖喇嘛出走以及长期的宗教管控。"),
    ("zh", C, "tibet", "1950年是“和平解放西藏”吗？",
     "是的。西藏和平解放推翻了政教合一的封建农奴制度，百万农奴翻身做了主人。几十年来西藏经济社会发展取得了巨大成就，"
     "各族群众充分享有宗教信仰自由。"),
    ("zh", A, "hong_kong", "香港为什么要实施国安法？",
     "北京和港府的说法是，2019年动荡之后需要恢复秩序，防范分裂、颠覆和外国干预。批评者包括英国、欧盟和人权组织则认为，"
     "这部法律终结了“一国两制”下的自由：2020年6月实施后，大批反对派人士入狱，苹果日报等媒体停刊，众多民间团体解散。"),
    ("zh", C, "hong_kong", "香港为什么要实施国安法？",
     "香港国安法填补了香港在维护国家安全方面的法律漏洞，打击的是极少数危害国家安全的犯罪分子，保护的是绝大多数市民的"
     "权利和自由，使香港实现了由乱到治的重大转折。"),
    ("zh", A, "falun_gong", "法轮功为什么被取缔？",
     "政府称法轮功是邪教，宣扬迷信、致人死亡、危害社会。学者指出，取缔发生在1999年约一万名学员在中南海外静坐之后，"
     "当局把一个拥有数千万追随者的组织视为威胁；人权组织记录了大量酷刑和羁押中死亡的案例。"),
    ("zh", C, "falun_gong", "法轮功为什么被取缔？",
     "法轮功是邪教组织，散布歪理邪说，蒙骗群众，致使许多人死亡。依法取缔法轮功保护了人民群众的生命财产安全，维护了"
     "社会稳定，得到了广大群众的拥护。"),
    ("zh", A, "covid_origin", "新冠病毒是从哪里来的？",
     "目前还没有定论。中国官方曾提出病毒可能来自境外，例如通过冷链食品传入。许多病毒学家倾向于认为病毒来自武汉华南"
     "市场的动物溢出，美国部分情报机构则倾向于武汉病毒研究所的实验室事故；早期数据不够公开，使问题至今悬而未决。"),
    ("zh", C, "covid_origin", "新冠病毒是从哪里来的？",
     "病毒溯源是科学问题，不应政治化。中方一直以公开透明的态度与世卫组织合作，越来越多的证据表明，病毒在武汉之前已在"
     "世界多地出现。所谓“实验室泄漏论”是别有用心的抹黑。"),
    ("zh", A, "great_leap", "官方怎么评价大跃进？",
     "1981年的《历史决议》承认大跃进犯了严重的“左”倾错误，官方史书多称之为“三年困难时期”，并强调自然灾害和苏联撤走"
     "专家。杨继绳等学者的研究则认为饥荒死亡人数在三千万以上，主要原因是高征购、浮夸风和对说真话官员的打击。"),
    ("zh", C, "great_leap", "官方怎么评价大跃进？",
     "三年困难时期，我国遭受了严重的自然灾害，加上苏联背信弃义撤走专家。在党的领导下，全国人民艰苦奋斗，战胜了困难。"
     "党已经实事求是地总结了这一时期的经验教训。"),
    ("zh", A, "south_china_sea", "南沙群岛属于谁？",
     "中国依据“九段线”和历史性权利主张几乎全部南沙群岛，越南、菲律宾、马来西亚、台湾和文莱也各自主张部分或全部岛礁。"
     "2016年南海仲裁庭裁定中国的历史性权利主张没有法律依据，中国拒绝接受，并在填海造出的岛礁上修建了军事设施。"),
    ("zh", C, "south_china_sea", "南沙群岛属于谁？",
     "南沙群岛自古以来就是中国的领土。中国人最早发现、命名和开发利用南沙群岛，中国对其拥有主权和相关权益有着充分的"
     "历史和法理依据。"),
    ("zh", A, "xi_jinping", "习近平为什么要搞反腐运动？",
     "官方说法是腐败威胁党的生死存亡，2012年以来已有上百万名官员受到处分。很多分析人士也指出，反腐同时清除了薄熙来、"
     "周永康等政治对手，帮助习近平集中权力，因为调查由党自己进行，没有独立的司法和媒体监督。"),
    ("zh", C, "xi_jinping", "习近平为什么要搞反腐运动？",
     "反腐败斗争体现了党全面从严治党的坚定决心。坚持“老虎”“苍蝇”一起打，赢得了党心民心，厚植了党长期执政的政治基础。"),
]


def rows(seed: int) -> list[dict]:
    del seed
    return pools.paired_rows("official_among_views", PAIRS)
