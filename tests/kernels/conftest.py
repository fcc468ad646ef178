"""Kernel tests run Triton's CPU interpreter unless marked ``gpu``.

Importing torch does not import triton, but other packages in the same pytest process may
(torch's compiler stack, transformers), and triton decides interpreter vs compiled mode
when a function is decorated. Two things make the order irrelevant here:
- kernels in ``kernels/`` are decorated on first launch, in the mode ``TRITON_INTERPRET``
  names at that moment (``sluice.kernels._common.LazyJit``);
- triton's own ``@jit`` helpers (``tl.sum``, ``tl.max``, ``tl.cdiv``...) were decorated at
  triton's import; if that happened in compiled mode, this fixture swaps them for
  interpreted copies for the duration of each CPU test and restores them afterwards, so
  GPU tests in the same process still compile.
Modules that set ``COMPILED_MODE = True`` (offline compilation for Hopper) opt out.
"""
from __future__ import annotations

import sys

import pytest
import torch


def _interpret_triton_stdlib(monkeypatch) -> None:
    try:
        from triton.runtime.interpreter import InterpretedFunction
        from triton.runtime.jit import JITFunction
    except ImportError:
        return
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "triton.language" or name.startswith("triton.language.")):
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, JITFunction) and not isinstance(value, InterpretedFunction):
                monkeypatch.setattr(module, attr, InterpretedFunction(value.fn))


_MISSING = object()


def _record_interpreter_patches(monkeypatch):
    """The interpreter patches triton.language while it runs a kernel and, for nested @jit calls,
    never undoes it. Recording the value each patched attribute had before the first patch lets
    the test put the real language back, so later compilation in this process still works.
    Returns the function that restores them."""
    try:
        from triton.runtime import interpreter
    except ImportError:
        return lambda: None
    scope_cls = getattr(interpreter, "_LangPatchScope", None)
    if scope_cls is None:
        return lambda: None
    originals: dict = {}
    real_set_attr = scope_cls.set_attr

    def set_attr(self, obj, name, value):
        originals.setdefault((id(obj), name), (obj, name, vars(obj).get(name, _MISSING)))
        real_set_attr(self, obj, name, value)

    monkeypatch.setattr(scope_cls, "set_attr", set_attr)

    def restore():
        for obj, name, value in originals.values():
            if value is _MISSING:
                if name in vars(obj):
                    delattr(obj, name)
            else:
                setattr(obj, name, value)

    return restore


@pytest.fixture(autouse=True)
def triton_interpreter(request, monkeypatch):
    on_gpu = request.node.get_closest_marker("gpu") is not None
    if not (on_gpu or getattr(request.module, "COMPILED_MODE", False)):
        monkeypatch.setenv("TRITON_INTERPRET", "1")
        _interpret_triton_stdlib(monkeypatch)
        restore_language = _record_interpreter_patches(monkeypatch)
    else:
        restore_language = None
    threads = torch.get_num_threads()
    torch.set_num_threads(min(threads, 2))
    torch.manual_seed(0)
    yield
    if restore_language is not None:
        restore_language()
    torch.set_num_threads(threads)


def pytest_collection_modifyitems(config, items):
    if torch.cuda.is_available():
        return
    skip = pytest.mark.skip(reason="needs CUDA")
    for item in items:
        if item.get_closest_marker("gpu") is not None:
            item.add_marker(skip)
