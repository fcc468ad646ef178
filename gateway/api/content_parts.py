"""The content parts of a chat message (``content`` given as a list), checked by type.

OpenAI's parts are accepted: ``text`` and ``refusal`` (text), ``image_url``, ``input_audio`` and
``file``; ``input_text`` (the Responses API's name for text) is taken as a ``text`` part, so that the
input guardrails read it like any other text. A part of another type is refused with
``unsupported_content_part``, and a part whose fields have the wrong shape with ``invalid_request``;
either way ``param`` names the part (``messages.0.content.1.text``). Nothing is echoed back.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput


class _Part(BaseModel):
    model_config = ConfigDict(extra="allow")


class TextPart(_Part):
    text: str


class RefusalPart(_Part):
    refusal: str


class ImageUrl(_Part):
    url: str = Field(min_length=1)
    detail: Literal["auto", "low", "high"] | None = None


class ImagePart(_Part):
    image_url: ImageUrl


class InputAudio(_Part):
    data: str
    format: str = Field(min_length=1, max_length=16)


class AudioPart(_Part):
    input_audio: InputAudio


class FileRef(_Part):
    file_data: str | None = None
    file_id: str | None = None
    filename: str | None = None


class FilePart(_Part):
    file: FileRef


PARTS: dict[str, type[_Part]] = {"text": TextPart, "input_text": TextPart, "refusal": RefusalPart,
                                 "image_url": ImagePart, "input_audio": AudioPart, "file": FilePart}
AS_TEXT = {"input_text"}


def _checked(part: dict[str, Any], where: str) -> dict[str, Any]:
    kind = part.get("type")
    shape = PARTS.get(kind) if isinstance(kind, str) else None
    if shape is None:
        raise InvalidInput(ErrorCode.UNSUPPORTED_CONTENT_PART,
                           f"'{where}.type': this content part type is not supported; use one of "
                           f"{', '.join(sorted(PARTS))}", param=f"{where}.type")
    try:
        shape.model_validate(part)
    except ValidationError as exc:
        first = exc.errors(include_url=False, include_input=False)[0]
        param = ".".join([where, *(str(p) for p in first["loc"])])
        raise InvalidInput(ErrorCode.INVALID_REQUEST, f"'{param}': {first['msg']}", param=param) from None
    return {**part, "type": "text"} if kind in AS_TEXT else part


def check_content_parts(messages: list) -> None:
    """Check every message's content parts in place (``input_text`` parts become ``text`` parts)."""
    for i, message in enumerate(messages):
        if isinstance(message.content, list):
            message.content = [_checked(part, f"messages.{i}.content.{j}") for j, part in enumerate(message.content)]
