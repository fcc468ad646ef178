"""The sluice-demo checkpoint: real DeepSeek-V3 architecture, small and fast on CPU, idempotent."""

from __future__ import annotations

import time

from sluice.inference import SamplingParams
from sluice.inference.config import load_model_config
from sluice.inference.demo import init_demo


def test_demo_exercises_the_v3_architecture(demo_dir):
    cfg = load_model_config(demo_dir)
    assert cfg.architecture == "DeepseekV3ForCausalLM" and cfg.q_lora_rank
    assert cfg.first_k_dense_replace == 1 and cfg.num_hidden_layers > 1 and cfg.n_shared_experts >= 1
    assert cfg.topk_method == "noaux_tc" and cfg.n_group > 1 and cfg.topk_group < cfg.n_group
    assert cfg.rope.kind == "yarn"


def test_init_demo_is_idempotent(demo_dir):
    before = {p.name: p.stat().st_mtime_ns for p in demo_dir.iterdir()}
    assert init_demo(demo_dir) == demo_dir
    assert {p.name: p.stat().st_mtime_ns for p in demo_dir.iterdir()} == before


def test_same_seed_writes_the_same_weights(tmp_path, demo_dir):
    again = init_demo(tmp_path / "again")
    assert (again / "model.safetensors").read_bytes() == (demo_dir / "model.safetensors").read_bytes()
    assert (again / "tokenizer.json").read_bytes() == (demo_dir / "tokenizer.json").read_bytes()


def test_demo_decode_step_takes_a_few_milliseconds(demo_llm):
    demo_llm.generate("warm up", SamplingParams(max_tokens=2))
    start = time.perf_counter()
    demo_llm.generate("Hello", SamplingParams(max_tokens=40, temperature=0, ignore_eos=True))
    per_token = (time.perf_counter() - start) / 40
    assert per_token < 0.05  # generous bound for a shared CI core; typically ~5 ms


def test_demo_checkpoint_matches_transformers(demo_dir, demo_llm):
    import torch
    from transformers import AutoModelForCausalLM

    from tests.inference.reference_models import reference_prompt_logprobs

    ref = AutoModelForCausalLM.from_pretrained(demo_dir, dtype=torch.float32).eval()
    ids = demo_llm.tokenizer.encode("The quick brown fox jumps over the lazy dog, then 日本語.")
    out = demo_llm.generate(ids, SamplingParams(max_tokens=1, prompt_logprobs=0))[0]
    got = torch.tensor([next(iter(d.values())).logprob for d in out.prompt_logprobs[1:]])
    torch.testing.assert_close(got, reference_prompt_logprobs(ref, ids), atol=1e-4, rtol=0)
