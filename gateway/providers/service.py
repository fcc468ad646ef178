"""Registering and changing providers. Upstream API keys are sealed at rest."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from sluice.gateway.crypto import seal, unseal
from sluice.gateway.database import new_id
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, InvalidInput, NotFound
from sluice.gateway.providers.models import PROVIDER_KINDS, Provider

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,62}$")
_SEAL_PURPOSE = "provider-api-key"
EDITABLE = ("base_url", "region", "models", "model_map", "priority", "enabled", "supports_tools",
            "connect_timeout_s", "read_timeout_s", "max_retries")


def redact_url(url: str | None) -> str | None:
    """``url`` without any ``user:password@`` part, for display and audit records."""
    if not url:
        return url
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return parts._replace(netloc="***@" + parts.netloc.rsplit("@", 1)[1]).geturl()


def _check_new_url(url: str | None) -> None:
    """A base URL being set may not carry credentials: they would be shown to every role and sent
    beside the sealed API key. (Rows written before this rule keep working until their URL changes.)"""
    if url and "@" in urlsplit(url).netloc:
        raise InvalidInput(ErrorCode.INVALID_BASE_URL, "base_url must not contain credentials (user:password@); "
                           "give the provider's key as api_key, which is stored sealed", param="base_url")


def _validate(values: dict) -> None:
    kind = values.get("kind")
    if kind is not None and kind not in PROVIDER_KINDS:
        raise InvalidInput(ErrorCode.INVALID_PROVIDER_KIND,
                           f"kind must be one of {', '.join(PROVIDER_KINDS)}", param="kind")
    url = values.get("base_url")
    if kind == "openai" and not url:
        raise InvalidInput(ErrorCode.MISSING_BASE_URL, "an openai provider needs base_url", param="base_url")
    if url and not re.match(r"^https?://[^\s/]+", url):
        raise InvalidInput(ErrorCode.INVALID_BASE_URL, "base_url must be an http(s) URL", param="base_url")
    models = values.get("models")
    if models is not None and (not isinstance(models, list) or not all(isinstance(m, str) and m for m in models)):
        raise InvalidInput(ErrorCode.INVALID_MODELS, "models must be a list of model names", param="models")
    region = values.get("region")
    if region is not None and not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,62}", region):
        raise InvalidInput(ErrorCode.INVALID_REGION,
                           "region is a short lower-case name such as eu-west-1", param="region")
    for field in ("connect_timeout_s", "read_timeout_s"):
        if field in values and values[field] is not None and values[field] <= 0:
            raise InvalidInput(ErrorCode.INVALID_TIMEOUT, f"{field} must be > 0", param=field)


def snapshot(provider: Provider) -> dict:
    """What an audit event records about a provider (never its API key)."""
    return {
        "id": provider.id, "name": provider.name, "kind": provider.kind, "base_url": redact_url(provider.base_url),
        "region": provider.region, "models": list(provider.models or []), "priority": provider.priority,
        "enabled": provider.enabled, "has_api_key": provider.api_key_sealed is not None,
    }


def create_provider(*, session: Session, secret: bytes, name: str, kind: str, region: str,
                    models: list[str], api_key: str | None = None, **options) -> Provider:
    if not _NAME.match(name):
        raise InvalidInput(ErrorCode.INVALID_PROVIDER_NAME,
                           "provider names are short lower-case identifiers", param="name")
    values = {"kind": kind, "region": region, "models": models, **options}
    _validate(values)
    _check_new_url(values.get("base_url"))
    if session.scalar(select(Provider.id).where(Provider.name == name)) is not None:
        raise Conflict(ErrorCode.PROVIDER_EXISTS, f"a provider named {name!r} already exists")
    provider = Provider(id=new_id("prv"), name=name, kind=kind, region=region, models=list(models),
                        model_map=dict(options.pop("model_map", {}) or {}), **{k: v for k, v in options.items() if k in EDITABLE})
    if api_key:
        provider.api_key_sealed = seal(api_key, secret=secret, purpose=_SEAL_PURPOSE)
    session.add(provider)
    session.flush()
    return provider


def update_provider(*, session: Session, provider: Provider, secret: bytes, changes: dict) -> Provider:
    unknown = set(changes) - set(EDITABLE) - {"api_key"}
    if unknown:
        raise InvalidInput(ErrorCode.INVALID_FIELD,
                           f"cannot change {', '.join(sorted(unknown))}", param=sorted(unknown)[0])
    _validate({"kind": provider.kind, "base_url": provider.base_url, **changes})
    if changes.get("base_url", provider.base_url) != provider.base_url:
        _check_new_url(changes["base_url"])
    for field, value in changes.items():
        if field == "api_key":
            provider.api_key_sealed = seal(value, secret=secret, purpose=_SEAL_PURPOSE) if value else None
        else:
            setattr(provider, field, value)
    session.flush()
    return provider


def provider_api_key(provider: Provider, secret: bytes) -> str | None:
    if provider.api_key_sealed is None:
        return None
    return unseal(provider.api_key_sealed, secret=secret, purpose=_SEAL_PURPOSE)


def get_provider(*, session: Session, ref: str) -> Provider:
    provider = session.get(Provider, ref) or session.scalar(select(Provider).where(Provider.name == ref))
    if provider is None:
        raise NotFound(ErrorCode.PROVIDER_NOT_FOUND, f"no provider {ref!r}")
    return provider


def list_providers(*, session: Session, enabled_only: bool = False) -> list[Provider]:
    query = select(Provider).order_by(Provider.priority, Provider.name)
    if enabled_only:
        query = query.where(Provider.enabled.is_(True))
    return list(session.scalars(query))


def delete_provider(*, session: Session, provider: Provider) -> None:
    session.delete(provider)
    session.flush()
