"""Shared plumbing for the Triton kernels: backend detection, lazy JIT, argument checks.

Each kernel module follows the same shape: ``<name>_ref`` (the op's pure-PyTorch
implementation, imported from ``sluice.kernels.reference``), a Triton kernel, and ``<name>``
(checks arguments, runs Triton when it can, the reference otherwise).

Triton picks interpreter or compiled mode when a function is decorated with
``triton.jit``. Kernels here are decorated lazily, on first launch, so the mode follows
``TRITON_INTERPRET`` at launch time even when triton was imported earlier by another
package in the same process.
"""
from __future__ import annotations

import os
from typing import Callable

import torch

try:  # triton is a Linux-only dependency
    import triton
    import triton.language as tl

    HAS_TRITON = True
except ImportError:  # pragma: no cover - exercised only where triton is missing
    triton = None
    HAS_TRITON = False

    class _ConstexprStub:
        constexpr = object

    tl = _ConstexprStub()  # lets kernel signatures be parsed without triton


class KernelArgumentError(ValueError):
    """A kernel was called with tensors of the wrong shape, dtype, device or layout."""

    code = "kernel_bad_argument"

    def __init__(self, kernel: str, message: str) -> None:
        self.kernel = kernel
        super().__init__(f"[{self.code}] {kernel}: {message}")


def interpret_mode() -> bool:
    """True when Triton's CPU interpreter is switched on (``TRITON_INTERPRET=1``)."""
    return os.environ.get("TRITON_INTERPRET", "").strip().lower() in ("1", "true", "on", "yes")


def triton_runnable(*tensors: torch.Tensor) -> bool:
    """Whether the Triton path can run on these tensors.

    Compiled Triton needs CUDA tensors; the interpreter runs on CPU tensors except
    bfloat16, whose ``tl.dot``/``tl.sum`` the interpreter gets wrong.
    """
    if not HAS_TRITON:
        return False
    if all(t.is_cuda for t in tensors):
        return True
    if interpret_mode() and all(t.device.type == "cpu" for t in tensors):
        return not any(t.dtype == torch.bfloat16 for t in tensors)
    return False


class LazyJit:
    """``triton.jit`` applied on first launch, once per interpreter/compiled mode.

    Device helpers called from kernels are ``LazyJit`` objects too. A kernel's module globals
    that name helpers are pointed at the helper's object for the current mode before each
    launch, so compiled kernels see ``JITFunction`` callees and interpreted ones interpreted
    callees.
    """

    _helpers: dict[int, "LazyJit"] = {}  # id of a helper or of its jit objects -> helper

    def __init__(self, fn: Callable, *, helper: bool = False) -> None:
        self.fn = fn
        self.helper = helper
        self._compiled: dict[bool, object] = {}
        if helper:
            LazyJit._helpers[id(self)] = self

    def _for_mode(self, mode: bool):
        kernel = self._compiled.get(mode)
        if kernel is None:
            kernel = triton.jit(self.fn)
            self._compiled[mode] = kernel
            if self.helper:
                LazyJit._helpers[id(kernel)] = self
        return kernel

    def _kernel(self):
        mode = interpret_mode()
        scopes, seen = [self.fn.__globals__], {id(self.fn.__globals__)}
        while scopes:  # the kernel's module, then those of the helpers it reaches (helpers call helpers)
            scope = scopes.pop()
            for name, value in list(scope.items()):
                helper = LazyJit._helpers.get(id(value))
                if helper is not None and helper is not self:
                    scope[name] = helper._for_mode(mode)
                    if id(helper.fn.__globals__) not in seen:
                        seen.add(id(helper.fn.__globals__))
                        scopes.append(helper.fn.__globals__)
        return self._for_mode(mode)

    def __getitem__(self, grid):
        return self._kernel()[grid]


def lazy_jit(fn: Callable) -> LazyJit:
    return LazyJit(fn)


def lazy_jit_helper(fn: Callable) -> LazyJit:
    """A device function called from kernels (see ``LazyJit``)."""
    return LazyJit(fn, helper=True)


def cdiv(a: int, b: int) -> int:
    return -(-a // b)


def next_pow2(n: int) -> int:
    return 1 if n <= 1 else 1 << (int(n) - 1).bit_length()


# ---------------------------------------------------------------- argument checks
FLOAT_DTYPES = (torch.float32, torch.float16, torch.bfloat16)
INDEX_DTYPES = (torch.int32, torch.int64)


def check_tensor(kernel: str, name: str, t, *, ndim: int | None = None,
                 dtypes: tuple | None = None, last_contiguous: bool = True) -> None:
    if not isinstance(t, torch.Tensor):
        raise KernelArgumentError(kernel, f"{name} must be a torch.Tensor, got {type(t).__name__}")
    if ndim is not None and t.dim() != ndim:
        raise KernelArgumentError(kernel, f"{name} must have {ndim} dims, got shape {tuple(t.shape)}")
    if dtypes is not None and t.dtype not in dtypes:
        allowed = ", ".join(str(d).replace("torch.", "") for d in dtypes)
        raise KernelArgumentError(kernel, f"{name} dtype {str(t.dtype).replace('torch.', '')} "
                                          f"not supported (allowed: {allowed})")
    if last_contiguous and t.dim() > 0 and t.shape[-1] > 1 and t.stride(-1) != 1:
        raise KernelArgumentError(kernel, f"{name} must be contiguous in its last dim "
                                          f"(stride {t.stride(-1)})")


def check_shape(kernel: str, name: str, t: torch.Tensor, shape: tuple) -> None:
    """``shape`` may hold None for dims that are free."""
    ok = t.dim() == len(shape) and all(s is None or s == d for s, d in zip(shape, t.shape))
    if not ok:
        want = tuple("*" if s is None else s for s in shape)
        raise KernelArgumentError(kernel, f"{name} must have shape {want}, got {tuple(t.shape)}")


def check_same_device(kernel: str, **tensors: torch.Tensor) -> None:
    devices = {name: t.device for name, t in tensors.items() if t is not None}
    if len(set(devices.values())) > 1:
        listing = ", ".join(f"{n}={d}" for n, d in devices.items())
        raise KernelArgumentError(kernel, f"all tensors must be on one device ({listing})")
