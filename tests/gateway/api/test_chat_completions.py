"""/v1/chat/completions through a real gateway to a real emulated upstream, with the openai client."""

from __future__ import annotations

import json

import openai
import pytest


@pytest.fixture(scope="module")
def model(gateway, upstreams):
    name = gateway.model("chat")
    gateway.add_provider("chat-main", base_url=upstreams[0][1].url + "/v1", models=[name], priority=10)
    return name


def hello(content: str = "Hello there") -> list[dict]:
    return [{"role": "system", "content": "Be brief."}, {"role": "user", "content": content}]


def test_chat_completion_returns_openai_shape_with_usage(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello())
    assert result.object == "chat.completion"
    assert result.model == model
    assert result.choices[0].message.role == "assistant"
    assert len(result.choices[0].message.content.split()) == 12
    assert result.choices[0].finish_reason == "stop"
    assert result.usage.prompt_tokens == 4 and result.usage.completion_tokens == 12
    assert result.usage.total_tokens == 16


def test_sampling_parameters_reach_the_upstream_unchanged(oai, model, emu):
    oai.chat.completions.create(model=model, messages=hello(), temperature=0.3, top_p=0.9, seed=7,
                                max_completion_tokens=5, user="u-42", stop=["zzz"], frequency_penalty=0.5,
                                presence_penalty=-0.5)
    sent = emu[0][0].state.requests[-1]
    assert sent["temperature"] == 0.3 and sent["top_p"] == 0.9 and sent["seed"] == 7
    assert sent["max_completion_tokens"] == 5 and sent["user"] == "u-42" and sent["stop"] == ["zzz"]
    assert sent["frequency_penalty"] == 0.5 and sent["presence_penalty"] == -0.5
    assert sent["model"] == model and "stream" not in sent


def test_unknown_fields_are_tolerated_but_not_forwarded(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello(), extra_body={"made_up_field": {"x": 1}},
                                         metadata={"team": "a"}, store=False)
    assert result.choices[0].message.content
    assert "made_up_field" not in emu[0][0].state.requests[-1]


def test_max_tokens_truncates_with_length_finish_reason(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello(), max_tokens=3)
    assert len(result.choices[0].message.content.split()) == 3
    assert result.choices[0].finish_reason == "length"
    assert result.usage.completion_tokens == 3


def test_stop_sequence_ends_the_reply(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello("#say:one two STOP three"), stop="STOP")
    assert result.choices[0].message.content == "one two "
    assert result.choices[0].finish_reason == "stop"


def test_n_returns_that_many_choices_with_their_indexes(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello(), n=3, seed=1)
    assert [c.index for c in result.choices] == [0, 1, 2]
    assert len({c.message.content for c in result.choices}) == 3


def test_same_seed_gives_the_same_reply(oai, model, emu):
    first = oai.chat.completions.create(model=model, messages=hello(), seed=11)
    second = oai.chat.completions.create(model=model, messages=hello(), seed=11)
    other = oai.chat.completions.create(model=model, messages=hello(), seed=12)
    assert first.choices[0].message.content == second.choices[0].message.content
    assert first.choices[0].message.content != other.choices[0].message.content


def test_logprobs_with_top_logprobs(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello("#say:alpha beta"), logprobs=True,
                                         top_logprobs=2)
    content = result.choices[0].logprobs.content
    assert [t.token for t in content] == ["alpha", " beta"]
    assert all(len(t.top_logprobs) == 2 and t.logprob <= 0 for t in content)


def test_tools_are_passed_through_and_tool_calls_come_back(oai, model, emu):
    tools = [{"type": "function", "function": {"name": "get_weather", "description": "Weather",
                                               "parameters": {"type": "object",
                                                              "properties": {"city": {"type": "string"}}}}}]
    result = oai.chat.completions.create(model=model, messages=hello(), tools=tools, tool_choice="auto",
                                         parallel_tool_calls=False)
    call = result.choices[0].message.tool_calls[0]
    assert result.choices[0].finish_reason == "tool_calls"
    assert call.function.name == "get_weather" and json.loads(call.function.arguments) == {"city": "sample"}
    sent = emu[0][0].state.requests[-1]
    assert sent["tools"][0]["function"]["name"] == "get_weather" and sent["tool_choice"] == "auto"
    assert sent["parallel_tool_calls"] is False


def test_tool_results_in_the_conversation_are_accepted(oai, model, emu):
    messages = hello() + [
        {"role": "assistant", "content": None, "tool_calls": [
            {"id": "call_1", "type": "function", "function": {"name": "get_weather", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "sunny"}]
    result = oai.chat.completions.create(model=model, messages=messages)
    assert result.choices[0].message.content
    assert emu[0][0].state.requests[-1]["messages"][3]["tool_call_id"] == "call_1"


def test_legacy_functions_are_passed_through(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello(),
                                         functions=[{"name": "lookup", "parameters": {"type": "object"}}])
    assert result.choices[0].message.function_call.name == "lookup"
    assert result.choices[0].finish_reason == "function_call"


def test_response_format_json_object(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=hello(), response_format={"type": "json_object"})
    assert "answer" in json.loads(result.choices[0].message.content)


def test_content_parts_are_accepted(oai, model, emu):
    result = oai.chat.completions.create(model=model, messages=[
        {"role": "user", "content": [{"type": "text", "text": "#say:from parts"}]}])
    assert result.choices[0].message.content == "from parts"


async def test_async_client(aoai, model, emu):
    result = await aoai.chat.completions.create(model=model, messages=hello("#say:async works"))
    assert result.choices[0].message.content == "async works"


def test_unknown_model_is_model_not_found(oai, emu):
    with pytest.raises(openai.NotFoundError) as caught:
        oai.chat.completions.create(model="no-such-model", messages=hello())
    assert caught.value.code == "model_not_found"
    assert caught.value.body["param"] == "model"
