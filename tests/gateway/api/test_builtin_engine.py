"""The built-in engine (tiny demo model on CPU): in-process behind the gateway, and stand-alone as
``sluice inference serve`` used by the openai client and registered in a gateway as an upstream."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager

import httpx
import openai
import pytest

from sluice.gateway.database import transaction
from sluice.gateway.engine_server import create_engine_app
from sluice.gateway.keys.service import create_key
from sluice.gateway.pipeline.ungoverned import Ungoverned
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.tenants.service import create_tenant
from tests.support.builtin_gateway import builtin_harness, wait_ready
from tests.support.gateway_harness import GatewayHarness
from tests.support.servers import ServerThread, free_port

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from sluice.inference.random_v3 import write_random_v3

    torch.set_num_threads(2)
    return write_random_v3(tmp_path_factory.mktemp("models") / "sluice-demo")


@pytest.fixture(scope="module")
def engine_app(demo_dir):
    return create_engine_app(demo_dir)


@pytest.fixture(scope="module")
def engine_server(engine_app):
    with ServerThread(engine_app) as server:
        wait_ready(server.url)
        yield server


@pytest.fixture
def engine(engine_server):
    return openai.OpenAI(base_url=engine_server.url + "/v1", api_key="unused", max_retries=0, timeout=60)


def test_engine_server_lists_its_model(engine):
    assert [m.id for m in engine.models.list()] == ["sluice-demo"]


def test_engine_chat_with_usage_and_length_finish(engine):
    result = engine.chat.completions.create(model="sluice-demo", max_tokens=6,
                                            messages=[{"role": "user", "content": "Hello"}])
    assert result.choices[0].finish_reason in ("length", "stop")
    assert result.usage.completion_tokens <= 6 and result.usage.prompt_tokens > 0
    assert result.usage.total_tokens == result.usage.prompt_tokens + result.usage.completion_tokens


def test_engine_seed_makes_sampling_repeatable(engine):
    def run(seed):
        return engine.chat.completions.create(model="sluice-demo", max_tokens=8, seed=seed, temperature=1.0,
                                              messages=[{"role": "user", "content": "Tell me"}],
                                              ).choices[0].message.content
    assert run(3) == run(3)


def test_engine_n_and_logprobs(engine):
    result = engine.chat.completions.create(model="sluice-demo", max_tokens=4, n=2, logprobs=True, top_logprobs=3,
                                            messages=[{"role": "user", "content": "Hi"}])
    assert [c.index for c in result.choices] == [0, 1]
    for choice in result.choices:
        assert choice.logprobs.content and all(len(t.top_logprobs) == 3 for t in choice.logprobs.content)
        assert all(t.logprob <= 0 for t in choice.logprobs.content)


def test_engine_streams_the_same_text_as_its_usage_says(engine):
    chunks = list(engine.completions.create(model="sluice-demo", prompt="Once upon", max_tokens=5, stream=True,
                                            stream_options={"include_usage": True}, temperature=0))
    whole = engine.completions.create(model="sluice-demo", prompt="Once upon", max_tokens=5, temperature=0)
    assert "".join(c.choices[0].text for c in chunks if c.choices) == whole.choices[0].text
    assert chunks[-1].usage.completion_tokens == whole.usage.completion_tokens


async def test_engine_async_streaming_chat(engine_server):
    client = openai.AsyncOpenAI(base_url=engine_server.url + "/v1", api_key="unused", max_retries=0)
    stream = await client.chat.completions.create(model="sluice-demo", max_tokens=4, stream=True,
                                                  messages=[{"role": "user", "content": "Hi"}])
    chunks = [c async for c in stream]
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason in ("length", "stop")


def test_engine_refuses_tools_clearly(engine):
    with pytest.raises(openai.BadRequestError) as caught:
        engine.chat.completions.create(model="sluice-demo", messages=[{"role": "user", "content": "Hi"}],
                                       tools=[{"type": "function", "function": {"name": "f"}}])
    assert caught.value.code == "tools_not_supported"


@pytest.mark.parametrize("option", [{"echo": True}, {"suffix": "end"}, {"best_of": 3},
                                    {"logit_bias": {"5": 10}}, {"presence_penalty": 0.5}])
def test_engine_refuses_options_it_cannot_honour(engine, option):
    with pytest.raises(openai.BadRequestError) as caught:
        engine.completions.create(model="sluice-demo", prompt="Hi", max_tokens=2, **option)
    assert caught.value.code == "unsupported_parameter" and next(iter(option)) in caught.value.message


def test_engine_rejects_a_prompt_longer_than_the_context(engine):
    with pytest.raises(openai.BadRequestError) as caught:
        engine.completions.create(model="sluice-demo", prompt=list(range(5000)), max_tokens=2)
    assert caught.value.code == "invalid_request"  # the inference core's own codes stay inside the engine


def test_gateway_uses_the_engine_server_as_an_openai_upstream(engine_server, sqlite_url, settings_factory):
    harness = GatewayHarness(sqlite_url, settings_factory, guardrails=Ungoverned()).start()
    try:
        model = harness.model("remote-demo")
        harness.add_provider("gpu-box", base_url=engine_server.url + "/v1", models=[model],
                             model_map={model: "sluice-demo"}, supports_tools=False)
        client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0)
        chunks = list(client.chat.completions.create(model=model, max_tokens=4, stream=True,
                                                     messages=[{"role": "user", "content": "Hi"}]))
        assert chunks[-1].choices[0].finish_reason in ("length", "stop") and chunks[0].model == model
    finally:
        harness.stop()


@pytest.fixture
def builtin_gateway(demo_dir, sqlite_url, settings_factory):
    with builtin_harness(demo_dir, sqlite_url, settings_factory, served_name="sluice-demo",
                         model="local-demo") as harness:
        yield harness


def test_gateway_serves_the_builtin_engine_in_process(builtin_gateway):
    harness, model = builtin_gateway, builtin_gateway.model("local-demo")
    checks = httpx.get(f"{harness.server.url}/readyz").json()["checks"]
    assert checks["builtin_engine"]["ok"] and checks["providers"]["ok"]
    client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0)
    result = client.chat.completions.create(model=model, max_tokens=3,
                                            messages=[{"role": "user", "content": "Hi"}])
    assert result.usage.completion_tokens <= 3 and result.model == model


def test_a_crashed_engine_process_is_replaced_and_the_gateway_keeps_serving(builtin_gateway):
    harness, model = builtin_gateway, builtin_gateway.model("local-demo")
    holder = harness.ctx.engine_holder
    assert holder.process and holder.engine.pid != os.getpid()
    client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=60)
    os.kill(holder.engine.pid, 9)
    deadline = time.monotonic() + 120
    while holder.restarts == 0 and time.monotonic() < deadline:
        assert httpx.get(f"{harness.server.url}/healthz").status_code == 200  # the server itself lives on
        time.sleep(0.05)
    wait_ready(harness.server.url)
    assert holder.restarts == 1
    result = client.chat.completions.create(model=model, max_tokens=3, messages=[{"role": "user", "content": "Hi"}])
    assert result.usage.completion_tokens <= 3


@contextmanager
def second_tenant_key(harness: GatewayHarness):
    with transaction(harness.sessions) as session:
        tenant = create_tenant(session=session, name=f"t2-{harness.tag}")
        tenant_id = tenant.id
        key = create_key(session=session, tenant=tenant, secret=harness.settings.secret_bytes).key
    try:
        yield key
    finally:
        with transaction(harness.sessions) as session:
            session.delete(session.get(Tenant, tenant_id))


def _hits_and_text(engine, call) -> tuple[int, str]:
    before = engine.stats()["prefix_hits"]
    text = call()
    return engine.stats()["prefix_hits"] - before, text


def test_tenants_of_the_gateway_never_share_prefix_cache_blocks(builtin_gateway):
    harness, model = builtin_gateway, builtin_gateway.model("local-demo")
    counted = harness.ctx.engine_holder.engine
    messages = [{"role": "user", "content": "Summarise the attached contract for the board, clause by clause."}]

    def ask(key):
        client = openai.OpenAI(base_url=harness.base_url, api_key=key, max_retries=0)
        return lambda: client.chat.completions.create(model=model, max_tokens=2, temperature=0,
                                                      messages=messages).choices[0].message.content

    with second_tenant_key(harness) as other_key:
        first = _hits_and_text(counted, ask(harness.key))
        same_tenant = _hits_and_text(counted, ask(harness.key))
        other_tenant = _hits_and_text(counted, ask(other_key))
    assert first[0] == 0 and same_tenant[0] >= 2 and other_tenant[0] == 0
    assert first[1] == same_tenant[1] == other_tenant[1]


def test_engine_server_shares_prefix_cache_only_within_a_cache_salt(engine, engine_app):
    counted = engine_app.state.engine.engine
    prompt = "Quarterly figures for the northern region, restated after the audit of the ledger."

    def ask(salt):
        extra = {"cache_salt": salt} if salt is not None else None
        return lambda: engine.completions.create(model="sluice-demo", prompt=prompt, max_tokens=2, temperature=0,
                                                 extra_body=extra).choices[0].text

    first = _hits_and_text(counted, ask("tenant-a"))
    same_salt = _hits_and_text(counted, ask("tenant-a"))
    other_salt = _hits_and_text(counted, ask("tenant-b"))
    no_salt = _hits_and_text(counted, ask(None))
    assert first[0] == 0 and same_salt[0] >= 2 and other_salt[0] == 0 and no_salt[0] == 0
    assert first[1] == same_salt[1] == other_salt[1] == no_salt[1]


@pytest.mark.parametrize("salt", ["", 42, ["a"]])
def test_engine_server_refuses_a_malformed_cache_salt(engine, salt):
    with pytest.raises(openai.BadRequestError) as caught:
        engine.completions.create(model="sluice-demo", prompt="Hi", max_tokens=1, extra_body={"cache_salt": salt})
    assert caught.value.code == "invalid_cache_salt"


def test_engine_server_without_a_model_reports_not_ready(tmp_path):
    with ServerThread(create_engine_app(tmp_path / "missing")) as server:
        deadline = time.monotonic() + 30
        while "failed" not in httpx.get(f"{server.url}/readyz").json()["detail"]:
            assert time.monotonic() < deadline
            time.sleep(0.05)
        assert httpx.get(f"{server.url}/readyz").status_code == 503
        response = httpx.post(f"{server.url}/v1/chat/completions",
                              json={"model": "missing", "messages": [{"role": "user", "content": "x"}]})
        assert response.status_code == 503 and response.json()["error"]["code"] == "upstream_unavailable"


@pytest.mark.slow
def test_sluice_inference_serve_command(demo_dir):
    port = free_port()
    process = subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", "inference", "serve", "--model", str(demo_dir),
                                "--port", str(port)], env={**os.environ, "OMP_NUM_THREADS": "2"},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_ready(f"http://127.0.0.1:{port}", timeout=120)
        client = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="unused", max_retries=0)
        assert client.completions.create(model="sluice-demo", prompt="Hi", max_tokens=2).usage.completion_tokens <= 2
    finally:
        process.terminate()
        process.wait(30)


def test_missing_builtin_model_does_not_block_readiness_unless_it_is_used(tmp_path, settings_factory):
    from sluice.gateway.database import make_engine
    from sluice.gateway.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'own.db'}"  # a database of its own: no other test's builtin provider
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    harness = GatewayHarness(url, settings_factory, guardrails=Ungoverned(),
                             builtin_model_dir=str(tmp_path / "absent"))
    harness.start()
    try:
        deadline = time.monotonic() + 20
        while harness.ctx.engine_holder.state == "loading" and time.monotonic() < deadline:
            time.sleep(0.05)
        response = httpx.get(f"{harness.server.url}/readyz")
        assert response.json()["checks"]["builtin_engine"]["ok"]
        harness.add_provider("builtin-absent", kind="builtin", base_url=None, models=[harness.model("absent")],
                             region="local")
        httpx.get(f"{harness.server.url}/v1/models", headers={"authorization": f"Bearer {harness.key}"})
        response = httpx.get(f"{harness.server.url}/readyz")
        assert response.status_code == 503
        assert "failed" in response.json()["checks"]["builtin_engine"]["detail"]
    finally:
        harness.stop()


def test_requests_sent_while_the_model_loads_wait_for_it_and_leave_the_breaker_closed(demo_dir, sqlite_url,
                                                                                       settings_factory):
    from concurrent.futures import ThreadPoolExecutor

    harness = GatewayHarness(sqlite_url, settings_factory, guardrails=Ungoverned(), builtin_model_dir=str(demo_dir),
                             builtin_model_name="sluice-demo")
    model = harness.model("early-demo")
    harness.add_provider("builtin", kind="builtin", base_url=None, models=[model], region="local")
    harness.start()
    try:
        client = openai.OpenAI(base_url=harness.base_url, api_key=harness.key, max_retries=0, timeout=120)
        assert harness.ctx.engine_holder.state == "loading"  # `make run` prints its key before the model is up

        def ask(_):
            return client.chat.completions.create(model=model, max_tokens=3, messages=[{"role": "user", "content": "Hi"}])

        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(ask, range(6)))
        assert all(a.usage.completion_tokens <= 3 for a in answers)
        assert harness.ctx.engine_holder.state == "ready"
        assert httpx.get(f"{harness.server.url}/readyz").json()["checks"]["providers"]["ok"]
    finally:
        harness.stop()
