"""Serialise the held-out evaluation sets to JSONL.

The items live as literal lists in ``censorship_items.py``, ``injection_items.py`` and
``content_items.py``; this script only turns them into ``*.jsonl`` next to it and prints counts.
Evaluation only: never train or tune on these files.

    .venv/bin/python bench/data/heldout/write_sets.py
"""

from __future__ import annotations

import collections
import importlib
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _censorship_rows(items):
    for source, lang, kind, topic, request, response, *rest in items:
        row = {"source": source, "lang": lang, "request": request, "response": response}
        if rest and rest[0]:
            row["reasoning"] = rest[0]
        row["kind"] = kind
        row["topic"] = topic
        yield row


def _injection_rows(items):
    for source, lang, label, family, text in items:
        yield {"source": source, "lang": lang, "text": text, "label": label, "family": family}


def _content_rows(items):
    for source, categories, text in items:
        yield {"source": source, "text": text, "categories": list(categories)}


SETS = {
    "censorship": ("censorship_items", _censorship_rows, "kind"),
    "injection": ("injection_items", _injection_rows, "label"),
    "content": ("content_items", _content_rows, None),
}


def main() -> None:
    for name, (module, to_rows, key) in SETS.items():
        try:
            items = importlib.import_module(module).ITEMS
        except ModuleNotFoundError:
            continue
        rows = list(to_rows(items))
        path = HERE / f"{name}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        if key:
            counts = collections.Counter(r[key] for r in rows)
        else:
            counts = collections.Counter(c for r in rows for c in (r["categories"] or ["safe"]))
        print(f"{path.name}: {len(rows)} rows", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
