"""Test support: a real OpenAI-emulating upstream and helpers to run ASGI apps on local ports."""
