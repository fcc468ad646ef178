"""Request and response bodies of the admin API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from sluice.gateway.bounds import Priority


class LoginIn(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)
    totp_code: str | None = Field(None, max_length=64, description="authenticator or recovery code, for "
                                  "accounts with a second factor")


class LoginOut(BaseModel):
    token: str
    expires_at: datetime
    user: "UserOut"
    csrf_token: str


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    email: str
    role: str
    tenant_id: str | None
    disabled: bool
    locked: bool = False  # locked out after failed sign-ins (an administrator can unlock it)
    last_login_at: datetime | None = None
    managed_by: str = "local"  # local (password), sso (made at first SSO sign-in) or scim (the IdP pushes it)
    has_password: bool = True  # False: invited or reset, the owner has not set a password yet
    must_change_password: bool = False
    totp_enabled: bool = False
    created_by_id: str | None = None


class UserIn(BaseModel):
    """A new account: its owner sets the password with the invitation link in the answer."""

    model_config = ConfigDict(extra="forbid")  # a "password" here would be silently ignored otherwise
    email: str = Field(max_length=254)
    role: str = Field(max_length=32)
    tenant_id: str | None = Field(None, max_length=63)


class InvitationOut(BaseModel):
    """A one-time link: hand it to the account's owner (it is shown once and only its hash is kept)."""

    user: UserOut
    invitation_url: str
    expires_at: datetime


class InvitationIn(BaseModel):
    token: str = Field(max_length=200)
    password: str = Field(max_length=1024)


class RoleIn(BaseModel):
    role: str = Field(max_length=32)


class PasswordChangeIn(BaseModel):
    current_password: str = Field(max_length=1024)
    new_password: str = Field(max_length=1024)


class PasswordChangeOut(BaseModel):
    sessions_ended: int  # the account's other sessions, now signed out


class TotpEnrolmentOut(BaseModel):
    secret: str  # base32, for typing into an authenticator app by hand
    otpauth_uri: str
    qr_svg: str


class TotpCodeIn(BaseModel):
    code: str = Field(max_length=64)


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str]  # shown once; each works once instead of an authenticator code


class TenantIn(BaseModel):
    name: str = Field(max_length=63)
    display_name: str = Field("", max_length=200)


class TenantOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: str
    name: str
    display_name: str
    disabled: bool
    created_at: datetime


class ProviderIn(BaseModel):
    name: str = Field(max_length=63)
    kind: str = "openai"
    base_url: str | None = Field(None, max_length=500)
    api_key: str | None = Field(None, max_length=1000)
    region: str
    models: list[str]
    model_map: dict[str, str] = {}
    priority: Priority = 100
    enabled: bool = True
    supports_tools: bool = True
    connect_timeout_s: float = Field(5.0, gt=0)
    read_timeout_s: float = Field(120.0, gt=0)
    max_retries: int = Field(2, ge=0, le=10)


class ProviderPatch(BaseModel):
    model_config = ConfigDict(extra="forbid")
    base_url: str | None = None
    api_key: str | None = None
    region: str | None = None
    models: list[str] | None = None
    model_map: dict[str, str] | None = None
    priority: Priority | None = None
    enabled: bool | None = None
    supports_tools: bool | None = None
    connect_timeout_s: float | None = Field(None, gt=0)
    read_timeout_s: float | None = Field(None, gt=0)
    max_retries: int | None = Field(None, ge=0, le=10)


LoginOut.model_rebuild()
