"""Guardrail results speak the shared vocabulary (policy/vocabulary.py) that the audit log records."""

from __future__ import annotations

from sluice.policy import Vault, json_schema
from sluice.policy.vocabulary import ACTION_MEANINGS, STATUS_MEANINGS, GuardrailAction, GuardrailStatus

EMAIL = "bob.stone@corp-mail.io"
SSN = "536-22-8726"


def _action_enums(node, found: list[set[str]]) -> list[set[str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "action" and isinstance(value, dict) and "enum" in value:
                found.append(set(value["enum"]))
            _action_enums(value, found)
    elif isinstance(node, list):
        for value in node:
            _action_enums(value, found)
    return found


def test_every_action_a_policy_can_configure_is_a_word_the_audit_log_can_record():
    enums = _action_enums(json_schema(), [])
    assert len(enums) >= 3  # guardrail, PII guardrail and per-entity actions at least
    assert set().union(*enums) <= {a.value for a in GuardrailAction}


def test_every_status_and_action_has_a_meaning_for_the_schema_document():
    assert set(STATUS_MEANINGS) == set(GuardrailStatus) and set(ACTION_MEANINGS) == set(GuardrailAction)


def test_input_matches_are_blocked_or_flagged_by_their_action(default_pipeline):
    scan = default_pipeline.scan_input([{"role": "user", "content": f"Write to {EMAIL}, my SSN is {SSN}."}])
    pii = scan.result("pii")
    assert pii.status == GuardrailStatus.BLOCKED and pii.action == GuardrailAction.BLOCK and scan.blocked
    scan = default_pipeline.scan_input([{"role": "user", "content": f"Write to {EMAIL} please."}])
    pii = scan.result("pii")
    assert pii.status == GuardrailStatus.FLAGGED and pii.action == GuardrailAction.PSEUDONYMIZE
    assert scan.blocked is None and scan.result("topics").status == GuardrailStatus.SKIPPED


def test_output_pii_is_blocked_only_when_a_matched_entity_blocks(pipeline_factory):
    pipeline = pipeline_factory({"output": {"pii": {"action": "block",
                                                    "entities": {"EMAIL_ADDRESS": {"action": "redact"},
                                                                 "US_SSN": {"action": "block"}}}}})
    scanner = pipeline.output_stream(Vault())
    assert scanner.scan(f"Her address is {EMAIL}.") == "Her address is <EMAIL_ADDRESS>."
    assert scanner.results["pii"].status == GuardrailStatus.FLAGGED and scanner.blocked is None
    scanner = pipeline.output_stream(Vault())
    assert SSN not in scanner.scan(f"The number is {SSN}.")
    assert scanner.results["pii"].status == GuardrailStatus.BLOCKED and scanner.blocked.code == "pii_blocked"
