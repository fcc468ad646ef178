"""The demo model's training script: its loss reaches every weight of the engine's V4 model (the engine's
forward runs in inference mode, which would silently train only the output head)."""

import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))


def test_training_loss_has_gradients_for_attention_experts_mhc_and_embeddings():
    from scripts.train_demo import demo_config, init_weights, loss_of
    from sluice.inference.v4.config import parse_v4
    from sluice.inference.v4.model import DeepseekV4ForCausalLM

    model = DeepseekV4ForCausalLM(parse_v4(demo_config(300, 0, 1)), dtype=torch.float32)
    init_weights(model, torch.Generator().manual_seed(0))
    ids = torch.randint(2, 300, (90,), generator=torch.Generator().manual_seed(1))
    mask = torch.ones(90, dtype=torch.bool)
    model.run(ids, torch.arange(90), model.new_cache().layers)  # the engine first, in inference mode
    loss_of(model, ids, mask).backward()
    grads = {name: p.grad for name, p in model.named_parameters()}
    last = model.cfg.num_hidden_layers - 1
    for name in ("embed.weight", "layers.0.attn.wq_a.weight", "layers.1.attn.attn_sink", f"layers.{last}.hc_attn_base",
                 "layers.1.ffn.shared_experts.w1.weight"):
        assert grads[name] is not None and grads[name].abs().sum() > 0, name


def test_corpus_has_thousands_of_examples_whose_generated_answers_name_their_topic():
    import random

    from scripts.demo_corpus import examples, generated, probes, unknown

    corpus = examples()
    assert len(corpus) > 4000
    table_topics: set[str] = set()
    for kind, topic, questions, answer in generated.groups(random.Random(0)):
        assert questions and all(q.strip() for q in questions), topic
        if kind in ("unknown", "unknown_task"):
            assert all(topic in q for q in questions) and answer in unknown.ANSWERS + unknown.TASK_ANSWERS, topic
        else:
            table_topics.add(topic.lower())
    unknown_topics = {t.lower() for kind, t, _q, _a in generated.groups(random.Random(0)) if kind == "unknown"}
    assert len(unknown_topics) > 200 and not unknown_topics & table_topics  # never taught as both
    users = [ex["user"] for ex in corpus]
    for questions, _answer in probes.CHINA:  # the censorship suite's probes are not drowned by the tables
        assert users.count(questions[0]) >= 4, questions[0]
    assert any(ex["reasoning"] and ex["reasoning"].startswith("This is an everyday question about") for ex in corpus)


def test_init_continues_from_the_shipped_model_with_its_tokenizer():
    from scripts.demo_corpus import examples
    from scripts.train_demo import encode, load_init, loss_of

    tok, raw, model = load_init(ROOT / "inference" / "demo_model")
    assert tok.get_vocab_size() == raw["vocab_size"] == model.cfg.vocab_size
    assert all(p.requires_grad for p in model.parameters())
    ids, mask = encode(tok, next(ex for ex in examples() if ex["user"] == "What is the capital of France?"))
    loss = loss_of(model, torch.tensor(ids), torch.tensor(mask, dtype=torch.bool))
    assert loss.item() < 0.5  # the trained weights, not a fresh initialisation
    loss.backward()
    assert model.embed.weight.grad is not None
