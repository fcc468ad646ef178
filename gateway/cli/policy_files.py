"""Policy documents read from disk with the limits the admin API applies."""

from __future__ import annotations

from pathlib import Path

from sluice.policy import PolicyValidationError
from sluice.policy.document_text import MAX_BYTES, too_large


def read_policy_file(path: Path) -> str:
    """The file's text; one larger than a policy may be is refused without reading it whole."""
    with path.open("rb") as file:
        data = file.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise too_large()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyValidationError(message="invalid policy: the file is not UTF-8 text") from None
