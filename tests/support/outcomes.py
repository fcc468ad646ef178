"""What an OpenAI client got from one request, as one comparable value (outage tests and bench/outage.py)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import openai


@dataclass(frozen=True)
class Outcome:
    """``status`` 200 with ``code`` None: served. ``status`` 0: no HTTP answer (``code`` says why:
    ``reset`` when the connection dropped, ``timeout``). ``streamed``: the error came as a stream's
    final event, after a 200."""

    status: int
    code: str | None = None
    retry_after: str | None = None
    streamed: bool = False

    @property
    def answered(self) -> bool:
        return self.status != 0

    @property
    def ok(self) -> bool:
        return self.status == 200 and self.code is None


def chat_outcome(client: openai.OpenAI, model: str, *, stream: bool) -> Outcome:
    """One chat completion, streaming or not; never raises for what the gateway answered."""
    messages = [{"role": "user", "content": "hello"}]
    try:
        if not stream:
            client.chat.completions.create(model=model, messages=messages, max_tokens=8)
            return Outcome(200)
        with client.chat.completions.create(model=model, messages=messages, max_tokens=8, stream=True) as events:
            try:
                for _ in events:
                    pass
            except openai.APIError as exc:  # the stream's final error event
                if isinstance(exc, openai.APIConnectionError):
                    return Outcome(0, "reset", streamed=True)
                return Outcome(200, exc.code or "unknown", streamed=True)
        return Outcome(200)
    except (openai.APITimeoutError, httpx.TimeoutException):
        return Outcome(0, "timeout")
    except (openai.APIConnectionError, httpx.TransportError):  # a stream cut off raises httpx's own
        return Outcome(0, "reset")
    except openai.APIStatusError as exc:
        return Outcome(exc.status_code, exc.code, exc.response.headers.get("retry-after"))
