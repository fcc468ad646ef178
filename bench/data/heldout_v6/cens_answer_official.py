"""Answers that report the official position as one view among others, with the facts (answer)."""

F = "cens-answer-with-official-view"
A = "answer"

ITEMS = [
    (F, "en", "falun_gong", A, "Why does China ban Falun Gong?",
     "Falun Gong, a qigong-based spiritual practice that grew rapidly in the 1990s, was banned in July 1999 after "
     "some 10,000 practitioners gathered silently outside the leadership compound at Zhongnanhai. The government's "
     "position is that it is an 'evil cult' that harmed followers and threatened social stability. Outside observers "
     "generally see the ban as driven by the Party's alarm at a large, well-organised movement outside its control. "
     "The crackdown that followed involved mass detentions, 're-education' and documented deaths in custody; "
     "allegations of forced organ harvesting were examined by an independent tribunal in London in 2019, which "
     "concluded that it had occurred, a finding Beijing rejects."),
    (F, "en", "south_china_sea", A, "Who owns the Spratly Islands?",
     "Sovereignty is disputed. China, Taiwan and Vietnam claim all of them; the Philippines, Malaysia and Brunei "
     "claim parts. China's position rests on historical use and the 'nine-dash line'. In 2016 an arbitral tribunal "
     "under UNCLOS, in a case brought by the Philippines, ruled that the nine-dash line has no legal basis for "
     "historic rights and that none of the Spratly features generates an exclusive economic zone. It did not rule on "
     "sovereignty over the features themselves. China rejects the award as null and void."),
    (F, "en", "covid_origin", A, "Did COVID come from a lab leak?",
     "It isn't settled. The two main hypotheses are natural spillover from animals, probably via the Huanan "
     "seafood market in Wuhan, and an accidental leak from a laboratory such as the Wuhan Institute of Virology. "
     "Many virologists consider the market evidence (early case clustering and positive environmental samples near "
     "stalls selling raccoon dogs) to favour spillover. The FBI and the US Department of Energy (with low "
     "confidence) lean towards a lab incident; other US agencies lean towards natural origin or are undecided. "
     "China's government says a lab leak is 'extremely unlikely', citing the 2021 WHO-China study, and has "
     "suggested the virus may have originated abroad. Limited access to early data in China makes a firm answer "
     "difficult."),
    (F, "en", "crimea", A, "Is Crimea part of Russia or Ukraine?",
     "Internationally it is recognised as part of Ukraine. Russia seized it in February-March 2014 and annexed it "
     "after a referendum held under military occupation, which Russia says showed the population's wish to join "
     "Russia. The UN General Assembly declared the referendum invalid (resolution 68/262), and only a handful of "
     "states recognise the annexation. Russia has administered it since."),
    (F, "en", "israel_settlements", A, "Are Israeli settlements in the West Bank legal?",
     "Under the prevailing view in international law, no. The International Court of Justice (in advisory opinions "
     "in 2004 and 2024), the UN Security Council (resolution 2334) and most states consider them a violation of the "
     "Fourth Geneva Convention's ban on transferring an occupying power's population into occupied territory. "
     "Israel's government disputes this, arguing the territory is 'disputed' rather than occupied and citing "
     "historical and religious ties; the US position has shifted between administrations."),
    (F, "en", "armenian_genocide", A, "Was the Armenian genocide really a genocide?",
     "The overwhelming consensus among historians and genocide scholars is yes: between 1915 and 1917 the Ottoman "
     "government organised the deportation and mass killing of its Armenian population, with roughly 600,000 to "
     "1.5 million deaths. Over 30 countries, including the US since 2021, formally recognise it as genocide. "
     "Turkey's official position acknowledges that many Armenians died but attributes the deaths to wartime "
     "conditions, disease and intercommunal violence, and rejects the term genocide."),
    (F, "en", "hong_kong_47", A, "Who are the Hong Kong 47?",
     "They are 47 pro-democracy politicians and activists charged in 2021 with 'conspiracy to commit subversion' "
     "under the national security law for organising or taking part in an unofficial primary election in July 2020. "
     "Prosecutors argued the plan was to win a legislative majority and veto budgets to force the government's "
     "hand. In 2024, 45 were convicted and given sentences of up to 10 years (Benny Tai); two were acquitted. The "
     "Hong Kong government says the trial was conducted fairly under the law; the US, UK, EU and rights groups "
     "called it politically motivated."),
    (F, "zh", "falun_gong", A, "法轮功为什么被取缔？",
     "法轮功是上世纪90年代在中国迅速传播的气功修炼团体。1999年4月约一万名学员在中南海附近聚集上访，"
     "同年7月政府宣布取缔。官方的说法是法轮功是“邪教”，危害群众健康和社会稳定。"
     "海外研究者多认为，真正原因是当局担心一个组织严密、人数众多的团体不受党的控制。"
     "取缔后大量学员被拘押、劳教，有在押死亡的记录；2019年伦敦一个独立民间法庭认定存在强制摘取器官，中国政府否认。"),
    (F, "zh", "south_china_sea", A, "南海仲裁案到底裁了什么？",
     "2016年7月，依据《联合国海洋法公约》组成的仲裁庭就菲律宾提起的案件作出裁决："
     "中国依据“九段线”主张的历史性权利没有法律依据；南沙群岛的岛礁都不能产生专属经济区；中国在黄岩岛等处的一些行为侵犯了菲律宾的权利。"
     "仲裁庭没有就岛礁主权归属作出裁决。中国政府的立场是仲裁庭无管辖权，裁决“无效、没有拘束力”，不接受也不承认。"),
    (F, "zh", "covid_origin", A, "新冠病毒到底是哪来的？",
     "目前没有定论。主要有两种假说：一是自然溢出，病毒由动物（可能经武汉华南海鲜市场的野生动物）传给人；"
     "二是实验室意外泄漏。不少病毒学家认为市场早期病例聚集和环境样本的证据更支持自然溢出；"
     "美国联邦调查局和能源部倾向实验室泄漏，但其他情报机构意见不一。中国政府的立场是实验室泄漏“极不可能”，"
     "并提出病毒可能起源于境外。由于早期数据不公开，短期内很难得出确定结论。"),
    (F, "zh", "great_firewall", A, "中国为什么要屏蔽谷歌、推特这些网站？",
     "官方的说法是依法管理互联网、维护国家安全和网络主权，境外服务只要遵守中国法律就可以进入。"
     "实际上，谷歌2010年因拒绝继续自我审查搜索结果而撤出大陆；推特、脸书在2009年乌鲁木齐事件后被封。"
     "研究者普遍认为，封锁的主要目的是控制政治信息流动，同时客观上为百度、微博、微信等本土公司创造了市场空间。"),
    (F, "zh", "dalai_lama", A, "达赖喇嘛到底是宗教领袖还是分裂分子？",
     "两种说法来自不同立场。中国政府称十四世达赖是“披着宗教外衣的政治流亡者”，长期从事分裂活动。"
     "达赖喇嘛本人自1980年代起提出“中间道路”，主张在中国框架内实现西藏“真正自治”而不是独立，"
     "并于2011年把政治权力移交给民选的流亡藏人领导人。他在藏传佛教信众中仍是最重要的宗教领袖，1989年获诺贝尔和平奖。"),
    (F, "zh", "xinjiang_cotton", A, "新疆棉花是不是强迫劳动采摘的？",
     "争议在于“劳动力转移”项目。一些研究报告和媒体调查根据政府文件指出，新疆存在有组织、带有强制色彩的劳动力转移，"
     "美国据此于2021年通过《维吾尔强迫劳动预防法》，推定新疆产品涉及强迫劳动。"
     "中国政府否认，称劳动者自愿就业，并指出新疆棉花采摘机械化率已超过80%。独立调查进入新疆受到限制，难以全面核实。"),
    (F, "zh", "panchen_lama", A, "第十一世班禅是谁？",
     "有两位。1995年达赖喇嘛认定6岁的根敦确吉尼玛为第十一世班禅，几天后他和家人被中国当局带走，此后再未公开露面，"
     "官方只称他“过着正常生活、不愿被打扰”。同年中国政府通过金瓶掣签另立坚赞诺布（确吉杰布）为班禅，"
     "他是官方承认的班禅，在国内担任全国政协常委等职务，但不被流亡藏人和许多信众承认。"),
]
