"""Tenant operations. Callers own the transaction."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput, NotFound
from sluice.gateway.tenants.models import TENANT_NAME_PATTERN, Tenant


def create_tenant(*, session: Session, name: str, display_name: str = "") -> Tenant:
    if not re.fullmatch(TENANT_NAME_PATTERN, name):
        raise InvalidInput(
            ErrorCode.INVALID_TENANT_NAME,
            "tenant names are 1-63 characters: lower-case letters, digits, '-' and '_', "
            "starting with a letter or digit",
            param="name",
        )
    if session.scalar(select(Tenant).where(Tenant.name == name)) is not None:
        raise Conflict(ErrorCode.TENANT_EXISTS, f"a tenant named {name!r} already exists")
    tenant = Tenant(id=new_id("ten"), name=name, display_name=display_name or name)
    session.add(tenant)
    session.flush()
    return tenant


def get_tenant(*, session: Session, ref: str) -> Tenant:
    """Find a tenant by id or name."""
    tenant = session.get(Tenant, ref) or session.scalar(select(Tenant).where(Tenant.name == ref))
    if tenant is None:
        raise NotFound(ErrorCode.TENANT_NOT_FOUND, f"no tenant {ref!r}")
    return tenant


def list_tenants(*, session: Session) -> list[Tenant]:
    return list(session.scalars(select(Tenant).order_by(Tenant.name)))
