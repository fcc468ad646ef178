"""What the audit admin routes share: who may call them, tenant scoping, audit errors as HTTP errors."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import datetime, timezone

from sluice.audit.errors import AuditError, AuditNotConfigured, NotInLog
from sluice.audit.export.query import EventFilter
from sluice.gateway.auth.deps import require_roles
from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.roles import Role
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import NotFound, Unavailable

AUDIT_READERS = require_roles(Role.AUDITOR)  # admin is always allowed as well


def utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def scoped_filter(principal: Principal, *, tenant_id: str | None, since=None, until=None, model=None,
                  outcome=None, kind=None) -> EventFilter:
    """The filter a caller may use: a tenant-scoped user only ever sees their own tenant."""
    if principal.tenant_id is not None and tenant_id not in (None, principal.tenant_id):
        raise NotFound(ErrorCode.TENANT_NOT_FOUND, f"no tenant {tenant_id!r}")
    return EventFilter(tenant_id=principal.scope(tenant_id), since=utc(since), until=utc(until), model=model,
                       outcome=outcome, kind=kind)


def ensure_visible(principal: Principal, tenant_id: str | None, what: str) -> None:
    if principal.tenant_id is not None and tenant_id != principal.tenant_id:
        raise NotFound(ErrorCode.AUDIT_NOT_FOUND, f"{what} does not exist")


@contextmanager
def audit_errors():
    """Audit-layer errors as the admin API's error shape."""
    try:
        yield
    except NotInLog as exc:
        raise NotFound(exc.code, exc.message) from None
    except AuditNotConfigured as exc:
        raise Unavailable(exc.code, exc.message) from None
    except AuditError as exc:
        raise Unavailable(exc.code, exc.message) from None
