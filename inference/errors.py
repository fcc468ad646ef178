"""Errors of the inference core. Each carries a stable `code` that servers map to HTTP errors."""

from __future__ import annotations


class InferenceError(Exception):
    """Base class: `code` is stable, the message says what to change."""

    code = "inference_error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self)


class ConfigError(InferenceError):
    """config.json describes a model or an option this engine does not run."""

    code = "model_config_unsupported"


class CheckpointError(InferenceError):
    """Weight files are missing, corrupt, or do not match the config."""

    code = "checkpoint_invalid"


class InvalidRequestError(InferenceError, ValueError):
    """A request cannot be served as given; the engine keeps serving others."""

    code = "invalid_request"


class SamplingParamsError(InvalidRequestError):
    code = "invalid_sampling_params"


class EmptyPromptError(InvalidRequestError):
    code = "empty_prompt"


class PromptTooLongError(InvalidRequestError):
    code = "context_length_exceeded"


class UnknownTokenError(InvalidRequestError):
    code = "invalid_token_id"


class DuplicateRequestError(InvalidRequestError):
    code = "duplicate_request_id"


class KVCacheExhaustedError(InvalidRequestError):
    """The request needs more KV-cache blocks than the whole cache holds."""

    code = "kv_cache_exhausted"


class EngineStepError(InferenceError):
    """A model step failed; the requests in that step are ended with this error."""

    code = "engine_step_failed"


class EngineClosedError(InferenceError):
    code = "engine_closed"
