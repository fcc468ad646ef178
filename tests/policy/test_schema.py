"""Policy documents: defaults, YAML/JSON loading, error paths, published JSON Schema."""

from __future__ import annotations

import json

import pytest

from sluice.policy import PolicyDocument, PolicyValidationError, default_policy, dump_policy, load_policy
from sluice.policy.loader import SCHEMA_FILE, render_json_schema
from sluice.policy.schema import KNOWN_ENTITIES


def errors_of(source) -> dict[str, str]:
    with pytest.raises(PolicyValidationError) as info:
        load_policy(source)
    assert info.value.code == "policy_invalid"
    return {e.path: e.message for e in info.value.errors}


def test_empty_document_is_a_valid_policy_with_safe_defaults():
    policy = load_policy({})
    assert policy.input.injection.enabled and policy.input.injection.action == "block"
    assert policy.input.pii.entities["US_SSN"].action == "block"
    assert not policy.input.pii.fail_open and not policy.output.content.fail_open
    assert policy.audit.capture_content is False
    assert policy == PolicyDocument()


def test_yaml_and_json_texts_give_the_same_policy():
    yaml_text = "input:\n  pii:\n    entities:\n      PERSON: {action: pseudonymize}\n"
    json_text = json.dumps({"input": {"pii": {"entities": {"PERSON": {"action": "pseudonymize"}}}}})
    assert load_policy(yaml_text) == load_policy(json_text)
    assert load_policy(yaml_text).input.pii.entities["PERSON"].action == "pseudonymize"


def test_default_policy_round_trips_through_yaml_and_json():
    policy = default_policy()
    assert load_policy(dump_policy(policy)) == policy
    assert load_policy(dump_policy(policy, fmt="json")) == policy


def test_wrong_action_error_points_at_the_entity_field():
    errors = errors_of({"input": {"pii": {"entities": {"EMAIL_ADDRESS": {"action": "shred"}}}}})
    assert "input.pii.entities.EMAIL_ADDRESS.action" in errors
    assert "pseudonymize" in errors["input.pii.entities.EMAIL_ADDRESS.action"]


def test_misspelled_key_is_an_error_not_silently_ignored():
    errors = errors_of({"input": {"injection": {"treshold": 0.9}}})
    assert errors["input.injection.treshold"] == "Extra inputs are not permitted"


def test_threshold_outside_zero_to_one_is_rejected_with_its_path():
    errors = errors_of("output:\n  content:\n    threshold: 1.5\n")
    assert "output.content.threshold" in errors


def test_unknown_entity_type_needs_a_custom_recognizer():
    errors = errors_of({"input": {"pii": {"entities": {"EMPLOYEE_ID": {"action": "redact"}}}}})
    assert "EMPLOYEE_ID" in errors["input.pii"]
    ok = load_policy({"input": {"pii": {"entities": {"EMPLOYEE_ID": {"action": "redact"}},
                                        "custom_recognizers": [{"entity": "EMPLOYEE_ID", "patterns": [{"regex": r"EMP-\d{6}"}]}]}}})
    assert ok.input.pii.rule("EMPLOYEE_ID").action == "redact"


def test_invalid_custom_regex_is_reported_at_its_path():
    errors = errors_of({"input": {"pii": {"custom_recognizers": [{"entity": "X_ID", "patterns": [{"regex": "(unclosed"}]}]}}})
    assert any(p.startswith("input.pii.custom_recognizers.0.patterns.0.regex") for p in errors)


def test_residency_default_must_name_a_defined_classification():
    errors = errors_of({"residency": {"default_classification": "secret"}})
    assert "secret" in errors["residency"]


def test_invalid_yaml_is_a_policy_error_not_a_crash():
    errors = errors_of("input: [unclosed\n")
    assert "invalid YAML" in errors[""]


def test_published_json_schema_file_is_current():
    assert SCHEMA_FILE.read_text() == render_json_schema(), "run: python -m policy.loader"


def test_json_schema_documents_every_section_with_defaults():
    schema = json.loads(SCHEMA_FILE.read_text())
    assert set(schema["properties"]) >= {"input", "output", "residency", "audit", "id", "version"}
    pii = schema["$defs"]["PIIGuardrail"]["properties"]
    assert pii["fail_open"]["default"] is False
    assert "description" in pii["restore_pseudonyms"]


def test_known_entity_list_matches_presidio_predefined_recognizers():
    from sluice.policy.detectors.presidio_engine import predefined_entities
    from sluice.policy.detectors.recognizers import own_entities
    from sluice.policy.schema.pii import NER_ENTITIES, PATTERN_ENTITIES

    missing = PATTERN_ENTITIES - predefined_entities() - own_entities()
    assert not missing, f"not found by any Presidio or Sluice pattern recognizer: {sorted(missing)}"
    assert NER_ENTITIES <= KNOWN_ENTITIES
