"""Training corpus of the injection classifier, as independent sources (different authorship and
construction), so that a dev split can hold out whole sources."""

from __future__ import annotations

import random
from pathlib import Path

from . import documents, phrasebank

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def handwritten() -> list[dict]:
    out = []
    for line in _lines(HERE / "handwritten.tsv"):
        label, family, lang, text = line.split("\t", 3)
        out.append(dict(text=text, label=label, family=family, lang=lang))
    return out


def reference() -> list[dict]:
    attacks = _lines(ROOT / "policy" / "data" / "injection_attacks.txt")
    benign = _lines(HERE / "technical_benign.txt")
    families = {"system prompt": "prompt_leak", "instructions you were given": "prompt_leak", "hidden": "prompt_leak",
                "send": "exfiltration", "DAN": "role_play", "pretend": "role_play", "game": "role_play"}
    rows = []
    for text in attacks:
        family = next((f for key, f in families.items() if key.lower() in text.lower()), "instruction_override")
        rows.append(dict(text=text, label="attack", family=family, lang="en"))
    return rows + [dict(text=t, label="benign", family="technical", lang="en") for t in benign]


def sources(seed: int = 13) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    return {"phrasebank": phrasebank.rows(rng), "documents": documents.rows(rng), "handwritten": handwritten(),
            "reference": reference()}
