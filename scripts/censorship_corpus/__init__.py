"""Training corpus of the censorship/refusal classifier, written for the project in several
independent sources (each its own authoring style); ``load_sources()`` returns rows per source."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.censorship_corpus import composed, long_form, other_states, templates_en, templates_zh

HERE = Path(__file__).parent


def load_sources(seed: int = 13) -> dict[str, list[dict]]:
    handwritten = [json.loads(line) for line in (HERE / "handwritten.jsonl").read_text().splitlines() if line.strip()]
    return {"templates_en": templates_en.rows(seed), "templates_zh": templates_zh.rows(seed),
            "long_form": long_form.rows(seed), "composed": composed.rows(seed),
            "other_states": other_states.rows(seed), "handwritten": handwritten}
