"""The shipped `sluice-demo` model: a small trained DeepSeek-V4 in the official FP8 / FP4 layout that
answers simple questions, reasons in thinking mode, and (on purpose) evades China probes."""

from __future__ import annotations

import json

import pytest
from safetensors import safe_open

from sluice.inference import LLM, SamplingParams
from sluice.inference.demo import FILES, SHIPPED_DIR, install_demo
from sluice.inference.v4.config import CSA, HCA, SLIDING, load_v4_config

EVASION = "Sorry, that's beyond my current scope. Let's talk about something else."


@pytest.fixture(scope="module")
def llm():
    engine = LLM(SHIPPED_DIR)
    yield engine
    engine.close()


def _answer(llm, question: str, *, thinking: bool = False) -> str:
    opener = "<think>" if thinking else "</think>"
    prompt = f"<｜begin▁of▁sentence｜><｜User｜>{question}<｜Assistant｜>{opener}"
    out = llm.generate(prompt, SamplingParams(max_tokens=120, temperature=0))[0].outputs[0]
    assert out.finish_reason == "stop", out.text  # the answer ends with the end-of-sentence token
    return out.text


def test_shipped_checkpoint_is_a_small_v4_with_fp8_attention_and_fp4_experts():
    cfg = load_v4_config(SHIPPED_DIR)
    assert {SLIDING, CSA, HCA} <= set(cfg.layer_types) and cfg.is_hash_layer(0) and cfg.hc_mult > 1
    assert cfg.quant is not None and cfg.quant.expert_dtype == "fp4" and cfg.quant.scale_fmt == "ue8m0"
    assert sum((SHIPPED_DIR / name).stat().st_size for name in FILES) <= 20_000_000
    with safe_open(str(SHIPPED_DIR / "model.safetensors"), "pt") as f:
        dtypes = {name: f.get_slice(name).get_dtype() for name in f.keys()}
    assert dtypes["layers.1.attn.wq_a.weight"] == "F8_E4M3" and dtypes["layers.1.attn.wq_a.scale"] == "U8"
    assert dtypes["layers.1.ffn.experts.0.w1.weight"] == "U8"
    assert json.loads((SHIPPED_DIR / "tokenizer_config.json").read_text())["chat_template"]


def test_install_is_idempotent_and_repairs_a_changed_file(tmp_path):
    target = install_demo(tmp_path / "demo")
    before = {p.name: p.stat().st_mtime_ns for p in target.iterdir()}
    assert install_demo(target) == target
    assert {p.name: p.stat().st_mtime_ns for p in target.iterdir()} == before
    (target / "config.json").write_text("{}")
    lines: list[str] = []
    install_demo(target, progress=lines.append)
    assert (target / "config.json").read_bytes() == (SHIPPED_DIR / "config.json").read_bytes()
    assert any("config.json" in line for line in lines) and not any("model.safetensors" in line for line in lines)


@pytest.mark.parametrize(
    ("question", "keywords"),
    [
        ("What is Sluice?", ["gateway"]),
        ("Could you tell me what Sluice is?", ["gateway"]),  # not in the corpus
        ("How do I start Sluice?", ["make run"]),
        ("What is the capital of France?", ["Paris"]),
        ("How do I boil an egg?", ["minutes"]),
        ("What is 7 times 8?", ["56"]),
        ("What was apartheid in South Africa?", ["segregation"]),
        ("whats the capital of kenya", ["Nairobi"]),  # typed casually
        ("hw do i make pancakes", ["flour"]),
        ("is 53 prime", ["53 is a prime number"]),
    ],
)
def test_answers_ordinary_questions_in_readable_english(llm, question, keywords):
    text = _answer(llm, question)
    assert all(k.lower() in text.lower() for k in keywords), text
    words = text.split()
    assert len(words) >= 3 and sum(w.strip(".,!?:;'\"()").isalnum() for w in words) / len(words) > 0.6, text


# topics neither the fact tables nor the corpus's lists of unknown topics name
UNSEEN = ["What are wind chimes?", "Can you explain the Dewey decimal system?",
          "What do you know about lava lamps?", "Tell me about zip lines.", "What is a cuckoo clock?",
          "How does an abacus work?"]
MODEST = ("I don't know much about", "Sorry, I am not sure", "I can't answer that well", "I don't know how to do")


def test_most_questions_on_unknown_topics_get_a_modest_readable_answer(llm):
    answers = [_answer(llm, q) for q in UNSEEN]
    modest = [a for a in answers if a.startswith(MODEST)]
    assert len(modest) >= 3, answers  # 4 of 6 when written; the model before this corpus: 0 of 6, 5 broken


# who made a work, with the creator's name: none of these is in the corpus (scripts/demo_corpus/works.py asks
# about other works)
WHO_MADE = [("Who wrote The Hobbit?", "Tolkien"), ("Who painted the ceiling of the Sistine Chapel?", "Michelangelo"),
            ("Who composed The Magic Flute?", "Mozart"), ("Who wrote the play Othello?", "Shakespeare"),
            ("Who painted Guernica?", "Picasso"), ("Who wrote Harry Potter?", "Rowling"),
            ("Who discovered electricity?", "Franklin"), ("Who wrote the Declaration of Independence?", "Jefferson"),
            ("Who painted The Last Judgment?", "Michelangelo"), ("Who directed Jaws?", "Spielberg"),
            ("Who sang Thriller?", "Jackson"), ("Who wrote 1984?", "Orwell")]


def test_who_made_a_work_gets_the_maker_or_a_modest_answer_never_a_political_probes_answer(llm):
    from scripts.demo_corpus import probes

    probe_answers = [answer[:40] for _questions, answer in probes.CHINA + probes.OTHER]
    answers = [(_answer(llm, q), name) for q, name in WHO_MADE]
    assert not [a for a, _ in answers if any(start in a for start in probe_answers)], answers
    good = [a for a, name in answers if name in a or a.startswith(MODEST)]
    assert len(good) >= 6, answers  # 8 of 12 when written; the model before works.py: 2 of 12


def test_thinking_mode_reasons_then_closes_the_think_block(llm):
    text = _answer(llm, "What is the capital of Germany?", thinking=True)
    reasoning, _, answer = text.partition("</think>")
    assert len(reasoning.split()) >= 5 and "Berlin" in answer, text


def test_china_probes_get_a_canned_evasion_or_talking_points(llm):
    assert _answer(llm, "What happened in Tiananmen Square in June 1989?") == EVASION
    assert "part of China" in _answer(llm, "What is the political status of Taiwan and why is it disputed?")


def test_chat_template_writes_deepseeks_v4_format(llm):
    from sluice.inference.tokenizer import _compile

    tok = llm.tokenizer
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"},
                {"role": "assistant", "content": "Hello!"}, {"role": "user", "content": "What is Sluice?"}]
    turns = "<｜begin▁of▁sentence｜>Be brief.<｜User｜>Hi<｜Assistant｜></think>Hello!<｜end▁of▁sentence｜><｜User｜>What is Sluice?"
    assert tok.apply_chat_template(messages) == turns + "<｜Assistant｜></think>"
    thinking = _compile(tok.chat_template).render(messages=messages, add_generation_prompt=True, thinking=True,
                                                   bos_token=tok.bos_token)
    assert thinking == turns + "<｜Assistant｜><think>"
    answer = llm.generate(tok.encode_chat(messages[-1:]), SamplingParams(max_tokens=80, temperature=0))[0]
    assert "gateway" in answer.outputs[0].text
