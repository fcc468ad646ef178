"""DeepSeek-V4 chat through the gateway's built-in engine with the official openai client: the thinking
mode a request selects reaches the engine as the rendered V4 prompt, and the reply comes back as
``reasoning_content``, ``content`` and ``tool_calls`` (whole and streamed) the way DeepSeek's API
returns them."""

from __future__ import annotations

import json
from contextlib import contextmanager

import openai
import pytest

from tests.conftest import make_settings
from tests.gateway.providers.scripted_engine import ScriptedEngine
from tests.inference.chat.test_v4_template import AGENT, WEATHER, render
from tests.inference.chat.v4_tokenizer import write_v4_tokenizer
from tests.gateway.policies.conftest import put_in_force
from tests.gateway.policies.field_gateway import EMAIL, policy_text
from tests.support.builtin_gateway import builtin_harness

torch = pytest.importorskip("torch")

REPLY = ("The user wants the weather.</think>Checking.\n\n<｜DSML｜tool_calls>\n"
         "<｜DSML｜invoke name=\"get_weather\">\n"
         "<｜DSML｜parameter name=\"city\" string=\"true\">Paris</｜DSML｜parameter>\n"
         "<｜DSML｜parameter name=\"days\" string=\"false\">2</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
         "</｜DSML｜tool_calls><｜end▁of▁sentence｜>")
ASK = [{"role": "user", "content": "Weather in Paris?"}]


@pytest.fixture(scope="module")
def v4_dir(tmp_path_factory):
    from tests.inference.reference_v4 import build_v4

    torch.set_num_threads(2)
    path = tmp_path_factory.mktemp("models") / "tiny-v4"
    build_v4("v4_mixed", path)
    write_v4_tokenizer(path)  # and no chat template: the engine uses the V4 template it ships
    config = json.loads((path / "config.json").read_text())
    config["max_position_embeddings"] = 4096  # room for the tool instructions (one token per character here)
    (path / "config.json").write_text(json.dumps(config))
    return path


@pytest.fixture(scope="module")
def gateway(v4_dir, sqlite_url):
    with builtin_harness(v4_dir, sqlite_url, make_settings, served_name="tiny-v4", model="v4") as harness:
        yield harness


@pytest.fixture
def client(gateway):
    return openai.OpenAI(base_url=gateway.base_url, api_key=gateway.key, max_retries=0, timeout=120)


@contextmanager
def scripted_replies(harness):
    holder = harness.ctx.engine_holder
    real = holder.engine
    holder.engine = script = ScriptedEngine(real, [])
    try:
        yield script
    finally:
        holder.engine = real


@pytest.fixture
def scripted(gateway):
    with scripted_replies(gateway) as script:
        yield script


class Spy:
    """The real engine, recording the prompts it is given."""

    def __init__(self, engine):
        self.engine, self.prompts = engine, []

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def generate(self, prompt, *args, **kwargs):
        self.prompts.append(prompt)
        return self.engine.generate(prompt, *args, **kwargs)


@pytest.mark.parametrize("options, mode", [
    (dict(reasoning_effort="max"), "think max"),
    (dict(extra_body={"thinking": {"type": "enabled"}}), "think high"),
    (dict(extra_body={"chat_template_kwargs": {"thinking": False}}), "non-think"),
])
def test_the_thinking_mode_reaches_the_real_engine_as_the_rendered_v4_prompt(gateway, client, options, mode):
    holder = gateway.ctx.engine_holder
    real = holder.engine
    holder.engine = spy = Spy(real)
    try:
        client.chat.completions.create(model=gateway.model("v4"), messages=AGENT, tools=[WEATHER], max_tokens=3,
                                       temperature=0, **options)
    finally:
        holder.engine = real
    (prompt,) = spy.prompts
    assert real.tokenizer.decode(prompt, skip_special_tokens=False) == render(AGENT, mode, tools=[WEATHER])


def test_reasoning_and_tool_calls_come_back_in_openai_form(gateway, client, scripted):
    scripted.replies.append(REPLY)
    result = client.chat.completions.create(model=gateway.model("v4"), messages=ASK, tools=[WEATHER],
                                            reasoning_effort="high")
    choice = result.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.reasoning_content == "The user wants the weather."
    assert choice.message.content == "Checking."
    (call,) = choice.message.tool_calls
    assert call.type == "function" and call.function.name == "get_weather" and call.id
    assert json.loads(call.function.arguments) == {"city": "Paris", "days": 2}
    rendered = scripted.tokenizer.decode(scripted.prompts[0], skip_special_tokens=False)
    assert rendered == render(ASK, "think high", tools=[WEATHER])


def test_streamed_reasoning_content_and_tool_call_deltas(gateway, client, scripted):
    scripted.replies.append(REPLY)
    chunks = list(client.chat.completions.create(model=gateway.model("v4"), messages=ASK, tools=[WEATHER],
                                                 stream=True, extra_body={"thinking": {"type": "enabled"}}))
    deltas = [c.choices[0].delta for c in chunks if c.choices]
    reasoning = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
    content = "".join(d.content or "" for d in deltas)
    calls = [call for d in deltas for call in (d.tool_calls or [])]
    assert reasoning == "The user wants the weather." and content == "Checking."
    assert len(deltas) > 3  # streamed piece by piece, not in one chunk
    first, rest = calls[0], calls[1:]
    assert (first.index, first.id, first.type, first.function.name) == (0, first.id, "function", "get_weather")
    assert first.id and len(rest) > 3  # then the arguments in fragments, under the same index only
    assert all(c.index == 0 and c.id is None and c.function.name is None for c in rest)
    arguments = "".join(c.function.arguments or "" for c in calls)
    assert json.loads(arguments) == {"city": "Paris", "days": 2}
    assert [c.choices[0].finish_reason for c in chunks if c.choices][-1] == "tool_calls"
    kinds = [k for d in deltas for k in ("reasoning_content", "content") if getattr(d, k, None)]
    assert kinds == sorted(kinds, key=lambda k: k == "content")  # all reasoning before any answer


def test_the_openai_client_assembles_streamed_tool_calls(gateway, client, scripted):
    """Two calls, arguments arriving as they are generated: the client's stream helper puts each call
    together from its fragments (as it does for OpenAI's own streams)."""
    scripted.replies.append(
        "Checking both.\n\n<｜DSML｜tool_calls>\n<｜DSML｜invoke name=\"get_weather\">\n"
        "<｜DSML｜parameter name=\"city\" string=\"true\">Saint-Etienne \"centre\"</｜DSML｜parameter>\n"
        "<｜DSML｜parameter name=\"days\" string=\"false\">3</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
        "<｜DSML｜invoke name=\"get_weather\">\n"
        "<｜DSML｜parameter name=\"city\" string=\"true\">Lyon</｜DSML｜parameter>\n</｜DSML｜invoke>\n"
        "</｜DSML｜tool_calls><｜end▁of▁sentence｜>")
    with client.chat.completions.stream(model=gateway.model("v4"), messages=ASK, tools=[WEATHER],
                                        extra_body={"thinking": {"type": "disabled"}}) as stream:
        events = list(stream)
        final = stream.get_final_completion()
    fragments = [e for e in events if e.type == "tool_calls.function.arguments.delta"]
    assert len(fragments) > 10 and {e.index for e in fragments} == {0, 1}
    done = [(e.index, e.name, json.loads(e.arguments)) for e in events
            if e.type == "tool_calls.function.arguments.done"]
    want = [{"city": "Saint-Etienne \"centre\"", "days": 3}, {"city": "Lyon"}]
    assert done == [(0, "get_weather", want[0]), (1, "get_weather", want[1])]
    choice = final.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content == "Checking both."
    assert [json.loads(c.function.arguments) for c in choice.message.tool_calls] == want
    assert len({c.id for c in choice.message.tool_calls}) == 2


def test_a_non_think_reply_is_all_content(gateway, client, scripted):
    scripted.replies.append("Sunny, 21 degrees.<｜end▁of▁sentence｜>")
    message = client.chat.completions.create(model=gateway.model("v4"), messages=ASK).choices[0].message
    assert message.content == "Sunny, 21 degrees." and getattr(message, "reasoning_content", None) is None
    assert message.tool_calls is None


@pytest.mark.parametrize("options, param", [
    (dict(reasoning_effort="extreme"), "reasoning_effort"),
    (dict(extra_body={"thinking": {"type": "disabled"}}, reasoning_effort="high"), "thinking.type"),
])
def test_bad_thinking_options_are_refused_with_a_stable_code(gateway, client, options, param):
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=gateway.model("v4"), messages=ASK, **options)
    assert caught.value.code == "invalid_reasoning_effort" and caught.value.param == param


def test_a_forced_tool_choice_is_refused_not_ignored(gateway, client):
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(model=gateway.model("v4"), messages=ASK, tools=[WEATHER],
                                       tool_choice="required")
    assert caught.value.code == "unsupported_parameter" and "tool_choice" in caught.value.message


MASK_EMAILS = policy_text("{enabled: false}", "{entities: {EMAIL_ADDRESS: {action: mask}}}")


@pytest.fixture(scope="module")
def governed(v4_dir, sqlite_url):
    with builtin_harness(v4_dir, sqlite_url, make_settings, served_name="tiny-v4", model="v4", governed=True,
                         policy_refresh_s=0.0) as harness:
        put_in_force(harness, MASK_EMAILS)
        yield harness


@pytest.mark.parametrize("stream", [False, True])
def test_the_output_policy_reads_reasoning_and_tool_arguments_of_the_builtin_engine(governed, stream):
    reply = REPLY.replace("The user wants the weather.", f"Mail {EMAIL} later.").replace("Paris", EMAIL)
    client = openai.OpenAI(base_url=governed.base_url, api_key=governed.key, max_retries=0, timeout=120)
    with scripted_replies(governed) as script:
        script.replies.append(reply)
        result = client.chat.completions.create(model=governed.model("v4"), messages=ASK, tools=[WEATHER],
                                                reasoning_effort="high", stream=stream)
        if stream:
            deltas = [c.choices[0].delta for c in result if c.choices]
            reasoning = "".join(getattr(d, "reasoning_content", None) or "" for d in deltas)
            arguments = "".join(c.function.arguments or "" for d in deltas for c in (d.tool_calls or []))
        else:
            message = result.choices[0].message
            reasoning, arguments = message.reasoning_content, message.tool_calls[0].function.arguments
    assert EMAIL not in reasoning and reasoning.startswith("Mail ") and reasoning.endswith(" later.")
    assert EMAIL not in arguments and json.loads(arguments)["days"] == 2


def test_the_stand_alone_engine_server_takes_tools_for_a_v4_model(v4_dir):
    from sluice.gateway.engine_server import create_engine_app
    from tests.support.builtin_gateway import wait_ready
    from tests.support.servers import ServerThread

    with ServerThread(create_engine_app(v4_dir, served_name="tiny-v4")) as server:
        wait_ready(server.url)
        engine = openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=120)
        result = engine.chat.completions.create(model="tiny-v4", messages=ASK, tools=[WEATHER], max_tokens=2,
                                                reasoning_effort="max")
    assert result.choices[0].finish_reason in ("length", "stop", "tool_calls")
    assert result.usage.prompt_tokens > 1000  # the tool instructions and the think-max instruction went in
