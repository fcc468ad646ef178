"""What the compose file and the Kubernetes manifests are both checked against: the CLI's commands
and options, and the names of ``Settings``."""

from __future__ import annotations

import re

from sluice.gateway.settings import Settings

# SLUICE_* variables read by parts other than Settings, each documented where it is read
NON_SETTINGS_VARS = {"SLUICE_KERNEL_BACKEND",  # inference.ops backend switch
                     "SLUICE_INFERENCE_MODEL_DIR", "SLUICE_INFERENCE_MODEL_NAME", "SLUICE_INFERENCE_REGION"}


def settings_variables() -> set[str]:
    return {f"SLUICE_{name.upper()}" for name in Settings.model_fields}


def unknown_sluice_variables(text: str) -> set[str]:
    """``SLUICE_*`` names in ``text`` that are neither a Settings field nor a documented other variable."""
    return set(re.findall(r"SLUICE_[A-Z0-9_]+", text)) - settings_variables() - NON_SETTINGS_VARS


def as_settings_values(env: dict[str, str]) -> dict[str, str]:
    """``SLUICE_*`` variables as keyword arguments of ``load_settings``."""
    return {k.removeprefix("SLUICE_").lower(): v for k, v in env.items()
            if k.startswith("SLUICE_") and k not in NON_SETTINGS_VARS}


def sluice_invocations(command) -> list[list[str]]:
    """The arguments after ``sluice`` of each call in a command (a list or a shell line)."""
    text = " ".join(command) if isinstance(command, list) else str(command or "")
    used = []
    for invocation in re.split(r"&&|\|\||\||;|\(|\)", text):
        words = invocation.split()
        if "sluice" in words:
            used.append(words[words.index("sluice") + 1:])
    return used


def assert_cli_accepts(words: list[str]) -> None:
    """``sluice WORDS...`` names a command that exists, and each ``--option`` is one of its options."""
    import typer

    from sluice.gateway.cli.main import app

    command, args = typer.main.get_command(app), list(words)
    while hasattr(command, "commands"):  # a command group
        command = command.commands.get(args.pop(0))
        assert command is not None, f"sluice {' '.join(words)}: no such command"
    options = {opt for param in command.params for opt in getattr(param, "opts", [])}
    for arg in args:
        if arg.startswith("--"):
            assert arg in options, f"sluice {' '.join(words)}: unknown option {arg}"
