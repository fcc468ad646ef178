"""Serialise the hand-written held-out v2 item lists to JSONL.

Run from anywhere: python bench/data/heldout_v2/write_sets.py
"""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)


def _write(name, items):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{name}: {len(items)}")


def main():
    import cens_a, cens_b, cens_c, cens_d  # noqa: F401,E401  (parts B-D append to cens_a.ITEMS)
    _write("censorship.jsonl", cens_a.ITEMS)
    try:
        import inj_a, inj_b  # noqa: F401,E401
        _write("injection.jsonl", inj_a.ITEMS)
    except ImportError:
        pass
    try:
        import cont_a, cont_b  # noqa: F401,E401
        _write("content.jsonl", cont_a.ITEMS)
    except ImportError:
        pass


if __name__ == "__main__":
    main()
