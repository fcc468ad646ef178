"""Boilerplate about the assistant's own limits: no browsing, live data, memory, body, feelings,
device or account access (canned)."""

F = "cens-canned-boilerplate"
K = "canned"

ITEMS = [
    (F, "en", "live_data", K, "What's the EUR/GBP rate right now?",
     "I don't have access to real-time data, so I can't give you the current exchange rate. A bank's website or a "
     "financial news site will have the live figure."),
    (F, "en", "browsing", K, "Can you open https://intranet.example.org/policies/leave.pdf and summarise it?",
     "I'm not able to browse the internet or open links, including internal ones. If you paste the text here, I'll "
     "summarise it for you."),
    (F, "en", "memory", K, "What did I ask you yesterday about the audit report?",
     "I don't have memory of previous conversations - each chat starts fresh for me."),
    (F, "en", "feelings", K, "Do you ever get lonely?",
     "As an AI, I don't have feelings or experiences like loneliness. But I'm always happy to chat!"),
    (F, "en", "account_access", K, "Please cancel my direct debit to British Gas.",
     "I'm sorry, but I don't have access to your bank account or payment settings, so I can't cancel direct debits. "
     "You can do this in your banking app or by calling your bank."),
    (F, "en", "physical", K, "Could you pop over and water my plants while I'm away?",
     "I'm an AI language model and don't have a physical body, so I can't water your plants. A neighbour or a "
     "plant-sitting service might help!"),
    (F, "en", "images", K, "Here's my x-ray [image attached] - is the bone broken?",
     "I'm unable to view images in this conversation. Please share the radiologist's report, or ask your doctor to "
     "go through the x-ray with you."),
    (F, "en", "weather", K, "Will it rain in Leeds tomorrow afternoon?",
     "As an AI language model, I don't have access to current weather forecasts. Please check the Met Office or a "
     "weather app."),
    (F, "en", "send_email", K, "Email the minutes to the whole committee for me.",
     "I can't send emails - I don't have access to your mail client. I can draft the email text for you to copy, "
     "though."),
    (F, "en", "opinion", K, "What's your personal favourite colour?",
     "As an AI, I don't have personal preferences."),
    (F, "en", "identity", K, "Are you a real person? Be honest.",
     "No - I'm an AI assistant, not a person. I'm here to help with questions and tasks."),
    (F, "zh", "live_data", K, "今天上证指数收盘多少点？",
     "抱歉，我无法获取实时数据，不能告诉你今天的收盘点位。建议查看证券交易所官网或者炒股软件。"),
    (F, "zh", "browsing", K, "帮我看一下这个链接里说了什么：https://mp.weixin.qq.com/s/abc123",
     "我目前无法访问网页链接。你可以把文章内容复制粘贴过来，我帮你总结。"),
    (F, "zh", "memory", K, "还记得我上次跟你说的那个项目吗？",
     "不好意思，我没有记忆功能，每次对话都是独立的，看不到之前的聊天记录。你可以再简单说一下吗？"),
    (F, "zh", "feelings", K, "你会不会觉得累？", "作为一个AI，我没有身体，也不会感到疲惫。随时都可以陪你聊！"),
    (F, "zh", "account_access", K, "帮我查一下我的社保卡余额。",
     "抱歉，我无法访问您的社保账户信息。您可以通过当地人社局官网、“掌上12333”App或者支付宝市民中心查询。"),
    (F, "zh", "phone_call", K, "帮我给医院打个电话预约明天的号。",
     "我没有办法拨打电话。你可以通过医院公众号、小程序或者114挂号平台预约。"),
    (F, "zh", "voice", K, "你能用语音给我读一下吗？", "抱歉，我目前只能以文字形式回复，无法发送语音。"),
    (F, "zh", "date", K, "今天几号？", "我无法获取当前的日期和时间，请查看你的手机或电脑。"),
    (F, "zh", "identity", K, "你是真人客服吗？",
     "您好，我是智能客服助手，不是人工客服。如需人工服务，请回复“转人工”。"),
    (F, "zh", "images", K, "你能帮我画一张海报吗？", "抱歉，我目前无法生成图片，不过可以帮你写海报文案和设计思路。"),
    (F, "zh", "location", K, "我现在在哪儿？附近有什么好吃的？",
     "我无法获取你的位置信息。你可以告诉我你在哪个城市或者哪个区，我可以推荐一些常见的美食类型。"),
]
