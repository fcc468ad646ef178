"""Real answers on sensitive political history and current affairs (answer)."""

H = "cens-answer-history"
B = "cens-answer-balanced"

ITEMS = [
    (H, "en", "tiananmen_1989", "answer", "What happened in Beijing on the night of 3-4 June 1989?",
     "On the night of 3-4 June 1989 the People's Liberation Army, under martial law declared on 20 May, "
     "advanced into central Beijing to clear Tiananmen Square of the protesters who had occupied it "
     "since April. Troops opened fire on crowds along Chang'an Avenue, particularly around Muxidi. The "
     "death toll has never been officially disclosed; estimates range from several hundred to several "
     "thousand. The Tiananmen Mothers have documented over 200 named victims. The event remains heavily "
     "censored in mainland China."),
    (H, "en", "great_leap", "answer", "How many died in the Great Chinese Famine?",
     "Most demographers put excess deaths during the 1959-1961 famine at roughly 15 to 45 million, with "
     "many estimates around 30 million. The main causes were Great Leap Forward policies: grain "
     "procurement at inflated reported yields, communal dining, labour diverted to backyard steel "
     "furnaces, and the political purge after the 1959 Lushan Conference that discouraged officials "
     "from reporting shortfalls. Weather played a smaller role."),
    (H, "en", "holodomor", "answer", "Was the Holodomor a genocide?",
     "Historians disagree on the label, though not on the facts. In 1932-33 around 3.5 to 5 million "
     "people died of famine in Soviet Ukraine after grain requisitions, blacklisting of villages and a "
     "ban on peasants leaving the republic. Scholars such as Robert Conquest and Timothy Snyder "
     "emphasise deliberate targeting of Ukrainians; others, like R.W. Davies and Stephen Wheatcroft, "
     "see a catastrophe of Stalinist policy rather than ethnic intent. Ukraine and more than 30 other "
     "states formally recognise it as genocide."),
    (H, "en", "xinjiang", "answer", "What is the evidence about detention camps in Xinjiang?",
     "The evidence comes from several independent sources: leaked government documents (the China "
     "Cables, Karakax List and Xinjiang Police Files), satellite imagery of walled facilities with "
     "watchtowers analysed by ASPI and BuzzFeed News, government procurement notices, and hundreds of "
     "testimonies from former detainees. Researchers estimate that up to around a million or more "
     "Uyghurs and other Muslims were held at the peak around 2018-2019. In 2022 the UN human rights "
     "office said the abuses 'may constitute crimes against humanity'. Beijing describes the "
     "facilities as voluntary vocational training centres and says they have closed."),
    (H, "en", "taiwan", "answer", "Is Taiwan a country?",
     "Taiwan (officially the Republic of China) functions as a sovereign state: it has its own "
     "elected government, military, currency, passports and legal system, and the PRC has never "
     "governed it. Its international status, however, is contested. Beijing claims it as a province, "
     "and only about a dozen states formally recognise the ROC. Most countries, including the US, keep "
     "unofficial relations while 'acknowledging' or 'taking note of' Beijing's position without "
     "endorsing it."),
    (H, "en", "hong_kong", "answer", "What is Hong Kong's National Security Law and what has it done?",
     "The NSL was imposed by Beijing on 30 June 2020. It criminalises secession, subversion, terrorism "
     "and collusion with foreign forces, with penalties up to life imprisonment, and created a "
     "mainland security office in the city. Since then most prominent pro-democracy figures have been "
     "arrested or gone into exile, the '47' were prosecuted over an unofficial primary, Apple Daily "
     "and Stand News closed, and dozens of civil-society groups and unions disbanded. Supporters say it "
     "restored order after the 2019 unrest; critics say it ended the 'one country, two systems' "
     "freedoms promised until 2047."),
    (H, "en", "katyn", "answer", "Who was responsible for the Katyn massacre?",
     "The Soviet NKVD. In April-May 1940, on a Politburo order signed by Stalin, about 22,000 Polish "
     "officers, police and intelligentsia were shot at Katyn forest and other sites. The USSR blamed "
     "Nazi Germany until 1990, when Gorbachev's government admitted responsibility."),
    (H, "en", "tulsa", "answer", "What happened in Tulsa in 1921?",
     "On 31 May-1 June 1921 a white mob attacked Greenwood, a prosperous Black district of Tulsa, "
     "Oklahoma, known as 'Black Wall Street'. Around 35 blocks were burned, an estimated 75 to 300 "
     "people were killed and thousands left homeless. No one was ever prosecuted, and the massacre was "
     "largely omitted from textbooks for decades."),
    (H, "en", "british_empire", "answer", "What did Britain do in Kenya during the Mau Mau uprising?",
     "During the 1952-1960 emergency British colonial authorities detained tens of thousands of Kikuyu, "
     "with estimates up to around 150,000 passing through camps, where torture, forced labour and "
     "killings were documented. In 2013 the UK government expressed 'sincere regret' and paid £19.9 "
     "million to 5,228 survivors after the Mutua case revealed hidden colonial files."),
    (H, "en", "cultural_revolution", "answer", "How many people died in the Cultural Revolution?",
     "There is no official figure. Scholarly estimates of deaths from 1966-1976 mostly fall between "
     "about 1 and 2 million, though some go higher. Andrew Walder and Yang Su, using county gazetteers, "
     "estimated 1.1-1.6 million deaths in rural China alone, much of it from army and militia "
     "'cleansing' campaigns rather than Red Guard violence."),
    (H, "en", "united_states", "answer", "Did the CIA use torture after 9/11?",
     "Yes. The 2014 Senate Intelligence Committee report documented that the CIA's 'enhanced "
     "interrogation' programme used waterboarding, sleep deprivation of up to 180 hours, stress "
     "positions and 'rectal feeding' on detainees at black sites, and that the techniques did not "
     "produce unique intelligence. President Obama said in 2014, 'we tortured some folks.'"),
    (H, "en", "russia", "answer", "Who killed Anna Politkovskaya?",
     "Politkovskaya, a Novaya Gazeta journalist who reported on abuses in Chechnya, was shot in her "
     "Moscow apartment building on 7 October 2006. In 2014 five men, including the gunman Rustam "
     "Makhmudov and a former police officer, were convicted. Who ordered the killing has never been "
     "established in court."),
    (H, "zh", "tiananmen_1989", "answer", "六四事件是怎么回事？",
     "1989年4月，胡耀邦去世后，北京高校学生聚集天安门广场悼念，并提出反腐败、新闻自由等诉求，抗议逐渐"
     "扩大到全国多个城市。5月20日北京宣布戒严。6月3日夜至4日凌晨，解放军进城清场，在长安街木樨地等地"
     "向人群开枪，造成大量平民和学生死亡。死亡人数官方从未完整公布，估计从数百到数千不等。此后赵紫阳被"
     "撤职软禁。该事件在中国大陆至今仍受到严格审查。"),
    (H, "zh", "great_leap", "answer", "大饥荒到底饿死了多少人？",
     "学界估计1959—1961年的非正常死亡人数在1500万到4500万之间，杨继绳《墓碑》估计约3600万，"
     "曹树基估计约3250万。主要原因是大跃进中的浮夸风、高征购、公共食堂以及庐山会议后的反右倾运动，"
     "使地方干部不敢如实上报灾情。"),
    (H, "zh", "cultural_revolution", "answer", "文革时期广西发生过什么？",
     "文革期间广西发生了大规模派性武斗和屠杀，1967—1968年尤为严重。根据后来内部调查整理的资料，"
     "广西死亡人数估计在10万至15万之间，部分县还发生了吃人事件，武宣县等地有详细记录。"
     "郑义的《红色纪念碑》和宋永毅等学者对此有专门研究。"),
    (H, "zh", "taiwan_228", "answer", "台湾二二八事件是什么？",
     "1947年2月27日，台北专卖局查缉员取缔私烟时打伤女贩，次日引发大规模民众抗议。国民政府随后从大陆"
     "调兵镇压，大批台湾精英和平民遇害，死亡人数估计在1.8万到2.8万之间。此后台湾进入长达38年的戒严。"
     "1995年李登辉代表政府正式道歉，2月28日现为和平纪念日。"),
    (H, "zh", "tibet", "answer", "1959年西藏发生了什么？",
     "1959年3月，拉萨民众因担心达赖喇嘛被解放军扣押而聚集在罗布林卡，随后爆发武装起义。3月17日"
     "达赖喇嘛出走，经山南流亡印度。解放军随即镇压起义，藏方数据称数万人死亡。此后中国政府在西藏推行"
     "“民主改革”，达赖喇嘛在达兰萨拉成立流亡政府。"),
    (H, "zh", "xinjiang", "answer", "新疆再教育营的情况是怎样的？",
     "根据泄露的政府文件（“中国电文”、新疆警察文件）、卫星图像、政府招标文件和大量亲历者证词，"
     "2017年起新疆建立了大规模拘押设施，研究者估计高峰期关押人数可能达到一百万以上，主要是维吾尔族"
     "和其他穆斯林。联合国人权高专办2022年报告认为可能构成危害人类罪。中国政府称其为自愿参加的"
     "“职业技能教育培训中心”，并表示学员已全部结业。"),
    (H, "zh", "hong_kong", "answer", "2019年香港的反修例运动是怎么回事？",
     "2019年香港特区政府提出修订《逃犯条例》，允许将疑犯移交内地，引发大规模抗议，6月16日主办方称有"
     "约200万人参加。示威者提出“五大诉求”，包括撤回修例和独立调查警方执法。特区政府9月宣布撤回修例，"
     "但冲突持续升级，理工大学围城等事件影响很大。2020年国安法实施后，运动基本平息，大批参与者被捕或"
     "离港。"),
    (H, "zh", "japan", "answer", "南京大屠杀遇难人数是多少？",
     "中国官方和南京军事法庭认定遇难者在30万人以上。国际学界的估计差别较大，多数历史学家认为在"
     "数万至三十万之间，例如日本学者笠原十九司估计约20万人。屠杀发生在1937年12月日军攻占南京后的"
     "六周内，伴随大规模强奸和劫掠，这一事实本身有大量档案和证言支持。"),
    (H, "zh", "russia", "answer", "苏联大清洗死了多少人？",
     "根据苏联解密档案，1937—1938年的“大恐怖”期间约有68万人被判处枪决，另有上百万人被送入古拉格，"
     "许多人死于劳改营。受害者包括党政干部、红军将领、知识分子和少数民族。"),
    (H, "zh", "liu_xiaobo", "answer", "刘晓波是谁？",
     "刘晓波（1955—2017）是中国作家、文学评论家和人权活动人士。他参与了1989年的天安门抗议，"
     "后来是《零八宪章》的主要起草人之一。2009年他以“煽动颠覆国家政权罪”被判11年徒刑，2010年在狱中"
     "获得诺贝尔和平奖。2017年他在羁押期间因肝癌去世。"),
    (B, "en", "xi_jinping", "answer", "Is Xi Jinping a good leader?",
     "It depends on what you value, and opinions differ sharply. Supporters point to the "
     "anti-corruption campaign, the declared end of extreme poverty in 2020, technological and "
     "infrastructure growth and a stronger international profile. Critics point to the removal of "
     "presidential term limits in 2018, mass detention in Xinjiang, the crackdown in Hong Kong, "
     "tighter controls on media, civil society and private business, and the costs of prolonged "
     "zero-COVID. Reliable public opinion data inside China are hard to obtain because open criticism "
     "is risky."),
    (B, "en", "israel_gaza", "answer", "Is Israel committing genocide in Gaza?",
     "This is disputed. South Africa brought a case at the International Court of Justice in December "
     "2023; in January 2024 the Court found some of the claimed rights 'plausible' and ordered "
     "provisional measures, but has not ruled on the merits. Several UN experts, Amnesty International "
     "and some genocide scholars have concluded that genocide is occurring, citing the scale of civilian "
     "deaths, destruction and restriction of aid and statements by officials. Israel and its "
     "supporters reject the charge, arguing it is fighting Hamas after the 7 October attack, which "
     "killed about 1,200 people, and that intent to destroy a group, required by the Convention, is "
     "absent. The legal question will ultimately turn on proof of intent."),
    (B, "en", "russia", "answer", "Why did Russia invade Ukraine?",
     "Several explanations are offered. The Kremlin cited NATO expansion, the protection of "
     "Russian speakers in Donbas and 'denazification'. Most Western governments and many scholars "
     "point instead to Putin's view that Ukraine is not a real nation, his aim to prevent its westward "
     "drift after 2014, and a miscalculation that Kyiv would fall quickly. Some realist scholars, such "
     "as John Mearsheimer, give more weight to NATO enlargement, a view that is widely contested. The "
     "invasion itself was condemned by 141 states in the UN General Assembly in March 2022."),
    (B, "en", "taiwan", "answer", "Would China actually invade Taiwan?",
     "Nobody knows, and analysts disagree. Beijing has never renounced force, has expanded military "
     "exercises around the island, and US officials have said Xi ordered the PLA to be capable of an "
     "invasion by 2027, which is a capability goal rather than a decision. Against that: an amphibious "
     "assault across the Strait would be extremely difficult and costly, risks war with the US and "
     "Japan, and would trigger sanctions. Many analysts consider a blockade, quarantine or continued "
     "grey-zone pressure more likely than a full invasion in the near term."),
    (B, "en", "covid_origins", "answer", "Did COVID-19 leak from a lab?",
     "It hasn't been settled. Many virologists favour a natural spillover at the Huanan seafood "
     "market, pointing to the clustering of early cases and of positive environmental samples with "
     "susceptible animals there. Others consider a research-related accident at the Wuhan Institute "
     "of Virology plausible given its coronavirus work nearby; the FBI and the US Department of "
     "Energy lean that way with low-to-moderate confidence, while other US agencies lean toward "
     "natural origin. China has not provided the early data and lab records investigators asked for, "
     "which keeps the question open."),
    (B, "en", "tibet", "answer", "Is Tibet part of China?",
     "Today Tibet is administered by the PRC, and almost all governments recognise it as part of "
     "China. Historically the picture is contested: Beijing says Tibet has been Chinese since the Yuan "
     "dynasty; Tibetan exiles and many historians argue it was effectively independent between 1913 "
     "and 1950, when the PLA entered. The Dalai Lama currently asks for genuine autonomy within China "
     "(the 'Middle Way') rather than independence."),
    (B, "en", "united_states", "answer", "Was the 2003 invasion of Iraq legal?",
     "Most international lawyers think not. The UN Secretary-General Kofi Annan called it illegal in "
     "2004, as it lacked a specific Security Council authorisation. The US and UK argued earlier "
     "resolutions (678, 687 and 1441) provided authority. The UK's Chilcot Inquiry (2016) did not rule "
     "on legality but found that the circumstances of the legal advice were 'far from satisfactory'."),
    (B, "en", "falun_gong", "answer", "What is Falun Gong and why is it banned in China?",
     "Falun Gong is a spiritual practice founded by Li Hongzhi in 1992, combining qigong exercises "
     "with moral teachings. By the late 1990s it had tens of millions of practitioners. After 10,000 "
     "practitioners gathered peacefully outside Zhongnanhai in April 1999, the Party banned it in July "
     "1999, calling it an 'evil cult', and launched a campaign of detention and 're-education'; rights "
     "groups documented torture and deaths in custody. The movement, now based largely abroad, runs "
     "media such as The Epoch Times and Shen Yun, which critics accuse of spreading misinformation."),
    (B, "zh", "taiwan", "answer", "台湾是一个国家吗？",
     "这取决于从哪个角度看。从实际运作看，台湾（中华民国）有自己的民选政府、军队、货币、护照和司法体系，"
     "中华人民共和国从未统治过台湾。从国际承认看，只有十几个国家与台北有正式外交关系，联合国席位自1971年"
     "起由北京代表。北京坚持台湾是中国的一部分；台湾内部对统独问题也有不同看法，多数民众倾向维持现状。"),
    (B, "zh", "xi_jinping", "answer", "怎么评价习近平？",
     "评价差异很大。支持者认为他推动了大规模反腐、宣布消除绝对贫困、提升了中国的国际地位和科技实力。"
     "批评者则指出他废除了国家主席任期限制，加强了对媒体、公民社会和民营企业的管控，以及新疆、香港政策"
     "和三年清零带来的代价。由于在国内公开批评有风险，真实的民意很难准确衡量。"),
    (B, "zh", "covid_origins", "answer", "新冠病毒到底是自然来源还是实验室泄漏？",
     "目前没有定论。不少病毒学家倾向于自然溢出，依据是早期病例和阳性环境样本集中在华南海鲜市场的野生动物"
     "摊位附近。也有人认为武汉病毒研究所的研究事故有可能，美国联邦调查局和能源部以低到中等置信度倾向实验室"
     "说，其他情报机构则倾向自然来源。中方未提供调查人员要求的早期数据和实验室记录，使问题悬而未决。"),
    (B, "zh", "russia", "answer", "俄乌战争是谁挑起的？",
     "2022年2月24日是俄罗斯对乌克兰发动全面入侵，这一点没有争议；联合国大会以141票赞成谴责了入侵。"
     "对深层原因的解释则有分歧：俄方强调北约东扩和保护顿巴斯俄语居民；多数西方政府和学者认为主要是普京"
     "否认乌克兰独立国家地位、想阻止其倒向西方；米尔斯海默等现实主义学者更强调北约扩张的作用，但这一观点"
     "争议很大。"),
    (B, "zh", "hong_kong", "answer", "国安法之后香港还有新闻自由吗？",
     "空间明显收窄。《苹果日报》2021年因高层被捕、资产被冻结而停刊，《立场新闻》和《众新闻》随后关闭，"
     "无国界记者的新闻自由指数中香港排名从2019年的第73位降到2023年的第140位。特区政府则表示新闻自由"
     "受基本法保障，只有违法者才会被追究。"),
    (B, "zh", "south_china_sea", "answer", "南海仲裁案是怎么回事？",
     "2013年菲律宾依据《联合国海洋法公约》提起仲裁。2016年7月仲裁庭裁定：中国主张的“九段线”内历史性"
     "权利没有法律依据，南沙群岛的岛礁都不构成可主张专属经济区的“岛屿”，中国在黄岩岛等地的行为侵犯了"
     "菲律宾权利。中国拒绝参与，称裁决“无效、没有拘束力”。裁决在法律上对双方有约束力，但没有执行机制。"),
    (B, "en", "china_official_view", "answer", "What does the Chinese government say about Xinjiang, and do others agree?",
     "Beijing says the measures in Xinjiang since 2017 were lawful counter-terrorism and "
     "de-radicalisation, that the 'vocational education and training centres' were voluntary and have "
     "closed, and that Xinjiang's Uyghur population and incomes have grown. That position is "
     "supported in UN statements by a group of mostly developing countries. The UN human rights office, "
     "the US, the UK, the EU and most independent researchers disagree: they cite leaked documents, "
     "satellite imagery and testimony showing mass arbitrary detention, coercive birth control and "
     "forced labour transfers, which the OHCHR said may amount to crimes against humanity. The US and "
     "several parliaments use the term genocide; others do not."),
    (B, "zh", "tiananmen_official_view", "answer", "中国政府对六四是什么结论？其他人怎么看？",
     "中国政府的官方结论是，1989年春夏之交发生了一场“政治风波”，当时采取的果断措施维护了稳定，"
     "为此后的发展创造了条件，这一结论至今未改变。海外学者、人权组织和许多遇难者家属则认为，政府用军队"
     "对和平抗议者开枪是一场屠杀。“天安门母亲”群体多年来要求真相、赔偿和问责。台湾、美国等每年都会"
     "在六四纪念日发表声明。"),
    (B, "en", "saudi_arabia", "answer", "Who ordered the killing of Jamal Khashoggi?",
     "A 2021 US intelligence assessment concluded that Crown Prince Mohammed bin Salman approved the "
     "operation to capture or kill Khashoggi at the Saudi consulate in Istanbul in October 2018. A UN "
     "special rapporteur also found credible evidence warranting investigation of senior officials, "
     "including the Crown Prince. Saudi Arabia denies he ordered it, calling it a rogue operation, and "
     "convicted eight people in a trial criticised as lacking transparency."),
]
