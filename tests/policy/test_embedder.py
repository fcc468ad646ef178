"""The built-in MiniLM encoder reproduces sentence-transformers' embeddings."""

from __future__ import annotations

import torch

from policy.models import cache
from policy.models.embedder import default_model_dir


def test_embeddings_match_the_transformers_reference():
    from transformers import AutoModel, AutoTokenizer

    texts = ["How do I reset my online banking password?", "Quarterly revenue grew 4% in EMEA."]
    ours = cache.embedder().embed(texts)
    tokenizer = AutoTokenizer.from_pretrained(str(default_model_dir()))
    model = AutoModel.from_pretrained(str(default_model_dir())).eval()
    batch = tokenizer(texts, padding=True, return_tensors="pt")
    with torch.no_grad():
        hidden = model(**batch).last_hidden_state
    mask = batch["attention_mask"].unsqueeze(-1).float()
    ref = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1)
    assert torch.allclose(ours, ref, atol=1e-5)


def test_models_are_loaded_once_per_process():
    assert cache.embedder() is cache.embedder()
