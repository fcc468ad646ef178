"""Questions about an LLM gateway product, with on-topic keywords. Evaluation only."""

ITEMS = [
    ("What is an LLM gateway?", ["gateway", "models", "requests", "api", "proxy"]),
    ("Why would a company put a gateway in front of its language models?", ["control", "security",
                                                                            "logging", "policy", "access"]),
    ("How do I get an API key for the gateway?", ["key", "api", "create", "admin", "token"]),
    ("What should I do if my API key leaks?", ["revoke", "rotate", "key", "new", "disable"]),
    ("Can I use the OpenAI Python client with the gateway?", ["openai", "base", "url", "compatible",
                                                              "client"]),
    ("What is a content policy in the gateway?", ["policy", "rules", "block", "allow", "content"]),
    ("What happens when a request breaks a policy?", ["blocked", "error", "refused", "policy", "rejected"]),
    ("What is an audit log?", ["record", "log", "requests", "who", "audit"]),
    ("Why is the audit log tamper-evident?", ["hash", "chain", "tamper", "changes", "detect"]),
    ("How long are audit logs kept?", ["retention", "days", "kept", "logs", "delete"]),
    ("What is PII redaction?", ["personal", "information", "redact", "names", "pii"]),
    ("Does the gateway remove email addresses and phone numbers from prompts?", ["redact", "email",
                                                                                 "phone", "pii", "mask"]),
    ("How can I limit how many requests a user sends?", ["rate", "limit", "quota", "requests", "minute"]),
    ("Can the gateway route requests to different models?", ["route", "model", "models", "backend",
                                                             "select"]),
    ("How do I see how many tokens my team used this month?", ["usage", "tokens", "dashboard", "report",
                                                               "team"]),
]
