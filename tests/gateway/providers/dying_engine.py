"""An engine process entry point that dies at start, before it loads anything (as a process killed
by the OS while loading would): a real child process with a real exit code."""

from __future__ import annotations

import os

EXIT_CODE = 70


def die_at_start(down, up, *args) -> None:
    os._exit(EXIT_CODE)
