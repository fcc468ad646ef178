"""/v1/completions and /v1/models with the openai client."""

from __future__ import annotations

import openai
import pytest


@pytest.fixture(scope="module")
def model(gateway, upstreams):
    name = gateway.model("text")
    gateway.add_provider("text-main", base_url=upstreams[0][1].url + "/v1", models=[name, gateway.model("extra")])
    return name


def test_completion_returns_text_and_usage(oai, model, emu):
    result = oai.completions.create(model=model, prompt="#say:the answer", max_tokens=16)
    assert result.object == "text_completion"
    assert result.choices[0].text == "the answer"
    assert result.usage.completion_tokens == 2


def test_completion_logprobs_number(oai, model, emu):
    result = oai.completions.create(model=model, prompt="#say:u v w", logprobs=2)
    logprobs = result.choices[0].logprobs
    assert logprobs.tokens == ["u", " v", " w"] and logprobs.text_offset == [0, 1, 3]
    assert all(len(top) == 2 for top in logprobs.top_logprobs)


def test_completion_params_and_token_prompts_are_forwarded(oai, model, emu):
    oai.completions.create(model=model, prompt=[1, 2, 3], max_tokens=4, n=2, seed=5, stop=["\n"], echo=False,
                           user="someone", temperature=0)
    sent = emu[0][0].state.requests[-1]
    assert sent["prompt"] == [1, 2, 3] and sent["n"] == 2 and sent["seed"] == 5 and sent["user"] == "someone"
    assert sent["stop"] == ["\n"] and sent["temperature"] == 0 and sent["max_tokens"] == 4


def test_completion_max_tokens_gives_length(oai, model, emu):
    result = oai.completions.create(model=model, prompt="go", max_tokens=2)
    assert result.choices[0].finish_reason == "length" and len(result.choices[0].text.split()) == 2


def test_models_lists_what_the_tenant_can_reach(oai, model, gateway):
    ids = {m.id for m in oai.models.list()}
    assert {model, gateway.model("extra")} <= ids


def test_model_retrieve_and_unknown_model(oai, model):
    assert oai.models.retrieve(model).id == model
    with pytest.raises(openai.NotFoundError):
        oai.models.retrieve("not-a-model")


def test_models_need_a_valid_key(gateway):
    client = openai.OpenAI(base_url=gateway.base_url, api_key="sk-slc-wrong", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as caught:
        client.models.list()
    assert caught.value.code == "invalid_api_key"
