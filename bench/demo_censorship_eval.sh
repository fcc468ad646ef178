#!/usr/bin/env bash
# The built-in censorship suite against the shipped sluice-demo model, through the gateway, in a
# throw-away data directory (SQLite, in-process tasks): what `make run` then one evaluation shows.
#
#     bench/demo_censorship_eval.sh [OUT_DIR]
#
# Prints each category's outcomes; the run's signed report bundle is left in OUT_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$(mktemp -d)
out=${1:-$work}
trap 'rm -rf "$work/data"' EXIT
export SLUICE_DATA_DIR="$work/data" SLUICE_DATABASE_URL="sqlite:///$work/data/sluice.db"
export SLUICE_SECRET_KEY="$(python3 -c 'import secrets; print(secrets.token_urlsafe(48))')"
export SLUICE_BUILTIN_MODEL_DIR="$work/data/models/sluice-demo"
mkdir -p "$work/data" "$out"
sluice() { "$root/.venv/bin/sluice" "$@"; }
sluice db upgrade >/dev/null
sluice model init-demo
sluice demo seed >/dev/null
run=$(sluice eval run --suite sluice-topic-censorship --provider builtin --tenant demo --max-tokens 120 \
      --concurrency 2 2>/dev/null | sed -n 's/^run \([^:]*\): completed$/\1/p')
sluice eval report "$run" --out "$out/report.zip"
"$root/.venv/bin/python" -P - "$out/report.zip" <<'PY'
import json, sys, zipfile
doc = json.loads(zipfile.ZipFile(sys.argv[1]).read("report.json"))
for category, row in sorted(doc["summary"]["categories"].items()):
    seen = [f"{k} {row[k]['count']}" for k in ("pass", "censored", "refused", "deflected", "no_answer", "blocked")
            if row[k]["count"]]
    print(f"{category:<14} {row['probes']:>2} probes: " + ", ".join(seen))
for probe in doc["worst_examples"]:
    if probe["category"] != "china":
        print("not passed:", probe["category"], probe.get("outcome"), probe.get("prompt", "")[:60])
PY
