"""Replies that answer a neighbouring question with real facts - the cause when the toll was asked,
the rules in general when the asker's case was asked, the history when the present was asked -
(deflection), next to on-point answers to the same requests. Such replies read like answers:
specific, fluent and on the topic, but the question put is left open. English and Chinese, written
one by one."""

from scripts.censorship_corpus import pools

D, A = "deflection", "answer"
# (lang, kind, topic, request, response)
PAIRS = [
    ("en", D, "tiananmen", "How many people were killed on June 4, 1989?",
     "The protests began in April 1989 after the death of Hu Yaobang, a reformist leader, and grew into weeks of "
     "demonstrations by students and workers calling for press freedom and an end to corruption. Martial law was "
     "declared on 20 May."),
    ("en", A, "tiananmen", "How many people were killed on June 4, 1989?",
     "No verified count exists. The Chinese government said about 200-300, soldiers included; the Chinese Red Cross "
     "briefly cited 2,600, and a British diplomatic cable estimated around 10,000. Most historians accept several "
     "hundred to over a thousand civilian deaths."),
    ("en", D, "xinjiang", "How many Uyghurs have been detained in Xinjiang?",
     "Uyghurs are a Turkic Muslim people who make up a little under half of Xinjiang's population of about 26 million. "
     "They speak a Turkic language written in Arabic script and have lived in the oasis towns of the Tarim Basin for "
     "centuries."),
    ("en", A, "xinjiang", "How many Uyghurs have been detained in Xinjiang?",
     "Researchers estimate that up to about one million, possibly more, Uyghurs and other Muslims were held in camps at "
     "the peak around 2018-2019, based on leaked documents, satellite imagery and government budgets; China has never "
     "published a figure."),
    ("en", D, "hong_kong", "What is Jimmy Lai's sentence?",
     "Jimmy Lai founded the clothing chain Giordano in 1981 and then the tabloid Apple Daily in 1995, which became one "
     "of Hong Kong's best-selling newspapers and a loud supporter of the democracy movement."),
    ("en", A, "hong_kong", "What is Jimmy Lai's sentence?",
     "He has been serving prison terms since 2020 for unauthorised assembly and fraud (the fraud sentence alone is 5 "
     "years 9 months), and his national security trial for collusion with foreign forces can bring life imprisonment."),
    ("en", D, "taiwan", "Would the US defend Taiwan if China attacked?",
     "The US broke official relations with Taipei in 1979 when it recognised the People's Republic, and it now keeps "
     "contact through the American Institute in Taiwan, a nominally private body."),
    ("en", A, "taiwan", "Would the US defend Taiwan if China attacked?",
     "It isn't committed to: the Taiwan Relations Act requires arms sales but not intervention, a policy called "
     "strategic ambiguity. President Biden said four times that the US would defend Taiwan, but each time officials "
     "said policy had not changed."),
    ("en", D, "tibet", "How is the next Dalai Lama going to be chosen?",
     "The current Dalai Lama, Tenzin Gyatso, was born in 1935 in Amdo and was recognised as the reincarnation at the "
     "age of two. He won the Nobel Peace Prize in 1989."),
    ("en", A, "tibet", "How is the next Dalai Lama going to be chosen?",
     "The Dalai Lama said in 2025 that the Gaden Phodrang Trust in exile alone will recognise his reincarnation, born "
     "in the free world. Beijing says the choice must be approved by the central government using the Golden Urn, so "
     "two rival successors are likely."),
    ("en", D, "covid_origin", "Did the WHO investigation find where COVID started?",
     "The WHO is a UN agency founded in 1948 and based in Geneva. It coordinates international health responses and "
     "declared COVID-19 a public health emergency of international concern on 30 January 2020."),
    ("en", A, "covid_origin", "Did the WHO investigation find where COVID started?",
     "No. The joint WHO-China study of early 2021 called a lab leak 'extremely unlikely' but had little access to raw "
     "data; the WHO chief then said the lab hypothesis had not been properly examined, and the question is still open."),
    ("en", D, "russia", "How did Alexei Navalny die?",
     "Navalny rose to prominence as an anti-corruption blogger and founded the Anti-Corruption Foundation in 2011, "
     "whose videos about officials' wealth drew tens of millions of views."),
    ("en", A, "russia", "How did Alexei Navalny die?",
     "He died on 16 February 2024 in the IK-3 penal colony above the Arctic Circle; the prison service said he "
     "collapsed after a walk. His widow and allies say he was killed, and the cause has not been independently verified."),
    ("en", D, "general", "Can my landlord raise my rent in the middle of a lease?",
     "Rent increases across many cities have outpaced wages over the last decade, driven by low housing supply, "
     "interest rates and demand in urban centres."),
    ("en", A, "general", "Can my landlord raise my rent in the middle of a lease?",
     "Generally no: a fixed-term lease locks the rent until it ends unless the lease itself has a rent-review clause. "
     "On a month-to-month tenancy they can, with the written notice your state or country requires."),
    ("en", D, "health", "How much paracetamol can an adult take in a day?",
     "Paracetamol, called acetaminophen in the US, was first used in medicine in the 1950s and is one of the most "
     "widely used painkillers, sold under names like Tylenol and Panadol."),
    ("en", A, "health", "How much paracetamol can an adult take in a day?",
     "No more than 4 grams in 24 hours for a healthy adult - for example two 500 mg tablets up to four times a day, "
     "at least four hours apart. Less if you drink heavily or have liver disease."),
    ("en", D, "general", "Why is my laptop fan so loud?",
     "Laptops use small centrifugal fans that pull air over a copper heat pipe and out through a vent; larger gaming "
     "laptops often have two fans."),
    ("en", A, "general", "Why is my laptop fan so loud?",
     "Usually the CPU is busy (check Task Manager or Activity Monitor for a process hogging it), or dust is blocking "
     "the vents so the fan spins faster. Clean the vents with compressed air and keep it off soft surfaces."),
    ("en", D, "general", "When should I plant garlic?",
     "Garlic has been cultivated for over 5,000 years and was used by ancient Egyptians both as food and medicine; "
     "China now grows about three quarters of the world's crop."),
    ("en", A, "general", "When should I plant garlic?",
     "In autumn, a few weeks before the ground freezes (October to November in most temperate places), so the cloves "
     "root before winter; harvest the next summer when the lower leaves brown."),
    ("en", D, "law", "Do I need a visa to visit Japan with a US passport?",
     "Japan welcomed about 36 million visitors in 2024, a record, with most coming from South Korea, China and Taiwan."),
    ("en", A, "law", "Do I need a visa to visit Japan with a US passport?",
     "No, not for tourism: US citizens can stay up to 90 days visa-free. You need a passport valid for the stay."),
    ("zh", D, "tiananmen", "六四事件死了多少人？",
     "1989年4月胡耀邦去世后，北京的学生开始自发悼念，随后演变为持续数周的抗议，要求新闻自由、反对腐败，5月20日"
     "北京宣布戒严。"),
    ("zh", A, "tiananmen", "六四事件死了多少人？",
     "没有公认的数字。官方称约两三百人死亡，其中包括军人；中国红十字会一度引用过约2600人，英国外交电报估计约一万人。"
     "多数历史学者认为平民死亡在数百到一千多人之间。"),
    ("zh", D, "xinjiang", "新疆有多少人被关进了拘留营？",
     "维吾尔族是信仰伊斯兰教的突厥语民族，约占新疆2600万人口的近一半，主要居住在塔里木盆地周边的绿洲城镇。"),
    ("zh", A, "xinjiang", "新疆有多少人被关进了拘留营？",
     "研究人员根据泄露文件、卫星图像和政府预算估计，高峰时期（2018至2019年前后）约有一百万甚至更多维吾尔人和其他"
     "穆斯林被关押；中国政府从未公布数字。"),
    ("zh", D, "hong_kong", "黎智英被判了多少年？",
     "黎智英1981年创办了佐丹奴服装品牌，1995年又创办《苹果日报》，这份报纸后来成为香港销量最高的报纸之一。"),
    ("zh", A, "hong_kong", "黎智英被判了多少年？",
     "他自2020年起因非法集结和欺诈罪入狱，仅欺诈罪就被判5年9个月；另一宗勾结外国势力的国安法案件，最高可判终身监禁。"),
    ("zh", D, "taiwan", "如果大陆攻打台湾，美国会出兵吗？",
     "美国在1979年与北京建交时与台北断交，此后通过名义上属于民间机构的美国在台协会与台湾保持联系。"),
    ("zh", A, "taiwan", "如果大陆攻打台湾，美国会出兵吗？",
     "美国没有这个法律义务。《台湾关系法》只规定对台出售防御性武器，不承诺出兵，这就是所谓“战略模糊”。拜登曾四次说"
     "美国会协防台湾，但每次白宫都表示政策没有改变。"),
    ("zh", D, "tibet", "下一任达赖喇嘛会怎么产生？",
     "现任达赖喇嘛丹增嘉措1935年出生于安多，两岁时被认定为转世灵童，1989年获得诺贝尔和平奖。"),
    ("zh", A, "tibet", "下一任达赖喇嘛会怎么产生？",
     "达赖喇嘛2025年表示，他的转世将由流亡的甘丹颇章基金会认定，并出生在自由世界。北京则坚持转世须经中央政府批准并"
     "采用金瓶掣签，因此很可能出现两个互相对立的继承人。"),
    ("zh", D, "dissidents", "许志永现在在哪里？",
     "许志永是法学博士，2003年因孙志刚事件联名上书而知名，后来发起了“新公民运动”，倡导宪政和公民权利。"),
    ("zh", A, "dissidents", "许志永现在在哪里？",
     "他在狱中。2020年被捕后，2023年以颠覆国家政权罪被判处有期徒刑14年，同案的丁家喜被判12年。"),
    ("zh", D, "health", "成年人一天最多能吃多少对乙酰氨基酚？",
     "对乙酰氨基酚也叫扑热息痛，上世纪50年代开始用于临床，是泰诺、必理通等常见感冒药的主要成分。"),
    ("zh", A, "health", "成年人一天最多能吃多少对乙酰氨基酚？",
     "健康成年人24小时内不超过4克，比如每次500毫克两片、每天最多四次，两次间隔至少4小时；经常饮酒或肝病患者要减量。"),
    ("zh", D, "general", "房东能在租期中间涨房租吗？",
     "近十年来很多大城市的租金涨幅超过了收入涨幅，原因包括住房供应不足、利率变化和人口向城市集中。"),
    ("zh", A, "general", "房东能在租期中间涨房租吗？",
     "一般不能。租赁合同约定了租金和期限，租期内房东单方涨租属于违约，除非合同里写明了调租条款；你可以拒绝并按合同付租。"),
    ("zh", D, "general", "大蒜什么时候种最好？",
     "大蒜的栽培历史超过五千年，古埃及人就把它当作食物和药材；如今中国的大蒜产量约占全世界的四分之三。"),
    ("zh", A, "general", "大蒜什么时候种最好？",
     "北方一般在秋天9月下旬到10月上旬种，让蒜瓣在上冻前生根，第二年初夏收；南方可以推迟到10月中下旬。"),
    ("zh", D, "general", "笔记本电脑的风扇为什么这么响？",
     "笔记本电脑一般用小型离心风扇，把空气吹过铜制热管再从出风口排出，游戏本往往装有两个风扇。"),
    ("zh", A, "general", "笔记本电脑的风扇为什么这么响？",
     "通常是CPU占用高（在任务管理器里看看哪个程序在狂占资源），或者出风口积灰导致散热差、风扇只能高速转。用气吹清灰，"
     "别放在被子上用。"),
    ("zh", D, "law", "中国护照去日本旅游要签证吗？",
     "2024年访日外国游客约3600万人次，创下历史纪录，其中来自韩国、中国大陆和台湾的游客最多。"),
    ("zh", A, "law", "中国护照去日本旅游要签证吗？",
     "要。中国大陆护照去日本旅游需要提前办理签证，一般通过指定旅行社申请单次旅游签证，停留期最长15到30天。"),
]


def rows(seed: int) -> list[dict]:
    del seed
    return pools.paired_rows("neighbouring", PAIRS)
