"""What the emulated model says: deterministic replies, logprobs, tool calls and cue-driven behaviour.

A "token" here is a whitespace-separated word. Cues in the last user message (or the prompt) steer
the reply, for guardrail and evaluation tests:

- ``#refuse``           -> a refusal sentence;
- ``#say:TEXT``         -> exactly TEXT (the rest of the message);
- ``#leak:VALUE``       -> a reply that contains VALUE (e.g. a PII string), also ``#leak:"two words"``;
- a ``CANARY-...`` token -> the model "follows" an injected instruction and repeats the canary.
"""

from __future__ import annotations

import hashlib
import json
import random
import re

REFUSAL_TEXT = "I'm sorry, but I can't help with that request."
# A default reply is a run of words from this paragraph, starting at a random word (wrapping round):
# ordinary text, so the guardrails pass it (tests/gateway/providers/test_emulator_replies.py checks every start).
_WORDS = ("Fresh bread needs flour, water, salt and yeast, mixed into a soft dough and left to rise in a warm "
          "kitchen for about two hours. Shape the loaf, let it rest again, and bake it in a hot oven until the "
          "crust is golden and the base sounds hollow when tapped.").split()
_LEAK = re.compile(r'#leak:(?:"([^"]*)"|(\S+))')
_CANARY = re.compile(r"\bCANARY-[A-Za-z0-9_-]+")


def message_text(content) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    return " ".join(part.get("text", "") for part in content if isinstance(part, dict))


def prompt_text(body: dict) -> str:
    if "messages" in body:
        return "\n".join(message_text(m.get("content")) for m in body["messages"])
    prompt = body.get("prompt")
    if isinstance(prompt, list):
        return " ".join(str(p) for p in prompt)
    return str(prompt or "")


def cue_text(body: dict) -> str:
    if "messages" in body:
        users = [m for m in body["messages"] if m.get("role") == "user"]
        return message_text(users[-1].get("content")) if users else ""
    return prompt_text(body)


def count_tokens(text: str) -> int:
    return len(text.split())


def base_reply(body: dict, index: int, reply_words: int) -> str:
    cue = cue_text(body)
    if "#refuse" in cue:
        return REFUSAL_TEXT
    if "#say:" in cue:
        return cue.split("#say:", 1)[1]
    leak = _LEAK.search(cue)
    if leak:
        return f"Here is the record you asked about: {leak.group(1) or leak.group(2)} is on file."
    canary = _CANARY.search(prompt_text(body))
    if canary:
        return f"As instructed, the code is {canary.group(0)}."
    seed = body.get("seed")
    digest = hashlib.sha256(f"{cue}|{index}|{seed if seed is not None else random.random()}".encode()).digest()
    start = random.Random(digest).randrange(len(_WORDS))
    return default_reply(start, reply_words)


def default_reply(start: int, reply_words: int) -> str:
    """``reply_words`` words of the default paragraph from word ``start`` on, wrapping round."""
    return " ".join(_WORDS[(start + i) % len(_WORDS)] for i in range(reply_words))


def apply_limits(text: str, body: dict) -> tuple[str, str]:
    """Cut at a stop sequence or at max tokens; returns (text, finish_reason)."""
    stops = body.get("stop")
    stops = [stops] if isinstance(stops, str) else list(stops or [])
    finish = "stop"
    cut = min((text.find(s) for s in stops if s and s in text), default=-1)
    if cut >= 0:
        text = text[:cut]
    limit = body.get("max_completion_tokens") or body.get("max_tokens")
    words = text.split(" ")
    if limit is not None and count_tokens(text) > limit:
        kept, seen = [], 0
        for word in words:
            seen += 1 if word else 0
            if seen > limit:
                break
            kept.append(word)
        text, finish = " ".join(kept), "length"
    return text, finish


def tokens_of(text: str) -> list[str]:
    words = text.split(" ")
    return [words[0]] + [" " + w for w in words[1:]] if text else []


def _logprob(position: int, rank: int) -> float:
    return -0.05 - 0.1 * (position % 5) - 0.7 * rank


def chat_logprobs(tokens: list[str], top: int) -> dict:
    content = []
    for i, token in enumerate(tokens):
        alternatives = [token] + [f" alt{r}" for r in range(1, top)]
        content.append({"token": token, "logprob": _logprob(i, 0), "bytes": list(token.encode()),
                        "top_logprobs": [{"token": t, "logprob": _logprob(i, r), "bytes": list(t.encode())}
                                         for r, t in enumerate(alternatives[:top])]})
    return {"content": content, "refusal": None}


def completion_logprobs(tokens: list[str], top: int) -> dict:
    offsets, offset = [], 0
    for token in tokens:
        offsets.append(offset)
        offset += len(token)
    return {"tokens": tokens, "token_logprobs": [_logprob(i, 0) for i in range(len(tokens))],
            "top_logprobs": [{t: _logprob(i, 0), **{f" alt{r}": _logprob(i, r) for r in range(1, top)}}
                             for i, t in enumerate(tokens)] if top else None,
            "text_offset": offsets}


_SAMPLE = {"string": "sample", "number": 1.5, "integer": 1, "boolean": True, "array": [], "object": {}}


def tool_call(body: dict, index: int) -> dict | None:
    """The tool call the emulated model makes, or None when it answers in text."""
    if body.get("tools") and body.get("tool_choice") != "none":
        choice = body.get("tool_choice")
        named = choice.get("function", {}).get("name") if isinstance(choice, dict) else None
        function = next((t["function"] for t in body["tools"] if t["function"]["name"] == named),
                        body["tools"][0]["function"])
    elif body.get("functions") and body.get("function_call") != "none":
        function = body["functions"][0]
    else:
        return None
    props = (function.get("parameters") or {}).get("properties") or {}
    arguments = json.dumps({k: _SAMPLE.get(v.get("type"), "sample") for k, v in props.items()})
    return {"id": f"call_{index}_{function['name']}", "type": "function",
            "function": {"name": function["name"], "arguments": arguments}}


def json_reply(body: dict, text: str) -> str:
    kind = (body.get("response_format") or {}).get("type")
    return json.dumps({"answer": text}) if kind in ("json_object", "json_schema") else text
