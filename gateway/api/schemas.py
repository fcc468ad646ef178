"""Request bodies of ``/v1/chat/completions`` and ``/v1/completions`` in the OpenAI wire format.

Unknown fields that carry no text are tolerated and not forwarded: a governed gateway only passes on
what it knows (and what its input stage has seen). Unknown fields that carry text are refused before
validation (``unscannable_field``, see :mod:`sluice.policy.fields`). Bounds follow OpenAI's
documented limits.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sluice.gateway.bounds import INT32_MAX

MAX_N = 128
MAX_STOP = 4
MAX_TOKENS = 1_000_000


class _Tolerant(BaseModel):
    model_config = ConfigDict(extra="ignore")


class StreamOptions(_Tolerant):
    include_usage: bool | None = None


class FunctionDef(BaseModel):
    model_config = ConfigDict(extra="allow")
    name: str = Field(min_length=1, max_length=64)
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class Tool(_Tolerant):
    type: Literal["function"] = "function"
    function: FunctionDef


class ChatMessage(_Tolerant):
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None
    name: str | None = None
    tool_calls: list[dict[str, Any]] | None = None
    tool_call_id: str | None = None
    function_call: dict[str, Any] | None = None
    refusal: str | None = None
    reasoning_content: str | None = None

    @field_validator("content")
    @classmethod
    def _parts_have_types(cls, value):
        if isinstance(value, list) and not all(isinstance(part.get("type"), str) for part in value):
            raise ValueError("each content part needs a 'type'")
        return value


Stop = str | list[str] | None


def _check_stop(value: Stop) -> Stop:
    if isinstance(value, list):
        if len(value) > MAX_STOP:
            raise ValueError(f"at most {MAX_STOP} stop sequences")
        if any(not s for s in value):
            raise ValueError("stop sequences must not be empty")
    return value


class _Sampling(_Tolerant):
    model: str = Field(min_length=1, max_length=256)
    frequency_penalty: float | None = Field(None, ge=-2, le=2)
    presence_penalty: float | None = Field(None, ge=-2, le=2)
    logit_bias: dict[str, float] | None = None
    max_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS)
    n: int | None = Field(None, ge=1, le=MAX_N)
    seed: int | None = Field(None, ge=-(2 ** 63), le=2 ** 63 - 1)
    stop: Stop = None
    stream: bool | None = None
    stream_options: StreamOptions | None = None
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    user: str | None = Field(None, max_length=512)
    metadata: dict[Annotated[str, Field(max_length=64)], Annotated[str, Field(max_length=512)]] | None = Field(
        None, max_length=16)

    @field_validator("stop")
    @classmethod
    def _stop(cls, value: Stop) -> Stop:
        return _check_stop(value)

    @model_validator(mode="after")
    def _stream_options_need_stream(self):
        if self.stream_options is not None and not self.stream:
            raise ValueError("stream_options is only allowed when stream is true")
        return self

    def upstream_body(self) -> dict:
        """The fields to forward (as the caller set them), without ``stream`` flags."""
        body = self.model_dump(exclude_unset=True)
        body.pop("stream", None)
        body.pop("stream_options", None)
        return body

    @property
    def include_usage(self) -> bool:
        return bool(self.stream_options and self.stream_options.include_usage)


class ChatCompletionRequest(_Sampling):
    messages: list[ChatMessage] = Field(min_length=1)
    max_completion_tokens: int | None = Field(None, ge=1, le=MAX_TOKENS)
    logprobs: bool | None = None
    top_logprobs: int | None = Field(None, ge=0, le=20)
    tools: list[Tool] | None = Field(None, max_length=128)
    tool_choice: Literal["none", "auto", "required"] | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    functions: list[FunctionDef] | None = Field(None, max_length=128)
    function_call: Literal["none", "auto"] | dict[str, Any] | None = None
    response_format: dict[str, Any] | None = None
    # thinking modes: checked by sluice.gateway.api.thinking_check (stable code invalid_reasoning_effort)
    reasoning_effort: Any = None
    thinking: Any = None
    chat_template_kwargs: Any = None

    @model_validator(mode="after")
    def _consistent(self):
        if self.top_logprobs is not None and not self.logprobs:
            raise ValueError("top_logprobs requires logprobs to be true")
        if self.response_format is not None and self.response_format.get("type") not in (
                "text", "json_object", "json_schema"):
            raise ValueError("response_format.type must be text, json_object or json_schema")
        return self


TokenId = Annotated[int, Field(ge=0, le=INT32_MAX)]
Prompt = str | list[str] | list[TokenId] | list[list[TokenId]]


class CompletionRequest(_Sampling):
    prompt: Prompt
    logprobs: int | None = Field(None, ge=0, le=5)
    echo: bool | None = None
    suffix: str | None = None
    best_of: int | None = Field(None, ge=1, le=20)

    @field_validator("prompt")
    @classmethod
    def _non_empty(cls, value):
        if isinstance(value, list) and not value:
            raise ValueError("prompt must not be an empty list")
        if isinstance(value, list) and len(value) > 2048 and isinstance(value[0], (str, list)):
            raise ValueError("at most 2048 prompts in one request")
        return value

    @model_validator(mode="after")
    def _best_of(self):
        if self.best_of is not None and self.best_of < (self.n or 1):
            raise ValueError("best_of must be at least n")
        return self
