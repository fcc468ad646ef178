"""Every text field of the OpenAI wire format the policy reads, in one table, and how each is treated.

A request body is walked once: each string in it lands at a *field path* (dict keys joined by ``.``,
list positions left out: ``messages.content.text`` is the text of any content part of any message).
The path says what the string is (:mod:`sluice.policy.request_fields` walks a body):

- a **scanned** field (:data:`INPUT_FIELDS`): the input guardrails read it and may rewrite it (redact,
  mask, hash, pseudonymize) before it is forwarded;
- an **option** (:data:`OPTIONS`): a model name, an enum word, an id format the API fixes, or a payload
  that is not text (images, audio, files); forwarded as sent or not forwarded at all, never scanned;
- anything else is **unknown**: text the policy cannot place, refused before anything is forwarded
  (:func:`unknown_text`).

Responses are read the same way (:data:`OUTPUT_FIELDS`, :mod:`sluice.policy.response_fields`): every text field of a message (or of a
streamed delta) gets its own output scanner, so pseudonyms are restored and blocks apply everywhere
the model writes text.

Field kinds say how a value is rewritten:

- ``text``: replaced spans in place;
- ``json_text``: a JSON document in a string (tool-call arguments); replacements never contain quotes
  or backslashes, so the document stays valid JSON;
- ``schema``: a JSON value (tool parameter schemas, ``response_format`` schemas): every string value
  and every key below it is scanned on its own; a key is renamed in place (same value, same position),
  and since one vault serves the request a property renamed to a pseudonym gets the same one in
  ``required``; numbers and structure stay as they are;
- ``identifier``: a caller-chosen label (``user``, ``metadata`` values, message ``name``, tool-call
  ids): scanned for PII only, with the same vault as the text, so one value gets one pseudonym
  everywhere it appears.

Roles decide which guardrails read a field (PII reads every role): message fields take their
message's role; tool and schema definitions read as ``system``; identifiers as ``identifier`` (a role no
content, topic or injection check covers).
"""

from __future__ import annotations

from dataclasses import dataclass

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
                 "a tool's parameter JSON schema: every string value (descriptions, enums, defaults, ...) and property name",
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
    ScannedField("metadata", BOTH, IDENTIFIER, IDENTIFIER_ROLE, "metadata keys and values", subtree=True),
)

OPTIONS: dict[str, tuple[str, ...]] = {
    # routing and enum words: fixed vocabularies, not free text
    "model": BOTH, "reasoning_effort": BOTH, "service_tier": BOTH, "modalities": BOTH, "verbosity": BOTH,
    "cache_salt": BOTH,  # the engine server's prefix-cache partition; never forwarded by the gateway
    # thinking modes in DeepSeek's and vLLM/SGLang's spellings (checked against their vocabularies)
    "thinking.type": (CHAT,), "chat_template_kwargs.reasoning_effort": (CHAT,),
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

CLOSED: dict[str, frozenset[str]] = {
    "messages.content": frozenset({"type", "text", "refusal", "image_url", "input_audio", "file"}),
    "tools": frozenset({"type", "function"}),
    "tools.function": frozenset({"name", "description", "parameters", "strict"}),
    "functions": frozenset({"name", "description", "parameters", "strict"}),
}
"""Objects the gateway forwards with every key they carry: a key outside these is refused whatever its
value (its name alone is caller text)."""

def markdown_table() -> str:
    """The field list as the README shows it (``python -m sluice.policy.fields`` prints it)."""
    rows = ["| direction | field | endpoints | kind | read with role | treatment |", "|---|---|---|---|---|---|"]
    for direction, table in (("in", INPUT_FIELDS), ("out", OUTPUT_FIELDS)):
        for f in table:
            role = (f.role or "the message's") if direction == "in" else "—"
            rows.append(f"| {direction} | `{f.path}` | {', '.join(f.endpoints)} | {f.kind} | {role} | {f.treatment} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
