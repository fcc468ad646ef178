"""Provider rows to provider objects: the one module that knows every implementation."""

from __future__ import annotations

from sluice.gateway.providers.base import ModelProvider, ProviderResources
from sluice.gateway.providers.builtin import BuiltinProvider
from sluice.gateway.providers.openai_compat import OpenAICompatibleProvider
from sluice.gateway.providers.spec import ProviderSpec

KINDS: dict[str, type[ModelProvider]] = {cls.kind: cls for cls in (OpenAICompatibleProvider, BuiltinProvider)}


def build_provider(spec: ProviderSpec, resources: ProviderResources) -> ModelProvider:
    try:
        implementation = KINDS[spec.kind]
    except KeyError:
        raise ValueError(f"no provider implementation for kind {spec.kind!r}") from None
    return implementation(spec, resources)
