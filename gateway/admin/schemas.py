"""Request and response bodies of the admin API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from sluice.gateway.bounds import Priority


class LoginIn(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


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


class UserIn(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(min_length=1, max_length=1024)
    role: str
    tenant_id: str | None = None


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
