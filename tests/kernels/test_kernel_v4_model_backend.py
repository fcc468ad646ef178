"""A DeepSeek-V4 model gives the same results through the engine with kernel_backend="triton" (the V4
kernels: sliding-window and sparse sink attention, indexer top-k, compressor, mHC) as with "torch".

On CPU the kernels run in the Triton interpreter (fp32, one tiny config, few tokens: it is slow); on
a GPU the same comparison runs in bf16 with the compiled kernels.
"""
from __future__ import annotations

import json
from collections import Counter

import pytest
import torch

from tests.kernels.helpers import forbid_fallback
from tests.inference.reference_models import VOCAB, write_byte_tokenizer
from tests.kernels.test_kernel_model_backend import _compare, _run
from tests.kernels.test_kernel_model_backend import restore_backend  # noqa: F401 (fixture)

# v4_mixed: sliding window 8, CSA rate 4 (indexer top-3), HCA rate 8. With 4-token blocks and 7-token
# chunks the prompts cross blocks, compression windows and prefill chunks; 19 tokens give the CSA
# layers 4 entries, more than the indexer keeps.
PROMPTS = [
    [5, 9, 14, 3, 22, 7, 8, 30, 2, 11, 17, 4, 25, 6, 13, 19, 21, 10, 12],
    [40, 41, 7, 9, 3, 15, 2, 8, 6],
]
ENGINE = dict(num_kv_blocks=64, block_size=4, max_num_batched_tokens=7)
KERNELS = ("sparse_attention", "swa_prefill", "indexer_topk", "compress_kv", "hc_pre", "hc_post")


# v4_mixed's shape (tests/inference/reference_v4.py), written without transformers so the GPU run
# needs only the engine's own dependencies.
CONFIG = {
    "architectures": ["DeepseekV4ForCausalLM"], "model_type": "deepseek_v4", "vocab_size": VOCAB,
    "hidden_size": 32, "num_hidden_layers": 4, "num_attention_heads": 4, "head_dim": 16,
    "qk_rope_head_dim": 4, "q_lora_rank": 12, "o_groups": 2, "o_lora_rank": 8,
    "layer_types": ["sliding_attention", "compressed_sparse_attention", "heavily_compressed_attention",
                    "compressed_sparse_attention"],
    "mlp_layer_types": ["hash_moe", "moe", "moe", "moe"],
    "compress_rates": {"compressed_sparse_attention": 4, "heavily_compressed_attention": 8},
    "sliding_window": 8, "index_n_heads": 4, "index_head_dim": 8, "index_topk": 3, "hc_mult": 3,
    "moe_intermediate_size": 16, "n_routed_experts": 6, "num_experts_per_tok": 2, "swiglu_limit": 0.8,
    "num_nextn_predict_layers": 0, "max_position_embeddings": 256, "bos_token_id": 0, "eos_token_id": 1,
    "rope_parameters": {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32},
}  # fmt: skip


@pytest.fixture(scope="module")
def v4_dir(tmp_path_factory):
    """The tiny checkpoint with random weights: every parameter (sinks, position biases, mHC bases,
    router biases, hash tables included) random, so each kernel's input matters."""
    from safetensors.torch import save_file

    from sluice.inference.v4.config import parse_v4
    from sluice.inference.v4.model import DeepseekV4ForCausalLM

    path = tmp_path_factory.mktemp("v4_tiny")
    model = DeepseekV4ForCausalLM(parse_v4(CONFIG))
    gen = torch.Generator().manual_seed(0)
    tensors = {}
    for name, tensor in model.state_dict().items():
        if name.endswith("tid2eid"):
            ranks = torch.rand(tensor.shape[0], CONFIG["n_routed_experts"], generator=gen).argsort(dim=-1)
            tensors[name] = ranks[:, : tensor.shape[1]].contiguous()
        elif name.endswith("norm.weight") or name.endswith("_scale"):
            tensors[name] = torch.rand(tensor.shape, generator=gen) + 0.5
        else:
            tensors[name] = torch.randn(tensor.shape, generator=gen) * 0.2
    save_file(tensors, str(path / "model.safetensors"))
    (path / "config.json").write_text(json.dumps(CONFIG))
    write_byte_tokenizer(path)
    return path


@pytest.fixture
def kernel_calls(monkeypatch):
    """Counts the kernel launches of the V4 adapters (calls of the kernels' wrappers)."""
    from sluice.inference.v4 import kernel_ops

    calls: Counter = Counter()
    for name in KERNELS:
        real = getattr(kernel_ops, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(kernel_ops, name, counted)
    return calls


def test_v4_triton_backend_matches_torch_backend_on_cpu_interpreter(v4_dir, restore_backend, kernel_calls,
                                                                     monkeypatch):
    for module, ref in (("sparse_attention", "sparse_attention_ref"), ("swa_attention", "swa_prefill_ref"),
                        ("indexer", "indexer_scores_ref"), ("compressor", "compress_kv_ref"),
                        ("hyper_connections", "hc_pre_ref"), ("hyper_connections", "hc_post_ref")):
        forbid_fallback(monkeypatch, module, ref)
    ref = _run(v4_dir, "torch", "cpu", "float32", 3, PROMPTS, **ENGINE)
    assert not kernel_calls
    got = _run(v4_dir, "triton", "cpu", "float32", 3, PROMPTS, **ENGINE)
    assert set(kernel_calls) == set(KERNELS)
    _compare(ref, got, atol=1e-3)


@pytest.mark.gpu
def test_v4_triton_backend_matches_torch_backend_on_gpu_bf16(v4_dir, restore_backend, kernel_calls):
    ref = _run(v4_dir, "torch", "cuda", "bfloat16", 8, PROMPTS, **ENGINE)
    got = _run(v4_dir, "triton", "cuda", "bfloat16", 8, PROMPTS, **ENGINE)
    assert set(kernel_calls) == set(KERNELS)
    _compare(ref, got, atol=0.15)
