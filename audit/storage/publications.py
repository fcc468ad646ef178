"""Where a checkpoint was published, and the cosignatures witnesses returned for it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from sluice.audit.storage.models import PublicationRow

_publications = PublicationRow.__table__


def cosignature_lines(conn: Connection, tree_size: int) -> list[str]:
    """The witnesses' cosignature lines of the checkpoint of ``tree_size``, one per witness."""
    rows = conn.execute(select(_publications.c.witness, _publications.c.cosignature)
                        .where(_publications.c.tree_size == tree_size, _publications.c.cosignature.is_not(None))
                        .order_by(_publications.c.id))
    lines: dict[str, str] = {}
    for row in rows:
        lines.setdefault(row.witness, row.cosignature)
    return [line if line.endswith("\n") else line + "\n" for line in lines.values()]


def witnesses(conn: Connection, tree_size: int) -> list[str]:
    """Names of the witnesses that cosigned the checkpoint of ``tree_size``."""
    rows = conn.execute(select(_publications.c.witness).distinct()
                        .where(_publications.c.tree_size == tree_size, _publications.c.cosignature.is_not(None)))
    return sorted(row.witness for row in rows)


def cosigned_note(note: str, lines: list[str]) -> str:
    """The checkpoint with the witnesses' signature lines added (a signed note with several signatures)."""
    return note + "".join(line for line in lines if line not in note)
