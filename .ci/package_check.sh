#!/usr/bin/env bash
# The built wheel installs exactly one top-level package, `sluice`, works in a fresh virtual
# environment beside Hugging Face's `kernels` package, and runs from outside the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

.venv/bin/python -m pip wheel --quiet --no-deps --no-build-isolation -w "$work/dist" . >/dev/null
wheel=$(ls "$work"/dist/sluice-*.whl)
# every file the packages ship (templates, static files, data) is in the wheel; docs beside the code are not
git ls-files gateway policy inference kernels audit migrations | grep -v -e '\.py$' -e '\.md$' \
  > "$work/shipped.txt"
.venv/bin/python - "$wheel" "$work/shipped.txt" <<'PY'
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
if tops != {"sluice"}:
    sys.exit(f"the wheel installs top-level names {sorted(tops)}; only 'sluice' is allowed")
missing = [f for f in open(sys.argv[2]).read().split() if f"sluice/{f}" not in names]
if missing:
    sys.exit(f"the wheel lacks {len(missing)} package files, e.g. {missing[:5]}")
PY

# pip warns about every configured index folder that does not exist on this machine; keep the rest
quiet() { "$@" 2> >(grep -v "is ignored: it is neither a file nor a directory" >&2); }

python3 -m venv "$work/venv"
quiet "$work/venv/bin/python" -m pip install --quiet "$(sed -n 's/^TORCH *:= *//p' Makefile)"
quiet "$work/venv/bin/python" -m pip install --quiet --require-hashes -r requirements/runtime.lock
quiet "$work/venv/bin/python" -m pip install --quiet --no-deps "$wheel"

cd "$work"
"$work/venv/bin/sluice" --help >/dev/null
"$work/venv/bin/python" -P - "$root" <<'PY'
import pathlib, sys, sysconfig
site = pathlib.Path(sysconfig.get_paths()["purelib"])
import kernels, sluice.kernels, transformers  # noqa: E401  (transformers imports Hugging Face's kernels)
assert pathlib.Path(kernels.__file__).parent == site / "kernels", kernels.__file__
assert hasattr(kernels, "get_kernel"), "`import kernels` is not Hugging Face's package"
assert pathlib.Path(sluice.kernels.__file__).parent == site / "sluice" / "kernels", sluice.kernels.__file__
assert not (site / "kernels" / "rms_norm.py").exists(), "Sluice's kernels were written into site-packages/kernels"
for name in ("gateway", "policy", "inference", "audit", "migrations"):
    assert not (site / name).exists(), f"site-packages/{name} exists"
from sluice.inference import LLM, SamplingParams  # noqa: F401
from sluice.gateway.console.web import templates
templates.get_template("base.html")  # the console's templates load from the installed package
print("package check: the wheel installs only `sluice`; `kernels` is Hugging Face's; sluice --help runs")
PY
