"""Data classification and residency routing."""

from __future__ import annotations

import pytest

from sluice.policy import Candidate, ClassificationError, classify, default_policy
from sluice.policy.residency import resolve

RES = default_policy().residency
PROVIDERS = [Candidate("us-cloud", "us-east-1", 1), Candidate("eu-cloud", "eu-west-1", 2),
             Candidate("eu-backup", "eu-central-1", 3), Candidate("onprem-gpu", "on-prem", 5)]


def test_tenant_default_applies_without_header_or_pii():
    assert classify(RES) == ("internal", "default")
    assert classify(RES, tenant_default="public") == ("public", "tenant")


def test_header_may_raise_but_not_lower_the_classification():
    assert classify(RES, header_value="confidential") == ("confidential", "header")
    assert classify(RES, header_value="public") == ("internal", "default")


def test_header_may_lower_when_the_policy_allows_it():
    res = RES.model_copy(update={"header_may_lower": True})
    assert classify(res, header_value="public") == ("public", "header")


def test_unknown_header_value_is_a_clear_error():
    with pytest.raises(ClassificationError) as info:
        classify(RES, header_value="top-secret")
    assert info.value.code == "invalid_classification" and "public" in info.value.message


def test_detected_pii_upgrades_the_classification():
    assert classify(RES, detected_entities={"EMAIL_ADDRESS"}) == ("confidential", "pii:EMAIL_ADDRESS")
    assert classify(RES, header_value="confidential", detected_entities={"CREDIT_CARD", "EMAIL_ADDRESS"}) == (
        "restricted", "pii:CREDIT_CARD")


def test_allowed_providers_come_back_in_priority_order():
    decision = resolve(RES, "internal", list(reversed(PROVIDERS)))
    assert [c.name for c in decision.providers] == ["us-cloud", "eu-cloud", "eu-backup", "onprem-gpu"]
    assert decision.chosen.name == "us-cloud" and decision.violation is None


def test_confidential_data_only_goes_to_eu_regions_or_on_premises():
    decision = resolve(RES, "confidential", PROVIDERS)
    assert [c.name for c in decision.providers] == ["eu-cloud", "eu-backup", "onprem-gpu"]


def test_no_provider_in_an_allowed_region_is_a_residency_violation():
    decision = resolve(RES, "restricted", PROVIDERS[:3])
    assert decision.providers == []
    violation = decision.violation
    assert violation.code == "residency_violation"
    assert violation.details["classification"] == "restricted"
    assert violation.details["allowed_regions"] == ["on-prem"]
    assert "restricted" in violation.message and "on-prem" in violation.message


def test_wildcard_region_allows_any_provider():
    assert len(resolve(RES, "public", PROVIDERS).providers) == 4


def test_region_prefix_must_match_whole_segments():
    assert resolve(RES, "confidential", [Candidate("x", "europe-west4", 0)]).violation is not None


def test_pipeline_classifies_requests_with_pii_and_routes(default_pipeline):
    scan = default_pipeline.scan_input([{"role": "user", "content": "card 4111 1111 1111 1111"}])
    assert scan.classification == "restricted" and scan.classification_source == "pii:CREDIT_CARD"
    decision = default_pipeline.resolve_residency(scan.classification, PROVIDERS)
    assert decision.chosen.name == "onprem-gpu"
