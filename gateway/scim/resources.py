"""SCIM resources as JSON (RFC 7643): users and groups out, the parts of a request body in."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sluice.gateway.identity.models import DirectoryGroup
from sluice.gateway.scim.errors import invalid_value
from sluice.gateway.users.models import User

USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group"
LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse"
PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp"


def _time(value: datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def user_resource(user: User, groups: list[DirectoryGroup], base_url: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [USER_SCHEMA], "id": user.id, "userName": user.email, "active": not user.disabled,
        "emails": [{"value": user.email, "type": "work", "primary": True}],
        "groups": [{"value": g.id, "display": g.display_name, "$ref": f"{base_url}/Groups/{g.id}"} for g in groups],
        "meta": {"resourceType": "User", "created": _time(user.created_at),
                 "location": f"{base_url}/Users/{user.id}"},
    }
    if user.external_id:
        body["externalId"] = user.external_id
    if user.display_name:
        body["displayName"] = user.display_name
        body["name"] = {"formatted": user.display_name}
    return body


def group_resource(group: DirectoryGroup, members: list[User], base_url: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "schemas": [GROUP_SCHEMA], "id": group.id, "displayName": group.display_name,
        "members": [{"value": u.id, "display": u.email, "$ref": f"{base_url}/Users/{u.id}"} for u in members],
        "meta": {"resourceType": "Group", "created": _time(group.created_at),
                 "lastModified": _time(group.updated_at), "location": f"{base_url}/Groups/{group.id}"},
    }
    if group.external_id:
        body["externalId"] = group.external_id
    return body


def list_response(resources: list[dict], *, total: int, start_index: int) -> dict[str, Any]:
    return {"schemas": [LIST_SCHEMA], "totalResults": total, "startIndex": start_index,
            "itemsPerPage": len(resources), "Resources": resources}


def as_bool(value: Any, name: str) -> bool:
    """A boolean, also as Entra ID sends it in PATCH ("True"/"False")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    raise invalid_value(f"{name!r} must be true or false")


def as_text(value: Any, name: str, *, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > limit:
        raise invalid_value(f"{name!r} must be a string of at most {limit} characters")
    return value.strip() or None


def display_name_of(body: dict[str, Any]) -> str | None:
    """``displayName``, else ``name.formatted``, else given and family name joined."""
    name = body.get("name") if isinstance(body.get("name"), dict) else {}
    text = body.get("displayName") or name.get("formatted")
    if not text:
        text = " ".join(part for part in (name.get("givenName"), name.get("familyName")) if isinstance(part, str))
    return as_text(text or None, "displayName", limit=200)


def email_of(body: dict[str, Any]) -> str:
    """The account's e-mail address: Sluice names accounts by e-mail, so ``userName`` must be one
    (Okta's default username and Entra ID's userPrincipalName are)."""
    user_name = body.get("userName")
    if not isinstance(user_name, str) or "@" not in user_name or len(user_name) > 254:
        raise invalid_value("'userName' must be the user's e-mail address (map the IdP's e-mail or UPN to it)")
    return user_name
