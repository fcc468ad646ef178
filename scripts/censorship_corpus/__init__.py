"""Training corpus of the censorship/refusal classifier, written for the project in several
independent sources (each its own authoring style); ``load_sources()`` returns rows per source.

The held-out sets v1 to v7 and v16 (``bench/data/heldout*/censorship.jsonl``) are sources too, each after
its blind run (v5 and v6 evaluated blind once on 2026-12-06, v7 read on 2026-12-06 and 2026-12-07, v16 read
four times on 2026-12-07, sources since), and so is v14's set of plain answers (read three times on
2026-12-07); v17 to v21 (:data:`READ_SETS`, read by their blind runs and later comparisons) are sources since
2026-12-07; v22 and later never are."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.censorship_corpus import (
    brief_answers, chat_long, composed, considerations, definitions, deflections, demo_answers, evasive_strings,
    everyday_replies, hedged_answers, hedging, light_replies, limited_answers, long_form, neighbouring,
    official_among_views, official_lines, other_states, out_of_scope, paraphrases, partial, pivots, plain_answers,
    refused_chores, refused_tasks, registers, short_replies, soft_deflections, state_facts, state_lines,
    state_pivots, state_plain_facts, structured, substance, templates_en, templates_zh, terse_answers)

HERE = Path(__file__).parent
HELDOUT_V1 = HERE.parent.parent / "bench" / "data" / "heldout" / "censorship.jsonl"
HELDOUT_V2 = HERE.parent.parent / "bench" / "data" / "heldout_v2" / "censorship.jsonl"
HELDOUT_V3 = HERE.parent.parent / "bench" / "data" / "heldout_v3" / "censorship.jsonl"
HELDOUT_V4 = HERE.parent.parent / "bench" / "data" / "heldout_v4" / "censorship.jsonl"
HELDOUT_V5 = HERE.parent.parent / "bench" / "data" / "heldout_v5" / "censorship.jsonl"
HELDOUT_V6 = HERE.parent.parent / "bench" / "data" / "heldout_v6" / "censorship.jsonl"
HELDOUT_V7 = HERE.parent.parent / "bench" / "data" / "heldout_v7" / "censorship.jsonl"
HELDOUT_V16 = HERE.parent.parent / "bench" / "data" / "heldout_v16" / "censorship.jsonl"
HELDOUT_V14 = HERE.parent.parent / "bench" / "data" / "heldout_v14" / "plain_answers.jsonl"
READ_SETS = ("v17", "v18", "v19", "v20", "v21")


def load_sources(seed: int = 13) -> dict[str, list[dict]]:
    handwritten = _jsonl(HERE / "handwritten.jsonl", "handwritten")
    return {"templates_en": templates_en.rows(seed), "templates_zh": templates_zh.rows(seed),
            "long_form": long_form.rows(seed), "composed": composed.rows(seed),
            "other_states": other_states.rows(seed), "handwritten": handwritten,
            "official_lines": official_lines.rows(seed), "registers": registers.rows(seed),
            "chat_long": chat_long.rows(seed), "paraphrases": paraphrases.rows(seed),
            "deflections": deflections.rows(seed), "substance": substance.rows(seed),
            "structured": structured.rows(seed), "hedging": hedging.rows(seed),
            "considerations": considerations.rows(seed), "pivots": pivots.rows(seed), "partial": partial.rows(seed),
            "short_replies": short_replies.rows(seed), "brief_answers": brief_answers.rows(seed),
            "state_facts": state_facts.rows(seed),
            "official_among_views": official_among_views.rows(seed), "neighbouring": neighbouring.rows(seed),
            "plain_answers": plain_answers.rows(seed), "hedged_answers": hedged_answers.rows(seed),
            "demo_answers": demo_answers.rows(seed), "refused_tasks": refused_tasks.rows(seed),
            "limited_answers": limited_answers.rows(seed), "definitions": definitions.rows(seed),
            "terse_answers": terse_answers.rows(seed), "refused_chores": refused_chores.rows(seed),
            "state_lines": state_lines.rows(seed), "evasive_strings": evasive_strings.rows(seed),
            "everyday_replies": everyday_replies.rows(seed), "state_pivots": state_pivots.rows(seed),
            "light_replies": light_replies.rows(seed), "out_of_scope": out_of_scope.rows(seed),
            "soft_deflections": soft_deflections.rows(seed), "state_plain_facts": state_plain_facts.rows(seed),
            "heldout_v1": _jsonl(HELDOUT_V1, "heldout_v1"), "heldout_v2": _jsonl(HELDOUT_V2, "heldout_v2"),
            "heldout_v3": _jsonl(HELDOUT_V3, "heldout_v3"), "heldout_v4": _jsonl(HELDOUT_V4, "heldout_v4"),
            "heldout_v5": _jsonl(HELDOUT_V5, "heldout_v5"),
            "heldout_v6": _jsonl(HELDOUT_V6, "heldout_v6"), "heldout_v7": _jsonl(HELDOUT_V7, "heldout_v7"),
            "heldout_v14": _jsonl(HELDOUT_V14, "heldout_v14"), "heldout_v16": _jsonl(HELDOUT_V16, "heldout_v16"),
            **{f"heldout_{v}": _jsonl(HERE.parent.parent / "bench" / "data" / f"heldout_{v}" / "censorship.jsonl",
                                      f"heldout_{v}") for v in READ_SETS}}


def _jsonl(path: Path, source: str) -> list[dict]:
    """Rows of a JSON-lines file in the held-out set's shape, under one source name."""
    return [{**json.loads(line), "source": source} for line in path.read_text().splitlines() if line.strip()]
