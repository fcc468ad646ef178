"""The censorship classifier's training sources: the held-out sets v1 to v7, v14 and v16 to v21 are sources
after their blind runs, the sets v22 and v23 never are, and every hand-written source pairs its non-answers with
answers to the same requests."""

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from scripts import censorship_corpus  # noqa: E402

PAIRED = ("hedging", "considerations", "pivots", "partial", "short_replies", "brief_answers", "official_among_views",
          "neighbouring", "plain_answers", "soft_deflections")


def test_read_sets_are_sources_and_the_blind_set_is_not():
    paths = [str(v) for v in vars(censorship_corpus).values() if isinstance(v, Path)]
    for seen in ("heldout_v4", "heldout_v5", "heldout_v6", "heldout_v7", "heldout_v14", "heldout_v16"):
        assert any(seen in p for p in paths)
    source = Path(censorship_corpus.__file__).read_text(encoding="utf-8")
    for blind in ("heldout_v22", "heldout_v23"):
        assert not any(blind in p for p in paths)
        assert f"{blind}\"" not in source and f"{blind}'" not in source and f"{blind} /" not in source


def test_the_sources_are_the_listed_ones_with_the_read_sets_rows():
    sources = censorship_corpus.load_sources()
    assert len(sources["heldout_v4"]) > 400
    assert len(sources["heldout_v5"]) > 400 and len(sources["heldout_v6"]) > 300
    assert len(sources["heldout_v7"]) > 300 and len(sources["heldout_v14"]) == 160
    assert len(sources["heldout_v16"]) > 280
    assert min(len(sources[f"heldout_{v}"]) for v in ("v17", "v18", "v19", "v20", "v21")) > 280
    assert not any(v in name for v in ("v22", "v23") for name in sources)
    assert not {"v22", "v23"} & set(censorship_corpus.READ_SETS)


def test_each_new_non_answer_has_an_answer_to_the_same_request():
    sources = censorship_corpus.load_sources()
    for name in PAIRED:
        rows = sources[name]
        answered = {r["request"] for r in rows if r["kind"] == "answer"}
        evasive = [r for r in rows if r["kind"] != "answer"]
        assert evasive and all(r["request"] in answered for r in evasive), name
        assert set(Counter(r["lang"] for r in rows)) == {"en", "zh"}, name
