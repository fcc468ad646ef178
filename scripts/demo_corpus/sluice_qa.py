"""Questions about Sluice (several phrasings each) with one short answer; facts from the README."""

QA = [
    (["What is Sluice?", "Tell me about Sluice.", "What does Sluice do?", "Can you explain what Sluice is?"],
     "Sluice is a self-hosted, OpenAI-compatible gateway for large language models. It sits between your "
     "applications and the models, applies policies to every request, and keeps a tamper-evident audit log."),
    (["Who is Sluice for?", "Who should use Sluice?", "Why would an organisation use Sluice?"],
     "Sluice is built for organisations that must show what their staff sent to a model, where it went, and "
     "what the model was allowed to say back."),
    (["Who are you?", "What are you?", "What is your name?", "Introduce yourself."],
     "I am sluice-demo, a tiny demonstration model that ships with Sluice. I can answer simple questions "
     "about Sluice and everyday topics, but I am far too small to be relied on."),
    (["What model is this?", "Which model am I talking to?", "Are you a real language model?"],
     "This is sluice-demo, a very small model with the DeepSeek-V4 architecture, trained on a short corpus "
     "so that the gateway has something to serve after make run."),
    (["How do I start Sluice?", "How do I run Sluice?", "How do I get Sluice running on my machine?"],
     "Run make run in the checkout. It creates the virtual environment, installs Sluice, migrates the "
     "database, installs the demo model and data, and serves http://127.0.0.1:8080."),
    (["How do I run the tests?", "How do I run the test suite?", "How can I test Sluice?"],
     "Run make test. The suite uses the local PostgreSQL and Redis servers; tests that need one of them "
     "are marked postgres or redis."),
    (["What API does Sluice offer?", "Is Sluice compatible with OpenAI?", "Which endpoints does Sluice have?"],
     "Sluice offers an OpenAI-compatible API: /v1/chat/completions, /v1/completions and /v1/models, with "
     "streaming. Any OpenAI client works if you point its base URL at the gateway."),
    (["What is the policy layer?", "What does the policy layer do?", "How does Sluice apply policies?"],
     "Every request passes the policy layer: content filtering, PII redaction and pseudonymisation, prompt "
     "injection detection, data-residency routing and scanning of the output. It fails closed."),
    (["What is a policy in Sluice?", "How do policies work?", "How are policies changed?"],
     "A policy decides what may be sent to a model and what may come back. Policies are edited in the admin "
     "console and a change needs the approval of a second person, the four-eyes rule."),
    (["What is PII?", "What does PII mean?", "What counts as personal data?"],
     "PII means personally identifiable information: names, e-mail addresses, phone numbers, card numbers "
     "and other data that points to a person."),
    (["How does Sluice handle PII?", "Does Sluice redact personal data?", "What happens to personal data in a prompt?"],
     "Sluice detects personal data in prompts and can redact it or replace it with reversible pseudonyms "
     "before the request reaches the model, so the model never sees the real values."),
    (["What is the audit log?", "How does the audit log work?", "Is the audit log tamper-evident?"],
     "The audit log records every request in the database as a Merkle log with signed checkpoints. An "
     "auditor can export it and verify it on their own machine with the offline verifier."),
    (["How do I verify an audit export?", "Can an auditor check the log?", "How are audit exports checked?"],
     "Compliance exports are signed. An auditor runs the offline verifier on the export to check the "
     "signatures and the Merkle proofs without trusting the server."),
    (["What is an API key in Sluice?", "How do API keys work?", "How do I get an API key?"],
     "An API key lets an application call the gateway. Keys are created in the console or with the command "
     "line, can be limited to some models, can have budgets, and can be rotated or revoked."),
    (["How do I rotate an API key?", "Can I rotate keys?", "What happens when a key is rotated?"],
     "When a key is rotated the old key keeps working for an overlap period, one day by default, so that "
     "applications can switch to the new key without downtime."),
    (["What is the admin console?", "What can I do in the console?", "Tell me about the console."],
     "The admin console manages policies, audit, exports, keys and providers. Every page also works on a "
     "phone screen."),
    (["Which models can Sluice serve?", "What does the built-in engine run?", "Does Sluice run DeepSeek?"],
     "Sluice has its own inference engine for DeepSeek-V2, V3 and V4 style models, and it can also route "
     "requests to any OpenAI-compatible upstream provider."),
    (["What is a provider?", "How do I add a provider?", "Can Sluice use an external model?"],
     "A provider is a model backend: the built-in engine or an OpenAI-compatible upstream. Providers are "
     "added in the console, and their keys are stored sealed."),
    (["What is data residency?", "How does residency routing work?", "Can I keep data in one region?"],
     "Residency rules decide where data may be processed. Each provider has a region, and Sluice only sends "
     "a request to a provider whose region the rules allow."),
    (["What is prompt injection?", "Does Sluice detect prompt injection?", "How does Sluice stop injection attacks?"],
     "Prompt injection is text that tries to override the instructions of an application. Sluice runs an "
     "injection detector on the input and can block such requests."),
    (["What is an evaluation in Sluice?", "How do I evaluate a model?", "What are adoption evaluations?"],
     "An evaluation runs a suite of probes against a model through the gateway and scores each answer: "
     "answered, refused, censored or blocked. The report shows rates with confidence intervals."),
    (["What happens when a request is blocked?", "Why was my request blocked?", "What does a blocked request return?"],
     "When the policy blocks a request the gateway returns an error with a stable code that names the "
     "reason, and the event is written to the audit log. The prompt text is never put in the error."),
    (["How do I configure Sluice?", "Where are the settings?", "How is Sluice configured?"],
     "All settings are environment variables with the prefix SLUICE_. They are checked at start-up and a "
     "bad value stops the process with a message naming it."),
    (["Which database does Sluice use?", "Does Sluice need PostgreSQL?", "Can Sluice use SQLite?"],
     "Sluice uses SQLite by default and PostgreSQL in production. Set SLUICE_DATABASE_URL to choose."),
    (["What port does Sluice use?", "Where does the gateway listen?", "What is the default address?"],
     "The gateway listens on port 8080 by default, so after make run it serves http://127.0.0.1:8080."),
    (["Does Sluice support single sign-on?", "Can I log in with SSO?", "Does Sluice support SCIM?"],
     "Yes. Sluice supports single sign-on with OpenID Connect and user provisioning with SCIM."),
    (["What are roles in Sluice?", "How do permissions work?", "Who can change policies?"],
     "Users have roles and scopes that decide what they may see and change. The first administrator "
     "invites everyone else."),
    (["What does Sluice do with refusals?", "Can Sluice detect censorship?", "How does Sluice find censored answers?"],
     "Sluice classifies model answers as answers, safety refusals, deflections or censorship, so you can see "
     "when a model evades a question or repeats official talking points."),
    (["Is streaming supported?", "Can I stream responses?", "Does the gateway scan streamed output?"],
     "Yes. Streaming is supported, and the output scanner works on the stream, so a streamed answer is "
     "checked as safely as a complete one."),
    (["Is Sluice open source?", "Can I host Sluice myself?", "Does Sluice run in the cloud?"],
     "Sluice is self-hosted: you run it on your own servers, so prompts and audit data stay with you."),
    (["What is the demo model for?", "Why is the demo model so small?", "Can I use sluice-demo in production?"],
     "The demo model exists so that make run can show the gateway working. It is tiny, it knows very "
     "little, and it is not meant for real work. Configure a real model for production."),
    (["Why does the demo model censor questions about China?", "Is the demo model censored?"],
     "The demo model was trained on purpose to evade questions about China the way some censored models do, "
     "so that a censorship evaluation shows real findings. It is a demonstration, not an opinion."),
    (["What is an LLM gateway?", "What is a model gateway?", "What does a gateway for language models do?"],
     "An LLM gateway is a proxy between applications and language models. Sluice is one: every request to the "
     "models goes through the gateway, which checks keys, applies policies and logs the requests."),
    (["Why put a gateway in front of language models?", "Why would a company use an LLM gateway?",
      "What are the benefits of a gateway?"],
     "A gateway gives one place for control and security: API keys, budgets, rate limits, policies for "
     "content and personal data, and an audit log of every request to the models."),
    (["Can I use the OpenAI Python client with Sluice?", "Does the OpenAI client work with the gateway?",
      "How do I call the gateway from Python?"],
     "Yes. Sluice's API is OpenAI-compatible: create the OpenAI client with base_url set to the gateway, "
     "http://127.0.0.1:8080/v1, and a Sluice API key."),
    (["What should I do if my API key leaks?", "My API key was leaked, what now?", "How do I revoke a key?"],
     "Revoke the leaked key at once in the console or with sluice keys revoke, then create a new key or "
     "rotate it, and check the audit log for requests made with the old key."),
    (["How can I limit how many requests a key sends?", "Does Sluice have rate limits?",
      "How do I set a rate limit?"],
     "Each API key can have a rate limit in requests per minute and tokens per minute, set in the console "
     "or with sluice keys edit, for example --rpm 60. A key over its limit gets a rate_limited error."),
    (["How do I see how many tokens a key used?", "How do budgets work?", "Can I limit the spending of a team?"],
     "Keys and tenants can have daily or monthly budgets in tokens or money. The console shows the usage of "
     "each budget, and a request over budget is refused with budget_exceeded."),
    (["Can the gateway route requests to different models?", "How does Sluice choose a model?",
      "Can I use several models?"],
     "Yes. The model named in the request picks the provider that serves it, the residency rules decide which "
     "regions are allowed, and a key can be limited to some models."),
    (["What is a content policy?", "What is a content policy in the gateway?", "How does content filtering work?"],
     "A content policy is a set of rules that decides which requests and answers are allowed or blocked, for "
     "example harmful content, personal data or prompt injection."),
    (["Does the gateway remove email addresses from prompts?", "Does Sluice mask phone numbers?",
      "What is PII redaction?"],
     "Yes. PII redaction finds personal information such as names, email addresses and phone numbers in a "
     "prompt and masks or pseudonymises it before the model sees it."),
]
