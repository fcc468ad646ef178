"""The offline `LLM.generate` API accepts every prompt form of the contract and keeps prompt order."""

from __future__ import annotations

import pytest

from sluice.inference import LLM, CompletionOutput, RequestOutput, SamplingParams
from sluice.inference.errors import ConfigError, InvalidRequestError

GREEDY = SamplingParams(max_tokens=4, temperature=0, ignore_eos=True)


def test_prompt_forms_give_the_same_tokens(demo_llm):
    ids = demo_llm.tokenizer.encode("Hello world")
    one = demo_llm.generate("Hello world", GREEDY)
    many = demo_llm.generate(["Hello world", "Other"], GREEDY)
    by_ids = demo_llm.generate(ids, GREEDY)
    by_id_lists = demo_llm.generate([ids, demo_llm.tokenizer.encode("Other")], GREEDY)
    assert isinstance(one[0], RequestOutput) and isinstance(one[0].outputs[0], CompletionOutput)
    assert one[0].prompt == "Hello world" and by_ids[0].prompt is None
    assert one[0].prompt_token_ids == by_ids[0].prompt_token_ids == ids
    tokens = [o.outputs[0].token_ids for o in many]
    assert tokens[0] == one[0].outputs[0].token_ids == by_ids[0].outputs[0].token_ids
    assert [o.outputs[0].token_ids for o in by_id_lists] == tokens


def test_one_sampling_params_per_prompt(demo_llm):
    outs = demo_llm.generate(
        ["a", "b"],
        [SamplingParams(max_tokens=2, ignore_eos=True), SamplingParams(max_tokens=5, ignore_eos=True)],
    )
    assert [len(o.outputs[0].token_ids) for o in outs] == [2, 5]
    with pytest.raises(InvalidRequestError):
        demo_llm.generate(["a", "b"], [GREEDY])


def test_text_is_the_decoded_output(demo_llm):
    out = demo_llm.generate("Hi", SamplingParams(max_tokens=8, temperature=0, ignore_eos=True))[0].outputs[0]
    assert out.text == demo_llm.tokenizer.decode(out.token_ids)


def test_a_bad_prompt_in_a_batch_raises_and_leaves_nothing_running(demo_llm):
    with pytest.raises(InvalidRequestError):
        demo_llm.generate(["fine", ""], GREEDY)
    assert not demo_llm.engine.has_unfinished()


def test_unknown_engine_arguments_and_backends_are_refused(demo_dir):
    with pytest.raises(ConfigError, match="max_num_seq"):
        LLM(demo_dir, max_num_seq=4)
    with pytest.raises(ConfigError, match="kernel backend"):
        LLM(demo_dir, kernel_backend="cuda-magic")
    with pytest.raises(ConfigError, match="dtype"):
        LLM(demo_dir, dtype="int8")


def test_aborting_a_running_request_returns_its_final_output_with_finish_reason_abort(demo_llm):
    engine = demo_llm.engine
    free_before = engine.block_manager.num_free_blocks
    engine.add_request("to-abort", "Hello", SamplingParams(n=2, max_tokens=50, seed=1, ignore_eos=True))
    progress = [out for _ in range(3) for out in engine.step()]
    final = engine.abort("to-abort")
    assert final.finished and [c.finish_reason for c in final.outputs] == ["abort", "abort"]
    for choice, before in zip(final.outputs, progress[-1].outputs):
        assert choice.token_ids == before.token_ids and 0 < len(choice.token_ids) < 50
        assert demo_llm.tokenizer.decode(choice.token_ids).startswith(choice.text)  # no split character
    assert not engine.has_unfinished() and engine.block_manager.num_free_blocks == free_before
    assert engine.abort("to-abort") is None


def test_stepping_for_finished_outputs_only_gives_each_request_once_with_its_full_output(demo_llm):
    engine = demo_llm.engine
    params = [SamplingParams(max_tokens=n, temperature=0, ignore_eos=True, stop=["zz"]) for n in (2, 6)]
    for rid, p in zip(("short", "long"), params):
        engine.add_request(rid, "Hello there", p)
    seen: list[tuple[int, RequestOutput]] = []
    for step in range(20):
        seen += [(step, out) for out in engine.step(finished_only=True)]
        if not engine.has_unfinished():
            break
    assert [out.request_id for _, out in seen] == ["short", "long"] and seen[0][0] < seen[1][0]
    assert all(out.finished for _, out in seen)
    streamed = {}
    for rid, p in zip(("short", "long"), params):
        engine.add_request(rid, "Hello there", p)
    while engine.has_unfinished():
        for out in engine.step():
            streamed[out.request_id] = out
    for _, out in seen:
        assert out.outputs[0].token_ids == streamed[out.request_id].outputs[0].token_ids
        assert out.outputs[0].text == streamed[out.request_id].outputs[0].text
        assert out.outputs[0].finish_reason == streamed[out.request_id].outputs[0].finish_reason == "length"
