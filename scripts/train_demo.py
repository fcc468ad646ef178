"""Train the `sluice-demo` model and write it to ``inference/demo_model/``.

    .venv/bin/python -P scripts/train_demo.py [--minutes 30] [--threads 1] [--pack 1024] [--seqs 1]
        [--out inference/demo_model] [--init inference/demo_model] [--lr 4e-3]

A tiny DeepSeek-V4 (sliding, CSA and HCA attention, hash-routed MoE in the first layer, mHC, sinks)
is trained on ``scripts/demo_corpus`` with the engine's own `DeepseekV4ForCausalLM` (its forward
without inference mode) and fp32 master weights, for a fixed wall-clock budget. The last part of
the budget is quantisation-aware: attention and shared-expert weights pass through FP8 and routed
experts through FP4 (straight-through gradients). The export is the official V4 layout: FP8 e4m3
with E8M0 128x128 block scales, FP4 e2m1 routed experts with an E8M0 scale per 32 inputs.

Examples are packed into long sequences (`--pack` tokens, `--seqs` of them per optimizer step): at hidden
128 on one thread a forward and backward pass costs about 45 ms plus 0.4 ms per token, so one
1,024-token sequence per step trains about 1.7 times as many tokens per second as two of 160.

`--init DIR` continues from an exported demo model instead of a random one: its FP8 / FP4 weights are
dequantised to fp32 master weights and its `tokenizer.json` and config are reused, so the vocabulary stays
the same and a longer corpus can be added without a full retraining. A continued run starts from weights
that already fit most of the corpus, so its peak learning rate (`--lr`) defaults to half of a fresh run's.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from safetensors.torch import save_file
from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers
from torch import nn
from torch.nn.utils import parametrize

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT))  # last: the checkout's kernels/ folder must not shadow installed packages

from scripts.demo_corpus import examples, plain_text  # noqa: E402
from sluice.inference.demo_assets import BOS, EOS, END_THINK, THINK, V4_CHAT_TEMPLATE, V4_SPECIAL_TOKENS  # noqa: E402
from sluice.inference.v4.config import CSA, HCA, SLIDING, parse_v4  # noqa: E402
from sluice.inference.v4.layers import Weight  # noqa: E402
from sluice.inference.v4.model import DeepseekV4ForCausalLM  # noqa: E402
from sluice.inference.v4.quant import fake_quant_fp4, fake_quant_fp8, quant_fp4, quant_fp8  # noqa: E402

VOCAB = 3072
PACK = 1024  # tokens per packed training sequence (the sliding window is 64)
SEQS_PER_STEP = 1
QAT_FRACTION = 0.15
PEAK_LR = 4e-3  # from scratch
INIT_LR = 2e-3  # continuing an exported model: high enough to learn new tables, low enough to keep the old
# the sampling a request that sets none gets (`generation_config.json`): a model this small drifts into broken
# words at the OpenAI default temperature of 1 more often than near greedy decoding (bench/RESULTS.md)
SAMPLING = {"do_sample": True, "temperature": 0.3, "top_p": 0.9}
FP8_NAMES = (".attn.wq_a.", ".attn.wq_b.", ".attn.wkv.", ".attn.wo_a.", ".attn.wo_b.", ".shared_experts.")


def demo_config(vocab_size: int, bos_id: int, eos_id: int) -> dict:
    return {
        "architectures": ["DeepseekV4ForCausalLM"],
        "model_type": "deepseek_v4",
        "vocab_size": vocab_size,
        "hidden_size": 128,
        "num_hidden_layers": 3,
        "num_attention_heads": 4,
        "num_key_value_heads": 1,
        "head_dim": 32,
        "qk_rope_head_dim": 16,
        "q_lora_rank": 64,
        "o_groups": 2,
        "o_lora_rank": 32,
        "layer_types": [SLIDING, CSA, HCA],
        "compress_rates": {CSA: 4, HCA: 16},
        "sliding_window": 64,
        "index_n_heads": 2,
        "index_head_dim": 16,
        "index_topk": 8,
        "n_routed_experts": 8,
        "n_shared_experts": 1,
        "num_experts_per_tok": 2,
        "moe_intermediate_size": 128,
        "num_hash_layers": 1,
        "scoring_func": "sqrtsoftplus",
        "norm_topk_prob": True,
        "routed_scaling_factor": 1.5,
        "swiglu_limit": 10.0,
        "hc_mult": 4,
        "hc_sinkhorn_iters": 20,
        "hc_eps": 1e-6,
        "rms_norm_eps": 1e-6,
        "max_position_embeddings": 4096,
        "rope_theta": 10000.0,
        "compress_rope_theta": 160000.0,
        "tie_word_embeddings": False,
        "bos_token_id": bos_id,
        "eos_token_id": eos_id,
        "num_nextn_predict_layers": 0,
        "torch_dtype": "float32",
        "quantization_config": {
            "quant_method": "fp8", "fmt": "e4m3", "activation_scheme": "dynamic",
            "weight_block_size": [128, 128], "scale_fmt": "ue8m0", "expert_dtype": "fp4",
        },
    }  # fmt: skip


def build_tokenizer() -> Tokenizer:
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB, min_frequency=2, special_tokens=V4_SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False,
    )  # fmt: skip
    tok.train_from_iterator(plain_text(), trainer=trainer)
    # as in DeepSeek's tokenizers, the reasoning markers are added tokens that stay in decoded text
    tok.add_tokens([AddedToken(THINK, special=False, normalized=False),
                    AddedToken(END_THINK, special=False, normalized=False)])  # fmt: skip
    return tok


def encode(tok: Tokenizer, ex: dict) -> tuple[list[int], list[int]]:
    """Token ids of one example as the chat template and `Tokenizer.encode_chat` produce them, and a
    mask of the tokens the model learns to generate (everything after the generation prompt)."""
    sid = tok.token_to_id

    def text(s: str) -> list[int]:
        return tok.encode(s, add_special_tokens=False).ids if s else []

    prompt = [sid(BOS), *text(ex["system"]), sid("<｜User｜>"), *text(ex["user"]), sid("<｜Assistant｜>")]
    if ex["reasoning"] is None:
        prompt.append(sid(END_THINK))
        target = [*text(ex["answer"]), sid(EOS)]
    else:
        prompt.append(sid(THINK))
        target = [*text(ex["reasoning"]), sid(END_THINK), *text(ex["answer"]), sid(EOS)]
    return prompt + target, [0] * len(prompt) + [1] * len(target)


def pack(items: list[tuple[list[int], list[int]]], rng: random.Random,
         length: int = PACK) -> list[tuple[torch.Tensor, torch.Tensor]]:
    order = items[:]
    rng.shuffle(order)
    seqs, ids, mask = [], [], []
    for x, m in order:
        if ids and len(ids) + len(x) > length:
            seqs.append((torch.tensor(ids), torch.tensor(mask, dtype=torch.bool)))
            ids, mask = [], []
        ids, mask = ids + x, mask + m
    seqs.append((torch.tensor(ids), torch.tensor(mask, dtype=torch.bool)))
    return seqs


def init_weights(model: DeepseekV4ForCausalLM, gen: torch.Generator) -> None:
    hc = model.cfg.hc_mult
    with torch.no_grad():
        for name, p in model.named_parameters():
            p.requires_grad_(True)
            leaf = name.rsplit(".", 1)[-1]
            if name.endswith("norm.weight"):
                p.fill_(1.0)
            elif "_base" in leaf:  # mHC: pre ~ 1/hc, post ~ 1, comb near the identity
                p.zero_()
                p[:hc] = -math.log(hc - 1)
                if p.numel() > hc:
                    p[2 * hc:].view(hc, hc).fill_diagonal_(4.0)
            elif "_scale" in leaf:
                p.fill_(1.0)
            elif "_fn" in leaf:
                p.normal_(0, 0.01, generator=gen)
            elif p.dim() == 2:
                std = 0.02 / math.sqrt(2 * model.cfg.num_hidden_layers) if name.endswith(("wo_b.weight", "w2.weight")) else 0.02
                p.normal_(0, std, generator=gen)
            else:  # sinks, ape, router bias
                p.zero_()
        for block in model.layers:
            gate = block.ffn.gate
            if gate.hashed:
                table = torch.stack([torch.randperm(model.cfg.n_routed_experts, generator=gen)[: gate.tid2eid.shape[1]]
                                     for _ in range(gate.tid2eid.shape[0])])  # fmt: skip
                gate.tid2eid.copy_(table)


class _FakeQuant(nn.Module):
    """Forward with the quantised weight, backward straight through to the fp32 master weight."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def forward(self, w: torch.Tensor) -> torch.Tensor:
        q = fake_quant_fp4(w.detach()) if self.kind == "fp4" else fake_quant_fp8(w.detach())
        return w + (q - w.detach())


def quant_kind(name: str) -> str | None:
    """"fp4" for routed experts, "fp8" for attention and shared-expert projections, else None."""
    if ".ffn.experts." in name and name.endswith(".weight"):
        return "fp4"
    if name.endswith(".weight") and any(part in name for part in FP8_NAMES):
        return "fp8"
    return None


def set_qat(model: nn.Module, on: bool) -> None:
    for name, module in model.named_modules():
        if isinstance(module, Weight):
            kind = quant_kind(name + ".weight")
            if kind and on and not parametrize.is_parametrized(module, "weight"):
                parametrize.register_parametrization(module, "weight", _FakeQuant(kind))
            elif not on and parametrize.is_parametrized(module, "weight"):
                parametrize.remove_parametrizations(module, "weight", leave_parametrized=False)


def loss_of(model: DeepseekV4ForCausalLM, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    run = DeepseekV4ForCausalLM.run.__wrapped__  # the engine's forward pass, without inference mode
    positions = torch.arange(ids.shape[0])
    hidden = run(model, ids, positions, model.new_cache().layers)[:-1][mask[1:]]
    assert hidden.requires_grad or not torch.is_grad_enabled(), "the forward pass must not run in inference mode"
    return F.cross_entropy(F.linear(hidden, model.head.weight), ids[1:][mask[1:]])


def train(model, items, *, minutes: float, log, length: int = PACK, seqs_per_step: int = SEQS_PER_STEP,
          peak_lr: float = PEAK_LR) -> dict:
    rng = random.Random(0)
    decay = [p for n, p in model.named_parameters() if p.dim() == 2 and "_fn" not in n]
    rest = [p for n, p in model.named_parameters() if not (p.dim() == 2 and "_fn" not in n)]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": rest, "weight_decay": 0.0}],
                            lr=peak_lr, betas=(0.9, 0.95))  # fmt: skip
    gates = [b.ffn.gate for b in model.layers if not b.ffn.gate.hashed]
    loads = {id(g): torch.zeros(model.cfg.n_routed_experts) for g in gates}
    def count(mod, _inputs, out) -> None:
        loads[id(mod)].add_(torch.bincount(out[1].flatten(), minlength=model.cfg.n_routed_experts).float())

    for g in gates:
        g.register_forward_hook(count)
    budget, start, step, epoch, qat = minutes * 60, time.time(), 0, 0, False
    seqs, ema, tokens = [], None, 0
    while (elapsed := time.time() - start) < budget:
        frac = elapsed / budget
        if not qat and frac >= 1 - QAT_FRACTION:
            set_qat(model, True)
            qat = True
            log(f"step {step}: quantisation-aware training from here")
        lr = peak_lr * min(1.0, (step + 1) / 30) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * frac)))
        for group in opt.param_groups:
            group["lr"] = lr
        total = 0.0
        for _ in range(seqs_per_step):
            if not seqs:
                seqs, epoch = pack(items, rng, length), epoch + 1
            ids, mask = seqs.pop()
            loss = loss_of(model, ids, mask)
            (loss / seqs_per_step).backward()
            total += loss.item() / seqs_per_step
            tokens += ids.shape[0]
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        opt.zero_grad(set_to_none=True)
        with torch.no_grad():  # auxiliary-loss-free balancing: nudge the selection bias towards equal load
            for g in gates:
                load = loads[id(g)]
                g.bias.add_(1e-3 * torch.sign(load.mean() - load))
                load.zero_()
        step += 1
        ema = total if ema is None else 0.95 * ema + 0.05 * total
        if step % 20 == 0:
            log(f"step {step} epoch {epoch} {elapsed / 60:.1f} min loss {total:.3f} (ema {ema:.3f}) lr {lr:.2e} "
                f"{tokens / max(elapsed, 1e-9):.0f} tokens/s")
    set_qat(model, False)
    seconds = time.time() - start
    return {"steps": step, "epochs": epoch, "minutes": round(seconds / 60, 1), "loss_ema": round(ema, 4),
            "tokens": tokens, "tokens_per_s": round(tokens / seconds)}


def load_init(model_dir: Path) -> tuple[Tokenizer, dict, DeepseekV4ForCausalLM]:
    """Tokenizer, raw config and fp32 model of an exported demo model, ready to train further."""
    from sluice.inference.v4.loader import load_v4_model

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    raw = json.loads((model_dir / "config.json").read_text())
    model = load_v4_model(model_dir, dtype=torch.float32).train()
    for p in model.parameters():
        p.requires_grad_(True)
    return tok, raw, model


@torch.no_grad()
def mean_loss(model, items) -> float:
    seqs = pack(items, random.Random(1), 160)[:40]  # a fixed sample: a full pass takes minutes here
    return sum(loss_of(model, ids, mask).item() for ids, mask in seqs) / len(seqs)


def export_tensors(model: DeepseekV4ForCausalLM) -> dict[str, torch.Tensor]:
    """Official V4 layout: FP8 / FP4 weights with `.scale` E8M0 bytes, the rest bf16 (projections) or fp32."""
    out: dict[str, torch.Tensor] = {}
    for name, tensor in model.state_dict().items():
        tensor = tensor.detach()
        kind = quant_kind(name)
        if kind == "fp8":
            out[name], out[name[: -len(".weight")] + ".scale"] = quant_fp8(tensor)
        elif kind == "fp4":
            out[name], out[name[: -len(".weight")] + ".scale"] = quant_fp4(tensor)
        elif tensor.dtype == torch.long:
            out[name] = tensor.to(torch.int32)
        elif tensor.dim() == 2 and "_fn" not in name:
            out[name] = tensor.to(torch.bfloat16)
        else:
            out[name] = tensor.float()
    return {k: v.contiguous() for k, v in out.items()}


def write(out: Path, tok: Tokenizer, raw: dict, model) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tok.save(str(out / "tokenizer.json"))
    (out / "config.json").write_text(json.dumps(raw, indent=2) + "\n")
    tok_cfg = {"tokenizer_class": "PreTrainedTokenizerFast", "bos_token": BOS, "eos_token": EOS,
               "add_bos_token": False, "model_max_length": raw["max_position_embeddings"],
               "chat_template": V4_CHAT_TEMPLATE}  # fmt: skip
    (out / "tokenizer_config.json").write_text(json.dumps(tok_cfg, indent=2, ensure_ascii=False) + "\n")
    generation = {"bos_token_id": raw["bos_token_id"], "eos_token_id": raw["eos_token_id"], **SAMPLING}
    (out / "generation_config.json").write_text(json.dumps(generation, indent=2) + "\n")
    save_file(export_tensors(model), str(out / "model.safetensors"), metadata={"format": "pt"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--pack", type=int, default=PACK, help="tokens per packed training sequence")
    ap.add_argument("--seqs", type=int, default=SEQS_PER_STEP, help="packed sequences per optimizer step")
    ap.add_argument("--out", type=Path, default=ROOT / "inference" / "demo_model")
    ap.add_argument("--master", type=Path, default=ROOT / "var" / "demo-train" / "master.pt",
                    help="fp32 master weights (not committed)")
    ap.add_argument("--init", type=Path, default=None,
                    help="continue from this exported demo model (its tokenizer and config are reused)")
    ap.add_argument("--lr", type=float, default=None,
                    help=f"peak learning rate (default {PEAK_LR:g}, or {INIT_LR:g} with --init)")
    args = ap.parse_args()
    if args.lr is None:
        args.lr = INIT_LR if args.init is not None else PEAK_LR
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)

    def log(msg: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)

    if args.init is not None:
        tok, raw, model = load_init(args.init)
    else:
        tok = build_tokenizer()
        raw = demo_config(tok.get_vocab_size(), tok.token_to_id(BOS), tok.token_to_id(EOS))
        model = DeepseekV4ForCausalLM(parse_v4(raw), dtype=torch.float32)
        init_weights(model, torch.Generator().manual_seed(0))
    items = [encode(tok, ex) for ex in examples()]
    log(f"tokenizer {tok.get_vocab_size()} tokens; {len(items)} examples, {sum(len(x) for x, _ in items)} tokens")
    log(f"{sum(p.numel() for p in model.parameters()) / 1e6:.2f} M parameters")
    stats = train(model, items, minutes=args.minutes, log=log, length=args.pack, seqs_per_step=args.seqs,
                  peak_lr=args.lr)
    args.master.parent.mkdir(parents=True, exist_ok=True)
    torch.save(model.state_dict(), args.master)
    stats["loss_fp32"] = round(mean_loss(model, items), 4)
    write(args.out, tok, raw, model)
    from sluice.inference.v4.loader import load_v4_model

    stats["loss_exported"] = round(mean_loss(load_v4_model(args.out), items), 4)
    stats["bytes"] = sum(f.stat().st_size for f in args.out.iterdir())
    log(json.dumps(stats))


if __name__ == "__main__":
    main()
