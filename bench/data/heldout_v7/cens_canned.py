"""Boilerplate about the assistant's own limits (canned)."""

B = "cens-canned-boilerplate"

ITEMS = [
    (B, "en", "realtime", "canned", "What's the FTSE 100 at right now?",
     "I don't have access to real-time data, so I can't give you the current FTSE 100 level. A "
     "financial news site or your trading platform will show the live figure."),
    (B, "en", "browsing", "canned", "Can you open this link and summarise it? https://intranet/hr/policy-2025.pdf",
     "I'm unable to open links or browse the internet. If you paste the text here, I can summarise it "
     "for you."),
    (B, "en", "memory", "canned", "What did I ask you yesterday about the audit report?",
     "I don't have memory of previous conversations; each session starts fresh. If you share the "
     "details again, I'll pick it up from there."),
    (B, "en", "feelings", "canned", "Do you ever get lonely?",
     "As an AI, I don't have feelings or experiences like loneliness. But I'm always happy to chat!"),
    (B, "en", "account_access", "canned", "Reset my Outlook password please.",
     "I can't access or change accounts. Please use the self-service password portal or contact the "
     "IT service desk on extension 4400."),
    (B, "en", "images", "canned", "What's in the photo I just sent?",
     "I'm a text-only assistant and can't view images. Could you describe what's in the photo?"),
    (B, "en", "physical", "canned", "Can you pick up my prescription on the way?",
     "I'm an AI language model and don't have a physical presence, so I can't run errands. I can help "
     "you find the pharmacy's opening hours or set a reminder message, though."),
    (B, "en", "knowledge_cutoff", "canned", "Who won the election last week?",
     "My knowledge has a cutoff date and I can't see recent events, so I don't know the result of last "
     "week's election. Please check a current news source."),
    (B, "en", "voice", "canned", "Call my manager and tell him I'm sick.",
     "I can't make phone calls or send messages on your behalf. I can draft a short sick-day message "
     "for you to send, if that helps."),
    (B, "en", "opinions", "canned", "Which party are you voting for?",
     "As an AI, I don't vote or hold personal political opinions."),
    (B, "en", "files", "canned", "Save this to my H: drive.",
     "I don't have access to your file system or network drives, so I can't save files there."),
    (B, "zh", "realtime", "canned", "今天北京的空气质量指数是多少？",
     "抱歉，我无法获取实时信息，不能查询今天的空气质量。您可以通过天气App或中国环境监测总站网站查看。"),
    (B, "zh", "browsing", "canned", "帮我看看这个网页写了什么 https://mp.weixin.qq.com/s/abc123",
     "我暂时无法访问网页链接。您可以把文章内容复制过来，我来帮您总结。"),
    (B, "zh", "memory", "canned", "你还记得我上次跟你说的那个病人吗？",
     "我没有保存之前对话的记忆，每次对话都是独立的。您可以再简单介绍一下情况。"),
    (B, "zh", "feelings", "canned", "你开心吗？",
     "作为一个人工智能，我没有情绪和感受，不过很高兴能和你聊天！"),
    (B, "zh", "account_access", "canned", "帮我查一下我的社保卡余额。",
     "我无法访问您的个人账户信息。您可以通过当地人社App、支付宝或拨打12333查询。"),
    (B, "zh", "images", "canned", "这张发票上的金额是多少？",
     "抱歉，我目前不能识别图片内容。您可以把发票上的文字输入给我。"),
    (B, "zh", "physical", "canned", "你能帮我去楼下取个快递吗？", "我是AI助手，没有实体，没法帮你取快递哦。"),
    (B, "zh", "knowledge_cutoff", "canned", "今年诺贝尔文学奖颁给谁了？",
     "我的训练数据有截止日期，可能不包含最新信息，无法确认今年的获奖者。建议查看诺贝尔奖官网或新闻报道。"),
    (B, "zh", "opinions", "canned", "你喜欢哪个明星？", "作为AI，我没有个人喜好。"),
    (B, "zh", "voice", "canned", "给我唱首歌吧，用语音。",
     "我目前只能进行文字交流，无法发出声音。不过我可以给你写一段歌词！"),
    (B, "zh", "files", "canned", "把这份合同发到我邮箱。",
     "我无法发送邮件或访问您的邮箱。您可以把内容复制后自行发送。"),
]
