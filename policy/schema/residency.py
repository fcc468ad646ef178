"""Data classification and residency section."""

from __future__ import annotations

from pydantic import Field, model_validator

from sluice.policy.schema.common import StrictModel


class Classification(StrictModel):
    name: str = Field(..., pattern=r"^[a-z][a-z0-9_-]{0,31}$")
    allowed_regions: list[str] = Field(
        default_factory=list, description="Provider regions allowed for this classification; `*` allows any."
    )
    description: str = ""


class PIIUpgrade(StrictModel):
    """Raise the request's classification when one of these entity types is detected."""

    entities: list[str] = Field(..., min_length=1)
    classification: str


def _default_classifications() -> list[Classification]:
    return [
        Classification(name="public", allowed_regions=["*"]),
        Classification(name="internal", allowed_regions=["on-prem", "eu", "us"]),
        Classification(name="confidential", allowed_regions=["on-prem", "eu"]),
        Classification(name="restricted", allowed_regions=["on-prem"]),
    ]


def _default_upgrades() -> list[PIIUpgrade]:
    return [
        PIIUpgrade(entities=["US_SSN", "CREDIT_CARD", "IBAN_CODE", "UK_NHS", "MEDICAL_LICENSE", "MEDICAL_RECORD_NUMBER"],
                   classification="restricted"),
        PIIUpgrade(entities=["PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "DATE_OF_BIRTH"],
                   classification="confidential"),
    ]


class ResidencyPolicy(StrictModel):
    """Classifications are listed from least to most sensitive; a request only moves up."""

    classifications: list[Classification] = Field(default_factory=_default_classifications, min_length=1)
    default_classification: str = "internal"
    header: str = Field("x-sluice-data-classification", description="Request header that may set the classification.")
    header_may_lower: bool = Field(False, description="Allow the header to lower the tenant default.")
    pii_upgrades: list[PIIUpgrade] = Field(default_factory=_default_upgrades)

    @model_validator(mode="after")
    def _consistent(self) -> "ResidencyPolicy":
        names = [c.name for c in self.classifications]
        if len(set(names)) != len(names):
            raise ValueError("classification names must be unique")
        if self.default_classification not in names:
            raise ValueError(f"default_classification {self.default_classification!r} is not one of {names}")
        for upgrade in self.pii_upgrades:
            if upgrade.classification not in names:
                raise ValueError(f"pii_upgrades classification {upgrade.classification!r} is not one of {names}")
        return self

    def rank(self, name: str) -> int:
        return [c.name for c in self.classifications].index(name)

    def get(self, name: str) -> Classification:
        return self.classifications[self.rank(name)]


class AuditPolicy(StrictModel):
    capture_content: bool = Field(False, description="Store prompt and response text in the audit log (off: hashes only).")
    retention_days: int = Field(180, ge=1, le=3650, description="Days audit events are kept (EU AI Act: at least 180).")
