"""A byte-level tokenizer for tiny DeepSeek-V4 checkpoints (96 ids) that knows V4's chat markup: the
turn tokens as special tokens, ``<think>`` / ``</think>`` and ``｜DSML｜`` as ordinary added tokens (as
in DeepSeek's tokenizers), and the characters the chat template and the tests write."""

from __future__ import annotations

import json
import string
from pathlib import Path

from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers

BOS, EOS, USER, ASSISTANT = "<｜begin▁of▁sentence｜>", "<｜end▁of▁sentence｜>", "<｜User｜>", "<｜Assistant｜>"
MARKUP = ("<think>", "</think>", "｜DSML｜")
TEXT = string.ascii_letters + string.digits + " \n<>/\"=_-.,:?!{}[]'#$|()`;+"


def write_v4_tokenizer(out_dir: Path, vocab_size: int = 96, *, markup_special: bool = False) -> None:
    """``markup_special``: ``<think>``, ``</think>`` and ``｜DSML｜`` as special tokens instead."""
    byte_char = {chr(b): c for b, c in zip(range(256), _bytes_to_unicode())}
    vocab = {byte_char[ch]: i for i, ch in enumerate(TEXT)}
    assert len(vocab) + 4 + len(MARKUP) <= vocab_size, "the alphabet does not fit the tiny vocabulary"
    tok = Tokenizer(models.BPE(vocab=vocab, merges=[]))
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=False)
    tok.decoder = decoders.ByteLevel()
    tok.add_special_tokens([BOS, EOS, USER, ASSISTANT])
    tok.add_tokens([AddedToken(t, special=markup_special, normalized=False) for t in MARKUP])
    tok.save(str(out_dir / "tokenizer.json"))
    (out_dir / "tokenizer_config.json").write_text(json.dumps({"bos_token": BOS, "eos_token": EOS}))


def _bytes_to_unicode() -> list[str]:
    """GPT-2's byte-to-character table, which the byte-level pre-tokenizer uses."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(0xA1, 0xAD)) + list(range(0xAE, 0x100))
    chars, extra = {}, 0
    for b in range(256):
        if b in printable:
            chars[b] = chr(b)
        else:
            chars[b] = chr(256 + extra)
            extra += 1
    return [chars[b] for b in range(256)]
