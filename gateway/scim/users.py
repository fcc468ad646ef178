"""SCIM Users: create, read, list (``userName``/``externalId`` filters), replace, patch, deactivate.

Accounts are named by e-mail (``userName``). The break-glass account is never visible to SCIM, so
an identity provider cannot disable the way in that is kept for when it is down.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sluice.gateway.errors import InvalidInput
from sluice.gateway.identity.accounts import find_by_email, new_external_user
from sluice.gateway.identity.models import DirectoryGroup, DirectoryMember
from sluice.gateway.scim.access import Actor, audit, set_active
from sluice.gateway.scim.errors import ScimError, invalid_value, not_found
from sluice.gateway.scim.filters import parse_filter
from sluice.gateway.scim.patch import Operation, parse_patch
from sluice.gateway.scim.resources import as_bool, as_text, display_name_of, email_of, user_resource
from sluice.gateway.users.models import User
from sluice.gateway.users.service import normalise_email

FILTERABLE = frozenset({"username", "externalid", "emails.value"})


def _hidden(user: User, break_glass: str | None) -> bool:
    return bool(break_glass) and user.email == break_glass.strip().lower()


def get_user(*, session: Session, user_id: str, break_glass: str | None) -> User:
    user = session.get(User, user_id[:64])
    if user is None or _hidden(user, break_glass):
        raise not_found("user", user_id)
    return user


def render(session: Session, user: User, base_url: str) -> dict[str, Any]:
    groups = list(session.scalars(select(DirectoryGroup).join(DirectoryMember)
                                  .where(DirectoryMember.user_id == user.id).order_by(DirectoryGroup.display_name)))
    return user_resource(user, groups, base_url)


def list_users(*, session: Session, filter_text: str | None, start_index: int, count: int,
               break_glass: str | None) -> tuple[int, list[User]]:
    condition = parse_filter(filter_text, attributes=FILTERABLE)
    query = select(User)
    if condition is not None:
        column = User.external_id if condition.attribute == "externalid" else func.lower(User.email)
        value = condition.value if condition.attribute == "externalid" else condition.value.strip().lower()
        query = query.where(column == value)
    if break_glass:
        query = query.where(User.email != break_glass.strip().lower())
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    users = list(session.scalars(query.order_by(User.created_at, User.id).offset(start_index - 1).limit(count)))
    return total, users


def _email(body: dict[str, Any]) -> str:
    try:
        return normalise_email(email_of(body))
    except InvalidInput:
        raise invalid_value("'userName' must be a valid e-mail address") from None


def _unique(session: Session, email: str, *, except_id: str | None = None) -> None:
    other = find_by_email(session=session, email=email)
    if other is not None and other.id != except_id:
        raise ScimError(409, f"a user with userName {email!r} already exists", "uniqueness")


def create_user(*, session: Session, body: dict[str, Any], actor: Actor, break_glass: str | None) -> User:
    email = _email(body)
    _unique(session, email)
    user = new_external_user(session=session, email=email, managed_by="scim", grant=None,
                             display_name=display_name_of(body),
                             external_id=as_text(body.get("externalId"), "externalId", limit=255))
    if "active" in body and not as_bool(body["active"], "active"):
        user.disabled = True
    audit(session, actor, action="user.created", target_type="user", target_id=user.id,
          after={"managed_by": "scim", "active": not user.disabled})
    return user


def replace_user(*, session: Session, user: User, body: dict[str, Any], actor: Actor) -> User:
    """PUT: the resource as sent (attributes left out are cleared, ``active`` defaults to true)."""
    email = _email(body)
    _unique(session, email, except_id=user.id)
    before = {"email_changed": False}
    if email != user.email:
        before["email_changed"] = True
        user.email = email
    user.display_name = display_name_of(body)
    user.external_id = as_text(body.get("externalId"), "externalId", limit=255)
    _adopt(user)
    audit(session, actor, action="user.updated", target_type="user", target_id=user.id, tenant_id=user.tenant_id,
          after={"fields": ["userName", "displayName", "externalId"], **before})
    set_active(session=session, user=user, active=as_bool(body.get("active", True), "active"), actor=actor)
    session.flush()
    return user


def _adopt(user: User) -> None:
    """An account first made by hand or by SSO is from now on managed by the identity provider."""
    if user.managed_by == "local":
        user.managed_by = "scim"


def patch_user(*, session: Session, user: User, body: Any, actor: Actor) -> User:
    """PATCH: ``replace``/``add`` of active, userName, displayName, externalId (Okta's and Entra's forms)."""
    for op in parse_patch(body):
        if op.op == "remove":
            raise ScimError(400, "removing user attributes is not supported; deactivate with active=false",
                            "mutability")
        _apply(session, user, op, actor)
    _adopt(user)
    session.flush()
    return user


def _apply(session: Session, user: User, op: Operation, actor: Actor) -> None:
    values = op.value if op.path is None else {op.path: op.value}
    if not isinstance(values, dict):
        raise invalid_value("a PATCH operation without 'path' needs an object 'value'")
    fields = []
    for key, value in values.items():
        path = key.lower()
        if path == "active":
            set_active(session=session, user=user, active=as_bool(value, "active"), actor=actor)
        elif path == "username":
            email = _email({"userName": value})
            _unique(session, email, except_id=user.id)
            user.email = email
            fields.append("userName")
        elif path in ("displayname", "name.formatted"):
            user.display_name = as_text(value, "displayName", limit=200)
            fields.append("displayName")
        elif path == "externalid":
            user.external_id = as_text(value, "externalId", limit=255)
            fields.append("externalId")
        # other attributes (title, phone numbers, name parts...) are accepted and not kept
    if fields:
        audit(session, actor, action="user.updated", target_type="user", target_id=user.id,
              tenant_id=user.tenant_id, after={"fields": fields})


def deactivate_user(*, session: Session, user: User, actor: Actor) -> None:
    """DELETE: the account is deactivated (kept for the audit trail) and its sessions end."""
    set_active(session=session, user=user, active=False, actor=actor)
