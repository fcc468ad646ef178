"""A real gateway (SQLite or PostgreSQL) in front of the emulated upstream, with the policies the
field-coverage tests switch between, and readers of what the upstream and the client saw."""

from __future__ import annotations

import json

import openai
import pytest

from tests.gateway.policies.conftest import put_in_force
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

EMAIL = "jane.doe@example.com"
SSN = "536-22-8726"
PII_VALUES = (EMAIL, SSN, "jane.doe", "22-8726")
EMAIL_PLACEHOLDER = "<EMAIL_ADDRESS_1>"

_QUIET = """\
  content: {enabled: false}
  words: {enabled: false}
"""
_OPEN_RESIDENCY = """\
residency:
  default_classification: public
  classifications: [{name: public, allowed_regions: ["*"]}]
  pii_upgrades: []
"""


def policy_text(input_pii: str, output_pii: str) -> str:
    return (f"input:\n  pii: {input_pii}\n{_QUIET}  topics: {{enabled: false}}\n  injection: {{enabled: false}}\n"
            f"output:\n  pii: {output_pii}\n{_QUIET}  refusal: {{enabled: false}}\n{_OPEN_RESIDENCY}")


_BOTH = "{{entities: {{EMAIL_ADDRESS: {{action: {a}}}, US_SSN: {{action: {a}}}}}}}"
POLICIES = {
    "pseudonymize": policy_text(_BOTH.format(a="pseudonymize"), "{enabled: false}"),
    "block_input": policy_text(_BOTH.format(a="block"), "{enabled: false}"),
    "block_output": policy_text("{enabled: false}", _BOTH.format(a="block")),
    "pseudonymize_block_output": policy_text(_BOTH.format(a="pseudonymize"), _BOTH.format(a="block")),
}


class FieldGateway:
    def __init__(self, harness: GatewayHarness, emulator):
        self.harness, self.emulator = harness, emulator
        self.model = harness.model("fields")
        self.policy: str | None = None

    def use(self, name: str) -> None:
        if self.policy != name:
            put_in_force(self.harness, POLICIES[name])
            self.policy = name

    def reset(self, reply: dict | None = None) -> None:
        self.emulator.config = EmulatorConfig(reply=reply)
        self.emulator.state.__init__()

    @property
    def upstream_requests(self) -> list[dict]:
        return self.emulator.state.requests

    def client(self) -> openai.OpenAI:
        return openai.OpenAI(base_url=self.harness.base_url, api_key=self.harness.key, max_retries=0, timeout=120)


def start_field_gateway(request, database_url: str) -> FieldGateway:
    from tests.conftest import make_settings

    emulator, server = serve(EmulatorConfig())
    harness = GatewayHarness(database_url, make_settings, policy_refresh_s=0.0).start()
    gateway = FieldGateway(harness, emulator)
    harness.add_provider("fields", base_url=server.url + "/v1", models=[gateway.model], region="eu-west-1")

    def stop():
        harness.stop()
        server.stop()

    request.addfinalizer(stop)
    return gateway


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def backend_gateway(request) -> FieldGateway:
    """For a module fixture parametrized with :data:`BACKENDS`."""
    return start_field_gateway(request, request.getfixturevalue(f"{request.param}_url"))


def leaked(value) -> list[str]:
    """The PII values that appear anywhere in ``value`` (a body, a list of chunks, a string)."""
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    return [pii for pii in PII_VALUES if pii in text]
