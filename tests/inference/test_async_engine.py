"""AsyncEngine: streaming, abort, concurrent requests, n > 1, per-request errors."""

from __future__ import annotations

import asyncio

import pytest

from sluice.inference import AsyncEngine, SamplingParams
from sluice.inference.errors import DuplicateRequestError, EngineClosedError, PromptTooLongError


@pytest.fixture
async def engine(demo_dir):
    eng = AsyncEngine.from_model_dir(
        demo_dir, load_progress=False, num_kv_blocks=256, block_size=8, max_model_len=256
    )
    yield eng
    await eng.shutdown()


async def _gone(engine, request_id):
    """Aborts are applied by the engine thread between steps."""
    for _ in range(500):
        if request_id not in engine.engine.requests:
            return True
        await asyncio.sleep(0.01)
    return False


async def _collect(engine, prompt, params, rid=None):
    return [out async for out in engine.generate(prompt, params, request_id=rid)]


async def test_stream_is_cumulative_and_ends_finished(engine):
    outs = await _collect(engine, "Hello", SamplingParams(max_tokens=6, temperature=0, ignore_eos=True))
    lengths = [len(o.outputs[0].token_ids) for o in outs]
    assert lengths == sorted(lengths) and lengths[-1] == 6
    texts = [o.outputs[0].text for o in outs]
    assert all(b.startswith(a) for a, b in zip(texts, texts[1:]))
    assert outs[-1].finished and outs[-1].outputs[0].finish_reason == "length"
    assert not any(o.finished for o in outs[:-1])


async def test_streamed_text_never_shows_a_stop_string(engine):
    base = (await _collect(engine, "Hello", SamplingParams(max_tokens=16, temperature=0, ignore_eos=True)))[
        -1
    ]
    text = base.outputs[0].text
    stop = text[6:9]
    outs = await _collect(
        engine, "Hello", SamplingParams(max_tokens=16, temperature=0, stop=stop, ignore_eos=True)
    )
    assert all(stop not in o.outputs[0].text for o in outs)
    assert outs[-1].outputs[0].text == text[: text.index(stop)]


async def test_concurrent_requests_match_their_sequential_results(engine):
    params = SamplingParams(max_tokens=8, temperature=0, ignore_eos=True)
    prompts = ["one", "two two", "three three three", "four"]
    sequential = [(await _collect(engine, p, params))[-1].outputs[0].token_ids for p in prompts]
    together = await asyncio.gather(*(_collect(engine, p, params) for p in prompts))
    assert [r[-1].outputs[0].token_ids for r in together] == sequential


async def test_n_choices_stream_together(engine):
    outs = await _collect(engine, "Hi", SamplingParams(n=3, max_tokens=5, seed=3, ignore_eos=True))
    final = outs[-1]
    assert [c.index for c in final.outputs] == [0, 1, 2]
    assert all(len(c.token_ids) == 5 for c in final.outputs)


async def test_abort_ends_the_stream_with_an_abort_output_and_frees_the_request(engine):
    params = SamplingParams(n=2, max_tokens=200, ignore_eos=True)
    seen = []

    async def consume():
        async for out in engine.generate("long", params, request_id="r1"):
            seen.append(out)
            if len(seen) == 3:
                await engine.abort("r1")

    await asyncio.wait_for(consume(), 30)
    final = seen[-1]
    assert 4 <= len(seen) < 200 and final.finished and not any(o.finished for o in seen[:-1])
    assert [c.finish_reason for c in final.outputs] == ["abort", "abort"]
    for choice, before in zip(final.outputs, seen[-2].outputs):
        assert 3 <= len(choice.token_ids) < 200 and choice.token_ids[: len(before.token_ids)] == before.token_ids
    assert await _gone(engine, "r1")


async def test_abort_before_the_first_step_ends_the_stream(engine):
    gen = engine.generate("x", SamplingParams(max_tokens=200, ignore_eos=True), request_id="r0")
    first = asyncio.ensure_future(gen.__anext__())
    await asyncio.sleep(0)  # the request is handed over, perhaps not yet admitted
    await engine.abort("r0")
    try:
        out = await asyncio.wait_for(first, 30)
    except StopAsyncIteration:
        out = None  # aborted before it was admitted: nothing was generated, nothing to report
    if out is not None and not out.finished:
        out = [o async for o in gen][-1]
    assert out is None or out.outputs[0].finish_reason == "abort"
    assert await _gone(engine, "r0")


async def test_closing_the_stream_early_aborts_the_request(engine):
    gen = engine.generate("x", SamplingParams(max_tokens=200, ignore_eos=True), request_id="r2")
    await gen.__anext__()
    await gen.aclose()
    assert await _gone(engine, "r2")


async def test_cache_salt_keeps_prefix_blocks_apart(engine):
    bm, params = engine.engine.block_manager, SamplingParams(max_tokens=2, temperature=0, ignore_eos=True)
    prompt = "a shared preamble of a few dozen tokens for the salted stream"

    async def hits(salt):
        before = bm.prefix_hits
        outs = [o async for o in engine.generate(prompt, params, cache_salt=salt)]
        return bm.prefix_hits - before, outs[-1].outputs[0].token_ids

    first = await hits("tenant-a")
    same, other = await hits("tenant-a"), await hits("tenant-b")
    assert first[0] == 0 and same[0] > 0 and other[0] == 0
    assert first[1] == same[1] == other[1]


async def test_bad_request_fails_alone_while_others_stream(engine):
    good = asyncio.create_task(_collect(engine, "fine", SamplingParams(max_tokens=10, ignore_eos=True)))
    with pytest.raises(PromptTooLongError):
        await _collect(engine, [3] * 300, SamplingParams(max_tokens=1))
    assert len((await good)[-1].outputs[0].token_ids) == 10


async def test_failed_model_step_ends_only_its_requests(engine, monkeypatch):
    runner = engine.engine.runner
    real = runner.execute

    def flaky(seqs, num_new):
        if any(s.request_id == "doomed" for s in seqs):
            raise RuntimeError("device fault")
        return real(seqs, num_new)

    monkeypatch.setattr(runner, "execute", flaky)
    with pytest.raises(Exception, match="device fault"):
        await _collect(engine, "x", SamplingParams(max_tokens=3), rid="doomed")
    monkeypatch.setattr(runner, "execute", real)
    outs = await _collect(engine, "y", SamplingParams(max_tokens=3, ignore_eos=True))
    assert outs[-1].finished


async def test_duplicate_request_id_is_refused_while_running(engine):
    gen = engine.generate("x", SamplingParams(max_tokens=50, ignore_eos=True), request_id="dup")
    await gen.__anext__()
    with pytest.raises(DuplicateRequestError):
        await _collect(engine, "y", SamplingParams(max_tokens=1), rid="dup")
    await gen.aclose()


async def test_event_loop_stays_responsive_during_steps(engine):
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            await asyncio.sleep(0.001)
            ticks += 1

    task = asyncio.create_task(ticker())
    await _collect(engine, "Hello", SamplingParams(n=4, max_tokens=30, ignore_eos=True))
    task.cancel()
    assert ticks > 10


async def test_shutdown_refuses_new_requests(demo_dir):
    eng = AsyncEngine.from_model_dir(demo_dir, load_progress=False, num_kv_blocks=64)
    assert eng.model_name == "sluice-demo" and eng.max_model_len == 4096
    await eng.shutdown()
    with pytest.raises(EngineClosedError):
        await _collect(eng, "x", SamplingParams(max_tokens=1))
