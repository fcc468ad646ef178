"""A provider as the request path sees it: a plain, immutable snapshot of its row (key unsealed)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.service import provider_api_key


@dataclass(frozen=True)
class ProviderSpec:
    id: str
    name: str
    kind: str
    region: str
    models: tuple[str, ...]
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    model_map: tuple[tuple[str, str], ...] = ()
    priority: int = 100
    enabled: bool = True
    supports_tools: bool = True
    connect_timeout_s: float = 5.0
    read_timeout_s: float = 120.0
    max_retries: int = 2

    def upstream_model(self, model: str) -> str:
        """The name the upstream knows a public model by."""
        return dict(self.model_map).get(model, model)

    @classmethod
    def from_row(cls, row: Provider, *, secret: bytes) -> "ProviderSpec":
        return cls(
            id=row.id, name=row.name, kind=row.kind, region=row.region, models=tuple(row.models or ()),
            base_url=row.base_url, api_key=provider_api_key(row, secret),
            model_map=tuple(sorted((row.model_map or {}).items())), priority=row.priority,
            enabled=row.enabled,
            supports_tools=row.supports_tools, connect_timeout_s=row.connect_timeout_s,
            read_timeout_s=row.read_timeout_s, max_retries=row.max_retries,
        )
