"""Guard models: detectors that ask a safety model served by a provider. Importing this package
registers every format (Llama Guard 3 and 4, ShieldGemma, Qwen3Guard, gpt-oss-safeguard, Prompt Guard)."""

from sluice.policy.guards import llama_guard, prompt_guard, qwen3guard, safeguard, shieldgemma  # noqa: F401
from sluice.policy.guards.base import (Conversation, Endpoint, GuardError, GuardFailure, GuardFormat, GuardSettings,
                                       GuardTransport, GuardVerdict, format_names, guard_format)

FORMATS = ("llama_guard_3", "llama_guard_4", "shieldgemma", "qwen3guard", "gpt_oss_safeguard", "prompt_guard")

__all__ = ["Conversation", "Endpoint", "FORMATS", "GuardError", "GuardFailure", "GuardFormat", "GuardSettings",
           "GuardTransport", "GuardVerdict", "format_names", "guard_format"]
