"""PII detection and the input actions: redact, mask, hash, pseudonymize, allow-lists, custom recognizers."""

from __future__ import annotations

import socket

import pytest

from sluice.policy.models import cache
from sluice.policy.transform import keyed_hash, mask
from tests.policy.conftest import OTHER_TENANT_KEY, TENANT_KEY


def user(text: str) -> list[dict]:
    return [{"role": "user", "content": text}]


def test_default_policy_pseudonymizes_email_and_masks_card(default_pipeline):
    scan = default_pipeline.scan_input(user("Mail jane.doe@example.com, card 4111 1111 1111 1111 please"))
    assert scan.messages[0]["content"] == "Mail <EMAIL_ADDRESS_1>, card **** **** **** 1111 please"
    assert scan.vault.lookup("<EMAIL_ADDRESS_1>") == "jane.doe@example.com"
    assert scan.blocked is None


def test_same_value_gets_the_same_placeholder_within_a_request(default_pipeline):
    scan = default_pipeline.scan_input([
        {"role": "system", "content": "Escalations go to ops@bank.com"},
        {"role": "user", "content": "Send it to ops@bank.com and cc risk@bank.com"},
    ])
    assert scan.messages[0]["content"] == "Escalations go to <EMAIL_ADDRESS_1>"
    assert scan.messages[1]["content"] == "Send it to <EMAIL_ADDRESS_1> and cc <EMAIL_ADDRESS_2>"


def test_placeholder_written_by_the_caller_is_never_reissued(default_pipeline):
    scan = default_pipeline.scan_input(user("Template uses <EMAIL_ADDRESS_1>; real one is a.b@example.org"))
    assert scan.messages[0]["content"] == "Template uses <EMAIL_ADDRESS_1>; real one is <EMAIL_ADDRESS_2>"
    assert scan.vault.restore("<EMAIL_ADDRESS_1>") == "<EMAIL_ADDRESS_1>"


def test_ssn_blocks_with_pii_blocked(default_pipeline):
    scan = default_pipeline.scan_input(user("My SSN is 536-22-8726, can you check my file?"))
    assert scan.blocked.code == "pii_blocked"
    assert scan.blocked.details["entity_types"] == ["US_SSN"]
    assert "536-22-8726" not in str(scan.blocked.to_dict())


def test_allow_list_keeps_cloud_product_names(pipeline_factory):
    pipeline = pipeline_factory({"input": {"pii": {"entities": {"US_DRIVER_LICENSE": {"action": "redact", "threshold": 0.2}},
                                                   "allow_list": ["C4", "S3", "EKS"]}}})
    text = "Store the C4 dataset in S3 and run it on EKS"
    assert pipeline.scan_input(user(text)).messages[0]["content"] == text
    no_allow = pipeline_factory({"input": {"pii": {"entities": {"US_DRIVER_LICENSE": {"action": "redact", "threshold": 0.2}},
                                                   "allow_list": []}}})
    masked = no_allow.scan_input(user(text)).messages[0]["content"]
    assert "<US_DRIVER_LICENSE>" in masked, "the allow-list must be what keeps these values"


def test_hash_is_deterministic_per_tenant_and_differs_across_tenants(pipeline_factory):
    overrides = {"input": {"pii": {"entities": {"EMAIL_ADDRESS": {"action": "hash"}}}}}
    a1 = pipeline_factory(overrides, key=TENANT_KEY).scan_input(user("from x.y@example.com"))
    a2 = pipeline_factory(overrides, key=TENANT_KEY).scan_input(user("reply x.y@example.com now"))
    b = pipeline_factory(overrides, key=OTHER_TENANT_KEY).scan_input(user("from x.y@example.com"))
    token = keyed_hash("EMAIL_ADDRESS", "x.y@example.com", secret=TENANT_KEY)
    assert a1.messages[0]["content"] == f"from {token}"
    assert a2.messages[0]["content"] == f"reply {token} now"
    assert b.messages[0]["content"] != a1.messages[0]["content"]
    assert "x.y" not in token


def test_redact_uses_the_entity_tag(pipeline_factory):
    pipeline = pipeline_factory({"input": {"pii": {"entities": {"IP_ADDRESS": {"action": "redact"}}}}})
    assert pipeline.scan_input(user("server 10.12.0.7 is down")).messages[0]["content"] == "server <IP_ADDRESS> is down"


def test_mask_keeps_the_last_n_characters_and_separators():
    assert mask("4111 1111 1111 1234", keep_last=4) == "**** **** **** 1234"
    assert mask("DE89370400440532013000", keep_last=2, char="#") == "####################00"


def test_custom_regex_and_deny_list_recognizers(pipeline_factory):
    pipeline = pipeline_factory({"input": {"pii": {
        "entities": {"EMPLOYEE_ID": {"action": "redact"}, "CODENAME": {"action": "pseudonymize"}},
        "custom_recognizers": [
            {"entity": "EMPLOYEE_ID", "patterns": [{"name": "emp", "regex": r"\bEMP-\d{6}\b", "score": 0.9}]},
            {"entity": "CODENAME", "deny_list": ["Blue Heron", "Nightjar"]},
        ]}}})
    scan = pipeline.scan_input(user("EMP-004512 leads blue heron; nightjars are birds"))
    assert scan.messages[0]["content"] == "<EMPLOYEE_ID> leads <CODENAME_1>; nightjars are birds"


def test_content_parts_are_scanned_and_keep_their_shape(default_pipeline):
    messages = [{"role": "user", "content": [{"type": "text", "text": "ping me at a@b-example.com"},
                                             {"type": "image_url", "image_url": {"url": "data:,"}}]}]
    scan = default_pipeline.scan_input(messages)
    assert scan.messages[0]["content"][0]["text"] == "ping me at <EMAIL_ADDRESS_1>"
    assert scan.messages[0]["content"][1] == messages[0]["content"][1]
    assert messages[0]["content"][0]["text"] == "ping me at a@b-example.com", "input must not be mutated"


def test_person_names_use_the_ner_model_only_when_asked(pipeline_factory):
    pipeline = pipeline_factory({"input": {"pii": {"entities": {"PERSON": {"action": "pseudonymize"}}}}})
    scan = pipeline.scan_input(user("Please draft a letter to Margaret Thompson about her loan."))
    assert scan.messages[0]["content"] == "Please draft a letter to <PERSON_1> about her loan."
    assert ("spacy_ner", "en") in cache._cache


def test_ner_for_a_language_without_a_model_is_a_policy_error(pipeline_factory):
    from sluice.policy import PolicyValidationError

    with pytest.raises(PolicyValidationError) as info:
        pipeline_factory({"input": {"pii": {"languages": ["en", "xx"], "entities": {"PERSON": {"action": "redact"}}}}})
    assert info.value.errors[0].path == "input.pii.languages.1"


def test_scanning_never_opens_a_network_connection(pipeline_factory, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    cache._cache.pop(("tldextract",), None)
    pipeline = pipeline_factory({"input": {"pii": {"entities": {"EMAIL_ADDRESS": {"action": "redact"}, "URL": {"action": "redact"}}}}})
    scan = pipeline.scan_input(user("mail a.person@sub.example.co.uk or see https://intranet.example.com/x"))
    assert "<EMAIL_ADDRESS>" in scan.messages[0]["content"]
