#!/usr/bin/env bash
# GPU check for the Triton kernels and the inference core: one script, < 10 minutes on one H100/H200.
# Pre-flight first (imports, a C compiler and Python headers for Triton's launcher, the GPU), then the
# GPU tests one by one with a deadline each, the kernel benchmarks (V2/V3 and DeepSeek-V4 kernels)
# and the end-to-end decode benchmark (V2-Lite shapes and V4-Flash shapes, random weights).
# Installs nothing (needs python3 with torch + triton + pytest + safetensors + tokenizers + jinja2 + tqdm).
# Writes at most 8 files to $OUT (default ./device_out):
#   preflight.txt, gpu_tests.log, kernels.{json,md,log}, inference_gpu.{json,md,log}
# Usage (repository root):  bash bench/device_check.sh
set -u
cd "$(dirname "$0")/.."
OUT="${OUT:-$PWD/device_out}"
mkdir -p "$OUT"
# The checkout's folders are the `sluice.*` packages (setup.py maps them); without installing
# anything, a private folder of links gives Python the same layout. The checkout itself goes after
# it, for the tests' own helpers (`tests.*`) and the benchmarks' (`bench.*`).
SITE="$(mktemp -d)"
mkdir -p "$SITE/sluice"
cp sluice/__init__.py "$SITE/sluice/"
for pkg in kernels inference policy audit gateway migrations; do ln -s "$PWD/$pkg" "$SITE/sluice/$pkg"; done
# PYTHONSAFEPATH: neither the working folder nor a script's folder goes first on the path, where the
# checkout's `sluice/` (which only maps the folders when installed) would hide the links.
export PYTHONPATH="$SITE:$PWD${PYTHONPATH:+:$PYTHONPATH}" PYTHONSAFEPATH=1 PYTHONUNBUFFERED=1 TOKENIZERS_PARALLELISM=false
unset TRITON_INTERPRET
PY="${PYTHON:-python3}"
start=$(date +%s)
stage() { echo "== $1 ($(( $(date +%s) - start )) s)"; }

stage "pre-flight"
timeout 120 "$PY" - > "$OUT/preflight.txt" 2>&1 <<'EOF'
import importlib, shutil, subprocess, sys, sysconfig
from pathlib import Path
problems = []
def check(name, ok, detail=""):
    print(f"{'ok  ' if ok else 'FAIL'} {name}{': ' + detail if detail else ''}")
    if not ok:
        problems.append(name)
print("python", sys.version.split()[0], sys.executable)
for mod in ("torch", "triton", "pytest", "safetensors", "tokenizers", "jinja2", "tqdm"):
    try:
        m = importlib.import_module(mod)
        check(f"import {mod}", True, getattr(m, "__version__", ""))
    except Exception as exc:
        check(f"import {mod}", False, f"{type(exc).__name__}: {exc}")
for mod in ("sluice.kernels", "sluice.inference", "sluice.inference.v4.runner", "bench.inference_gpu_v4"):
    try:
        importlib.import_module(mod)
        check(f"import {mod}", True)
    except Exception as exc:
        check(f"import {mod}", False, f"{type(exc).__name__}: {exc}")
cc = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
check("C compiler (Triton builds its launcher)", cc is not None, cc or "none of cc/gcc/clang on PATH")
header = Path(sysconfig.get_paths()["include"]) / "Python.h"
check("Python.h (Triton's launcher)", header.is_file(), str(header))
try:
    import torch
    check("CUDA device", torch.cuda.is_available(),
          torch.cuda.get_device_name() if torch.cuda.is_available() else "none visible")
    if torch.cuda.is_available():
        print("torch CUDA", torch.version.cuda, "capability", torch.cuda.get_device_capability())
        import triton, triton.language as tl
        @triton.jit
        def _add_one(x_ptr, n, BLOCK: tl.constexpr):
            offs = tl.arange(0, BLOCK)
            mask = offs < n
            tl.store(x_ptr + offs, tl.load(x_ptr + offs, mask=mask) + 1, mask=mask)
        x = torch.zeros(100, device="cuda")
        _add_one[(1,)](x, 100, BLOCK=128)
        check("Triton compiles and runs a kernel", bool((x == 1).all()))
except Exception as exc:
    check("CUDA / Triton", False, f"{type(exc).__name__}: {exc}")
try:
    print(subprocess.run(["nvidia-smi", "--query-gpu=name,memory.total,driver_version,clocks.sm,clocks.mem",
                          "--format=csv"], capture_output=True, text=True, timeout=20).stdout)
except Exception as exc:
    print("nvidia-smi:", exc)
print("pre-flight:", "FAILED " + ", ".join(problems) if problems else "passed")
sys.exit(1 if problems else 0)
EOF
preflight=$?
cat "$OUT/preflight.txt"
if [ "$preflight" -ne 0 ]; then
  echo "pre-flight failed (exit $preflight): nothing else runs; see preflight.txt"
  exit 1
fi

stage "GPU tests (bf16 + FP8 kernels and the DeepSeek-V4 kernels vs references, whole model triton vs torch)"
timeout 150 "$PY" -m pytest tests/kernels -m gpu --confcutdir=tests/kernels -p no:cacheprovider -v -rfEs \
  -p bench.pytest_deadline --test-deadline 60 -W ignore::pytest.PytestConfigWarning > "$OUT/gpu_tests.log" 2>&1
echo "pytest exit $?"; grep -E "PASSED|FAILED|ERROR|SKIPPED" "$OUT/gpu_tests.log" | tail -n 40; tail -n 3 "$OUT/gpu_tests.log"

stage "kernel benchmarks (V2-Lite and V3, then DeepSeek-V4 at V4-Flash shapes)"
timeout 230 "$PY" bench/kernels.py --set all --out "$OUT" > "$OUT/kernels.log" 2>&1
echo "kernels.py exit $?"

stage "end-to-end decode (V4-Flash shapes with 3 layers and 64 experts: torch, triton eager vs graphs; then V2-Lite; random weights)"
timeout 230 "$PY" bench/inference_gpu.py --out "$OUT" --layers 27 --batches 1 8 64 256 --gen-len 32 \
  --backends triton torch --arch v4-flash v2-lite --v4-layers 3 --v4-experts 64 --v4-batches 1 8 32 \
  --v4-backends torch triton \
  > "$OUT/inference_gpu.log" 2>&1
echo "inference_gpu.py exit $?"

stage done
[ -f "$OUT/kernels.md" ] && cat "$OUT/kernels.md" || tail -n 60 "$OUT/kernels.log"
[ -f "$OUT/inference_gpu.md" ] && cat "$OUT/inference_gpu.md" || tail -n 20 "$OUT/inference_gpu.log"
ls "$OUT"
