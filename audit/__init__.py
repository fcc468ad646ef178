"""Sluice's tamper-evident audit log (see README.md and SCHEMA.md in this folder).

What the request path uses::

    from audit import AuditWriter, AuditUnavailable, CapturedContent, digest, request_event

    event = request_event(tenant_id=..., key_id=..., outcome="success", prompt_sha256=digest(messages), ...)
    appended = await writer.append(event)   # returns once committed; raises AuditUnavailable
"""

from audit.errors import AuditError, AuditUnavailable
from audit.events import AdminEvent, CapturedContent, GuardrailResult, RequestEvent, admin_event, digest, request_event
from audit.storage.log import Appended
from audit.writer import AuditWriter

__all__ = ["AdminEvent", "Appended", "AuditError", "AuditUnavailable", "AuditWriter", "CapturedContent",
           "GuardrailResult", "RequestEvent", "admin_event", "digest", "request_event"]
