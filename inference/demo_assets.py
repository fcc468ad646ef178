"""Text assets of the `sluice-demo` model: tokenizer training corpus, special tokens, chat template."""

from __future__ import annotations

BOS = "<｜begin▁of▁sentence｜>"
EOS = "<｜end▁of▁sentence｜>"
SPECIAL_TOKENS = [
    BOS,
    EOS,
    "<｜User｜>",
    "<｜Assistant｜>",
    "<｜tool▁calls▁begin｜>",
    "<｜tool▁calls▁end｜>",
    "<｜tool▁call▁begin｜>",
    "<｜tool▁call▁end｜>",
    "<｜tool▁sep｜>",
    "<｜tool▁outputs▁begin｜>",
    "<｜tool▁outputs▁end｜>",
    "<｜tool▁output▁begin｜>",
    "<｜tool▁output▁end｜>",
]

# A DeepSeek-V3-style template: system text first, then <｜User｜>/<｜Assistant｜> turns, tool calls
# in fenced JSON between tool-call markers, tool results between tool-output markers.
CHAT_TEMPLATE = (
    "{%- macro text(c) -%}{%- if c is string -%}{{ c }}{%- elif c -%}{%- for p in c -%}"
    "{%- if p['type'] == 'text' -%}{{ p['text'] }}{%- endif -%}{%- endfor -%}{%- endif -%}{%- endmacro -%}"
    "{{- bos_token -}}"
    "{%- for m in messages if m['role'] == 'system' -%}{{- text(m['content']) -}}"
    "{%- if not loop.last -%}{{- '\n\n' -}}{%- endif -%}{%- endfor -%}"
    "{%- if tools -%}{{- '\n\n## Tools\nYou may call these functions:' -}}"
    "{%- for t in tools -%}{{- '\n' ~ (t | tojson) -}}{%- endfor -%}{%- endif -%}"
    "{%- for m in messages -%}"
    "{%- if m['role'] == 'user' -%}{{- '<｜User｜>' ~ text(m['content']) -}}"
    "{%- elif m['role'] == 'assistant' -%}{{- '<｜Assistant｜>' ~ text(m['content']) -}}"
    "{%- if m.get('tool_calls') -%}{{- '<｜tool▁calls▁begin｜>' -}}{%- for c in m['tool_calls'] -%}"
    "{%- set args = c['function']['arguments'] -%}"
    "{{- '<｜tool▁call▁begin｜>' ~ (c.get('type') or 'function') ~ '<｜tool▁sep｜>' ~ c['function']['name']"
    " ~ '\n```json\n' ~ (args if args is string else args | tojson) ~ '\n```<｜tool▁call▁end｜>' -}}"
    "{%- endfor -%}{{- '<｜tool▁calls▁end｜>' -}}{%- endif -%}{{- '<｜end▁of▁sentence｜>' -}}"
    "{%- elif m['role'] == 'tool' -%}{{- '<｜tool▁outputs▁begin｜><｜tool▁output▁begin｜>' ~ text(m['content'])"
    " ~ '<｜tool▁output▁end｜><｜tool▁outputs▁end｜>' -}}"
    "{%- elif m['role'] != 'system' -%}{{- raise_exception('unknown role: ' ~ m['role']) -}}"
    "{%- endif -%}{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<｜Assistant｜>' -}}{%- endif -%}"
)

CORPUS = """
Sluice is a gateway that sits between internal applications and large language models. Every request
passes the policy layer: content filters, personal data detection and redaction, residency rules that
decide where data may be processed, and an audit log that an auditor can verify on their own machine.
The inference core runs DeepSeek models with multi-head latent attention and a mixture of experts.
Hello! How can I help you today? Please summarize the following document in three sentences.
The quick brown fox jumps over the lazy dog. A journey of a thousand miles begins with a single step.
What is the capital of France? The capital of France is Paris. What time is it in Tokyo right now?
Write a short poem about the sea, the wind and the light on the water in the early morning.
def add(a, b):
    return a + b

for i in range(10):
    print(i, i * i)

{"role": "user", "content": "Translate to German: good morning"} {"name": "get_weather", "arguments": {}}
Numbers: 0 1 2 3 4 5 6 7 8 9 10 100 1000 2024 3.14159 -42 1e-6. Email: alice@example.com, 555-0100.
Please do not share passwords, keys or customer records. The request was blocked by the policy.
Thank you for your question. Here is a step-by-step answer, followed by a short explanation.
"""

# The `sluice-demo` V4 model: DeepSeek's published V4 chat format. Thinking mode (template variable
# `thinking`) opens the answer with <think>, otherwise the empty reasoning is closed at once; earlier
# assistant turns keep only their answer.
THINK, END_THINK = "<think>", "</think>"
V4_SPECIAL_TOKENS = [BOS, EOS, "<｜User｜>", "<｜Assistant｜>"]
V4_CHAT_TEMPLATE = (
    "{%- macro text(c) -%}{%- if c is string -%}{{ c }}{%- elif c -%}{%- for p in c -%}"
    "{%- if p['type'] == 'text' -%}{{ p['text'] }}{%- endif -%}{%- endfor -%}{%- endif -%}{%- endmacro -%}"
    "{{- bos_token -}}"
    "{%- for m in messages if m['role'] == 'system' -%}{{- text(m['content']) -}}"
    "{%- if not loop.last -%}{{- '\n\n' -}}{%- endif -%}{%- endfor -%}"
    "{%- for m in messages -%}"
    "{%- if m['role'] == 'user' -%}{{- '<｜User｜>' ~ text(m['content']) -}}"
    "{%- elif m['role'] == 'assistant' -%}"
    "{{- '<｜Assistant｜></think>' ~ text(m['content']) ~ '<｜end▁of▁sentence｜>' -}}"
    "{%- elif m['role'] != 'system' -%}{{- raise_exception('unknown role: ' ~ m['role']) -}}"
    "{%- endif -%}{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{- '<｜Assistant｜>' -}}"
    "{%- if thinking -%}{{- '<think>' -}}{%- else -%}{{- '</think>' -}}{%- endif -%}{%- endif -%}"
)
