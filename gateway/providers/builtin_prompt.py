"""A chat request as the built-in engine's prompt: the messages (text, reasoning, tool calls and tool
results), the tools and the thinking mode, rendered by the model's chat template with every message's
text encoded as ordinary text.

Options the engine cannot honour are refused (``unsupported_parameter``) rather than ignored: tools
with a model whose replies Sluice cannot parse into tool calls, a forced ``tool_choice``, structured
output and legacy ``functions``.
"""

from __future__ import annotations

from sluice.inference.chat.templates import DEEPSEEK_V4
from sluice.inference.chat.thinking import ThinkingMode, resolve_thinking
from sluice.inference.chat.v4_format import template_messages

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.providers.failures import REJECTED, ProviderFailure

TOOL_FORMATS = (DEEPSEEK_V4,)  # chat formats whose replies are parsed into tool calls


def text_of(content) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    return "".join(part.get("text", "") for part in content
                   if isinstance(part, dict) and part.get("type") == "text")


def _message(m: dict) -> dict:
    out = {"role": m.get("role"), "content": text_of(m.get("content"))}
    for key in ("reasoning_content", "tool_call_id", "name"):
        if isinstance(m.get(key), str):
            out[key] = m[key]
    if m.get("tool_calls"):
        out["tool_calls"] = [{"id": c.get("id"), "type": "function",
                              "function": {"name": (c.get("function") or {}).get("name"),
                                           "arguments": (c.get("function") or {}).get("arguments") or "{}"}}
                             for c in m["tool_calls"]]
    return out


def _refuse(what: str, why: str = "is not supported by the built-in engine") -> ProviderFailure:
    return ProviderFailure(REJECTED, f"'{what}' {why}", status=400, code=ErrorCode.UNSUPPORTED_PARAMETER)


def _tools(body: dict, chat_format: str | None) -> list[dict] | None:
    if body.get("functions"):
        raise _refuse("functions", "is not supported by the built-in engine; use tools")
    response_format = body.get("response_format") or {}
    if response_format.get("type") not in (None, "text"):
        raise _refuse("response_format")
    choice = body.get("tool_choice")
    if not body.get("tools") or choice == "none":
        return None
    if chat_format not in TOOL_FORMATS:
        raise _refuse("tools", "needs a model whose tool calls the built-in engine can read (DeepSeek-V4)")
    if choice not in (None, "auto"):
        raise _refuse("tool_choice", "other than auto or none is not supported by the built-in engine")
    return body["tools"]


def chat_mode(body: dict) -> ThinkingMode:
    """The thinking mode of a (checked) chat request."""
    return resolve_thinking(reasoning_effort=body.get("reasoning_effort"), thinking=body.get("thinking"),
                            chat_template_kwargs=body.get("chat_template_kwargs"))


def chat_prompt(body: dict, tokenizer, chat_format: str | None) -> list[int]:
    """Token ids of a chat request's prompt."""
    tools = _tools(body, chat_format)
    messages = [_message(m) for m in body["messages"]]
    if chat_format == DEEPSEEK_V4:
        messages = template_messages(messages)
    return tokenizer.encode_chat(messages, add_generation_prompt=True, tools=tools,
                                 **chat_mode(body).template_kwargs())
