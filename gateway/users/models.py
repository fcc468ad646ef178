"""Users of the console and admin API, and their sign-in sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from sluice.gateway.database import Base, UTCDateTime, utcnow


class User(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(32))
    # None: deployment-wide; otherwise the user sees and acts on this tenant only.
    tenant_id: Mapped[str | None] = mapped_column(ForeignKey("tenants.id", ondelete="CASCADE"), nullable=True)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Who manages the account: "local" (password), "sso" (created at first SSO sign-in) or "scim"
    # (pushed by the identity provider). SSO and SCIM accounts have no usable password.
    managed_by: Mapped[str] = mapped_column(String(16), default="local", server_default="local")
    sso_subject: Mapped[str | None] = mapped_column(String(255), unique=True, nullable=True)  # the IdP's ``sub``
    external_id: Mapped[str | None] = mapped_column(String(255), nullable=True)  # SCIM ``externalId``
    display_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    # Who controls or controlled this account's credentials and role (four-eyes relations); None: the CLI.
    created_by_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    credentials_set_by_id: Mapped[str | None] = mapped_column(String(40), nullable=True)  # last invited/reset it
    role_changed_by_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    role_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Someone else chose the password: the next sign-in may do nothing but change it.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    password_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # TOTP second factor: the secret sealed under the deployment secret; enabled once a code confirmed it.
    totp_secret: Mapped[str | None] = mapped_column(String(200), nullable=True)
    totp_enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    totp_last_step: Mapped[int | None] = mapped_column(Integer, nullable=True)  # no code is accepted twice

    @property
    def has_password(self) -> bool:
        return self.password_hash.startswith("$")

    @property
    def totp_enabled(self) -> bool:
        return self.totp_enabled_at is not None


class UserSession(Base):
    __tablename__ = "user_sessions"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    source_address: Mapped[str | None] = mapped_column(String(64), nullable=True)


class SignInThrottle(Base):
    """Failed sign-ins of one subject: an e-mail address (whether or not an account has it) or a
    source address, each named by a keyed hash. Known and unknown accounts lock out alike."""

    __tablename__ = "sign_in_throttles"

    subject: Mapped[str] = mapped_column(String(80), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    lockouts: Mapped[int] = mapped_column(Integer, default=0)  # consecutive lock-outs: each lasts twice as long
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    last_failure_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class UserInvitation(Base):
    """A one-time link that lets a person set their own password (a new account, or a reset).
    Only a keyed hash of the token is kept."""

    __tablename__ = "user_invitations"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    purpose: Mapped[str] = mapped_column(String(16))  # invite | reset
    created_by_id: Mapped[str | None] = mapped_column(String(40), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class RecoveryCode(Base):
    """One single-use recovery code of an account's second factor (keyed hash only)."""

    __tablename__ = "user_recovery_codes"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    user_id: Mapped[str] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
