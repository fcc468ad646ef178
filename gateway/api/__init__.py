"""The OpenAI-compatible ``/v1`` API: request schemas, routes, server-sent events."""
