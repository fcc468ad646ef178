"""Bounded integers for request parameters (path, query and body) of every API.

Each type fits the database column it is stored in or compared with, so an out-of-range number is
refused at the edge as ``invalid_request`` naming the parameter, never passed to the database. The
console's forms take the same limits from here.
"""

from __future__ import annotations

from pydantic import conint

INT32_MAX = 2**31 - 1  # an INTEGER column
INT64_MAX = 2**63 - 1  # a BIGINT column: audit sequence numbers and tree sizes
PRIORITY_MAX = 10_000

VersionNumber = conint(ge=1, le=INT32_MAX)
"""A policy version number (1, 2, ...)."""

AuditSeq = conint(ge=0, le=INT64_MAX)
"""An audit sequence number or tree size."""

PerMinute = conint(ge=0, le=INT32_MAX)
"""A per-minute limit of a key (0: unlimited)."""

Priority = conint(ge=0, le=PRIORITY_MAX)
"""A provider's routing priority (lower is tried first)."""
