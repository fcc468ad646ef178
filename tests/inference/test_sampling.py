"""Sampling semantics: greedy, seeds, top-k/top-p, stop conditions, logprobs and ranks."""

from __future__ import annotations

import pytest
import torch

from sluice.inference import SamplingParams
from sluice.inference.errors import SamplingParamsError
from sluice.inference.sampler import sample, token_logprobs


@pytest.mark.parametrize(
    "kwargs",
    [
        {"n": 0},
        {"max_tokens": 0},
        {"temperature": -0.5},
        {"temperature": float("nan")},
        {"top_p": 0.0},
        {"top_p": 1.5},
        {"top_k": 0},
        {"top_k": -2},
        {"seed": -1},
        {"logprobs": -1},
        {"logprobs": 21},
        {"prompt_logprobs": 100},
        {"stop": 5},
        {"stop": [""]},
        {"stop_token_ids": [-1]},
        {"n": True},
    ],
)
def test_invalid_sampling_values_raise_value_errors(kwargs):
    with pytest.raises(ValueError) as err:
        SamplingParams(**kwargs)
    assert isinstance(err.value, SamplingParamsError) and err.value.code == "invalid_sampling_params"


def _gen(seed):
    return torch.Generator().manual_seed(seed)


def test_top_k_one_and_tiny_top_p_are_greedy():
    logits = torch.randn(4, 50, generator=_gen(0))
    greedy = logits.argmax(-1).tolist()
    for params in (SamplingParams(top_k=1), SamplingParams(top_p=1e-6), SamplingParams(temperature=0)):
        assert sample(logits, [params] * 4, [None] * 4, _gen(1)) == greedy


def test_same_seed_gives_same_tokens_regardless_of_batch_neighbours():
    logits = torch.randn(3, 50, generator=_gen(0))
    seeded = SamplingParams(temperature=1.0, seed=11)
    other = SamplingParams(temperature=1.0)
    alone = [sample(logits[1:2], [seeded], [_gen(11)], _gen(5))[0] for _ in range(3)]
    mixed = [sample(logits, [other, seeded, other], [None, _gen(11), None], _gen(s))[1] for s in range(3)]
    assert alone == mixed


def test_top_k_samples_only_from_the_k_most_likely_tokens():
    logits = torch.randn(1, 40, generator=_gen(2))
    allowed = set(logits[0].topk(3).indices.tolist())
    gen = _gen(0)
    drawn = {sample(logits, [SamplingParams(top_k=3, temperature=5.0)], [gen], gen)[0] for _ in range(200)}
    assert drawn <= allowed and len(drawn) > 1


def test_top_p_keeps_the_smallest_set_reaching_p():
    probs = torch.tensor([[0.5, 0.3, 0.15, 0.05]])
    gen = _gen(0)
    params = [SamplingParams(top_p=0.8)]
    drawn = {sample(probs.log(), params, [gen], gen)[0] for _ in range(300)}
    assert drawn == {0, 1}


def test_logprob_ranks_count_better_tokens():
    logprobs = torch.log_softmax(torch.tensor([[0.0, 3.0, 1.0, 2.0]]), -1)
    [item] = token_logprobs(logprobs, [2], [2])
    assert item.rank == 3 and [t for t, _ in item.top] == [1, 3]
    assert item.logprob == pytest.approx(float(logprobs[0, 2]))


def test_engine_sampling_with_seed_is_reproducible_and_n_choices_differ(demo_llm):
    params = SamplingParams(n=3, max_tokens=8, temperature=1.0, seed=42, ignore_eos=True)
    a = demo_llm.generate("Hello", params)[0]
    b = demo_llm.generate(["Hello", "Other prompt"], params)[0]
    assert [c.token_ids for c in a.outputs] == [c.token_ids for c in b.outputs]
    assert len({tuple(c.token_ids) for c in a.outputs}) == 3


def test_stop_token_ids_end_the_choice_with_that_reason(demo_llm):
    base = demo_llm.generate("Hello", SamplingParams(max_tokens=6, temperature=0, ignore_eos=True))[0]
    stop_at = base.outputs[0].token_ids[2]
    out = demo_llm.generate(
        "Hello", SamplingParams(max_tokens=6, temperature=0, stop_token_ids=[stop_at], ignore_eos=True)
    )[0].outputs[0]
    first = base.outputs[0].token_ids.index(stop_at)
    assert out.token_ids == base.outputs[0].token_ids[: first + 1]
    assert (out.finish_reason, out.stop_reason) == ("stop", stop_at)


def test_stop_string_truncates_text_and_is_reported(demo_llm):
    base = demo_llm.generate("Hello", SamplingParams(max_tokens=12, temperature=0, ignore_eos=True))[
        0
    ].outputs[0]
    assert len(base.text) >= 6
    stop = base.text[3:5]
    out = demo_llm.generate(
        "Hello", SamplingParams(max_tokens=12, temperature=0, stop=[stop], ignore_eos=True)
    )[0].outputs[0]
    assert out.text == base.text[: base.text.index(stop)]
    assert (out.finish_reason, out.stop_reason) == ("stop", stop)


def test_max_tokens_ends_with_length_and_logprobs_cover_each_token(demo_llm):
    out = demo_llm.generate("Hi", SamplingParams(max_tokens=5, temperature=0, logprobs=3, ignore_eos=True))[0]
    choice = out.outputs[0]
    assert choice.finish_reason == "length" and len(choice.token_ids) == 5 == len(choice.logprobs)
    for token, position in zip(choice.token_ids, choice.logprobs):
        assert position[token].rank == 1 and len(position) == 3  # greedy: chosen token is the top one
        assert sorted(lp.rank for lp in position.values()) == [1, 2, 3]


def test_greedy_picks_the_first_maximum_of_each_row_as_torch_argmax_does():
    """The CPU fast path (NumPy) keeps argmax's choice on ties and NaNs, on contiguous and strided rows."""
    from sluice.inference.sampler import greedy_tokens

    logits = torch.randn(16, 2073, generator=torch.Generator().manual_seed(0))
    logits[3, 10] = logits[3, 20] = 50.0  # a tie: the lower index wins
    logits[5, 7] = logits[5, 9] = float("nan")  # NaN counts as the maximum, first one wins
    for rows in (logits, logits[:, ::3], logits.t().contiguous().t()):
        assert greedy_tokens(rows) == rows.argmax(dim=-1).tolist()
    assert greedy_tokens(logits)[3] == 10 and greedy_tokens(logits)[5] == 7
    params = [SamplingParams(temperature=0)] * 16
    assert sample(logits, params, [None] * 16, torch.Generator()) == logits.argmax(dim=-1).tolist()
