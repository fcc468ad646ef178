"""Every text field of a request, one by one, through a real gateway (SQLite and PostgreSQL) to the
emulated upstream with the official openai client: PII planted in the field never reaches the
upstream when the policy pseudonymizes, the caller gets the value back where the model echoes the
pseudonym, a blocking policy refuses before the upstream is called, and text in a field the policy
does not know is refused (fail closed)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import openai
import pytest

from sluice.policy.fields import INPUT_FIELDS
from tests.gateway.policies.field_gateway import (BACKENDS, EMAIL, EMAIL_PLACEHOLDER, SSN, backend_gateway,
                                                  leaked)
from tests.support.stream_events import logged_events

PII = f"{EMAIL} {SSN}"
CALL = {"id": "call_1", "type": "function", "function": {"name": "send", "arguments": ""}}


def _user(text: str = "hello") -> list[dict]:
    return [{"role": "user", "content": text}]


def _args(value: str) -> str:
    return json.dumps({"to": value, "count": 2})


def _tools(description: str = "Sends mail", schema_value: str = "an address") -> list[dict]:
    return [{"type": "function", "function": {"name": "send", "description": description, "parameters": {
        "type": "object", "required": ["to"],
        "properties": {"to": {"type": "string", "description": schema_value, "enum": [schema_value],
                              "default": schema_value}, "count": {"type": "integer"}}}}}]


@dataclass(frozen=True)
class Case:
    field: str | tuple  # the path(s) in sluice.policy.fields.INPUT_FIELDS it covers
    chat: bool
    request: Callable[[str], dict]          # keyword arguments of the openai call, PII planted
    forwarded: Callable[[dict], object]     # the planted field as the upstream received it


CASES = {
    "content": Case("messages.content", True, lambda v: {"messages": _user(f"Write to {v}")},
                    lambda b: b["messages"][0]["content"]),
    "text_part": Case("messages.content.text", True,
                      lambda v: {"messages": [{"role": "user", "content": [{"type": "text", "text": f"To {v}"}]}]},
                      lambda b: b["messages"][0]["content"][0]["text"]),
    "input_text_part": Case("messages.content.text", True, lambda v: {
        "messages": [{"role": "user", "content": [{"type": "input_text", "text": f"To {v}"}]}]},
        lambda b: b["messages"][0]["content"][0]["text"]),
    "refusal_part": Case("messages.content.refusal", True, lambda v: {"messages": _user() + [
        {"role": "assistant", "content": [{"type": "refusal", "refusal": f"Not for {v}"}]}] + _user("ok")},
        lambda b: b["messages"][1]["content"][0]["refusal"]),
    "refusal": Case("messages.refusal", True, lambda v: {"messages": _user() + [
        {"role": "assistant", "content": None, "refusal": f"Not for {v}"}] + _user("ok")},
        lambda b: b["messages"][1]["refusal"]),
    "reasoning_content": Case("messages.reasoning_content", True, lambda v: {"messages": _user() + [
        {"role": "assistant", "content": "ok", "reasoning_content": f"The user is {v}"}] + _user("go")},
        lambda b: b["messages"][1]["reasoning_content"]),
    "name": Case("messages.name", True, lambda v: {"messages": [{"role": "user", "content": "hi", "name": v}]},
                 lambda b: b["messages"][0]["name"]),
    "tool_call_arguments": Case("messages.tool_calls.function.arguments", True, lambda v: {"messages": _user() + [
        {"role": "assistant", "content": None,
         "tool_calls": [dict(CALL, function={"name": "send", "arguments": _args(v)})]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sent"}], "tools": _tools()},
        lambda b: json.loads(b["messages"][1]["tool_calls"][0]["function"]["arguments"])["to"]),
    "tool_call_ids": Case(("messages.tool_calls.id", "messages.tool_call_id"), True, lambda v: {"messages": _user() + [
        {"role": "assistant", "content": None, "tool_calls": [dict(CALL, id=v, function={"name": "send",
                                                                                          "arguments": "{}"})]},
        {"role": "tool", "tool_call_id": v, "content": "sent"}], "tools": _tools()},
        lambda b: [b["messages"][1]["tool_calls"][0]["id"], b["messages"][2]["tool_call_id"]]),
    "function_call_arguments": Case("messages.function_call.arguments", True, lambda v: {"messages": _user() + [
        {"role": "assistant", "content": None, "function_call": {"name": "send", "arguments": _args(v)}},
        {"role": "function", "name": "send", "content": "sent"}],
        "functions": [_tools()[0]["function"]]},
        lambda b: json.loads(b["messages"][1]["function_call"]["arguments"])["to"]),
    "tool_description": Case("tools.function.description", True,
                             lambda v: {"messages": _user(), "tools": _tools(description=f"Mails {v}")},
                             lambda b: b["tools"][0]["function"]["description"]),
    "tool_schema": Case("tools.function.parameters", True,
                        lambda v: {"messages": _user(), "tools": _tools(schema_value=v)},
                        lambda b: b["tools"][0]["function"]["parameters"]["properties"]["to"]),
    "function_definition": Case(("functions.description", "functions.parameters"), True, lambda v: {
        "messages": _user(), "functions": [dict(_tools(f"Mails {v}", v)[0]["function"])]},
        lambda b: b["functions"][0]),
    "response_format_schema": Case(("response_format.json_schema.schema", "response_format.json_schema.description"), True, lambda v: {
        "messages": _user(), "response_format": {"type": "json_schema", "json_schema": {
            "name": "mail", "description": f"A mail to {v}",
            "schema": {"type": "object", "properties": {"to": {"type": "string", "const": v}}}}}},
        lambda b: b["response_format"]["json_schema"]),
    "stop": Case("stop", True, lambda v: {"messages": _user(f"Write to {EMAIL}"), "stop": [EMAIL, SSN]},
                 lambda b: b["stop"]),
    "user": Case("user", True, lambda v: {"messages": _user(), "user": EMAIL}, lambda b: b["user"]),
    "metadata": Case("metadata", True, lambda v: {"messages": _user(), "metadata": {"owner": EMAIL, "ssn": SSN}},
                     lambda b: b["metadata"]),
    "prompt": Case("prompt", False, lambda v: {"prompt": f"Write to {v}"}, lambda b: b["prompt"]),
    "prompt_list": Case("prompt", False, lambda v: {"prompt": ["hello", f"Write to {v}"]}, lambda b: b["prompt"][1]),
    "suffix": Case("suffix", False, lambda v: {"prompt": "Dear", "suffix": f"Regards, {v}"}, lambda b: b["suffix"]),
    "completions_stop": Case("stop", False, lambda v: {"prompt": f"Write to {EMAIL}", "stop": EMAIL},
                             lambda b: b["stop"]),
    "completions_user": Case("user", False, lambda v: {"prompt": "hi", "user": EMAIL}, lambda b: b["user"]),
}


@pytest.fixture(scope="module", params=BACKENDS)
def gw(request):
    return backend_gateway(request)


def _call(gw, case: Case, *, stream: bool, **extra):
    client = gw.client()
    kwargs = dict(case.request(PII), model=gw.model, **extra)
    if stream:
        kwargs["stream"] = True
    api = client.chat.completions if case.chat else client.completions
    reply = api.create(**kwargs)
    if not stream:
        return reply.choices[0].message.content if case.chat else reply.choices[0].text
    pieces = [(c.choices[0].delta.content if case.chat else c.choices[0].text) or "" for c in reply if c.choices]
    return "".join(pieces)


def test_every_input_field_of_the_table_has_a_case():
    covered = set()
    for case in CASES.values():
        covered.update([case.field] if isinstance(case.field, str) else case.field)
    assert {f.path for f in INPUT_FIELDS} == covered


@pytest.mark.parametrize("stream", [False, True], ids=["whole", "stream"])
@pytest.mark.parametrize("name", list(CASES))
def test_pii_in_the_field_is_pseudonymized_before_the_upstream_and_restored_for_the_caller(gw, name, stream):
    case = CASES[name]
    gw.use("pseudonymize")
    gw.reset(reply={("content" if case.chat else "text"): f"Done for {EMAIL_PLACEHOLDER}."})
    answer = _call(gw, case, stream=stream)
    (forwarded,) = gw.upstream_requests
    assert leaked(forwarded) == []
    assert "<EMAIL_ADDRESS_1>" in json.dumps(case.forwarded(forwarded))
    assert answer == f"Done for {EMAIL}."


@pytest.mark.parametrize("name", list(CASES))
def test_pii_in_the_field_is_refused_before_the_upstream_when_the_policy_blocks(gw, name):
    gw.use("block_input")
    gw.reset()
    with pytest.raises(openai.BadRequestError) as caught:
        _call(gw, CASES[name], stream=False)
    assert caught.value.code == "pii_blocked"
    assert gw.upstream_requests == []
    assert leaked(caught.value.message) == []


def test_tool_schemas_stay_valid_schemas_with_every_string_value_pseudonymized(gw):
    gw.use("pseudonymize")
    gw.reset()
    _call(gw, CASES["tool_schema"], stream=False)
    (forwarded,) = gw.upstream_requests
    to = forwarded["tools"][0]["function"]["parameters"]["properties"]["to"]
    assert to == {"type": "string", "description": EMAIL_PLACEHOLDER + " <US_SSN_1>",
                  "enum": [EMAIL_PLACEHOLDER + " <US_SSN_1>"], "default": EMAIL_PLACEHOLDER + " <US_SSN_1>"}
    assert forwarded["tools"][0]["function"]["parameters"]["required"] == ["to"]


def test_stop_sequences_get_the_same_pseudonyms_as_the_text_they_stop(gw):
    gw.use("pseudonymize")
    gw.reset()
    _call(gw, CASES["stop"], stream=False)
    (forwarded,) = gw.upstream_requests
    assert forwarded["messages"][0]["content"] == f"Write to {EMAIL_PLACEHOLDER}"
    assert forwarded["stop"] == [EMAIL_PLACEHOLDER, "<US_SSN_1>"]


@pytest.mark.parametrize("extra, param", [
    ({"my_notes": f"call {EMAIL}"}, "my_notes"),
    ({"prediction": {"content": [{"text": f"Dear {EMAIL}"}]}}, "prediction.content.0.text"),
    ({"messages": [{"role": "user", "content": "hi", "notes": EMAIL}]}, "messages.0.notes"),
    ({"messages": [{"role": "user", "content": [{"type": "text", "text": "hi", "note": EMAIL}]}]},
     "messages.0.content.0.note"),
    ({"tools": [{"type": "function", "function": {"name": "send", "examples": [EMAIL]}}]},
     "tools.0.function.examples"),
], ids=["top_level", "nested", "message_key", "content_part_key", "tool_key"])
def test_text_in_a_field_the_policy_does_not_know_is_refused_and_never_forwarded(gw, extra, param):
    gw.use("pseudonymize")
    gw.reset()
    body = {"messages": _user(), **extra}
    with pytest.raises(openai.BadRequestError) as caught:
        gw.client().chat.completions.create(model=gw.model, messages=body.pop("messages"), extra_body=body)
    assert caught.value.code == "unscannable_field"
    assert caught.value.param == param
    assert leaked(caught.value.message) == [] and gw.upstream_requests == []


def test_unknown_fields_without_text_are_tolerated_and_not_forwarded(gw):
    gw.use("pseudonymize")
    gw.reset()
    gw.client().chat.completions.create(model=gw.model, messages=_user(), extra_body={"store": False, "x_level": 3})
    (forwarded,) = gw.upstream_requests
    assert "x_level" not in forwarded


def test_the_audit_event_keeps_the_user_as_a_keyed_hash(gw):
    gw.use("pseudonymize")
    gw.reset()
    raw = gw.client().chat.completions.with_raw_response.create(model=gw.model, messages=_user(), user=EMAIL)
    again = gw.client().chat.completions.with_raw_response.create(model=gw.model, messages=_user(), user=EMAIL)
    url = gw.harness.settings.database_url
    (event,) = logged_events(url, gw.harness.tenant_id, raw.headers["x-request-id"])
    (second,) = logged_events(url, gw.harness.tenant_id, again.headers["x-request-id"])
    assert event["user"].startswith("hmac-sha256:") and len(event["user"]) == len("hmac-sha256:") + 64
    assert event["user"] == second["user"]  # the same caller is recognisable across events
    assert leaked(event) == []


def test_a_property_named_after_pii_is_renamed_consistently_with_the_schemas_required_list(gw):
    gw.use("pseudonymize")
    gw.reset()
    schema = {"type": "object", "required": [EMAIL], "properties": {EMAIL: {"type": "boolean"}}}
    tools = [{"type": "function", "function": {"name": "send", "parameters": schema}}]
    gw.client().chat.completions.create(model=gw.model, messages=_user(), tools=tools)
    (forwarded,) = gw.upstream_requests
    parameters = forwarded["tools"][0]["function"]["parameters"]
    assert parameters == {"type": "object", "required": [EMAIL_PLACEHOLDER],
                          "properties": {EMAIL_PLACEHOLDER: {"type": "boolean"}}}


def test_thinking_options_are_forwarded_to_an_upstream_as_sent(gw):
    gw.use("pseudonymize")
    gw.reset()
    gw.client().chat.completions.create(model=gw.model, messages=_user(), reasoning_effort="max",
                                        extra_body={"thinking": {"type": "enabled"},
                                                    "chat_template_kwargs": {"thinking": True}})
    (forwarded,) = gw.upstream_requests
    assert forwarded["reasoning_effort"] == "max" and forwarded["thinking"] == {"type": "enabled"}
    assert forwarded["chat_template_kwargs"] == {"thinking": True}


def test_a_reasoning_effort_outside_its_vocabulary_is_refused_and_never_forwarded(gw):
    gw.use("pseudonymize")
    gw.reset()
    with pytest.raises(openai.BadRequestError) as caught:
        gw.client().chat.completions.create(model=gw.model, messages=_user(), reasoning_effort=EMAIL)
    assert caught.value.code == "invalid_reasoning_effort" and caught.value.param == "reasoning_effort"
    assert leaked(caught.value.message) == [] and gw.upstream_requests == []
