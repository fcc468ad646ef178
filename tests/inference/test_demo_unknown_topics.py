"""The demo corpus teaches "I don't know much about that" only on topics its tables do not answer: a phrase
equal to a table topic, holding a one-word table topic, or a single word of a question the corpus answers is
left out, whatever its article or plural ending."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))


def test_unknown_topics_leave_out_what_the_tables_answer():
    from scripts.demo_corpus.unknown import unknown

    known = ["bees", "the moon", "scrambled eggs", "a salad"]
    asked = ["How can I sleep better at night?"]
    picked = ["bee pollination", "Moon", "salads", "sleep", "lighthouses", "the lighthouses", "origami",
              "scrambled egg", "eggs benedict", "night sky"]
    kept = unknown(known, asked, "no-such-file.txt", picked)
    assert kept == ["lighthouses", "origami", "eggs benedict", "night sky"]


def test_the_shipped_lists_add_hundreds_of_topics_and_tasks_none_of_them_a_table_topic():
    import random

    from scripts.demo_corpus import generated

    groups = list(generated.groups(random.Random(0)))
    unknown_topics = [t for kind, t, _q, _a in groups if kind == "unknown"]
    unknown_tasks = [t for kind, t, _q, _a in groups if kind == "unknown_task"]
    assert len(unknown_topics) > 1000 and len(unknown_tasks) > 300
    answered = {t.lower() for kind, t, _q, _a in groups if kind == "topic"}
    assert not answered & {t.lower() for t in unknown_topics + unknown_tasks}
