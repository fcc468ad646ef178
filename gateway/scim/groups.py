"""SCIM Groups: create, read, list (``displayName``/``externalId`` filters), replace, patch members
and name, delete. Every membership change re-applies the role map to the members concerned."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id, utcnow
from sluice.gateway.identity.access_map import AccessRule
from sluice.gateway.identity.models import DirectoryGroup, DirectoryMember
from sluice.gateway.scim.access import Actor, audit, refresh_access
from sluice.gateway.scim.errors import ScimError, invalid_value, not_found
from sluice.gateway.scim.filters import parse_filter
from sluice.gateway.scim.patch import member_ids, member_in_path, parse_patch
from sluice.gateway.scim.resources import as_text, group_resource
from sluice.gateway.users.models import User

FILTERABLE = frozenset({"displayname", "externalid"})


def get_group(*, session: Session, group_id: str) -> DirectoryGroup:
    group = session.get(DirectoryGroup, group_id[:64])
    if group is None:
        raise not_found("group", group_id)
    return group


def members_of(session: Session, group: DirectoryGroup) -> list[User]:
    return list(session.scalars(select(User).join(DirectoryMember, DirectoryMember.user_id == User.id)
                                .where(DirectoryMember.group_id == group.id).order_by(User.email)))


def render(session: Session, group: DirectoryGroup, base_url: str, *, with_members: bool = True) -> dict[str, Any]:
    return group_resource(group, members_of(session, group) if with_members else [], base_url)


def list_groups(*, session: Session, filter_text: str | None, start_index: int,
                count: int) -> tuple[int, list[DirectoryGroup]]:
    condition = parse_filter(filter_text, attributes=FILTERABLE)
    query = select(DirectoryGroup)
    if condition is not None:
        column = DirectoryGroup.external_id if condition.attribute == "externalid" else DirectoryGroup.display_name
        query = query.where(column == condition.value)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    groups = list(session.scalars(query.order_by(DirectoryGroup.created_at, DirectoryGroup.id)
                                  .offset(start_index - 1).limit(count)))
    return total, groups


def _display_name(value: Any) -> str:
    name = as_text(value, "displayName", limit=256)
    if not name:
        raise invalid_value("'displayName' is required")
    return name


def _unique(session: Session, name: str, *, except_id: str | None = None) -> None:
    other = session.scalar(select(DirectoryGroup.id).where(DirectoryGroup.display_name == name))
    if other is not None and other != except_id:
        raise ScimError(409, f"a group named {name!r} already exists", "uniqueness")


def _users(session: Session, ids: list[str]) -> list[User]:
    users = list(session.scalars(select(User).where(User.id.in_(ids)))) if ids else []
    missing = set(ids) - {u.id for u in users}
    if missing:
        raise invalid_value(f"no user with id {sorted(missing)[0]!r}; create the user before adding it to a group")
    return users


class Membership:
    """Changes to one group's members, applied at the end with the role map re-applied to each."""

    def __init__(self, session: Session, group: DirectoryGroup):
        self.session = session
        self.group = group
        self.current = set(session.scalars(select(DirectoryMember.user_id).where(DirectoryMember.group_id == group.id)))
        self.wanted = set(self.current)

    def add(self, ids: list[str]) -> None:
        self.wanted |= {u.id for u in _users(self.session, ids)}

    def remove(self, ids: list[str]) -> None:
        self.wanted -= set(ids)

    def replace(self, ids: list[str]) -> None:
        self.wanted = {u.id for u in _users(self.session, ids)}

    def commit(self, *, rules: tuple[AccessRule, ...], actor: Actor, renamed: bool = False) -> None:
        added, removed = self.wanted - self.current, self.current - self.wanted
        for user_id in added:
            self.session.add(DirectoryMember(group_id=self.group.id, user_id=user_id))
        if removed:
            self.session.execute(delete(DirectoryMember).where(DirectoryMember.group_id == self.group.id,
                                                               DirectoryMember.user_id.in_(removed)))
        self.session.flush()
        if added or removed:
            audit(self.session, actor, action="group.members_changed", target_type="group", target_id=self.group.id,
                  after={"added": sorted(added), "removed": sorted(removed)})
        affected = self.wanted | removed if renamed else added | removed
        for user in _users(self.session, sorted(affected)):
            refresh_access(session=self.session, user=user, rules=rules, actor=actor)


def create_group(*, session: Session, body: dict[str, Any], rules: tuple[AccessRule, ...],
                 actor: Actor) -> DirectoryGroup:
    name = _display_name(body.get("displayName"))
    _unique(session, name)
    group = DirectoryGroup(id=new_id("grp"), display_name=name,
                           external_id=as_text(body.get("externalId"), "externalId", limit=255))
    session.add(group)
    session.flush()
    audit(session, actor, action="group.created", target_type="group", target_id=group.id,
          after={"display_name": name})
    membership = Membership(session, group)
    membership.add(member_ids(body.get("members")))
    membership.commit(rules=rules, actor=actor)
    return group


def _rename(session: Session, group: DirectoryGroup, name: str, actor: Actor) -> bool:
    if name == group.display_name:
        return False
    _unique(session, name, except_id=group.id)
    audit(session, actor, action="group.renamed", target_type="group", target_id=group.id,
          before={"display_name": group.display_name}, after={"display_name": name})
    group.display_name = name
    return True


def replace_group(*, session: Session, group: DirectoryGroup, body: dict[str, Any],
                  rules: tuple[AccessRule, ...], actor: Actor) -> DirectoryGroup:
    renamed = _rename(session, group, _display_name(body.get("displayName")), actor)
    group.external_id = as_text(body.get("externalId"), "externalId", limit=255)
    group.updated_at = utcnow()
    membership = Membership(session, group)
    membership.replace(member_ids(body.get("members")))
    membership.commit(rules=rules, actor=actor, renamed=renamed)
    return group


def patch_group(*, session: Session, group: DirectoryGroup, body: Any, rules: tuple[AccessRule, ...],
                actor: Actor) -> DirectoryGroup:
    membership = Membership(session, group)
    renamed = False
    for op in parse_patch(body):
        path = (op.path or "").lower()
        if op.path is None:  # Okta: {"op": "replace", "value": {"id": ..., "displayName": ...}}
            if not isinstance(op.value, dict):
                raise invalid_value("a PATCH operation without 'path' needs an object 'value'")
            if "displayName" in op.value:
                renamed = _rename(session, group, _display_name(op.value["displayName"]), actor) or renamed
            if "members" in op.value:
                _members(membership, op.op, member_ids(op.value["members"]))
        elif path == "displayname":
            renamed = _rename(session, group, _display_name(op.value), actor) or renamed
        elif path == "externalid":
            group.external_id = as_text(op.value, "externalId", limit=255)
        elif path == "members":
            if op.op == "remove" and op.value is None:
                membership.replace([])
            else:
                _members(membership, op.op, member_ids(op.value))
        elif (member := member_in_path(op.path)) is not None and op.op == "remove":
            membership.remove([member])
        else:
            raise ScimError(400, f"cannot {op.op} {op.path[:80]!r} on a group; supported: displayName, "
                            'externalId, members, members[value eq "ID"]', "invalidPath")
    group.updated_at = utcnow()
    membership.commit(rules=rules, actor=actor, renamed=renamed)
    return group


def _members(membership: Membership, op: str, ids: list[str]) -> None:
    {"add": membership.add, "remove": membership.remove, "replace": membership.replace}[op](ids)


def delete_group(*, session: Session, group: DirectoryGroup, rules: tuple[AccessRule, ...], actor: Actor) -> None:
    members = members_of(session, group)
    audit(session, actor, action="group.deleted", target_type="group", target_id=group.id,
          before={"display_name": group.display_name, "members": len(members)})
    session.execute(delete(DirectoryMember).where(DirectoryMember.group_id == group.id))
    session.delete(group)
    session.flush()
    for user in members:
        refresh_access(session=session, user=user, rules=rules, actor=actor)
