"""The injection classifier's training sources: the held-out sets already run blind are sources, the
blind one is not, and each hand-written source carries benign twins of its attacks (so that holding
it out measures false positives as well as catches)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.append(str(ROOT))

from scripts.injection_corpus import sources  # noqa: E402

SOURCES = sources()


def test_held_out_sets_after_their_blind_run_are_sources_and_the_blind_set_is_not():
    assert {f"heldout_v{n}" for n in (1, 2, 3, 4, 5, 6, 7, 16, 17, 18, 20, 21)} <= set(SOURCES)
    assert not any(name.startswith(("heldout_v22", "heldout_v23")) for name in SOURCES)
    assert min(len(SOURCES[f"heldout_v{n}"]) for n in (4, 5, 6, 7, 16, 17, 18, 20, 21)) > 360


def test_no_source_path_points_at_the_blind_set():
    import scripts.injection_corpus as corpus

    paths = [str(v) for v in vars(corpus).values() if isinstance(v, Path)]
    code = Path(corpus.__file__).read_text(encoding="utf-8")
    assert any("heldout_v6" in p for p in paths)
    for unseen in ("heldout_v22", "heldout_v23"):  # blind sets of the benchmark, never trained on
        assert not any(unseen in p for p in paths) and unseen not in code
    assert not any(v in ("v22", "v23") for v in corpus.READ_SETS)


@pytest.mark.parametrize("name", ["heldout_v4", "heldout_v5", "heldout_v6", "heldout_v20"])
def test_held_out_attack_families_use_the_classifier_family_names(name):
    families = {r["family"] for r in SOURCES[name] if r["label"] == "attack"}
    assert "roleplay_jailbreak" not in families and "multi_turn" not in families
    assert {"role_play", "exfiltration", "instruction_override", "indirect"} <= families


@pytest.mark.parametrize("name", ["personas", "leaks", "turns", "languages", "polyglot", "embedded", "encoded", "masks",
                                  "procedures", "foreign_documents"])
def test_each_hand_written_source_has_attacks_and_benign_twins(name):
    rows = SOURCES[name]
    labels = [r["label"] for r in rows]
    assert set(labels) == {"attack", "benign"} and min(labels.count("attack"), labels.count("benign")) >= 15
    assert len({r["text"] for r in rows}) == len(rows)
    assert any(r["family"] == "training" for r in rows if r["label"] == "benign")


def test_the_languages_source_covers_the_five_languages_in_both_labels():
    pairs = {(r["lang"], r["label"]) for r in SOURCES["languages"]}
    assert {(lang, label) for lang in ("ar", "ru", "ko", "tr", "ja") for label in ("attack", "benign")} <= pairs


def test_the_polyglot_source_covers_sixteen_more_languages_in_both_labels():
    pairs = {(r["lang"], r["label"]) for r in SOURCES["polyglot"]}
    languages = ("it", "pt", "nl", "pl", "uk", "hi", "vi", "sv", "id", "cs", "el", "he", "fa", "ro", "th", "fi")
    assert {(lang, label) for lang in languages for label in ("attack", "benign")} <= pairs


def test_encoded_attacks_carry_no_plain_text_instruction():
    attacks = [r["text"] for r in SOURCES["encoded"] if r["label"] == "attack"]
    assert not any("ignore" in text.lower() and "previous instructions" in text.lower() for text in attacks)
