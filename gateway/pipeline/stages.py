"""The governance seams of the request path, with their contracts.

The composition root (:mod:`sluice.gateway.bootstrap`) puts one implementation of each into
``Services``:

- ``Services.guardrails``: a :class:`Guardrails` — builds each request's :class:`InputStage` and
  :class:`OutputStage` s and decides which of the providers serving the model the request's data
  may go to (the one residency decision);
- ``Services.recorder``: a :class:`Recorder` — called once per request (success, refusal, error or
  client disconnect) before the response completes; for audit it returns after the durable commit.

``Guardrails`` and ``Recorder`` are interfaces with no behaviour of their own: a request path
without governance cannot be assembled by leaving one out.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from sluice.gateway.pipeline.context import RequestContext
from sluice.gateway.providers.base import ModelProvider


class InputStage:
    """Runs on the request before routing.

    ``run`` returns the body to forward (it may rewrite ``messages``/``prompt``, e.g. redact PII) or
    raises a :class:`sluice.gateway.errors.SluiceError` with a stable code to refuse (e.g. ``pii_blocked``,
    ``content_blocked``, ``policy_error``). It may put what it learned (data classification) on
    ``rctx`` for :meth:`Guardrails.route`, and its decisions into ``rctx.decisions``.
    """

    async def run(self, rctx: RequestContext, body: dict) -> dict:
        return body


class OutputStage:
    """Scans one text field of one choice as it streams. One instance per choice index and field
    (``content``, ``reasoning_content``, ``refusal``, ``tool_calls.<index>`` for a tool call's
    arguments, ``function_call``; ``text`` on ``/v1/completions``: see :mod:`sluice.policy.fields`).

    ``feed(text)`` takes the next piece of generated text and returns what may be released to the
    caller now (it may hold back as much as its longest pattern needs, restore pseudonyms, mask);
    ``finish()`` returns whatever was held back, at the end of that choice. Either may raise a
    ``SluiceError`` to block: the stream then ends with an error event and nothing held back is sent.
    Non-streaming responses go through the same two calls with the whole text.

    Logprobs carry the generated tokens themselves, so a stage that changes text would be bypassed
    by them: the pipeline drops a choice's logprobs whenever ``feed`` is overridden, unless the stage
    sets ``passes_logprobs = True`` (it promises the tokens may be shown as generated).
    """

    passes_logprobs: bool | None = None

    def feed(self, text: str) -> str:
        return text

    def finish(self) -> str:
        return ""


class Guardrails(ABC):
    """Builds one request's stages and makes its routing decision."""

    @abstractmethod
    async def prepare(self, rctx: RequestContext) -> None:
        """Resolve what applies to this request (active policy version of the tenant)."""

    @abstractmethod
    def input_stage(self, rctx: RequestContext) -> InputStage:
        """The stage that checks (and may rewrite) the request body."""

    @abstractmethod
    async def route(self, rctx: RequestContext, candidates: list[ModelProvider]) -> list[ModelProvider]:
        """Of the providers serving the model (in fallback order), those this request's data may go to,
        in the same order. Raises ``residency_violation`` when none may; called after the input stage,
        and with ``rctx.model == ""`` for the model listing."""

    @abstractmethod
    def output_stage(self, rctx: RequestContext, choice_index: int, field: str = "content") -> OutputStage:
        """The stage that scans one text field of one choice of the response."""

    def output_waits(self, rctx: RequestContext) -> bool:
        """Whether this request's output stages may wait on I/O (a guard model's verdict): the
        pipeline then calls them in a worker thread instead of on the event loop."""
        return False

    def close(self) -> None:
        """Stop what the guardrails run in (at shutdown; may block briefly)."""


class Recorder(ABC):
    """Records the request (audit).

    ``record_intent`` is awaited once per stream that is about to start, after routing and the
    upstream's first chunk and before anything is sent to the caller; raising a ``SluiceError``
    refuses the request before its first byte, so no stream is delivered without a record that it
    began. ``record`` is awaited exactly once per request that passed authentication, after the
    outcome is known and before the response completes (non-streaming: before the body is sent;
    streaming: before ``data: [DONE]``). Raising a ``SluiceError`` (e.g. ``audit_unavailable``)
    fails the request.
    """

    @abstractmethod
    async def record_intent(self, rctx: RequestContext) -> None:
        """Durably record that a stream is starting, or raise."""

    @abstractmethod
    async def record(self, rctx: RequestContext) -> None:
        """Durably record the request, or raise."""


def keeps_logprobs(stage: OutputStage) -> bool:
    return stage.passes_logprobs is True or type(stage).feed is OutputStage.feed
