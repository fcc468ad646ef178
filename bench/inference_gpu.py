"""End-to-end tokens/s of DeepSeek-V2-Lite- and V4-Flash-shaped models (random weights) on one GPU.

Two measurements per batch size (1, 8, 64, 256), both with the Triton kernel backend and,
for comparison, the PyTorch backend:
1. engine: ``LLM.generate`` with ``batch`` random prompts of ``--prompt-len`` tokens and
   ``--gen-len`` output tokens (ignore_eos); decode tok/s = batch * (gen-1) / (t(gen) - t(1)).
2. decode step: one model forward + lm_head for ``batch`` sequences at ``--ctx`` cached tokens,
   replayed from a CUDA graph (eager too); tok/s = batch / step time, next to the HBM ceiling
   (weights read for the experts touched + the latent cache read, at 4.8 TB/s).

The checkpoint directory holds config.json (V2-Lite shapes, ``--layers`` of 27) and the demo
tokenizer; weights are drawn at random directly on the GPU instead of being read from disk
(31 GB for all 27 layers). ``--arch v4-flash`` adds DeepSeek-V4 at V4-Flash's per-layer shapes
(``--v4-layers`` cycling sliding / CSA / HCA, ``--v4-experts`` routed experts; see
`bench/inference_gpu_v4.py`): the engine measurement only (its decode step is not a ForwardBatch),
next to its own HBM ceiling. Writes JSON + markdown.

    python bench/inference_gpu.py --out bench/results            # all 27 layers
    python bench/inference_gpu.py --layers 8 --batches 1 64       # quicker
    python bench/inference_gpu.py --arch v4-flash --v4-layers 3 --batches 1 8
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.append(str(Path(__file__).resolve().parents[1]))  # last: shadows no installed package

from bench import inference_gpu_v4 as v4  # noqa: E402

HBM_PEAK = 4.8e12
V2_LITE = {
    "architectures": ["DeepseekV2ForCausalLM"], "model_type": "deepseek_v2", "vocab_size": 102400,
    "hidden_size": 2048, "intermediate_size": 10944, "moe_intermediate_size": 1408, "num_hidden_layers": 27,
    "num_attention_heads": 16, "num_key_value_heads": 16, "q_lora_rank": None, "kv_lora_rank": 512,
    "qk_nope_head_dim": 128, "qk_rope_head_dim": 64, "v_head_dim": 128, "n_routed_experts": 64,
    "n_shared_experts": 2, "num_experts_per_tok": 6, "first_k_dense_replace": 1, "moe_layer_freq": 1,
    "scoring_func": "softmax", "topk_method": "greedy", "n_group": 1, "topk_group": 1,
    "norm_topk_prob": False, "routed_scaling_factor": 1.0, "rms_norm_eps": 1e-6,
    "max_position_embeddings": 163840, "rope_theta": 10000.0,
    "rope_scaling": {"type": "yarn", "factor": 40, "original_max_position_embeddings": 4096, "beta_fast": 32,
                     "beta_slow": 1, "mscale": 0.707, "mscale_all_dim": 0.707},
    "hidden_act": "silu", "attention_bias": False, "tie_word_embeddings": False, "torch_dtype": "bfloat16",
}


def make_model_dir(root: Path, layers: int) -> Path:
    from sluice.inference.random_v3 import write_random_v3

    tok_dir = write_random_v3(root / "tokenizer-source")
    out = root / "v2-lite-random"
    out.mkdir(parents=True, exist_ok=True)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        (out / name).write_bytes((tok_dir / name).read_bytes())
    src = json.loads((tok_dir / "config.json").read_text())
    cfg = dict(V2_LITE, num_hidden_layers=layers, bos_token_id=src.get("bos_token_id"),
               eos_token_id=src.get("eos_token_id"))
    (out / "config.json").write_text(json.dumps(cfg, indent=1) + "\n")
    return out


def random_weights(model, model_dir, *, progress: bool = True) -> None:
    """Stands in for the checkpoint reader: fills every parameter in place on the GPU."""
    gen = torch.Generator(device=next(model.parameters()).device).manual_seed(0)
    for name, p in model.named_parameters():
        if "norm" in name:
            p.data.fill_(1.0)
        else:
            fan_in = p.shape[-1] if p.dim() > 1 else 1
            p.data.normal_(0.0, fan_in ** -0.5, generator=gen)


def _engine(model_dir: Path, backend: str, max_seqs: int):
    import sluice.inference.model_runner as mr
    from sluice.inference import LLM

    mr.load_weights = random_weights
    v4.patch_loader()
    return LLM(model_dir, device="cuda", dtype="bfloat16", kernel_backend=backend, max_num_seqs=max_seqs,
               max_num_batched_tokens=8192, max_model_len=4096, enable_prefix_caching=False,
               load_progress=False)


def engine_tokens_per_s(llm, batch: int, prompt_len: int, gen_len: int) -> dict:
    from sluice.inference import SamplingParams

    g = torch.Generator().manual_seed(batch)
    prompts = [torch.randint(10, 250, (prompt_len,), generator=g).tolist() for _ in range(batch)]
    llm.generate(prompts[:1], SamplingParams(max_tokens=2, ignore_eos=True))  # warm-up / compile

    def timed(n):
        torch.cuda.synchronize()
        t = time.perf_counter()
        llm.generate(prompts, SamplingParams(max_tokens=n, temperature=0.0, ignore_eos=True))
        torch.cuda.synchronize()
        return time.perf_counter() - t

    t1, tn = timed(1), timed(gen_len)
    return dict(prefill_s=t1, total_s=tn, output_tok_s=batch * gen_len / tn,
                decode_tok_s=batch * (gen_len - 1) / max(tn - t1, 1e-9))


def _decode_batch(runner, batch: int, ctx: int):
    from sluice.inference.forward_batch import ForwardBatch

    bs = runner.block_size
    blocks = -(-ctx // bs)
    total = runner.kv_cache.shape[1]
    if batch * blocks > total:
        raise RuntimeError(f"KV cache has {total} blocks, needs {batch * blocks}")
    dev = runner.device
    table = torch.arange(batch * blocks, device=dev, dtype=torch.int32).view(batch, blocks)
    pos = torch.full((batch,), ctx - 1, device=dev, dtype=torch.long)
    slots = table[:, -1].long() * bs + (ctx - 1) % bs
    return ForwardBatch(input_ids=torch.randint(10, 250, (batch,), device=dev), positions=pos,
                        slot_mapping=slots, num_decode=batch, decode_block_tables=table,
                        decode_context_lens=torch.full((batch,), ctx, device=dev, dtype=torch.int32),
                        prefill_block_tables=None, prefill_context_lens=None, cu_seqlens_q=[0],
                        cu_seqlens_k=[0])


def decode_step(llm, batch: int, ctx: int, use_graph: bool) -> dict:
    runner = llm.engine.runner
    fb = _decode_batch(runner, batch, ctx)

    def step():
        with torch.inference_mode():
            return runner.model.compute_logits(runner.model(fb, runner.kv_cache))

    for _ in range(3):
        step()
    torch.cuda.synchronize()
    fn = step
    if use_graph:
        graph = torch.cuda.CUDAGraph()
        stream = torch.cuda.Stream()
        stream.wait_stream(torch.cuda.current_stream())
        with torch.cuda.stream(stream):
            step()
        torch.cuda.current_stream().wait_stream(stream)
        with torch.cuda.graph(graph):
            step()
        fn = graph.replay
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    iters = 20
    start.record()
    for _ in range(iters):
        fn()
    end.record()
    torch.cuda.synchronize()
    ms = start.elapsed_time(end) / iters
    return dict(step_ms=ms, tok_s=batch / ms * 1e3)


GRAPH_BACKENDS = ("triton",)  # backends whose decode step has no host synchronisation


def ceiling_tok_s(cfg: dict, batch: int, ctx: int) -> float:
    """Tokens/s if a decode step only had to read the weights it touches and the cache, at HBM peak."""
    H, L = cfg["hidden_size"], cfg["num_hidden_layers"]
    E, k = cfg["n_routed_experts"], cfg["num_experts_per_tok"]
    I, shared = cfg["moe_intermediate_size"], cfg["n_shared_experts"]
    heads, nope, rope = cfg["num_attention_heads"], cfg["qk_nope_head_dim"], cfg["qk_rope_head_dim"]
    v, rank = cfg["v_head_dim"], cfg["kv_lora_rank"]
    attn = H * heads * (nope + rope) + H * (rank + rope) + rank * heads * (nope + v) + heads * v * H
    touched = E * (1 - (1 - k / E) ** batch)
    moe = (touched + shared) * 3 * I * H
    dense = 3 * cfg["intermediate_size"] * H
    first = cfg["first_k_dense_replace"]
    params = L * attn + first * dense + (L - first) * moe + cfg["vocab_size"] * H  # lm_head read in full
    cache = batch * ctx * (rank + rope) * L
    return batch / ((params + cache) * 2 / HBM_PEAK)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=Path("bench/results"))
    ap.add_argument("--layers", type=int, default=27)
    ap.add_argument("--batches", type=int, nargs="+", default=[1, 8, 64, 256])
    ap.add_argument("--prompt-len", type=int, default=128)
    ap.add_argument("--gen-len", type=int, default=64)
    ap.add_argument("--ctx", type=int, default=1024)
    ap.add_argument("--backends", nargs="+", default=["triton", "torch"])
    ap.add_argument("--skip-engine", action="store_true", help="only the CUDA-graph decode step")
    ap.add_argument("--arch", nargs="+", choices=["v2-lite", "v4-flash"], default=["v2-lite"])
    ap.add_argument("--v4-layers", type=int, default=3)
    ap.add_argument("--v4-experts", type=int, default=64)
    ap.add_argument("--v4-batches", type=int, nargs="+", default=None, help="default: --batches")
    ap.add_argument("--v4-backends", nargs="+", default=["torch"],
                    help="kernel backends for V4 (triton: the V4 kernels through the paged path)")
    args = ap.parse_args(argv)
    if not torch.cuda.is_available():
        print("CUDA required: bench/inference_gpu.py measures tokens/s of the inference engine on an "
              "NVIDIA GPU and no CUDA device is visible.")
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        model_dir = make_model_dir(Path(tmp), args.layers)
        cfg = json.loads((model_dir / "config.json").read_text())
        runs = []  # in the order --arch names them
        for arch in args.arch:
            if arch == "v2-lite":
                runs += [("v2-lite", model_dir, backend, args.batches) for backend in args.backends]
            else:
                v4_dir = v4.make_v4_dir(Path(tmp), model_dir, args.v4_layers, args.v4_experts)
                runs += [("v4-flash", v4_dir, backend, args.v4_batches or args.batches)
                         for backend in args.v4_backends]
        for arch, directory, backend, batches in runs:
            try:
                llm = _engine(directory, backend, max(batches))
            except Exception as exc:  # report it and go on with the other runs
                rows.append(dict(arch=arch, backend=backend, batch=0, error=f"{type(exc).__name__}: {exc}"[:300]))
                save(rows, args)
                continue
            for batch in batches:
                row = measure(llm, cfg, backend, batch, args) if arch == "v2-lite" else measure_v4(llm, backend, batch, args)
                rows.append(dict(row, arch=arch))
                print(json.dumps(rows[-1]), flush=True)
                save(rows, args)  # a run cut short keeps what it measured
            del llm
            gc.collect()  # the engine holds reference cycles; free its weights and cache now
            torch.cuda.empty_cache()
    print((args.out / "inference_gpu.md").read_text() if rows else "no measurements")
    return 0


def measure(llm, cfg: dict, backend: str, batch: int, args) -> dict:
    row = dict(backend=backend, batch=batch, layers=args.layers, ctx=args.ctx,
               ceiling_tok_s=ceiling_tok_s(cfg, batch, args.ctx))
    # The eager step first: a failed CUDA-graph capture leaves the process's CUDA generator unusable.
    steps = [("eager", lambda: decode_step(llm, batch, args.ctx, False))]
    if backend in GRAPH_BACKENDS:
        steps.append(("graph", lambda: decode_step(llm, batch, args.ctx, True)))
    else:
        row["graph"] = dict(error="not captured: the PyTorch path reads sizes on the host (per-expert loop)")
    if not args.skip_engine:
        steps.append(("engine", lambda: engine_tokens_per_s(llm, batch, args.prompt_len, args.gen_len)))
    for key, fn in steps:
        try:
            row[key] = fn()
        except Exception as exc:  # report and go on with the other measurements
            row[key] = dict(error=f"{type(exc).__name__}: {exc}"[:300])
        torch.cuda.synchronize()
    return row


def measure_v4(llm, backend: str, batch: int, args) -> dict:
    model = llm.engine.runner.model
    row = dict(backend=backend, batch=batch, layers=args.v4_layers, ctx=args.prompt_len + args.gen_len,
               ceiling_tok_s=v4.ceiling_tok_s(model, batch, args.prompt_len + args.gen_len))
    row["graph"] = dict(error="engine only")
    try:
        if llm.engine.runner.graphs is not None:  # eager and graphs side by side on the same engine
            both = v4.engine_eager_vs_graphs(llm, batch, args.prompt_len, args.gen_len, engine_tokens_per_s)
            row["engine"], row["engine_graphs"] = both.pop("eager"), both.pop("graphs")
            row["graphs_info"] = both
        else:
            row["engine"] = engine_tokens_per_s(llm, batch, args.prompt_len, args.gen_len)
    except Exception as exc:  # report and go on
        row["engine"] = dict(error=f"{type(exc).__name__}: {exc}"[:300])
    return row


def save(rows: list[dict], args) -> None:
    meta = dict(device=torch.cuda.get_device_name(), torch=torch.__version__,
                args=vars(args) | {"out": str(args.out)})
    (args.out / "inference_gpu.json").write_text(json.dumps(dict(meta=meta, rows=rows), indent=1) + "\n")
    lines = [f"# Decode ({meta['device']}; V2-Lite: {args.layers} layers, ctx {args.ctx}; V4-Flash shapes: "
             f"{args.v4_layers} layers, {args.v4_experts} experts, engine ctx up to {args.prompt_len + args.gen_len})",
             "", "| model | backend | batch | graph step ms | graph tok/s | HBM ceiling tok/s | % of ceiling "
             "| eager tok/s | engine decode tok/s | engine % of ceiling | engine + graphs decode tok/s |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['arch']} | {r['backend']} | - | {r['error'][:120]} | | | | | | | |")
            continue
        g, e, n = r.get("graph", {}), r.get("eager", {}), r.get("engine", {})
        frac = g.get("tok_s", 0) / r["ceiling_tok_s"] if "tok_s" in g else 0
        engine = f"{n['decode_tok_s']:.0f}" if "decode_tok_s" in n else n.get("error", "-")
        engine_frac = f"{100 * n['decode_tok_s'] / r['ceiling_tok_s']:.1f}%" if "decode_tok_s" in n else "-"
        step = f"{g['step_ms']:.3f}" if "step_ms" in g else g.get("error", "-").split("\n")[0][:80]
        eg = r.get("engine_graphs", {})
        graphed = f"{eg['decode_tok_s']:.0f} (x{r['graphs_info']['ratio']:.2f})" if "decode_tok_s" in eg else "-"
        lines.append(f"| {r.get('arch', 'v2-lite')} | {r['backend']} | {r['batch']} | {step} | {g.get('tok_s', 0):.0f} | "
                     f"{r['ceiling_tok_s']:.0f} | {100 * frac:.0f}% | {e.get('tok_s', 0):.0f} | {engine} | {engine_frac} "
                     f"| {graphed} |")
    (args.out / "inference_gpu.md").write_text("\n".join(lines) + "\n")

if __name__ == "__main__":
    sys.exit(main())
