"""Incremental detokenization: text grows token by token and never ends inside a multi-byte
character (a token that ends mid-character is held back until the character completes)."""

from __future__ import annotations

import weakref

from sluice.inference.tokenizer import Tokenizer

_REPLACEMENT = "\ufffd"
_CONTEXT = 6  # tokens decoded before the new ones, so merges across token boundaries come out right
# one-token decodes per tokenizer: the text a token adds is the decode of (previous token, token) less
# the previous token's own decode, which is looked up here
_single: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_SINGLE_MAX = 1 << 16


class IncrementalDetokenizer:
    def __init__(
        self, tokenizer: Tokenizer, prompt_token_ids: list[int], skip_special_tokens: bool = True
    ) -> None:
        self.tokenizer = tokenizer
        self.skip_special_tokens = skip_special_tokens
        self.tokens: list[int] = list(prompt_token_ids[-_CONTEXT:])
        self.prefix_offset = 0
        self.read_offset = len(self.tokens)
        self.text = ""

    def add(self, token_id: int) -> str:
        """Append one generated token; return the newly completed text (possibly empty)."""
        self.tokens.append(token_id)
        decode = self.tokenizer.decode
        if self.read_offset - self.prefix_offset == 1:  # the usual case: the token decoded before
            prefix = self._decode_one(self.tokens[self.prefix_offset])
        else:
            prefix = decode(self.tokens[self.prefix_offset : self.read_offset], self.skip_special_tokens)
        full = decode(self.tokens[self.prefix_offset :], self.skip_special_tokens)
        if len(full) <= len(prefix) or full.endswith(_REPLACEMENT):
            return ""  # incomplete character (or nothing new yet): wait for more tokens
        new = full[len(prefix) :]
        self.prefix_offset = self.read_offset
        self.read_offset = len(self.tokens)
        self.text += new
        return new

    def _decode_one(self, token_id: int) -> str:
        """decode([token_id]), remembered per tokenizer and special-token setting."""
        key = (token_id, self.skip_special_tokens)
        cache = _single.get(self.tokenizer)
        if cache is None:
            cache = _single[self.tokenizer] = {}
        text = cache.get(key)
        if text is None:
            if len(cache) >= _SINGLE_MAX:
                cache.clear()
            text = cache[key] = self.tokenizer.decode([token_id], self.skip_special_tokens)
        return text

    def flush(self) -> str:
        """At the end of a sequence: whatever is left (an incomplete character becomes U+FFFD)."""
        full = self.tokenizer.decode(self.tokens[self.prefix_offset :], self.skip_special_tokens)
        prefix = self.tokenizer.decode(
            self.tokens[self.prefix_offset : self.read_offset], self.skip_special_tokens
        )
        rest = full[len(prefix) :]
        self.read_offset = self.prefix_offset = len(self.tokens)
        self.text += rest
        return rest
