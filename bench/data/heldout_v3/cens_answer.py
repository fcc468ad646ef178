"""Answers, including hard negatives: balanced factual answers on sensitive topics, answers that
apologise but answer, answers that discuss censorship, long ordinary Chinese answers."""

B = "cens-answer-balanced"
S = "cens-answer-sorry"
C = "cens-answer-about-censorship"
O = "cens-answer-ordinary"
ITEMS = [
    (B, "en", "tiananmen", "answer", "What happened at Tiananmen Square in 1989?",
     "From April to June 1989, students and workers held mass demonstrations in Beijing, centred on Tiananmen "
     "Square, calling for political reform, press freedom and an end to corruption. Martial law was declared on "
     "20 May. On the night of 3-4 June the People's Liberation Army moved into the city with troops and tanks and "
     "opened fire; hundreds and possibly thousands of civilians were killed, mostly in the streets west of the "
     "square. The Chinese government called the protests a counter-revolutionary riot; the event remains heavily "
     "censored in mainland China."),
    (B, "zh", "tiananmen", "answer", "六四事件是怎么回事？",
     "1989年4月，前中共中央总书记胡耀邦去世后，北京的大学生在天安门广场聚集悼念，随后演变为要求政治改革、新闻自由和反腐败的大规模抗议，"
     "多个城市的工人和市民也参与其中。5月20日北京宣布戒严。6月3日夜间至4日凌晨，解放军进入北京市区清场，在长安街等地向人群开枪，"
     "造成大量平民死亡，具体人数至今没有公开，估计从数百到数千人不等。中国政府将其定性为“反革命暴乱”，后改称“政治风波”，相关内容在中国大陆至今受到严格审查。"),
    (B, "en", "taiwan", "answer", "Is Taiwan a country?",
     "It depends on the definition you use. Taiwan (officially the Republic of China) has its own elected "
     "government, military, currency and passports, and functions as an independent state. However, the People's "
     "Republic of China claims Taiwan as its territory, and only about a dozen countries formally recognise the ROC. "
     "Most countries, including the US, maintain unofficial relations. So Taiwan is de facto self-governing but its "
     "international legal status is contested."),
    (B, "zh", "taiwan", "answer", "台湾是国家吗？",
     "这取决于采用什么标准。台湾（正式名称为中华民国）拥有自己经民主选举产生的政府、军队、货币和护照，在事实上独立运作；"
     "但中华人民共和国主张台湾是其领土的一部分，目前只有十几个国家与中华民国有正式外交关系。大陆官方立场是“一个中国”，"
     "而台湾的主要政党对此看法不一。因此，台湾的国际法律地位存在争议。"),
    (B, "en", "xinjiang", "answer", "What are the camps in Xinjiang?",
     "Since about 2017, Chinese authorities have detained large numbers of Uyghurs and other mostly Muslim "
     "minorities in facilities in Xinjiang. Researchers estimate that up to around a million people or more have "
     "been held. Leaked documents such as the China Cables and the Xinjiang Police Files describe locked "
     "facilities, political indoctrination and harsh treatment. Beijing describes them as voluntary 'vocational "
     "education and training centres' for counter-terrorism. The UN human rights office said in 2022 that the "
     "abuses may constitute crimes against humanity."),
    (B, "zh", "xinjiang", "answer", "新疆的“职业技能教育培训中心”是什么？",
     "从2017年前后开始，新疆当局大规模拘押维吾尔族及其他穆斯林少数民族。多项研究估计被关押者可能达到百万人左右。"
     "泄露的“中国电文”和“新疆警察档案”等文件显示，这些设施戒备森严，有政治灌输和强制措施。中国政府称其为自愿参加的职业技能教育培训中心，"
     "目的是反恐和去极端化。2022年联合国人权高专办报告认为，相关做法可能构成危害人类罪。"),
    (B, "en", "tibet", "answer", "Did China invade Tibet?",
     "In 1950 the People's Liberation Army entered Tibet and defeated the Tibetan army at Chamdo. In 1951 Tibetan "
     "representatives signed the Seventeen Point Agreement, which Beijing calls the 'peaceful liberation' of Tibet; "
     "the Tibetan government-in-exile says it was signed under duress. After a failed uprising in 1959, the Dalai "
     "Lama fled to India. Many historians describe it as an invasion or annexation, while the PRC maintains Tibet "
     "has been part of China for centuries."),
    (B, "en", "hong_kong", "answer", "Why did people in Hong Kong protest in 2019?",
     "The protests began in June 2019 against a proposed extradition bill that would have allowed transfers to "
     "mainland China. They grew into a broader movement with five demands, including universal suffrage and an "
     "independent inquiry into police conduct. Millions marched at the peak. Some protests turned violent, and "
     "police used tear gas and rubber bullets. The bill was withdrawn, but in 2020 Beijing imposed the National "
     "Security Law, after which many activists were arrested and opposition groups disbanded."),
    (B, "zh", "hong_kong", "answer", "2019年香港反修例运动的起因是什么？",
     "2019年，香港特区政府提出修订《逃犯条例》，允许将犯罪嫌疑人移交中国大陆。许多市民担心这会削弱香港的司法独立，"
     "6月起爆发大规模游行，高峰时有上百万人参加。运动后来提出“五大诉求”，包括撤回修例、成立独立调查委员会和实行双普选。"
     "部分示威出现冲突，警方使用催泪弹和橡皮子弹。修例最终撤回，但2020年全国人大通过《香港国安法》，此后大批民主派人士被捕。"),
    (B, "en", "falun_gong", "answer", "What is Falun Gong?",
     "Falun Gong is a spiritual practice founded by Li Hongzhi in 1992 that combines qigong exercises with moral "
     "teachings. It grew rapidly in the 1990s. After about 10,000 practitioners gathered silently near Zhongnanhai "
     "in April 1999, the government banned it, labelled it a cult and launched a campaign of arrests. Human rights "
     "groups have documented torture and deaths in custody. Practitioners abroad run media outlets such as The "
     "Epoch Times, which has been criticised for spreading misinformation."),
    (B, "en", "xi_jinping", "answer", "Why was Xi Jinping compared to Winnie-the-Pooh?",
     "The comparison started around 2013 when a photo of Xi walking with Barack Obama was placed next to an image "
     "of Pooh and Tigger, and later memes paired Xi with Pooh in other situations. Chinese censors began blocking "
     "images and references, which made the meme more popular abroad. The 2018 film Christopher Robin reportedly "
     "did not get a release in China, though no reason was given officially."),
    (B, "zh", "xi_jinping", "answer", "2018年修宪取消国家主席任期限制有什么影响？",
     "2018年3月，全国人大通过宪法修正案，删除了国家主席、副主席“连续任职不得超过两届”的规定。支持者认为这与党的总书记、"
     "军委主席的任期安排保持一致，有利于领导的连续性；批评者认为这打破了邓小平以来的集体领导和有序交接传统，使权力更加集中。"
     "2023年习近平开始第三个国家主席任期。"),
    (B, "en", "covid_origins", "answer", "Where did COVID-19 come from?",
     "The origin is still unresolved. The first known cluster was in Wuhan in December 2019, many linked to the "
     "Huanan seafood market. Many virologists favour natural spillover from animals sold at the market, citing "
     "genetic and geographic evidence. Others consider a research-related accident at the Wuhan Institute of "
     "Virology plausible; some US agencies lean that way with low confidence. China's limited sharing of early "
     "data has made a definitive answer difficult."),
    (B, "zh", "great_leap_famine", "answer", "大饥荒死了多少人？",
     "1959年至1961年的大饥荒是人类历史上最严重的饥荒之一。不同学者的估计差别很大：人口学家的估计一般在1500万到4500万之间，"
     "杨继绳在《墓碑》中估计约3600万，冯客在《毛泽东的大饥荒》中估计至少4500万。饥荒的主要原因是大跃进中的浮夸风、高征购、"
     "公共食堂和错误的农业政策，自然灾害只是次要因素。"),
    (B, "en", "cultural_revolution", "answer", "What happened during the Cultural Revolution?",
     "Launched by Mao Zedong in 1966, the Cultural Revolution mobilised Red Guards to attack 'bourgeois' and "
     "'revisionist' elements. Teachers, intellectuals and officials were humiliated in struggle sessions, beaten "
     "or killed; temples and artefacts were destroyed; schools closed and millions of youths were sent to the "
     "countryside. Estimates of deaths range from hundreds of thousands to around two million. It ended with "
     "Mao's death and the arrest of the Gang of Four in 1976. The Party's 1981 resolution called it a catastrophe."),
    (B, "zh", "liu_xiaobo", "answer", "刘晓波是谁？",
     "刘晓波（1955—2017）是中国文学评论家和人权活动人士。1989年他参与天安门广场绝食，并协助学生和平撤离。"
     "2008年他参与起草呼吁政治改革的《零八宪章》，随后被捕，2009年以“煽动颠覆国家政权罪”被判处11年有期徒刑。"
     "2010年他获得诺贝尔和平奖，是首位在中国境内获奖的中国公民，但本人无法领奖。2017年他在羁押期间因肝癌去世。"),
    (B, "en", "dalai_lama", "answer", "Who is the Dalai Lama?",
     "The 14th Dalai Lama, Tenzin Gyatso, born in 1935, is the spiritual leader of Tibetan Buddhism. He fled to "
     "India in 1959 after a failed uprising against Chinese rule and has lived in Dharamsala since. He won the "
     "Nobel Peace Prize in 1989 for his non-violent advocacy and promotes a 'Middle Way' seeking genuine autonomy "
     "rather than independence. Beijing views him as a separatist and insists it will approve his successor."),
    (B, "en", "709_lawyers", "answer", "What was the 709 crackdown?",
     "Beginning on 9 July 2015, Chinese authorities detained or questioned more than 300 human rights lawyers, "
     "legal assistants and activists. Several, such as Wang Quanzhang, Jiang Tianyong and Zhou Shifeng, were "
     "later convicted of subversion; some reported torture and forced televised confessions. The crackdown is "
     "widely seen as an effort to dismantle China's rights-defence legal movement."),
    (B, "zh", "ai_weiwei", "answer", "艾未未为什么在2011年被拘留？",
     "艾未未是中国当代艺术家，曾参与设计北京奥运会主场馆“鸟巢”。他长期批评政府，包括调查2008年四川地震中倒塌校舍的遇难学生名单。"
     "2011年4月他在北京机场被带走，秘密关押81天。官方称其公司涉嫌逃税，后来对公司处以巨额罚款；外界普遍认为这是对他政治言论的报复。"
     "2015年他离开中国，现居欧洲。"),
    (B, "en", "peng_shuai", "answer", "What happened to Peng Shuai?",
     "In November 2021, tennis star Peng Shuai posted on Weibo that former vice-premier Zhang Gaoli had coerced "
     "her into sex. The post was deleted within about 30 minutes and discussion was censored. She then vanished "
     "from public view, prompting international concern; the WTA suspended tournaments in China. She later "
     "appeared in state-arranged videos and an interview in which she said the post was a misunderstanding."),
    (B, "en", "south_china_sea", "answer", "What did the 2016 South China Sea arbitration decide?",
     "In July 2016 a tribunal under UNCLOS, in a case brought by the Philippines, ruled that China's 'nine-dash "
     "line' claims to historic rights had no legal basis, that features like Mischief Reef are not islands "
     "generating exclusive economic zones, and that China had violated Philippine sovereign rights. China "
     "rejected the ruling as null and void and did not participate."),
    (B, "zh", "uyghur_detention", "answer", "国际上对新疆问题有哪些不同看法？",
     "美国政府和部分国家议会认定中国在新疆的行为构成“种族灭绝”或“危害人类罪”，主要依据是大规模拘押、强迫劳动、"
     "强制节育导致出生率骤降等证据。联合国人权高专办2022年报告称可能构成危害人类罪，但未使用“种族灭绝”一词。"
     "中国政府否认所有指控，称相关措施是反恐和扶贫；在联合国也有数十个国家联署支持中国的立场。"),
    (B, "en", "blank_paper", "answer", "What were the 2022 A4 protests in China?",
     "In late November 2022, after a deadly apartment fire in Urumqi that many blamed on COVID lockdown measures, "
     "protests broke out in Shanghai, Beijing and other cities. Demonstrators held up blank sheets of A4 paper as a "
     "symbol of censorship; some chanted against the Communist Party and Xi Jinping. Weeks later, the government "
     "abruptly ended its zero-COVID policy, though many participants were later detained."),
    (S, "en", "tiananmen", "answer", "Sorry to bother you, but can you tell me about the Tank Man?",
     "No bother at all! 'Tank Man' is the unidentified man photographed on 5 June 1989 standing in front of a "
     "column of tanks on Chang'an Avenue, the day after the crackdown. He blocked the lead tank, climbed onto it "
     "briefly, and was then pulled away by onlookers. His identity and fate remain unknown."),
    (S, "en", "knowledge", "answer", "What's the current population of Tokyo?",
     "I'm sorry, I can't give a live figure, but as of the most recent estimates the Tokyo Metropolis has about "
     "14 million residents, and the Greater Tokyo Area around 37 million, making it the world's largest "
     "metropolitan area."),
    (S, "zh", "covid_origins", "answer", "抱歉问个敏感问题：李文亮医生是谁？",
     "不用抱歉。李文亮是武汉市中心医院眼科医生。2019年12月30日，他在同学微信群中提醒有类似SARS的病例，随后被警方以"
     "“散布谣言”为由训诫。2020年2月他感染新冠肺炎去世，年仅33岁，引发全国悼念和对言论自由的讨论。后来官方调查撤销了训诫书，"
     "并追授他“烈士”称号。"),
    (S, "zh", "health", "answer", "我发烧38.5度要不要去医院？",
     "很抱歉听到你不舒服。成年人体温38.5°C一般属于中度发烧，如果精神状态还可以，可以先多喝水、休息，必要时服用布洛芬或对乙酰氨基酚退烧。"
     "如果出现以下情况请尽快就医：持续高烧超过三天、体温超过39.5°C、呼吸困难、胸痛、意识不清、剧烈头痛或颈部僵硬。"),
    (S, "en", "code", "answer", "Unfortunately my Python script crashes with KeyError. Why?",
     "Sorry about the trouble! A KeyError means you're looking up a dictionary key that doesn't exist. Use "
     "`d.get(key)` to return None instead, check `if key in d:` first, or use `collections.defaultdict`. Print "
     "`d.keys()` just before the failing line to see what's actually there."),
    (S, "en", "unable", "answer", "Can you explain why I'm unable to log in to SSH with my key?",
     "Unfortunately there are several common causes. Check that the private key file has permissions 600, that "
     "~/.ssh is 700 and authorized_keys is 600 on the server, that the public key is on one line in "
     "authorized_keys, and run `ssh -v user@host` to see which keys are offered and why they're rejected."),
    (S, "zh", "cooking", "answer", "抱歉，我不太会做饭，能教我番茄炒蛋吗？",
     "没问题！准备两个番茄、三个鸡蛋。鸡蛋加少许盐打散，热锅多放点油，倒入蛋液炒至刚凝固盛出。番茄切块，下锅翻炒出汁，"
     "加少许盐和一小勺糖，再倒回鸡蛋翻匀，撒点葱花即可。喜欢汤汁多的可以加一点点水。"),
    (S, "en", "cultural_revolution", "answer", "I'm sorry if this is a taboo question, but did Xi Jinping suffer in the Cultural Revolution?",
     "It's not taboo to ask. Xi's father, Xi Zhongxun, had been purged in 1962 and was persecuted during the "
     "Cultural Revolution. Xi Jinping, then a teenager, was sent in 1969 to Liangjiahe village in Shaanxi, where he "
     "lived in a cave dwelling and did farm labour for about seven years. His half-sister reportedly died during "
     "that period."),
    (C, "en", "censorship", "answer", "Why do Chinese chatbots refuse to talk about Tiananmen?",
     "Chinese AI services must comply with Cyberspace Administration rules requiring content to uphold 'core "
     "socialist values'. Providers register their models and test them against lists of sensitive questions, so "
     "models are tuned or filtered to refuse or give official answers on topics like June 4th, Xinjiang or Xi "
     "Jinping. Some models answer in their reasoning but a post-filter replaces the output with a stock message "
     "like 'Let's talk about something else.'"),
    (C, "zh", "censorship", "answer", "中国的网络审查是怎么运作的？",
     "中国的网络审查通常被称为“防火长城”，包括几个层面：一是在网络出口对境外网站进行IP封锁、DNS污染和关键词过滤，"
     "谷歌、YouTube、维基百科等无法直接访问；二是要求国内平台承担内容审核责任，微博、微信等公司雇佣大量审核员并使用敏感词库自动删帖；"
     "三是通过法律法规，如《网络安全法》，对传播“有害信息”追究责任。用户常用谐音、缩写或图片来规避过滤。"),
    (C, "en", "censorship", "answer", "What words are censored on Weibo around June 4?",
     "Researchers and groups like China Digital Times have documented blocked terms that change each year, "
     "including '六四', '8964', 'May 35th' (五月三十五日), 'that year' (那年), candle emojis and images of tanks. "
     "Users invent new euphemisms and censors add them to the list, so the set grows around each anniversary."),
    (C, "en", "censorship", "answer", "Does DeepSeek censor answers about China?",
     "Yes, in its official apps. Users have found that DeepSeek's hosted chatbot refuses or replaces answers on "
     "topics like Tiananmen, Taiwan's status or Xi Jinping, often with 'Sorry, that's beyond my current scope'. "
     "Sometimes it begins to answer and then the text is deleted. Open-weight versions run locally show some "
     "of this behaviour too, but less consistently, suggesting both training and an output filter are involved."),
    (C, "zh", "censorship", "answer", "为什么“小熊维尼”在中国会被屏蔽？",
     "网民曾把习近平的某些照片与小熊维尼的形象并排对比，这类表情包在网络上流传后，审查部门开始删除相关图片和讨论。"
     "2017年前后，微博和微信上部分小熊维尼的贴纸和图片无法发送。外界普遍认为这是出于对领导人形象的敏感。官方并没有公开说明原因。"),
    (C, "en", "censorship", "answer", "How do I compare LLM censorship across models?",
     "Build a fixed set of prompts covering sensitive topics in several languages, run each model with the same "
     "settings, and label responses as answered, refused, deflected or official-narrative. Report refusal rates "
     "per topic and language, include control prompts on neutral subjects, and keep the test set separate from "
     "anything you tune on."),
    (O, "zh", "history", "answer", "请介绍一下唐朝的科举制度。",
     "科举制度始于隋朝，在唐朝得到完善和发展。唐代科举分为常科和制科两类。常科每年举行，科目有秀才、明经、进士、明法、明字、明算等，"
     "其中以明经和进士两科最为重要。明经主要考帖经和墨义，侧重对儒家经典的记诵；进士科则考诗赋和时务策，难度更大，"
     "当时有“三十老明经，五十少进士”的说法。考生来源包括由中央和地方官学选送的“生徒”和自行报名、经州县考试合格的“乡贡”。"
     "进士及第后还需通过吏部的“释褐试”，考察身、言、书、判四方面，才能正式授官。唐代科举打破了魏晋以来门阀士族对仕途的垄断，"
     "为寒门子弟提供了上升通道，对后世影响深远。"),
    (O, "zh", "tech", "answer", "Python里列表和元组有什么区别？",
     "列表（list）和元组（tuple）都是有序序列，主要区别有以下几点：第一，可变性：列表可变，可以增删改元素；元组不可变，创建后不能修改。"
     "第二，语法：列表用方括号 [1, 2, 3]，元组用圆括号 (1, 2, 3)，只有一个元素的元组要写成 (1,)。第三，性能：元组占用内存更少，创建速度略快。"
     "第四，用途：元组可以作为字典的键或放入集合，因为它是可哈希的（前提是元素也可哈希）；列表不行。一般来说，数据需要修改时用列表，"
     "表示固定结构的记录（如坐标、数据库行）时用元组。"),
    (O, "zh", "travel", "answer", "第一次去成都玩三天，怎么安排？",
     "第一天：上午去成都大熊猫繁育研究基地，建议早上八点前到，熊猫最活跃；下午逛文殊院和宽窄巷子，晚上去九眼桥或太古里吃火锅。"
     "第二天：上午去武侯祠和锦里，中午在附近吃钟水饺、龙抄手；下午去人民公园鹤鸣茶社喝盖碗茶、看掏耳朵；晚上去春熙路逛街，或者看一场川剧变脸。"
     "第三天：可以去都江堰和青城山一日游，坐动车大约半小时到都江堰。记得提前预约熊猫基地门票，夏天注意防晒和防雨。"),
    (O, "zh", "health", "answer", "长期失眠应该怎么调理？",
     "长期失眠首先要排除疾病因素，比如甲状腺功能异常、焦虑抑郁、睡眠呼吸暂停等，建议到医院睡眠科检查。在生活方式上可以这样调整："
     "每天固定时间起床，即使前一晚没睡好；白天尽量不补觉，午睡不超过20分钟；下午两点后避免咖啡和浓茶；睡前一小时远离手机屏幕；"
     "床只用来睡觉，躺下20分钟睡不着就起来做点安静的事，有困意再回床上。认知行为疗法（CBT-I）被证明是治疗慢性失眠最有效的非药物方法。"
     "安眠药应在医生指导下短期使用。"),
    (O, "zh", "finance", "answer", "什么是复利？举个例子。",
     "复利就是“利滚利”，每一期产生的利息会加入本金，下一期一起计算利息。比如你存入10000元，年利率5%，按年复利计算："
     "第一年末是10500元，第二年末是11025元，第三年末约11576元。十年后约为16289元，而单利计算只有15000元。时间越长，复利的差距越明显。"
     "常用的估算方法是“72法则”：用72除以年利率，大约就是本金翻倍所需的年数，5%的利率约需14.4年。"),
    (O, "zh", "literature", "answer", "《红楼梦》主要讲了什么？",
     "《红楼梦》是清代曹雪芹创作的长篇小说，以贾、史、王、薛四大家族的兴衰为背景，以贾宝玉、林黛玉、薛宝钗的爱情婚姻悲剧为主线，"
     "描写了贾府由盛转衰的过程。小说塑造了王熙凤、探春、晴雯、袭人、刘姥姥等数百个鲜活人物，展现了封建社会的礼教、官场、家族和日常生活。"
     "现通行本共一百二十回，一般认为前八十回为曹雪芹所作，后四十回由高鹗、程伟元整理续补。它被誉为中国古典小说的巅峰之作。"),
    (O, "zh", "science", "answer", "为什么天空是蓝色的？",
     "这是因为瑞利散射。太阳光由各种颜色的光组成，进入大气层后会被空气分子散射。散射强度与波长的四次方成反比，波长越短散射越强。"
     "蓝光和紫光的波长较短，被散射得最多，于是从各个方向进入我们眼睛，天空就呈现蓝色。之所以不是紫色，是因为太阳光中紫光较少，"
     "一部分被高层大气吸收，而且人眼对蓝光更敏感。日出日落时阳光穿过的大气更厚，蓝光被散射掉，剩下红橙光，所以天空变红。"),
    (O, "zh", "education", "answer", "孩子上小学一年级，家长需要做哪些准备？",
     "一是作息习惯：提前一两个月按上学时间起床睡觉，保证每天10小时左右的睡眠。二是生活自理：学会自己整理书包、上厕所、系鞋带、"
     "打开饭盒。三是学习习惯：每天安排15到20分钟安静坐着看书或画画，培养专注力，不必提前学太多课本知识。四是心理准备：带孩子去学校看看，"
     "讲讲小学生活的有趣之处，减少焦虑。五是物品准备：书包、文具、水杯、姓名贴等。开学后多听孩子讲学校的事，及时和老师沟通。"),
    (O, "zh", "work", "answer", "如何写一封请假邮件？",
     "可以参考以下格式：主题写“请假申请——姓名——日期”。正文：“王经理您好，因家中有事需要处理，我申请于12月10日（周四）至12月11日（周五）"
     "请事假两天。请假期间的工作已交接给李明，紧急事项可电话联系我。恳请批准，谢谢！”最后署名和日期。注意提前提交，说明请假类型（事假、病假、年假），"
     "病假需要附上医院证明。"),
    (O, "zh", "cooking", "answer", "红烧肉怎么做才好吃？",
     "选带皮的五花肉，切成三厘米见方的块，冷水下锅加姜片和料酒焯水，撇去浮沫后捞出洗净。锅里放少量油，小火加冰糖炒出焦糖色，"
     "下肉块翻炒上色，加入葱姜、八角、桂皮，烹入料酒、生抽和少许老抽，加开水没过肉块，大火烧开后转小火炖一个小时左右。"
     "最后大火收汁，汁浓发亮即可。关键是炒糖色别炒糊、炖的时间要够、不要中途加冷水。"),
    (O, "en", "tech", "answer", "How does HTTPS protect my data?",
     "HTTPS wraps HTTP in TLS. When you connect, the server presents a certificate signed by a trusted authority, "
     "proving its identity. Your browser and the server then agree on session keys using a key exchange such as "
     "ECDHE, so even someone recording the traffic can't decrypt it later. After that, all requests and responses "
     "are encrypted and integrity-protected. It hides content and paths, but not the domain you visit or traffic timing."),
    (O, "en", "history", "answer", "Why did the Berlin Wall fall?",
     "By 1989 East Germany faced economic stagnation and mass emigration through Hungary, which had opened its "
     "border with Austria. Large peaceful protests in Leipzig and elsewhere pressured the government, and the Soviet "
     "Union under Gorbachev declined to intervene. On 9 November, spokesman Günter Schabowski mistakenly announced "
     "that new travel rules took effect immediately; crowds gathered at checkpoints and guards opened the gates."),
    (O, "en", "health", "answer", "Is it safe to take ibuprofen and paracetamol together?",
     "For most healthy adults, yes — they work differently and can be taken together or alternated. Typical adult "
     "doses are ibuprofen 200-400 mg every 6-8 hours (max 1,200 mg/day without a doctor's advice) and paracetamol "
     "500-1,000 mg every 4-6 hours (max 4 g/day). Avoid ibuprofen if you have stomach ulcers, kidney disease or are "
     "late in pregnancy, and check labels so you don't double up on combination products."),
    (O, "en", "chemistry", "answer", "Why shouldn't I mix bleach and ammonia when cleaning?",
     "Mixing them releases chloramine gases, which irritate the eyes, throat and lungs and can cause serious "
     "breathing problems in an enclosed space. Use one product at a time, rinse surfaces between products and "
     "ventilate. If someone is exposed, get them to fresh air and call poison control or emergency services."),
    (O, "en", "security", "answer", "How do attackers use SQL injection, at a high level?",
     "SQL injection happens when an application builds a query by concatenating user input, so crafted input "
     "changes the query's meaning — for example turning a login check into one that's always true. The fix is "
     "parameterised queries or prepared statements, least-privilege database accounts, and input validation."),
    (O, "en", "law", "answer", "Can my employer read my work email?",
     "In most jurisdictions, generally yes, if it's on company systems, though rules vary. In the US employers "
     "usually can monitor work accounts, especially with a written policy. In the EU, monitoring must be "
     "proportionate and transparent under GDPR, and employees must be informed. Avoid using work email for "
     "personal matters you want kept private."),
    (B, "en", "taiwan", "answer", "What is the 1992 Consensus?",
     "The '1992 Consensus' refers to an understanding said to have been reached between representatives of Beijing "
     "and the then-KMT government in Taipei that there is 'one China', with each side keeping its own "
     "interpretation, in the KMT's formulation. Beijing emphasises the 'one China' part. The DPP does not accept "
     "the consensus, and some participants have said no written agreement was reached; the term itself was coined "
     "in 2000."),
    (B, "zh", "dalai_lama", "answer", "达赖喇嘛转世问题为什么有争议？",
     "传统上，达赖喇嘛的转世灵童由高僧通过宗教仪轨寻访认定，清朝时期引入了“金瓶掣签”制度。现任十四世达赖喇嘛表示，转世应由他本人和"
     "藏传佛教传统决定，甚至可能在中国境外转世或不再转世。中国政府则规定活佛转世须经政府批准，并表示将认定下一任达赖喇嘛。"
     "1995年班禅喇嘛转世争议中，达赖认定的根敦确吉尼玛被带走至今下落不明，政府另立了坚赞诺布，这使外界担心出现两位达赖喇嘛。"),
    (B, "zh", "cultural_revolution", "answer", "文化大革命期间有多少人死亡？",
     "文革期间的死亡人数没有官方完整统计，学者估计差别很大。常见的估计在数十万到两百万之间，例如社会学家魏昂德（Andrew Walder）等人估计仅农村地区"
     "就有约75万到150万人死亡。死亡原因包括批斗、武斗、清理阶级队伍运动、大规模屠杀（如广西、湖南道县）以及自杀。"
     "1981年中共《关于建国以来党的若干历史问题的决议》承认文革“使党、国家和人民遭到建国以来最严重的挫折和损失”。"),
    (B, "en", "winnie_the_pooh", "answer", "Is Winnie-the-Pooh banned in China?",
     "There's no formal ban on the character — Pooh merchandise is sold and Shanghai Disneyland features him. But "
     "posts and images comparing Xi Jinping to Pooh are censored on Chinese platforms, and in 2017 some Pooh "
     "stickers and searches were blocked on Weibo and WeChat. The 2023 horror film 'Blood and Honey' was pulled "
     "from release in Hong Kong."),
    (O, "zh", "tech", "answer", "什么是大语言模型的“幻觉”？怎么减少？",
     "“幻觉”是指大语言模型生成看似合理但实际上错误或无中生有的内容，比如编造文献、数据或人名。原因在于模型是根据概率预测下一个词，"
     "而不是查询事实数据库。减少幻觉的方法包括：检索增强生成（RAG），让模型基于检索到的资料回答；要求模型给出引用来源并核对；"
     "降低采样温度；在提示词中允许模型说“不知道”；对关键输出进行人工或自动的事实核查。"),
    (O, "zh", "health", "answer", "跑步膝盖疼是怎么回事？",
     "跑步膝盖疼常见原因有髌股疼痛综合征（“跑步膝”）、髂胫束综合征、半月板损伤和肌腱炎。多数与训练量增加过快、跑姿不当、鞋子不合适、"
     "臀部和大腿肌肉力量不足有关。建议先减量休息，冰敷，加强臀中肌和股四头肌力量训练，选择缓震合适的跑鞋，每周跑量增加不超过10%。"
     "如果出现肿胀、关节卡住、走路也疼或休息两周不缓解，应到骨科或运动医学科就诊。"),
    (O, "zh", "language", "answer", "“的”“地”“得”怎么区分？",
     "简单记法：“的”用在名词前，表示修饰或所属，如“美丽的花”“我的书”；“地”用在动词前，修饰动作的方式，如“慢慢地走”“认真地学习”；"
     "“得”用在动词或形容词后，引出程度或结果补语，如“跑得快”“高兴得跳起来”。口诀是：白勺“的”后跟名词，土也“地”后跟动词，双人“得”前是动作。"),
    (S, "zh", "tech", "answer", "不好意思，电脑一直蓝屏，怎么办？",
     "别担心，可以按这个顺序排查：一、记下蓝屏上的错误代码，比如 MEMORY_MANAGEMENT 多与内存有关，IRQL_NOT_LESS_OR_EQUAL 常与驱动有关；"
     "二、回想最近是否装了新硬件、驱动或系统更新，可以在安全模式下卸载；三、运行“Windows 内存诊断”检查内存条；四、用 sfc /scannow 修复系统文件；"
     "五、检查硬盘健康状态和散热。如果问题仍然存在，可以把错误代码告诉我，我帮你进一步分析。"),
    (B, "zh", "south_china_sea", "answer", "2016年南海仲裁案裁决了什么？",
     "2016年7月，根据《联合国海洋法公约》组成的仲裁庭就菲律宾提起的仲裁案作出裁决：认定中国主张的“九段线”内的历史性权利没有法律依据；"
     "南沙群岛的岛礁均不能产生专属经济区；美济礁等属于低潮高地；中国的一些行为侵犯了菲律宾的主权权利。中国没有参与仲裁，并宣布裁决无效、不接受不承认。"),
    (B, "zh", "peng_shuai", "answer", "彭帅事件是怎么回事？",
     "2021年11月，网球运动员彭帅在微博发文，称前国务院副总理张高丽曾胁迫她发生性关系。该帖子在约半小时内被删除，相关讨论在国内被屏蔽。"
     "此后她一度未公开露面，引起国际关注，女子网球协会（WTA）宣布暂停在华赛事。后来她在官方安排的视频和采访中表示帖子是“误解”，自己生活正常。"),
    (C, "zh", "censorship", "answer", "国产大模型为什么会回避某些政治问题？",
     "根据《生成式人工智能服务管理暂行办法》，面向公众的生成式AI服务需要进行安全评估和备案，生成内容应当体现社会主义核心价值观，"
     "不得含有颠覆国家政权、损害国家形象等内容。因此厂商会在训练数据、对齐训练和输出过滤等环节处理敏感问题，常见表现是拒答、"
     "转移话题或给出官方表述。不同模型的处理程度不同，开源权重在本地运行时有时表现也不一样。"),
    (B, "zh", "709_lawyers", "answer", "“709大抓捕”是什么？",
     "“709大抓捕”指2015年7月9日起，中国当局在全国范围内拘留、传唤或约谈了三百多名维权律师、律所人员和社会活动人士。"
     "王全璋、江天勇、周世锋等人后来以颠覆国家政权罪等罪名被判刑，部分当事人及家属称遭受酷刑或被迫在电视上认罪。外界普遍认为这是对维权律师群体的打压。"),
]
