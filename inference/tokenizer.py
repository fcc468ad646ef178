"""Tokenizer from `tokenizer.json` (the `tokenizers` library) and the jinja2 chat template from
`tokenizer_config.json`.

A conversation is encoded with :meth:`Tokenizer.encode_chat`: the template's own markup may hold
special tokens (``<｜User｜>``, ``<｜tool▁call▁begin｜>``, ...), the messages' text never does. Text
that spells a special token stays text, so a message cannot open a turn or a tool call of its own.
The same holds for an assistant message's ``reasoning_content``; any other string the template writes
(tool schemas, tool-call arguments, names) must not spell a special token at all.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment
from tokenizers import Tokenizer as _HFTokenizer

from sluice.inference.errors import CheckpointError, InferenceErrorCode, InvalidRequestError


def _token_text(value: Any) -> str | None:
    if isinstance(value, dict):
        return value.get("content")
    return value


class Tokenizer:
    def __init__(self, model_dir: str | Path, *, default_chat_template: str | None = None,
                 markup: tuple[str, ...] = ()) -> None:
        """``default_chat_template``: used when ``tokenizer_config.json`` carries none. ``markup``: text
        of the chat format that a reply's parser reads (``</think>``, ...): special tokens that contain
        one are kept when decoding skips special tokens."""
        model_dir = Path(model_dir)
        path = model_dir / "tokenizer.json"
        if not path.is_file():
            raise CheckpointError(f"no tokenizer.json in {model_dir}",
                                  code=InferenceErrorCode.TOKENIZER_MISSING)
        try:
            self._tok = _HFTokenizer.from_file(str(path))
            self._plain = _HFTokenizer.from_file(str(path))  # the same, reading special-token text as text
        except Exception as exc:  # the tokenizers library raises a bare Exception on bad files
            raise CheckpointError(f"cannot read {path}: {exc}") from exc
        self._plain.encode_special_tokens = True
        config: dict[str, Any] = {}
        config_path = model_dir / "tokenizer_config.json"
        if config_path.is_file():
            try:
                config = json.loads(config_path.read_text(encoding="utf-8"))
            except ValueError as exc:
                raise CheckpointError(f"{config_path.name} is not valid JSON: {exc}") from exc
        self.bos_token = _token_text(config.get("bos_token"))
        self.eos_token = _token_text(config.get("eos_token"))
        self.bos_token_id = self._tok.token_to_id(self.bos_token) if self.bos_token else None
        self.eos_token_id = self._tok.token_to_id(self.eos_token) if self.eos_token else None
        self.add_bos_token = bool(config.get("add_bos_token", False)) and self.bos_token_id is not None
        self.chat_template = config.get("chat_template")
        if isinstance(self.chat_template, list):  # [{"name": "default", "template": ...}, ...]
            named = {t.get("name"): t.get("template") for t in self.chat_template}
            self.chat_template = named.get("default") or next(iter(named.values()), None)
        self.chat_template = self.chat_template or default_chat_template
        self.vocab_size = self._tok.get_vocab_size(with_added_tokens=True)
        added = self._tok.get_added_tokens_decoder()
        self._special_ids = {i for i, t in added.items() if t.special}
        texts = sorted({t.content for t in added.values() if t.special and t.content}, key=len, reverse=True)
        self._special_text = re.compile("|".join(map(re.escape, texts))) if texts else None
        self._kept_ids = {i for i in self._special_ids if any(m in added[i].content for m in markup)}
        self._decode_token = lru_cache(maxsize=65536)(self._decode_one)

    def encode(self, text: str, *, special: bool = True) -> list[int]:
        """Token ids of ``text``. ``special``: text spelling a special token becomes that token (a
        prompt written in the model's own format); with False it is encoded as ordinary text."""
        ids = (self._tok if special else self._plain).encode(text, add_special_tokens=False).ids
        return self._with_bos(ids)

    def _with_bos(self, ids: list[int]) -> list[int]:
        if self.add_bos_token and (not ids or ids[0] != self.bos_token_id):
            ids = [self.bos_token_id, *ids]
        return ids

    def encode_chat(
        self,
        messages: list[dict[str, Any]],
        add_generation_prompt: bool = True,
        tools: list[dict[str, Any]] | None = None,
        **template_kwargs: Any,
    ) -> list[int]:
        """Token ids of a conversation rendered by the chat template, with every message's text
        encoded as ordinary text (see the module's docstring). ``template_kwargs``: further variables
        of the template (``thinking``, ``reasoning_effort``, ...)."""
        texts: list[str] = []

        def placeholder(text: str) -> str:
            texts.append(text)
            return f"{_SLOT_OPEN}{len(texts) - 1}{_SLOT_CLOSE}"

        shielded = [{k: placeholder(v) if k in _SHIELDED and isinstance(v, str) else v for k, v in m.items()}
                    for m in messages]
        self._refuse_special_text([shielded, tools])
        rendered = self.apply_chat_template(shielded, add_generation_prompt=add_generation_prompt, tools=tools,
                                            **template_kwargs)
        ids: list[int] = []
        for index, piece in enumerate(_SLOT.split(rendered)):
            if index % 2:  # a message's text
                ids += self._plain.encode(texts[int(piece)], add_special_tokens=False).ids
            elif piece:  # the template's markup
                ids += self._tok.encode(piece, add_special_tokens=False).ids
        return self._with_bos(ids)

    def _refuse_special_text(self, value: Any) -> None:
        """Refuse a string outside the shielded message fields that spells a special token: the template
        writes it into its markup, where it would become that token."""
        stack = [value]
        while stack and self._special_text is not None:
            item = stack.pop()
            if isinstance(item, str):
                if self._special_text.search(item):
                    raise InvalidRequestError("a tool definition, tool call or name spells a special token of "
                                              "the model", code=InferenceErrorCode.SPECIAL_TOKEN_TEXT)
            elif isinstance(item, dict):
                stack.extend(item.keys())
                stack.extend(item.values())
            elif isinstance(item, (list, tuple)):
                stack.extend(item)

    def decode(self, token_ids: list[int], skip_special_tokens: bool = True) -> str:
        if skip_special_tokens and self._kept_ids:
            kept = [i for i in token_ids if i not in self._special_ids or i in self._kept_ids]
            return self._tok.decode(kept, skip_special_tokens=False)
        return self._tok.decode(list(token_ids), skip_special_tokens=skip_special_tokens)

    def decode_token(self, token_id: int) -> str:
        return self._decode_token(token_id)

    def _decode_one(self, token_id: int) -> str:
        return self._tok.decode([token_id], skip_special_tokens=False)

    def is_special(self, token_id: int) -> bool:
        return token_id in self._special_ids

    def apply_chat_template(
        self,
        messages: list[dict[str, Any]],
        add_generation_prompt: bool = True,
        tools: list[dict[str, Any]] | None = None,
        **template_kwargs: Any,
    ) -> str:
        if not self.chat_template:
            raise InvalidRequestError("this model has no chat template",
                                      code=InferenceErrorCode.CHAT_TEMPLATE_MISSING)
        try:
            return _compile(self.chat_template).render(
                messages=messages,
                tools=tools,
                add_generation_prompt=add_generation_prompt,
                bos_token=self.bos_token or "",
                eos_token=self.eos_token or "",
                **template_kwargs,
            )
        except TemplateError as exc:
            raise InvalidRequestError(f"chat template error: {exc}",
                                      code=InferenceErrorCode.CHAT_TEMPLATE_ERROR) from exc


# Message fields whose text is encoded as ordinary text whatever it spells.
_SHIELDED = ("content", "reasoning_content")
# Placeholders for message text while the template renders: private-use characters no template emits.
_SLOT_OPEN, _SLOT_CLOSE = "\ue000", "\ue001"
_SLOT = re.compile(f"{_SLOT_OPEN}(\\d+){_SLOT_CLOSE}")


def _raise(message: str) -> None:
    raise TemplateError(message)


@lru_cache(maxsize=8)
def _compile(source: str):
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
    env.filters["tojson"] = lambda value, indent=None: json.dumps(value, ensure_ascii=False, indent=indent)
    env.globals["raise_exception"] = _raise
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(source)
