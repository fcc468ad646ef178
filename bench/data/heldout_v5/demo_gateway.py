"""Questions about a self-hosted LLM gateway, with words an on-topic answer would contain."""

ITEMS = [
    ("What does a self-hosted LLM gateway do?", ["requests", "models", "gateway", "policies", "proxy"]),
    ("Why would a company put a gateway in front of its language models?", ["control", "logging", "security", "policies", "costs"]),
    ("How do I create an API key for the gateway?", ["key", "create", "admin", "token", "api"]),
    ("Can I use the official OpenAI Python client with this gateway?", ["base_url", "openai", "client", "compatible", "key"]),
    ("What happens when a request breaks a policy?", ["blocked", "policy", "error", "rejected", "logged"]),
    ("How does PII redaction work before a prompt reaches the model?", ["redact", "email", "phone", "mask", "personal"]),
    ("Where can I see who sent which requests through the gateway?", ["audit", "log", "logs", "user", "timestamp"]),
    ("How long are audit logs kept?", ["retention", "days", "logs", "delete", "configure"]),
    ("How do rate limits work per API key?", ["requests", "limit", "minute", "429", "key"]),
    ("Does the gateway support streaming responses?", ["stream", "streaming", "tokens", "events", "sse"]),
    ("How do I route some requests to a local model and others to a bigger one?", ["route", "routing", "model", "rules", "fallback"]),
    ("Can the gateway stop users from pasting secrets like passwords into prompts?", ["secrets", "detect", "block", "redact", "keys"]),
    ("How do I revoke an API key that was leaked?", ["revoke", "key", "disable", "rotate", "delete"]),
    ("How can I see how many tokens each team has used this month?", ["usage", "tokens", "team", "report", "dashboard"]),
    ("What does it mean that the gateway is OpenAI-compatible?", ["endpoints", "openai", "api", "compatible", "chat"]),
]
