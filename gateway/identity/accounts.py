"""Accounts that the identity provider manages: created at the first SSO sign-in (or by SCIM), their
role and tenant set from the group mapping, and taken away (sessions ended) when access goes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.identity.access_map import AccessGrant, AccessRule, resolve
from sluice.gateway.identity.errors import AccessRefused
from sluice.gateway.identity.models import DirectoryGroup, DirectoryMember
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.users.models import User
from sluice.gateway.users.service import end_sessions, normalise_email

# Not an argon2 hash: password checks against it always fail, so the account has no password.
NO_PASSWORD = "!external"


@dataclass(frozen=True)
class AccessChange:
    before: dict[str, Any]
    after: dict[str, Any]

    @property
    def changed(self) -> bool:
        return self.before != self.after


def tenant_id_for(*, session: Session, grant: AccessGrant) -> str | None:
    """The id of the grant's tenant (None: deployment-wide); a missing tenant is a mapping error."""
    if grant.tenant is None:
        return None
    tenant_id = session.scalar(select(Tenant.id).where(Tenant.name == grant.tenant))
    if tenant_id is None:
        raise AccessRefused(ErrorCode.SSO_NO_ACCESS, f"your group {grant.group!r} maps to tenant {grant.tenant!r}, "
                            "which does not exist in Sluice; ask an administrator to create it or fix the SSO "
                            "role map", reason="unknown_tenant")
    return tenant_id


def apply_grant(*, session: Session, user: User, grant: AccessGrant) -> AccessChange:
    """Set the user's role and tenant from ``grant``; a change of either ends their other sessions."""
    tenant_id = tenant_id_for(session=session, grant=grant)
    before = {"role": user.role, "tenant_id": user.tenant_id}
    user.role, user.tenant_id = grant.role.value, tenant_id
    change = AccessChange(before=before, after={"role": user.role, "tenant_id": user.tenant_id})
    if change.changed:
        end_sessions(session=session, user_id=user.id)
    session.flush()
    return change


def directory_groups_of(*, session: Session, user_id: str) -> list[str]:
    """The names of the SCIM-pushed groups the user is a member of."""
    return list(session.scalars(select(DirectoryGroup.display_name).join(DirectoryMember)
                                .where(DirectoryMember.user_id == user_id).order_by(DirectoryGroup.display_name)))


def directory_grant(*, session: Session, user_id: str, rules: tuple[AccessRule, ...]) -> AccessGrant | None:
    """What the user's SCIM-pushed groups give (None: no mapped group)."""
    return resolve(rules, directory_groups_of(session=session, user_id=user_id))


def find_by_email(*, session: Session, email: str) -> User | None:
    return session.scalar(select(User).where(func.lower(User.email) == email.strip().lower()))


def new_external_user(*, session: Session, email: str, managed_by: str, grant: AccessGrant | None,
                      display_name: str | None = None, sso_subject: str | None = None,
                      external_id: str | None = None) -> User:
    """A user without a password, managed by the identity provider (viewer until a grant says more)."""
    tenant_id = tenant_id_for(session=session, grant=grant) if grant else None
    user = User(id=new_id("usr"), email=normalise_email(email), password_hash=NO_PASSWORD,
                role=(grant.role.value if grant else "viewer"), tenant_id=tenant_id, managed_by=managed_by,
                sso_subject=sso_subject, external_id=external_id, display_name=display_name)
    session.add(user)
    session.flush()
    return user


@dataclass(frozen=True)
class Provisioned:
    user: User
    created: bool
    change: AccessChange | None


def provision_sso_user(*, session: Session, subject: str, email: str, display_name: str | None,
                       grant: AccessGrant) -> Provisioned:
    """The account for this identity, created or linked on first sign-in, its access updated from ``grant``.

    Found by the provider's subject first, then by e-mail (an account made by hand or by SCIM is
    linked once); an account already linked to another subject is refused."""
    user = session.scalar(select(User).where(User.sso_subject == subject).with_for_update())
    if user is None:
        user = find_by_email(session=session, email=email)
        if user is not None and user.sso_subject is not None:
            raise AccessRefused(ErrorCode.SSO_ACCOUNT_CONFLICT, "your e-mail address belongs to a Sluice account "
                                "linked to another identity; ask an administrator", reason="account_conflict")
    if user is None:
        user = new_external_user(session=session, email=email, managed_by="sso", grant=grant,
                                 display_name=display_name, sso_subject=subject)
        return Provisioned(user=user, created=True, change=None)
    if user.disabled:
        raise AccessRefused(ErrorCode.SSO_ACCOUNT_DISABLED, "your Sluice account is disabled; ask an administrator",
                            reason="account_disabled")
    user.sso_subject = subject
    if display_name:
        user.display_name = display_name[:200]
    return Provisioned(user=user, created=False, change=apply_grant(session=session, user=user, grant=grant))
