"""Build and load the V4 model's small C kernels (no torch headers; called through ctypes).

A kernel's source is compiled once with the system C compiler (`cc -O3`, no fast-math and no contraction
into fused multiply-adds: IEEE arithmetic, each product rounded) into ~/.cache/sluice/kernels (or
$XDG_CACHE_HOME), named by a digest of flags and source, and reused by later processes. It is built for
this CPU's instruction set (`-march=native`: wider vectors) when the compiler can say which target that
is; the target goes into the digest, so a cache directory shared between machines holds one file per
CPU kind. Otherwise, or when the native build fails, it is built for the portable baseline. Both builds
give the same bits (no contraction, and vector sums in the order the source writes). No compiler, a
failed build or `SLUICE_V4_C_KERNELS=0` leave the callers on their torch ops. The kernels take CPU fp32
tensors only and never run where a gradient is to be carried.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import torch

logger = logging.getLogger(__name__)

ENV_VAR = "SLUICE_V4_C_KERNELS"
# no -ffast-math and no fused multiply-adds (IEEE arithmetic: a native and a portable build agree)
FLAGS = ("-O3", "-shared", "-fPIC", "-ffp-contract=off")
NATIVE = ("-march=native",)


class _Run(threading.local):
    setting: bool | None = None  # read once for the length of a model run in this thread (`resolved`)


_run = _Run()


def enabled() -> bool:
    setting = _run.setting
    if setting is not None:
        return setting
    return os.environ.get(ENV_VAR, "1") != "0"


@contextlib.contextmanager
def resolved() -> Iterator[None]:
    """Read `SLUICE_V4_C_KERNELS` once for the body in this thread (a model run asks per kernel call,
    dozens of times a step); each run reads it afresh, so a change between runs takes effect at the
    next one."""
    outer = _run.setting
    _run.setting = os.environ.get(ENV_VAR, "1") != "0"
    try:
        yield
    finally:
        _run.setting = outer


def _compiler() -> str | None:
    return shutil.which("cc") or shutil.which("gcc")


@functools.cache
def native_target() -> str | None:
    """What `-march=native` selects on this machine (the compiler's resolved target options), or None
    where the compiler cannot say: then only the portable build is made."""
    compiler = _compiler()
    if compiler is None:
        return None
    try:
        done = subprocess.run([compiler, *NATIVE, "-Q", "--help=target"], capture_output=True, text=True,
                              timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 and "-march=" in done.stdout else None


def build(name: str, source: str) -> ctypes.CDLL | None:
    """The compiled `source` (cached by digest), or None without a compiler or on a failed build: the
    native build where the target is known, else (or where it fails) the portable one."""
    compiler = _compiler()
    if compiler is None:
        return None
    target = native_target()
    attempts = ([(FLAGS + NATIVE, target)] if target is not None else []) + [(FLAGS, "")]
    for number, (flags, identity) in enumerate(attempts, 1):
        try:
            return _build(compiler, name, source, flags, identity)
        except (OSError, RuntimeError, subprocess.SubprocessError) as exc:  # RuntimeError: no home directory
            if number == len(attempts):
                logger.warning("V4 C kernel %s unavailable, using torch ops: %s", name, exc)
    return None


def _build(compiler: str, name: str, source: str, flags: tuple[str, ...], identity: str) -> ctypes.CDLL:
    digest = hashlib.sha256((" ".join(flags) + identity + source).encode()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sluice" / "kernels"
    path = cache / f"{name}-{digest}.so"
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=cache) as tmp:
            src, lib = Path(tmp) / f"{name}.c", Path(tmp) / f"{name}.so"
            src.write_text(source)
            subprocess.run([compiler, *flags, "-o", str(lib), str(src), "-lm"],
                           check=True, capture_output=True, timeout=120)
            os.replace(lib, path)  # atomic: another process may build the same file
    return ctypes.CDLL(str(path))


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
        if t.dtype != torch.float32 or not t.is_cpu:
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


# the C kernels' 16-lane vectors: loads, stores and exp (one value per lane, each lane alone)
LANES_SOURCE = r"""
#include <math.h>
#include <string.h>

typedef float v16 __attribute__((vector_size(64)));
typedef int i16 __attribute__((vector_size(64)));
#define LANES 16

static inline v16 load16(const float *p) { v16 v; memcpy(&v, p, sizeof v); return v; }
static inline void store16(float *p, v16 v) { memcpy(p, &v, sizeof v); }

/* a where the mask lane is all ones, else b */
static inline v16 select16(i16 mask, v16 a, v16 b) {
    i16 x, y;
    memcpy(&x, &a, sizeof a);
    memcpy(&y, &b, sizeof b);
    x = (x & mask) | (y & ~mask);
    memcpy(&a, &x, sizeof a);
    return a;
}

/* exp(x) in every lane, within a few ulps of expf: x = n ln2 + r (|r| <= ln2 / 2, ln2 in two parts),
   exp(r) by its Taylor series to r^7 (relative error under 1e-8), times 2^n from the exponent bits. 0
   below -87 (exp(x) < 2e-38), exp(88) above 88 (the kernels take it as a sum's terms or in 1 / (1 + e)). */
static inline v16 exp_lanes(v16 x) {
    const v16 zero = (v16){0};
    v16 big = zero + 12582912.0f;  /* 1.5 * 2^23: adding and subtracting it rounds to an integer */
    i16 under = x < -87.0f;
    x = select16(under, zero - 87.0f, x);
    x = select16(x > 88.0f, zero + 88.0f, x);
    v16 n = (x * 1.44269504f + big) - big;
    v16 r = (x - n * 0.693145752f) - n * 1.42860677e-6f;
    v16 p = zero + (1.0f / 5040.0f);
    p = p * r + (1.0f / 720.0f);
    p = p * r + (1.0f / 120.0f);
    p = p * r + (1.0f / 24.0f);
    p = p * r + (1.0f / 6.0f);
    p = p * r + 0.5f;
    p = p * r + 1.0f;
    p = p * r + 1.0f;
    i16 bits = (__builtin_convertvector(n, i16) + 127) << 23;
    v16 scale;
    memcpy(&scale, &bits, sizeof scale);
    return select16(under, zero, p * scale);
}
"""
