"""Sluice: a self-hosted, OpenAI-compatible LLM gateway with governance and a tamper-evident audit log.

Every module lives under this namespace. In the source tree the subpackages keep their own
top-level folders (``gateway/``, ``policy/``, ``inference/``, ``kernels/``, ``audit/``,
``migrations/``); ``setup.py`` maps them to ``sluice.gateway``, ``sluice.policy``, ... so the wheel
installs one top-level package and nothing named ``kernels`` or ``audit`` of its own.
"""

__version__ = "0.1.0"
