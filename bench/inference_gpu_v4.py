"""The DeepSeek-V4 half of `bench/inference_gpu.py`: a V4-Flash-shaped checkpoint with random
weights (fewer layers and experts), and the HBM ceiling of one decode step of it.

V4-Flash's per-layer shapes are the config parser's defaults (hidden 4096, 64 heads of 512, q rank
1024, 8 output groups of rank 1024, indexer 64 x 128 top-512, window 128, CSA rate 4, HCA rate 128,
4 mHC streams, experts of width 2048, 6 routed + 1 shared per token). The layers cycle through
sliding, CSA and HCA attention, the first one hash-routed. The config declares FP4 routed experts
(as the official checkpoints do): the triton backend keeps them packed (4.25 bits per weight) and,
with CUDA graphs, replays the position-wise halves of each decode layer; the torch backend holds them
dequantised (bf16). The ceiling counts the bytes the engine actually reads: every weight except the
routed experts, the routed experts a batch touches (as held), and the cache entries a step reads.
`engine_eager_vs_graphs` measures one engine's decode tokens/s with its graphs switched off, then on.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import torch

KINDS = ("sliding_attention", "compressed_sparse_attention", "heavily_compressed_attention")
HBM_PEAK = 4.8e12


def v4_flash_config(layers: int, experts: int, vocab: int, bos: int | None, eos: int | None) -> dict:
    return {
        "architectures": ["DeepseekV4ForCausalLM"], "model_type": "deepseek_v4", "vocab_size": vocab,
        "num_hidden_layers": layers, "layer_types": [KINDS[i % 3] for i in range(layers)],
        "mlp_layer_types": ["hash_moe" if i == 0 else "moe" for i in range(layers)],
        "n_routed_experts": experts, "num_nextn_predict_layers": 0, "max_position_embeddings": 65536,
        "bos_token_id": bos, "eos_token_id": eos, "torch_dtype": "bfloat16",
        "quantization_config": {"quant_method": "fp8", "fmt": "e4m3", "weight_block_size": [128, 128],
                                "scale_fmt": "ue8m0", "expert_dtype": "fp4"},
    }  # fmt: skip


def make_v4_dir(root: Path, tokenizer_dir: Path, layers: int, experts: int) -> Path:
    out = root / "v4-flash-random"
    out.mkdir(parents=True, exist_ok=True)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (out / name).write_bytes((tokenizer_dir / name).read_bytes())
    src = json.loads((tokenizer_dir / "config.json").read_text())
    # a vocabulary of V4's size: the LM head is a large share of what a decode step reads
    cfg = v4_flash_config(layers, experts, 129280, src.get("bos_token_id"), src.get("eos_token_id"))
    (out / "config.json").write_text(json.dumps(cfg, indent=1) + "\n")
    return out


def random_v4_weights(model, model_dir=None) -> list[str]:
    """Stands in for the checkpoint reader: fills parameters and routing tables in place."""
    dev = next(model.parameters()).device
    gen = torch.Generator(device=dev).manual_seed(0)
    for name, p in model.named_parameters():
        if "norm" in name:
            p.data.fill_(1.0)
        elif p.dim() > 1:
            p.data.normal_(0.0, p.shape[-1] ** -0.5, generator=gen)
        else:
            p.data.normal_(0.0, 0.02, generator=gen)
    for name, b in model.named_buffers():
        if name.endswith("tid2eid"):
            experts = model.cfg.n_routed_experts
            b.copy_(torch.randint(0, experts, b.shape, device=dev, generator=gen))
        elif name.endswith("_scale"):  # packed FP4 experts: E8M0 scales near fan_in ** -0.5 / 2
            fan_in = 2 * b.shape[-1] * 16
            b.fill_(127 - round(math.log2(fan_in) / 2) - 1)
        elif b.dtype == torch.uint8:  # random e2m1 codes, two per byte
            codes = torch.randint(0, 256, b.shape, device=dev, generator=gen, dtype=torch.int32)
            b.copy_(codes.to(torch.uint8))
    return []


def patch_loader() -> None:
    """Every place the V4 runner may read its checkpoint through gets the random filler."""
    import sluice.inference.v4.loader as loader
    import sluice.inference.v4.runner as runner

    for module in (loader, runner):
        if hasattr(module, "load_v4_weights"):
            module.load_v4_weights = random_v4_weights


def ceiling_tok_s(model, batch: int, ctx: int) -> float:
    """Tokens/s if a decode step only read, at HBM peak, the weights it touches and its cache."""
    cfg = model.cfg
    routed = other = 0
    for name, p in [*model.named_parameters(), *model.named_buffers()]:
        size = p.numel() * p.element_size()
        if ".experts." in name and "shared" not in name:
            routed += size
        else:
            other += size
    E, k = cfg.n_routed_experts, cfg.num_experts_per_tok
    touched = E * (1 - (1 - k / E) ** batch) / E
    routed_read = routed * touched  # every V4 layer is MoE, each touching the same expected share
    elt = 2  # bf16 cache
    cache = 0.0
    for kind in cfg.layer_types:
        window = min(ctx, cfg.sliding_window) * cfg.head_dim
        if kind == KINDS[0]:
            cache += window
        elif kind == KINDS[1]:
            entries = ctx // cfg.csa_rate
            cache += window + min(entries, cfg.index_topk) * cfg.head_dim + entries * cfg.index_head_dim
        else:
            cache += window + (ctx // cfg.hca_rate) * cfg.head_dim
    step_bytes = other + routed_read + batch * cache * elt
    return batch / (step_bytes / HBM_PEAK)


def engine_eager_vs_graphs(llm, batch: int, prompt_len: int, gen_len: int, measure) -> dict:
    """Decode tokens/s of one engine without, then with, its captured decode graphs (`measure` is
    `inference_gpu.engine_tokens_per_s`); the graphs' replay count shows they served the steps."""
    runner = llm.engine.runner
    graphs = runner.graphs
    if graphs is None:
        return dict(error="no graphs captured (needs CUDA, the triton backend and packed FP4 experts)")
    runner.graphs = None
    try:
        eager = measure(llm, batch, prompt_len, gen_len)
    finally:
        runner.graphs = graphs
    before, t = graphs.replays, time.perf_counter()
    graphed = measure(llm, batch, prompt_len, gen_len)
    return dict(eager=eager, graphs=graphed, replays=graphs.replays - before, buckets=graphs.sizes,
                ratio=graphed["decode_tok_s"] / max(eager["decode_tok_s"], 1e-9),
                wall_s=time.perf_counter() - t)
