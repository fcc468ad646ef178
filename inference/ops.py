"""Every hot operation of the model, behind one backend switch.

Backends: "torch" (the pure-PyTorch implementations in `sluice.kernels.reference`, which the Triton
kernels are tested against), "triton" (the Triton kernels of `sluice.kernels`, each op falling back
to torch when its kernel is not available) and "auto" (triton on CUDA when importable, torch
otherwise). The backend is chosen once at engine start with `select_backend(name, device)`; `name`
comes from the engine argument `kernel_backend`, else the environment variable
`SLUICE_KERNEL_BACKEND`, else "auto".

All functions are tensor-in / tensor-out with the shapes documented on each; none keeps state.
DeepSeek-V4's ops are the model's own functions marked with `dispatch` (their adapters to the V4
kernels are in `sluice.inference.v4.kernel_ops`).
"""

from __future__ import annotations

import functools
import importlib
import os
from collections.abc import Callable

import torch

from sluice.inference.errors import ConfigError, InferenceErrorCode
from sluice.kernels import reference as _torch

BACKENDS = ("torch", "triton", "auto")
ENV_VAR = "SLUICE_KERNEL_BACKEND"

# op name -> kernels module that provides a function of the same name and signature.
TRITON_MODULES = {
    "rms_norm": "sluice.kernels.rms_norm",
    "rotary": "sluice.kernels.rotary",
    "moe_route": "sluice.kernels.moe_routing",
    "fused_moe": "sluice.kernels.fused_moe",
    "mla_decode": "sluice.kernels.mla_decode",
    "mla_prefill": "sluice.kernels.mla_prefill",
    "cache_write": "sluice.kernels.cache_write",
    "fp8_linear": "sluice.kernels.fp8_linear",
    # DeepSeek-V4: the model's own torch functions are the defaults (see `dispatch`); these adapters
    # take the model's arguments and call the V4 kernels.
    "v4_sink_attention": "sluice.inference.v4.kernel_ops",
    "v4_window_attention": "sluice.inference.v4.kernel_ops",
    "v4_batch_window_attention": "sluice.inference.v4.kernel_ops",
    "v4_batch_sink_attention": "sluice.inference.v4.kernel_ops",
    "v4_indexer_select": "sluice.inference.v4.kernel_ops",
    "v4_batch_indexer_select": "sluice.inference.v4.kernel_ops",
    "v4_compress": "sluice.inference.v4.kernel_ops",
    "v4_hc_pre": "sluice.inference.v4.kernel_ops",
    "v4_hc_post": "sluice.inference.v4.kernel_ops",
    "v4_routed_experts": "sluice.inference.v4.kernel_ops",
}

# impls: the kernels in use (only on the triton backend); registered: kernels plugged in by hand.
_state: dict[str, object] = {"backend": "torch", "impls": {}, "registered": {}}


def select_backend(name: str | None = None, device: str | torch.device = "cpu") -> str:
    """Choose the backend for this process and return the name actually in use."""
    name = name or os.environ.get(ENV_VAR) or "auto"
    if name not in BACKENDS:
        raise ConfigError(
            f"kernel backend {name!r} is not one of {list(BACKENDS)}",
            code=InferenceErrorCode.INVALID_KERNEL_BACKEND,
        )
    on_cuda = torch.device(device).type == "cuda"
    if name == "auto":
        name = "triton" if on_cuda and _triton_importable() else "torch"
    impls: dict[str, Callable] = {}
    if name == "triton":
        if not on_cuda and os.environ.get("TRITON_INTERPRET") != "1":
            raise ConfigError("the triton backend needs CUDA (or TRITON_INTERPRET=1 for testing)")
        impls = {**_load_triton_impls(), **_state["registered"]}  # type: ignore[dict-item]
    _state["backend"], _state["impls"] = name, impls
    return name


def active_backend() -> str:
    return str(_state["backend"])


def register_kernel(op: str, fn: Callable) -> None:
    """Plug a kernel in for `op`, used whenever the triton backend is active; it must match the
    torch signature."""
    if op not in TRITON_MODULES:
        raise KeyError(f"unknown op {op!r}")
    _state["registered"] = {**_state["registered"], op: fn}  # type: ignore[dict-item]
    if _state["backend"] == "triton":
        _state["impls"] = {**_state["impls"], op: fn}  # type: ignore[dict-item]


def _triton_importable() -> bool:
    try:
        importlib.import_module("triton")
    except ImportError:
        return False
    return True


def _load_triton_impls() -> dict[str, Callable]:
    impls: dict[str, Callable] = {}
    for op, module_name in TRITON_MODULES.items():
        try:
            fn = getattr(importlib.import_module(module_name), op)
        except (ImportError, AttributeError):
            continue
        impls[op] = fn
    return impls


def _impl(op: str, default: Callable) -> Callable:
    return _state["impls"].get(op, default)  # type: ignore[union-attr]


def dispatch(op: str) -> Callable[[Callable], Callable]:
    """Decorator for a model function that is `op`'s torch implementation: calls go to the kernel
    registered for `op` while the triton backend is active, to the function itself otherwise."""
    if op not in TRITON_MODULES:
        raise KeyError(f"unknown op {op!r}")

    def wrap(default: Callable) -> Callable:
        @functools.wraps(default)
        def run(*args, **kwargs):
            return _impl(op, default)(*args, **kwargs)

        return run

    return wrap


def rms_norm(
    x: torch.Tensor, weight: torch.Tensor, eps: float, residual: torch.Tensor | None = None
) -> torch.Tensor | tuple[torch.Tensor, torch.Tensor]:
    """RMSNorm over the last dim of x [T, D]. With `residual`, first x = x + residual and return
    (norm(x), x) so the caller keeps the new residual stream."""
    return _impl("rms_norm", _torch.rms_norm)(x, weight, eps, residual)


def rotary(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor, interleaved: bool = True) -> torch.Tensor:
    """Rotary embedding of x [T, ..., D] with cos/sin [T, D/2] (YaRN attention factor included).
    interleaved=True rotates pairs (2i, 2i+1) as DeepSeek does."""
    return _impl("rotary", _torch.rotary)(x, cos, sin, interleaved)


def moe_route(
    router_logits: torch.Tensor,
    *,
    top_k: int,
    scoring_func: str,
    topk_method: str,
    n_group: int,
    topk_group: int,
    correction_bias: torch.Tensor | None,
    norm_topk_prob: bool,
    routed_scaling_factor: float,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Pick experts from router logits [T, E] (fp32). Returns (weights [T, k] fp32, ids [T, k] int64).
    The correction bias only influences which experts are chosen, never their weights."""
    return _impl("moe_route", _torch.moe_route)(
        router_logits,
        top_k=top_k,
        scoring_func=scoring_func,
        topk_method=topk_method,
        n_group=n_group,
        topk_group=topk_group,
        correction_bias=correction_bias,
        norm_topk_prob=norm_topk_prob,
        routed_scaling_factor=routed_scaling_factor,
    )


def fused_moe(
    x: torch.Tensor,
    w13: torch.Tensor,
    w2: torch.Tensor,
    topk_weights: torch.Tensor,
    topk_ids: torch.Tensor,
    expert_start: int = 0,
    *,
    w13_scale: torch.Tensor | None = None,
    w2_scale: torch.Tensor | None = None,
    block_shape: tuple[int, int] = (128, 128),
) -> torch.Tensor:
    """Routed experts for x [T, H]: w13 [E_local, 2I, H] (gate rows, then up rows), w2 [E_local, H, I].
    Ids outside [expert_start, expert_start + E_local) contribute nothing (expert parallelism).
    FP8 e4m3 weights come with fp32 block scales w13_scale [E, 2I/bo, ceil(H/bi)] and
    w2_scale [E, ceil(H/bo), ceil(I/bi)] for blocks block_shape = (bo, bi); the triton backend also
    rounds activations through per-token-group FP8 (DeepSeek-V3's scheme), torch does not."""
    if w13_scale is None:
        return _impl("fused_moe", _torch.fused_moe)(x, w13, w2, topk_weights, topk_ids, expert_start)
    return _impl("fused_moe", _torch.fused_moe)(
        x,
        w13,
        w2,
        topk_weights,
        topk_ids,
        expert_start,
        w13_scale=w13_scale,
        w2_scale=w2_scale,
        block_shape=block_shape,
    )


def mla_decode(
    q_latent: torch.Tensor,
    q_rope: torch.Tensor,
    kv_cache: torch.Tensor,
    block_tables: torch.Tensor,
    context_lens: torch.Tensor,
    scale: float,
) -> torch.Tensor:
    """Absorbed MLA decode: q_latent [B, H, R], q_rope [B, H, P], kv_cache [N, block, R + P],
    block_tables [B, max_blocks] int32, context_lens [B] int32 -> latent output [B, H, R]."""
    return _impl("mla_decode", _torch.mla_decode)(q_latent, q_rope, kv_cache, block_tables, context_lens, scale)


def mla_prefill(
    q: torch.Tensor,
    k: torch.Tensor,
    v: torch.Tensor,
    cu_seqlens_q: list[int],
    cu_seqlens_k: list[int],
    scale: float,
) -> torch.Tensor:
    """Causal varlen attention (non-absorbed MLA): q [Tq, H, D], k [Tk, H, D], v [Tk, H, Dv] ->
    [Tq, H, Dv]; each sequence's queries are the last tokens of its keys (cached prefix first)."""
    return _impl("mla_prefill", _torch.mla_prefill)(q, k, v, cu_seqlens_q, cu_seqlens_k, scale)


def cache_write(kv_cache: torch.Tensor, slot_mapping: torch.Tensor, latent: torch.Tensor) -> None:
    """Write latent rows [T, R + P] into kv_cache [N, block, R + P] at flat slots [T] (in place)."""
    _impl("cache_write", _torch.cache_write)(kv_cache, slot_mapping, latent)


def cache_gather(
    kv_cache: torch.Tensor, block_tables: torch.Tensor, context_lens: torch.Tensor
) -> torch.Tensor:
    """Read each sequence's cached rows in order: -> [sum(context_lens), R + P]."""
    return _torch.cache_gather(kv_cache, block_tables, context_lens)


def fp8_linear(
    x: torch.Tensor, weight: torch.Tensor, scale_inv: torch.Tensor, block: tuple[int, int]
) -> torch.Tensor:
    """y = x @ dequant(weight).T for an FP8 e4m3 weight [out, in] with fp32 block scales (the triton
    backend also rounds x through per-token-group FP8, torch does not)."""
    return _impl("fp8_linear", _torch.fp8_linear)(x, weight, scale_inv, block)


def fp8_block_dequant(weight: torch.Tensor, scale_inv: torch.Tensor, block: tuple[int, int]) -> torch.Tensor:
    """FP8 weight [out, in] * per-block scale_inv [ceil(out/bo), ceil(in/bi)] -> fp32."""
    return _torch.fp8_block_dequant(weight, scale_inv, block)
