"""Typed policy schema (pydantic v2)."""

from sluice.policy.schema.common import Action, Guardrail
from sluice.policy.schema.document import PolicyDocument
from sluice.policy.schema.guardrails import (
    ContentGuardrail,
    DeniedTopic,
    InjectionGuardrail,
    InputGuardrails,
    OutputGuardrails,
    RefusalGuardrail,
    TopicsGuardrail,
    WordListGuardrail,
)
from sluice.policy.schema.pii import KNOWN_ENTITIES, NER_ENTITIES, CustomRecognizer, EntityRule, PIIGuardrail
from sluice.policy.schema.residency import AuditPolicy, Classification, PIIUpgrade, ResidencyPolicy

__all__ = [
    "Action", "AuditPolicy", "Classification", "ContentGuardrail", "CustomRecognizer", "DeniedTopic",
    "EntityRule", "Guardrail", "InjectionGuardrail", "InputGuardrails", "KNOWN_ENTITIES", "NER_ENTITIES",
    "OutputGuardrails", "PIIGuardrail", "PIIUpgrade", "PolicyDocument", "RefusalGuardrail",
    "ResidencyPolicy", "TopicsGuardrail", "WordListGuardrail",
]
