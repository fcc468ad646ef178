#!/usr/bin/env bash
# GPU check for the Triton kernels and the inference core: one script, < 10 minutes on one H200.
# Runs the GPU tests, the kernel benchmarks and the end-to-end decode benchmark; installs nothing
# (needs python3 with torch + triton + pytest + safetensors + tokenizers + jinja2 + tqdm).
# Results and logs go to $OUT (default ./device_out):
#   env.txt, gpu_tests.log, kernels.{json,md,log}, inference_gpu.{json,md}  (+ inference_gpu.log)
# Usage (repository root):  bash bench/device_check.sh
set -u
cd "$(dirname "$0")/.."
OUT="${OUT:-$PWD/device_out}"
mkdir -p "$OUT"
# The checkout's folders are the `sluice.*` packages (setup.py maps them); without installing
# anything, a private folder of links gives Python the same layout. The checkout itself goes after
# it, for the tests' own helpers (`tests.*`).
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

stage env
{ nvidia-smi --query-gpu=name,memory.total,driver_version,clocks.sm,clocks.mem --format=csv 2>&1
  "$PY" -c "import torch, triton; print('torch', torch.__version__, 'triton', triton.__version__, 'cuda', torch.version.cuda)"
  "$PY" -c "import sluice.kernels, sluice.inference; print('sluice from', sluice.kernels.__file__)"
} > "$OUT/env.txt" 2>&1
cat "$OUT/env.txt"

stage "GPU tests (bf16 + FP8 kernels and the DeepSeek-V4 kernels vs references, whole model triton vs torch)"
timeout 150 "$PY" -m pytest tests/kernels -m gpu --confcutdir=tests/kernels -p no:cacheprovider -q -rfEs \
  -W ignore::pytest.PytestConfigWarning > "$OUT/gpu_tests.log" 2>&1
echo "pytest exit $?"; tail -n 15 "$OUT/gpu_tests.log"

stage "kernel benchmarks (V2-Lite and V3, then DeepSeek-V4 at V4-Flash shapes)"
timeout 280 "$PY" bench/kernels.py --set all --out "$OUT" > "$OUT/kernels.log" 2>&1
echo "kernels.py exit $?"

stage "end-to-end decode benchmark (V2-Lite shapes, random weights)"
timeout 160 "$PY" bench/inference_gpu.py --out "$OUT" --layers 27 --batches 1 8 64 256 --gen-len 32 \
  --backends triton torch > "$OUT/inference_gpu.log" 2>&1
echo "inference_gpu.py exit $?"

stage done
[ -f "$OUT/kernels.md" ] && cat "$OUT/kernels.md" || tail -n 60 "$OUT/kernels.log"
[ -f "$OUT/inference_gpu.md" ] && cat "$OUT/inference_gpu.md" || tail -n 20 "$OUT/inference_gpu.log"
