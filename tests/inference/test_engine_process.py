"""ProcessEngine: the engine loop in a child process behind AsyncEngine's interface."""

from __future__ import annotations

import asyncio
import json
import os
import signal

import pytest

from sluice.inference import SamplingParams
from sluice.inference.engine_process import ProcessEngine
from sluice.inference.errors import (
    ConfigError,
    DuplicateRequestError,
    EngineClosedError,
    EngineStepError,
    PromptTooLongError,
)

ARGS = dict(load_progress=False, num_kv_blocks=256, block_size=8, max_model_len=256)


@pytest.fixture(scope="module")
def engine(demo_dir):
    eng = ProcessEngine(demo_dir, **ARGS)
    yield eng
    asyncio.run(eng.shutdown())


async def _collect(engine, prompt, params, rid=None, salt=None):
    return [out async for out in engine.generate(prompt, params, request_id=rid, cache_salt=salt)]


async def _idle(engine) -> bool:
    for _ in range(500):
        counters = engine.stats()
        if counters["running"] + counters["waiting"] == 0:
            return True
        await asyncio.sleep(0.01)
    return False


async def test_concurrent_requests_give_the_in_process_engine_s_tokens(engine, demo_llm):
    params = SamplingParams(max_tokens=8, temperature=0, ignore_eos=True)
    prompts = ["one", "two two", "three three three", "four"]
    expected = [r.outputs[0].token_ids for r in demo_llm.generate(prompts, params)]
    together = await asyncio.gather(*(_collect(engine, p, params) for p in prompts))
    assert [r[-1].outputs[0].token_ids for r in together] == expected
    assert engine.model_name == "sluice-demo" and engine.max_model_len == 256


async def test_stream_is_cumulative_and_text_is_detokenised_in_the_child(engine):
    outs = await _collect(engine, "Hello", SamplingParams(max_tokens=6, temperature=0, ignore_eos=True))
    lengths = [len(o.outputs[0].token_ids) for o in outs]
    assert lengths == sorted(lengths) and lengths[-1] == 6 and outs[-1].finished
    texts = [o.outputs[0].text for o in outs]
    assert all(b.startswith(a) for a, b in zip(texts, texts[1:]))
    assert texts[-1] == engine.tokenizer.decode(outs[-1].outputs[0].token_ids)


async def test_abort_ends_the_stream_with_an_abort_output_and_frees_the_request(engine):
    seen = []

    async def consume():
        async for out in engine.generate("long", SamplingParams(max_tokens=200, ignore_eos=True), request_id="a1"):
            seen.append(out)
            if len(seen) == 3:
                await engine.abort("a1")

    await asyncio.wait_for(consume(), 60)
    assert seen[-1].finished and seen[-1].outputs[0].finish_reason == "abort" and len(seen) < 200
    assert await _idle(engine)


async def test_a_running_request_id_is_refused_and_closing_its_stream_aborts_it(engine):
    gen = engine.generate("x", SamplingParams(max_tokens=200, ignore_eos=True), request_id="a2")
    await gen.__anext__()
    with pytest.raises(DuplicateRequestError):
        await _collect(engine, "y", SamplingParams(max_tokens=1), rid="a2")
    await gen.aclose()
    assert await _idle(engine)


async def test_a_bad_request_fails_with_its_own_error_while_others_stream(engine):
    good = asyncio.create_task(_collect(engine, "fine", SamplingParams(max_tokens=10, ignore_eos=True)))
    with pytest.raises(PromptTooLongError):
        await _collect(engine, [3] * 300, SamplingParams(max_tokens=1))
    assert len((await good)[-1].outputs[0].token_ids) == 10


async def test_cache_salt_keeps_prefix_blocks_apart_across_the_process_boundary(engine):
    params = SamplingParams(max_tokens=2, temperature=0, ignore_eos=True)
    prompt = "a shared preamble of a few dozen tokens for the salted stream in the child"

    async def hits(salt):
        before = engine.stats()["prefix_hits"]
        outs = await _collect(engine, prompt, params, salt=salt)
        return engine.stats()["prefix_hits"] - before, outs[-1].outputs[0].token_ids

    first = await hits("tenant-a")
    same, other = await hits("tenant-a"), await hits("tenant-b")
    assert first[0] == 0 and same[0] > 0 and other[0] == 0
    assert first[1] == same[1] == other[1]


async def test_a_killed_engine_process_fails_its_requests_and_refuses_new_ones(demo_dir):
    exits = []
    eng = ProcessEngine(demo_dir, on_exit=exits.append, **ARGS)
    try:
        gen = eng.generate("x", SamplingParams(max_tokens=250, ignore_eos=True))
        await gen.__anext__()
        os.kill(eng.pid, signal.SIGKILL)
        with pytest.raises(EngineStepError, match="exit code -9"):
            async for _ in gen:
                pass
        for _ in range(200):
            if exits:
                break
            await asyncio.sleep(0.01)
        assert exits == [-signal.SIGKILL] and not eng.alive
        with pytest.raises(EngineClosedError):
            await _collect(eng, "y", SamplingParams(max_tokens=1))
    finally:
        await eng.shutdown()


def test_a_model_that_cannot_load_raises_its_own_error(tmp_path, demo_dir):
    broken = tmp_path / "broken"
    broken.mkdir()
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (broken / name).write_bytes((demo_dir / name).read_bytes())
    config = json.loads((demo_dir / "config.json").read_text())
    (broken / "config.json").write_text(json.dumps(dict(config, no_such_field=1)))
    with pytest.raises(ConfigError, match="no_such_field"):
        ProcessEngine(broken, **ARGS)


async def test_shutdown_refuses_new_requests(demo_dir):
    eng = ProcessEngine(demo_dir, **ARGS)
    await eng.shutdown()
    assert not eng.alive
    with pytest.raises(EngineClosedError):
        await _collect(eng, "x", SamplingParams(max_tokens=1))
