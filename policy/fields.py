"""Every text field of the OpenAI wire format the policy reads, in one table, and how each is treated.

A request body is walked once: each string in it lands at a *field path* (dict keys joined by ``.``,
list positions left out: ``messages.content.text`` is the text of any content part of any message).
The path says what the string is:

- a **scanned** field (:data:`INPUT_FIELDS`): the input guardrails read it and may rewrite it (redact,
  mask, hash, pseudonymize) before it is forwarded;
- an **option** (:data:`OPTIONS`): a model name, an enum word, an id format the API fixes, or a payload
  that is not text (images, audio, files); forwarded as sent or not forwarded at all, never scanned;
- anything else is **unknown**: text the policy cannot place, refused before anything is forwarded
  (:func:`unknown_text`).

Responses are read the same way (:data:`OUTPUT_FIELDS`): every text field of a message (or of a
streamed delta) gets its own output scanner, so pseudonyms are restored and blocks apply everywhere
the model writes text.

Field kinds say how a value is rewritten:

- ``text``: replaced spans in place;
- ``json_text``: a JSON document in a string (tool-call arguments); replacements never contain quotes
  or backslashes, so the document stays valid JSON;
- ``schema``: a JSON value (tool parameter schemas, ``response_format`` schemas): every string value
  below it is scanned on its own; keys, numbers and structure stay as they are;
- ``identifier``: a caller-chosen label (``user``, ``metadata`` values, message ``name``, tool-call
  ids): scanned for PII only, with the same vault as the text, so one value gets one pseudonym
  everywhere it appears.

Roles decide which guardrails read a field (PII reads every role): message fields take their
message's role; tool and schema definitions read as ``system``; identifiers as ``identifier`` (a role no
content, topic or injection check covers).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

CHAT, COMPLETIONS = "chat", "completions"
BOTH = (CHAT, COMPLETIONS)
TEXT, JSON_TEXT, SCHEMA, IDENTIFIER = "text", "json_text", "schema", "identifier"
SYSTEM_ROLE, IDENTIFIER_ROLE, USER_ROLE = "system", "identifier", "user"


@dataclass(frozen=True)
class ScannedField:
    path: str                      # keys joined by "."; "messages.content" covers every message's string content
    endpoints: tuple[str, ...]
    kind: str
    role: str | None               # None: the role of the message the field belongs to
    treatment: str                 # what the policy does with it, for the documentation
    subtree: bool = False          # every string below ``path`` belongs to this field (schemas, metadata)


INPUT_FIELDS: tuple[ScannedField, ...] = (
    ScannedField("messages.content", (CHAT,), TEXT, None, "string content of every message"),
    ScannedField("messages.content.text", (CHAT,), TEXT, None, "`text` and `input_text` content parts"),
    ScannedField("messages.content.refusal", (CHAT,), TEXT, None, "`refusal` content parts"),
    ScannedField("messages.refusal", (CHAT,), TEXT, None, "an assistant message's refusal"),
    ScannedField("messages.reasoning_content", (CHAT,), TEXT, None, "an assistant message's reasoning"),
    ScannedField("messages.tool_calls.function.arguments", (CHAT,), JSON_TEXT, None,
                 "arguments of the tool calls an assistant message made"),
    ScannedField("messages.function_call.arguments", (CHAT,), JSON_TEXT, None,
                 "arguments of a legacy function call"),
    ScannedField("messages.name", (CHAT,), IDENTIFIER, IDENTIFIER_ROLE, "the participant's name"),
    ScannedField("messages.tool_call_id", (CHAT,), IDENTIFIER, IDENTIFIER_ROLE,
                 "the tool call a tool message answers"),
    ScannedField("messages.tool_calls.id", (CHAT,), IDENTIFIER, IDENTIFIER_ROLE, "a tool call's id"),
    ScannedField("tools.function.description", (CHAT,), TEXT, SYSTEM_ROLE, "a tool's description"),
    ScannedField("tools.function.parameters", (CHAT,), SCHEMA, SYSTEM_ROLE,
                 "a tool's parameter JSON schema: every string value (descriptions, enums, defaults, ...)",
                 subtree=True),
    ScannedField("functions.description", (CHAT,), TEXT, SYSTEM_ROLE, "a legacy function's description"),
    ScannedField("functions.parameters", (CHAT,), SCHEMA, SYSTEM_ROLE,
                 "a legacy function's parameter JSON schema: every string value", subtree=True),
    ScannedField("response_format.json_schema.description", (CHAT,), TEXT, SYSTEM_ROLE,
                 "the description of a structured-output schema"),
    ScannedField("response_format.json_schema.schema", (CHAT,), SCHEMA, SYSTEM_ROLE,
                 "a structured-output JSON schema: every string value", subtree=True),
    ScannedField("suffix", (COMPLETIONS,), TEXT, USER_ROLE, "the text after the insertion point"),
    ScannedField("prompt", (COMPLETIONS,), TEXT, USER_ROLE, "the prompt (a string or a list of strings)"),
    ScannedField("stop", BOTH, TEXT, IDENTIFIER_ROLE,
                 "stop sequences, pseudonymized with the same vault as the text they would match"),
    ScannedField("user", BOTH, IDENTIFIER, IDENTIFIER_ROLE, "the end user's id (often an e-mail address)"),
    ScannedField("metadata", BOTH, IDENTIFIER, IDENTIFIER_ROLE, "metadata values (keys are structure)",
                 subtree=True),
)

OPTIONS: dict[str, tuple[str, ...]] = {
    # routing and enum words: fixed vocabularies, not free text
    "model": BOTH, "reasoning_effort": BOTH, "service_tier": BOTH, "modalities": BOTH, "verbosity": BOTH,
    "cache_salt": BOTH,  # the engine server's prefix-cache partition; never forwarded by the gateway
    "messages.role": (CHAT,), "messages.content.type": (CHAT,), "messages.tool_calls.type": (CHAT,),
    "tools.type": (CHAT,), "response_format.type": (CHAT,), "tool_choice": (CHAT,), "function_call": (CHAT,),
    # names the API restricts to [A-Za-z0-9_-]{1,64} (checked by the request schema)
    "tools.function.name": (CHAT,), "functions.name": (CHAT,), "response_format.json_schema.name": (CHAT,),
    "messages.tool_calls.function.name": (CHAT,), "messages.function_call.name": (CHAT,),
    # payloads that are not text: forwarded as sent (a text policy cannot read them)
    "messages.content.image_url": (CHAT,), "messages.content.input_audio": (CHAT,),
    "messages.content.file": (CHAT,), "logit_bias": BOTH,
}
OPTION_SUBTREES = ("tool_choice", "function_call", "messages.content.image_url", "messages.content.input_audio",
                   "messages.content.file", "logit_bias")

OUTPUT_FIELDS: tuple[ScannedField, ...] = (
    ScannedField("choices.message.content", (CHAT,), TEXT, None, "the answer (`delta.content` when streaming)"),
    ScannedField("choices.message.reasoning_content", (CHAT,), TEXT, None,
                 "reasoning (DeepSeek-R1/V4 and others stream it before the answer)"),
    ScannedField("choices.message.refusal", (CHAT,), TEXT, None, "the model's refusal"),
    ScannedField("choices.message.tool_calls.function.arguments", (CHAT,), JSON_TEXT, None,
                 "tool-call arguments, restored across streamed argument deltas"),
    ScannedField("choices.message.function_call.arguments", (CHAT,), JSON_TEXT, None,
                 "legacy function-call arguments"),
    ScannedField("choices.text", (COMPLETIONS,), TEXT, None, "the completion"),
)
OUTPUT_TEXT_KEYS = ("content", "reasoning_content", "refusal")
"""The keys of a chat message (or delta) whose values are plain text, in the order they are scanned."""

_BY_PATH = {f.path: f for f in INPUT_FIELDS}


@dataclass
class Located:
    """One string of a request: where it is, which field it belongs to and what role reads it."""

    path: tuple                    # concrete: ("messages", 2, "content", 0, "text")
    field: ScannedField
    role: str
    text: str


def _leaves(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """(concrete path, string) for every string in ``value`` (iteratively: schemas may nest deep)."""
    stack = [(path, value)]
    while stack:
        where, item = stack.pop()
        if isinstance(item, str):
            yield where, item
        elif isinstance(item, dict):
            stack.extend((where + (k,), v) for k, v in reversed(list(item.items())))
        elif isinstance(item, list):
            stack.extend((where + (i,), v) for i, v in reversed(list(enumerate(item))))


def field_path(path: tuple) -> str:
    return ".".join(str(p) for p in path if not isinstance(p, int))


def display_path(path: tuple) -> str:
    return ".".join(str(p) for p in path)


def _scanned_field(generic: str, endpoint: str) -> ScannedField | None:
    found = _BY_PATH.get(generic)
    if found is None:
        found = next((f for f in INPUT_FIELDS if f.subtree and generic.startswith(f.path + ".")), None)
    return found if found is not None and endpoint in found.endpoints else None


def _is_option(generic: str, endpoint: str) -> bool:
    if endpoint in OPTIONS.get(generic, ()):
        return True
    return any(generic.startswith(root + ".") and endpoint in OPTIONS[root] for root in OPTION_SUBTREES)


def _role(body: dict, path: tuple, field: ScannedField) -> str:
    if field.role is not None:
        return field.role
    if path[0] == "messages" and isinstance(path[1], int):
        role = body["messages"][path[1]].get("role")
        return role if isinstance(role, str) else USER_ROLE
    return USER_ROLE


def input_texts(body: dict, endpoint: str) -> list[Located]:
    """Every scanned string of a request, in the order of :data:`INPUT_FIELDS` (then of the body)."""
    found: list[tuple[int, int, Located]] = []
    order = {f.path: i for i, f in enumerate(INPUT_FIELDS)}
    for n, (path, text) in enumerate(_leaves(body)):
        field = _scanned_field(field_path(path), endpoint)
        if field is not None and text:
            found.append((order[field.path], n, Located(path, field, _role(body, path, field), text)))
    return [located for _, _, located in sorted(found, key=lambda t: (t[0], t[1]))]


def unknown_text(body: dict, endpoint: str) -> str | None:
    """The path of the first string the policy cannot place (neither scanned nor an option), or None."""
    for path, _ in _leaves(body):
        generic = field_path(path)
        if _scanned_field(generic, endpoint) is None and not _is_option(generic, endpoint):
            return display_path(path)
    return None


def with_texts(body: dict, changes: dict[tuple, str]) -> dict:
    """``body`` with the strings at the given concrete paths replaced; containers on a changed path are
    copied, everything else is shared with ``body``."""
    if not changes:
        return body
    out = dict(body)
    for path, text in changes.items():
        holder = out
        for step in path[:-1]:
            child = holder[step]
            child = dict(child) if isinstance(child, dict) else list(child)
            holder[step] = child
            holder = child
        holder[path[-1]] = text
    return out


# -- output ---------------------------------------------------------------------------------------
def message_texts(holder: dict) -> Iterator[tuple[str, str]]:
    """(key, text) of every text field in a chat message or streamed delta: ``content``,
    ``reasoning_content``, ``refusal``, ``tool_calls.<index>`` (arguments) and ``function_call``."""
    for key in OUTPUT_TEXT_KEYS:
        text = holder.get(key)
        if isinstance(text, str) and text:
            yield key, text
    calls = holder.get("tool_calls")
    if isinstance(calls, list):
        for position, call in enumerate(calls):
            function = call.get("function") if isinstance(call, dict) else None
            arguments = function.get("arguments") if isinstance(function, dict) else None
            if isinstance(arguments, str) and arguments:
                yield f"tool_calls.{_call_index(call, position)}", arguments
    function = holder.get("function_call")
    arguments = function.get("arguments") if isinstance(function, dict) else None
    if isinstance(arguments, str) and arguments:
        yield "function_call", arguments


def _call_index(call: dict, position: int) -> int:
    index = call.get("index")
    return index if isinstance(index, int) else position


def set_message_text(holder: dict, key: str, text: str) -> None:
    """Put ``text`` (what may be released) in place of the field ``key`` of a message or delta."""
    if key in OUTPUT_TEXT_KEYS:
        holder[key] = text
    elif key == "function_call":
        holder["function_call"] = dict(holder["function_call"], arguments=text)
    else:
        index = int(key.split(".", 1)[1])
        calls = holder["tool_calls"]
        for position, call in enumerate(calls):
            if _call_index(call, position) == index:
                calls[position] = dict(call, function=dict(call["function"], arguments=text))


def add_message_text(holder: dict, key: str, text: str) -> None:
    """Append ``text`` (held back until the end) to the field ``key`` of a delta, creating it if needed."""
    if key in OUTPUT_TEXT_KEYS:
        holder[key] = (holder.get(key) or "") + text
    elif key == "function_call":
        function = holder.get("function_call") or {}
        holder["function_call"] = dict(function, arguments=(function.get("arguments") or "") + text)
    else:
        index = int(key.split(".", 1)[1])
        calls = holder.setdefault("tool_calls", [])
        for position, call in enumerate(calls):
            if _call_index(call, position) == index:
                function = call.get("function") or {}
                calls[position] = dict(call, function=dict(function, arguments=(function.get("arguments") or "") + text))
                return
        calls.append({"index": index, "function": {"arguments": text}})
