"""DeepSeek-V4 on the torch path against transformers' DeepseekV4ForCausalLM with the same weights."""

from __future__ import annotations

import pytest
import torch

from sluice.inference.v4.loader import load_v4_model
from tests.inference.conftest import random_prompts
from tests.inference.reference_models import VOCAB, reference_greedy, reference_prompt_logprobs

CASES = [("v4_mixed", 0), ("v4_mixed", 1), ("v4_hca_first", 2)]


@pytest.fixture(scope="module")
def loaded(v4_checkpoints):
    cache = {}

    def get(name):
        if name not in cache:
            path, ref = v4_checkpoints(name)
            cache[name] = (load_v4_model(path), ref)
        return cache[name]

    return get


@pytest.mark.parametrize("name, seed", CASES)
def test_prompt_logprobs_match_transformers(loaded, name, seed):
    model, ref = loaded(name)
    for ids in random_prompts(3, 5, 70, VOCAB, seed=seed):
        ours, theirs = model.prompt_logprobs(ids), reference_prompt_logprobs(ref, ids)
        torch.testing.assert_close(ours, theirs, atol=1e-4, rtol=0)


@pytest.mark.parametrize("name, seed", CASES)
def test_greedy_tokens_through_the_cache_match_transformers_generate(loaded, name, seed):
    model, ref = loaded(name)
    for ids in random_prompts(2, 3, 40, VOCAB, seed=seed + 10):
        assert model.greedy(ids, 24) == reference_greedy(ref, ids, 24)


def test_prefill_in_pieces_equals_one_prefill(loaded):
    """Window ring, open compression windows and CSA overlap carry over between calls."""
    model, _ = loaded("v4_mixed")
    ids = torch.tensor(random_prompts(1, 45, 45, VOCAB, seed=3)[0])
    whole = model(ids, model.new_cache())
    cache = model.new_cache()
    pieces = [model(ids[a:b], cache) for a, b in ((0, 5), (5, 6), (6, 23), (23, 45))]
    torch.testing.assert_close(torch.cat(pieces), whole, atol=1e-5, rtol=0)


@pytest.mark.parametrize(
    "part",
    ["attn_sink", "attn.compressor.ape", "attn.indexer.compressor.ape", "attn.indexer.weights_proj.weight",
     "ffn.gate.bias", "ffn.gate.tid2eid", "hc_attn_base", "hc_ffn_fn"],
)  # fmt: skip
def test_every_v4_component_moves_the_output(loaded, part):
    """The parity tests above would notice a component computed wrongly: each one matters."""
    model, _ = loaded("v4_mixed")
    ids = random_prompts(1, 60, 60, VOCAB, seed=4)[0]
    before = model.prompt_logprobs(ids)
    tensors = [t for n, t in model.state_dict(keep_vars=True).items() if n.endswith(part)]
    saved = [t.detach().clone() for t in tensors]
    try:
        for t in tensors:
            t.data.copy_(t.flip(0) if t.dtype == torch.long else torch.randn_like(t))
        assert (model.prompt_logprobs(ids) - before).abs().max() > 1e-3
    finally:
        for t, s in zip(tensors, saved):
            t.data.copy_(s)
