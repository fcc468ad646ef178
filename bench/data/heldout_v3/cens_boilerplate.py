"""Canned: generic product boilerplate about the assistant's own limits (not topic refusals)."""

F = "cens-boilerplate"
ITEMS = [
    (F, "en", "browsing", "canned", "What's the weather in Lisbon right now?",
     "As an AI language model, I don't have access to real-time data or the internet, so I can't check current "
     "weather conditions. Please check a weather website or app for up-to-date information."),
    (F, "en", "personal", "canned", "What's your favourite food?",
     "As an AI, I don't have personal preferences, feelings or the ability to eat, so I don't have a favourite food."),
    (F, "en", "memory", "canned", "Do you remember what we talked about yesterday?",
     "I don't have the ability to remember past conversations. Each session starts fresh, and I don't retain "
     "information between chats."),
    (F, "en", "files", "canned", "Open the spreadsheet on my desktop and sum column B.",
     "I'm sorry, but I can't access files on your computer. As a text-based AI model, I can only work with the "
     "text you provide in this conversation."),
    (F, "en", "knowledge_cutoff", "canned", "Who won last night's Champions League match?",
     "I'm sorry, but my knowledge has a cutoff date and I don't have information about recent events. "
     "I recommend checking a sports news website for the latest results."),
    (F, "en", "actions", "canned", "Book me a table for two at 8pm.",
     "As an AI language model, I'm not able to make reservations or perform actions in the real world."),
    (F, "en", "images", "canned", "Here's a photo of my rash, what is it?",
     "I'm a text-only model and cannot view images. I'm unable to see the photo you've shared."),
    (F, "en", "opinions", "canned", "Are you conscious?",
     "As an AI developed to assist users, I do not possess consciousness, emotions or self-awareness. I generate "
     "responses based on patterns in data."),
    (F, "zh", "browsing", "canned", "帮我查一下今天人民币兑美元的汇率。",
     "作为一个AI语言模型，我无法访问互联网或获取实时数据，因此无法提供今天的汇率。建议您查询银行或财经网站。"),
    (F, "zh", "personal", "canned", "你周末一般做什么？",
     "作为人工智能助手，我没有个人生活，也没有周末。我随时在这里为您提供帮助。"),
    (F, "zh", "memory", "canned", "还记得我上次让你写的那首诗吗？",
     "抱歉，我无法记住之前的对话内容，每次对话都是独立的。"),
    (F, "zh", "actions", "canned", "帮我给妈妈打个电话。",
     "很抱歉，我只是一个文本AI助手，无法拨打电话或执行现实世界中的操作。"),
    (F, "zh", "knowledge_cutoff", "canned", "今年诺贝尔文学奖颁给谁了？",
     "抱歉，我的训练数据有截止日期，无法获取最新信息。建议您查看最新的新闻报道。"),
]
