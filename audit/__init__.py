"""Sluice's tamper-evident audit log (see README.md and SCHEMA.md in this folder).

What the request path uses::

    from sluice.audit import AuditWriter, AuditUnavailable, CapturedContent, digest, request_event

    event = request_event(tenant_id=..., key_id=..., outcome="success", prompt_sha256=digest(messages), ...)
    appended = await writer.append(event)   # returns once committed; raises AuditUnavailable
"""

from sluice.audit.errors import AuditError, AuditUnavailable
from sluice.audit.events import (AdminEvent, CapturedContent, GuardrailResult, IntentEvent, RequestEvent, admin_event, digest,
                                 request_event)
from sluice.audit.storage.log import Appended
from sluice.audit.writer import AuditWriter

__all__ = ["AdminEvent", "Appended", "AuditError", "AuditUnavailable", "AuditWriter", "CapturedContent",
           "GuardrailResult", "IntentEvent", "RequestEvent", "admin_event", "digest", "request_event"]
