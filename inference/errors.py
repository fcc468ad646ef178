"""Errors of the inference core. Each carries a stable `code` that servers map to HTTP errors."""

from __future__ import annotations

from enum import StrEnum


class InferenceErrorCode(StrEnum):
    """Every code the inference core gives its errors."""

    INFERENCE_ERROR = "inference_error"
    MODEL_CONFIG_UNSUPPORTED = "model_config_unsupported"
    UNSUPPORTED_ARCHITECTURE = "unsupported_architecture"
    MODEL_NOT_FOUND = "model_not_found"
    CHECKPOINT_INVALID = "checkpoint_invalid"
    TOKENIZER_MISSING = "tokenizer_missing"
    DEVICE_UNAVAILABLE = "device_unavailable"
    INVALID_ENGINE_ARG = "invalid_engine_arg"
    INVALID_KERNEL_BACKEND = "invalid_kernel_backend"
    INVALID_REQUEST = "invalid_request"
    INVALID_PROMPT = "invalid_prompt"
    INVALID_SAMPLING_PARAMS = "invalid_sampling_params"
    INVALID_CACHE_SALT = "invalid_cache_salt"
    EMPTY_PROMPT = "empty_prompt"
    CONTEXT_LENGTH_EXCEEDED = "context_length_exceeded"
    INVALID_TOKEN_ID = "invalid_token_id"
    DUPLICATE_REQUEST_ID = "duplicate_request_id"
    KV_CACHE_EXHAUSTED = "kv_cache_exhausted"
    CHAT_TEMPLATE_MISSING = "chat_template_missing"
    CHAT_TEMPLATE_ERROR = "chat_template_error"
    SPECIAL_TOKEN_TEXT = "special_token_text"
    ENGINE_STEP_FAILED = "engine_step_failed"
    ENGINE_CLOSED = "engine_closed"


class InferenceError(Exception):
    """Base class: `code` is stable, the message says what to change."""

    code: InferenceErrorCode = InferenceErrorCode.INFERENCE_ERROR

    def __init__(self, message: str, *, code: InferenceErrorCode | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class ConfigError(InferenceError):
    """config.json describes a model or an option this engine does not run."""

    code = InferenceErrorCode.MODEL_CONFIG_UNSUPPORTED


class CheckpointError(InferenceError):
    """Weight files are missing, corrupt, or do not match the config."""

    code = InferenceErrorCode.CHECKPOINT_INVALID


class InvalidRequestError(InferenceError, ValueError):
    """A request cannot be served as given; the engine keeps serving others."""

    code = InferenceErrorCode.INVALID_REQUEST


class SamplingParamsError(InvalidRequestError):
    code = InferenceErrorCode.INVALID_SAMPLING_PARAMS


class EmptyPromptError(InvalidRequestError):
    code = InferenceErrorCode.EMPTY_PROMPT


class PromptTooLongError(InvalidRequestError):
    code = InferenceErrorCode.CONTEXT_LENGTH_EXCEEDED


class UnknownTokenError(InvalidRequestError):
    code = InferenceErrorCode.INVALID_TOKEN_ID


class DuplicateRequestError(InvalidRequestError):
    code = InferenceErrorCode.DUPLICATE_REQUEST_ID


class KVCacheExhaustedError(InvalidRequestError):
    """The request needs more KV-cache blocks than the whole cache holds."""

    code = InferenceErrorCode.KV_CACHE_EXHAUSTED


class EngineStepError(InferenceError):
    """A model step failed; the requests in that step are ended with this error."""

    code = InferenceErrorCode.ENGINE_STEP_FAILED


class EngineProcessDied(EngineStepError):
    """The engine's process exited (or never answered) while starting; `exit_code` as the OS reports it."""

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def __reduce__(self):
        return type(self), (str(self), self.exit_code)


class EngineClosedError(InferenceError):
    code = InferenceErrorCode.ENGINE_CLOSED
