"""The governance seams of the request path, with their contracts.

The policy layer and the audit log plug in by putting objects into ``Services.extras``:

- ``extras["guardrails"]``: a :class:`Guardrails` — builds each request's :class:`InputStage` and
  :class:`OutputStage` s and says which regions the request's data may go to;
- ``extras["recorder"]``: a :class:`Recorder` — called once per request (success, refusal, error or
  client disconnect) before the response completes; for audit it returns after the durable commit.

The defaults below pass everything through and record nothing. They exist so the path runs before
the policy layer and audit log are wired; a deployment with governance must replace them.
"""

from __future__ import annotations

from sluice.gateway.pipeline.context import RequestContext

GUARDRAILS_KEY = "guardrails"
RECORDER_KEY = "recorder"


class InputStage:
    """Runs on the request before routing.

    ``run`` returns the body to forward (it may rewrite ``messages``/``prompt``, e.g. redact PII) or
    raises a :class:`sluice.gateway.errors.SluiceError` with a stable code to refuse (e.g. ``pii_blocked``,
    ``content_blocked``, ``policy_error``). It may put what it learned (data classification) on
    ``rctx`` for :meth:`Guardrails.allowed_regions`, and its decisions into ``rctx.decisions``.
    """

    async def run(self, rctx: RequestContext, body: dict) -> dict:
        return body


class OutputStage:
    """Scans one choice's text as it streams. One instance per choice index.

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


class Guardrails:
    """Builds one request's stages. Replace via ``extras["guardrails"]``."""

    async def prepare(self, rctx: RequestContext) -> None:
        """Resolve what applies to this request (active policy version of the tenant)."""

    def input_stage(self, rctx: RequestContext) -> InputStage:
        return InputStage()

    async def allowed_regions(self, rctx: RequestContext, body: dict) -> frozenset[str] | None:
        """Regions this request's data may be sent to; ``None`` means every region."""
        return None

    def output_stage(self, rctx: RequestContext, choice_index: int) -> OutputStage:
        return OutputStage()


class Recorder:
    """Records the finished request (audit). Replace via ``extras["recorder"]``.

    ``record`` is awaited exactly once per request that passed authentication, after the outcome is
    known and before the response completes (non-streaming: before the body is sent; streaming:
    before ``data: [DONE]``). Raising a ``SluiceError`` (e.g. ``audit_unavailable``) fails the request.
    """

    async def record(self, rctx: RequestContext) -> None:
        return None


PASS_THROUGH = Guardrails()
NO_RECORD = Recorder()


def keeps_logprobs(stage: OutputStage) -> bool:
    return stage.passes_logprobs is True or type(stage).feed is OutputStage.feed
