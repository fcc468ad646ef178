"""What the console remembers in the process between page loads."""

from __future__ import annotations

from dataclasses import dataclass, field

from sluice.gateway.console.health import Health


@dataclass
class ConsoleState:
    provider_health: dict[str, Health] = field(default_factory=dict)  # last probe per provider id
    verifying: bool = False  # a whole-log verification started from the console is running
