"""Build and load the V4 model's small C kernels (no torch headers; called through ctypes).

A kernel's source is compiled once with the system C compiler (`cc -O3`, no fast-math: IEEE arithmetic)
into ~/.cache/sluice/kernels (or $XDG_CACHE_HOME), named by a digest of flags and source, and reused by
later processes. No compiler, a failed build or `SLUICE_V4_C_KERNELS=0` leave the callers on their torch
ops. The kernels take CPU fp32 tensors only and never run where a gradient is to be carried.
"""

from __future__ import annotations

import ctypes
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import torch

logger = logging.getLogger(__name__)

ENV_VAR = "SLUICE_V4_C_KERNELS"
# no -ffast-math (keeps IEEE arithmetic), no -march (the cache directory may be shared between machines)
FLAGS = ("-O3", "-shared", "-fPIC")


def enabled() -> bool:
    return os.environ.get(ENV_VAR, "1") != "0"


def build(name: str, source: str) -> ctypes.CDLL | None:
    """The compiled `source` (cached by digest), or None without a compiler or on a failed build."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    digest = hashlib.sha256((" ".join(FLAGS) + source).encode()).hexdigest()[:16]
    try:
        cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sluice" / "kernels"
        path = cache / f"{name}-{digest}.so"
        if not path.exists():
            cache.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(dir=cache) as tmp:
                src, lib = Path(tmp) / f"{name}.c", Path(tmp) / f"{name}.so"
                src.write_text(source)
                subprocess.run([compiler, *FLAGS, "-o", str(lib), str(src), "-lm"],
                               check=True, capture_output=True, timeout=120)
                os.replace(lib, path)  # atomic: another process may build the same file
        return ctypes.CDLL(str(path))
    except (OSError, RuntimeError, subprocess.SubprocessError) as exc:  # RuntimeError: no home directory
        logger.warning("V4 C kernel %s unavailable, using torch ops: %s", name, exc)
        return None


def load(name: str, source: str, signatures: dict[str, list]) -> ctypes.CDLL | None:
    """`build` and declare each function's ctypes argument types (all return void)."""
    library = build(name, source)
    if library is None:
        return None
    for function, argtypes in signatures.items():
        fn = getattr(library, function)
        fn.restype, fn.argtypes = None, argtypes
    return library


# ctypes argument types of the kernels' signatures
PTR, LONG, INT, FLOAT = ctypes.c_void_p, ctypes.c_long, ctypes.c_int, ctypes.c_float


def plain(*tensors: torch.Tensor) -> bool:
    """CPU fp32 tensors with no gradient to carry: what the C kernels take."""
    for t in tensors:
        if t.dtype != torch.float32 or t.device.type != "cpu":
            return False
    return not (torch.is_grad_enabled() and any(t.requires_grad for t in tensors))


# the C kernels' shared helper: a dot product with sums in a fixed order (a token gets the same bits in
# any batch)
DOT_SOURCE = r"""
#include <math.h>
#include <string.h>

/* sum of a[i] * b[i] over i < len in a fixed order (8 running sums in two 4-wide vectors), whatever
   the batch */
typedef float v4 __attribute__((vector_size(16)));
static float dot(const float *a, const float *b, long len) {
    v4 lo = {0, 0, 0, 0}, hi = {0, 0, 0, 0};
    long i = 0;
    for (; i + 8 <= len; i += 8) {
        v4 x0, x1, y0, y1;
        memcpy(&x0, a + i, sizeof x0);
        memcpy(&x1, a + i + 4, sizeof x1);
        memcpy(&y0, b + i, sizeof y0);
        memcpy(&y1, b + i + 4, sizeof y1);
        lo += x0 * y0;
        hi += x1 * y1;
    }
    float total = ((lo[0] + lo[1]) + (lo[2] + lo[3])) + ((hi[0] + hi[1]) + (hi[2] + hi[3]));
    for (; i < len; i++) total += a[i] * b[i];
    return total;
}
"""
