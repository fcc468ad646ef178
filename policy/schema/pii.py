"""PII section of a policy: which entity types to detect and what to do with each."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from sluice.policy.schema.common import ENTITY_NAME, Guardrail, PolicyPattern, RecognizerPattern, Score, StrictModel

PIIAction = Literal["block", "redact", "mask", "hash", "pseudonymize", "flag", "allow"]

PATTERN_ENTITIES = frozenset(
    {
        "CREDIT_CARD", "CRYPTO", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "MAC_ADDRESS",
        "MEDICAL_LICENSE", "PHONE_NUMBER", "URL", "DATE_TIME",
        "US_BANK_NUMBER", "US_DRIVER_LICENSE", "US_ITIN", "US_PASSPORT", "US_SSN",
        "UK_NHS", "UK_NINO", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE", "IT_DRIVER_LICENSE",
        "IT_VAT_CODE", "IT_PASSPORT", "IT_IDENTITY_CARD", "PL_PESEL", "SG_NRIC_FIN", "SG_UEN",
        "AU_ABN", "AU_ACN", "AU_TFN", "AU_MEDICARE", "IN_PAN", "IN_AADHAAR", "IN_VEHICLE_REGISTRATION",
        "IN_VOTER", "IN_PASSPORT", "FI_PERSONAL_IDENTITY_CODE", "KR_RRN",
        "STREET_ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "MEDICAL_RECORD_NUMBER",
    }
)
"""Entity types found by patterns and checksums (no NER model needed): Presidio's predefined types
and Sluice's own (street addresses, postal codes, dates of birth, medical record numbers)."""

NER_ENTITIES = frozenset({"PERSON", "LOCATION", "ORGANIZATION", "NRP"})
"""Entity types found by the spaCy named-entity model; asking for one loads the model."""

KNOWN_ENTITIES = PATTERN_ENTITIES | NER_ENTITIES


class EntityRule(StrictModel):
    """What to do with one entity type."""

    action: PIIAction = Field("redact", description="block | redact (<TYPE>) | mask | hash | pseudonymize | flag | allow")
    threshold: Score | None = Field(None, description="Minimum detector score; defaults to the guardrail threshold.")
    mask_keep_last: int = Field(4, ge=0, le=64, description="For mask: characters left visible at the end.")
    mask_char: str = Field("*", min_length=1, max_length=1)


class RegexPattern(StrictModel):
    name: str = Field("pattern", min_length=1, max_length=64)
    regex: RecognizerPattern = Field(..., min_length=1)
    score: Score = 0.8


class CustomRecognizer(StrictModel):
    """A policy-defined entity type found by regular expressions and/or a deny-list of exact terms."""

    entity: str = Field(..., description="UPPER_SNAKE entity name, e.g. EMPLOYEE_ID.")
    patterns: list[RegexPattern] = Field(default_factory=list)
    deny_list: list[str] = Field(default_factory=list, description="Exact terms (case-insensitive, whole words).")
    context: list[str] = Field(default_factory=list, description="Words that raise the score when nearby.")

    @field_validator("entity")
    @classmethod
    def _name(cls, value: str) -> str:
        if not ENTITY_NAME.match(value):
            raise ValueError("entity must be UPPER_SNAKE_CASE, 2-64 characters")
        return value

    @model_validator(mode="after")
    def _something(self) -> "CustomRecognizer":
        if not self.patterns and not self.deny_list:
            raise ValueError("a custom recognizer needs at least one pattern or deny_list term")
        return self


def _default_entities() -> dict[str, EntityRule]:
    return {
        "EMAIL_ADDRESS": EntityRule(action="pseudonymize"),
        "PHONE_NUMBER": EntityRule(action="pseudonymize"),
        "CREDIT_CARD": EntityRule(action="mask", mask_keep_last=4),
        "IBAN_CODE": EntityRule(action="mask", mask_keep_last=4),
        "US_SSN": EntityRule(action="block"),
        "IP_ADDRESS": EntityRule(action="redact"),
        "STREET_ADDRESS": EntityRule(action="redact"),
        "POSTAL_CODE": EntityRule(action="redact"),
        "DATE_OF_BIRTH": EntityRule(action="redact"),
        "MEDICAL_RECORD_NUMBER": EntityRule(action="mask", mask_keep_last=2),
    }


class PIIGuardrail(Guardrail):
    """Presidio-based PII detection with per-entity actions."""

    action: Literal["block", "redact", "mask", "flag", "allow"] = Field(
        "redact", description="Guardrail-level action; per-entity actions in `entities` take precedence."
    )
    threshold: Score = Field(0.4, description="Minimum score; 0.4 is Presidio's score for a valid phone number without context words.")
    entities: dict[str, EntityRule] = Field(
        default_factory=_default_entities,
        description="Entity type -> rule. Pattern types: " + ", ".join(sorted(PATTERN_ENTITIES)) + ". NER types "
                    "(load the spaCy model): " + ", ".join(sorted(NER_ENTITIES)) + ". A custom_recognizer adds its own.",
    )
    custom_recognizers: list[CustomRecognizer] = Field(default_factory=list)
    allow_list: list[str] = Field(
        default_factory=lambda: ["C4", "S3", "EKS", "EC2"],
        description="Exact values (case-insensitive) never treated as PII.",
    )
    allow_patterns: list[PolicyPattern] = Field(default_factory=list, description="Regexes of values never treated as PII.")
    languages: list[str] = Field(default_factory=lambda: ["en"], min_length=1)
    restore_pseudonyms: bool = Field(True, description="Put pseudonymized values back in the response for the caller.")
    context_words: bool = Field(True, description="Raise scores when Presidio's context words are nearby.")

    @field_validator("entities")
    @classmethod
    def _entity_names(cls, value: dict[str, EntityRule]) -> dict[str, EntityRule]:
        for name in value:
            if not ENTITY_NAME.match(name):
                raise ValueError(f"entity name {name!r} must be UPPER_SNAKE_CASE")
        return value

    @model_validator(mode="after")
    def _known(self) -> "PIIGuardrail":
        custom = {c.entity for c in self.custom_recognizers}
        unknown = sorted(set(self.entities) - KNOWN_ENTITIES - custom)
        if unknown:
            raise ValueError(
                f"unknown entity type(s) {unknown}: use a Presidio predefined type or define a custom_recognizer"
            )
        return self

    def rule(self, entity: str) -> EntityRule:
        return self.entities.get(entity) or EntityRule(action=self.action if self.action != "allow" else "allow")

    def ner_entities(self) -> set[str]:
        return {e for e, r in self.entities.items() if e in NER_ENTITIES and r.action != "allow"}
