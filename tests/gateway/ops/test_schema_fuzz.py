"""Fuzzing the OpenAPI schema of /v1 and /admin/api against a real server: never a 5xx, and every
refusal in the OpenAI error shape. Examples per operation are bounded and derandomized so the run is
reproducible and takes about a minute here."""

from __future__ import annotations

import secrets

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode

from sluice.gateway.users.roles import Role
from sluice.gateway.database import transaction
from sluice.gateway.users.service import create_user
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

PASSWORD = "fuzzing password, long enough"
EXAMPLES = 12


@pytest.fixture(scope="module")
def fuzz_target(sqlite_url):
    import httpx

    from tests.conftest import make_settings

    emulator, upstream = serve(EmulatorConfig())
    harness = GatewayHarness(sqlite_url, make_settings)
    harness.add_provider("fuzz", base_url=upstream.url + "/v1", models=[harness.model("fuzz")])
    email = f"fuzz-{secrets.token_hex(3)}@example.org"
    with transaction(harness.sessions) as session:
        create_user(session=session, email=email, password=PASSWORD, role=Role.ADMIN)
    harness.start()
    url = harness.server.url
    login = httpx.post(url + "/admin/api/auth/login", json={"email": email, "password": PASSWORD})
    assert login.status_code == 200, login.text
    session = {"Authorization": f"Bearer {login.json()['token']}"}
    # something to find: a policy of the harness's tenant and an audit event, so that generated
    # parameters also reach the code behind an existing policy (versions, diffs, review) and the audit log
    policy = httpx.post(url + "/admin/api/policies", headers=session,
                        json={"name": "fuzz", "source": "name: fuzz\n", "tenant_id": harness.tenant_id})
    assert policy.status_code == 201, policy.text
    chat = httpx.post(url + "/v1/chat/completions", headers={"Authorization": f"Bearer {harness.key}"},
                      json={"model": harness.model("fuzz"), "messages": [{"role": "user", "content": "hi"}]},
                      timeout=120)  # the first request loads the guardrails' models
    assert chat.status_code == 200, chat.text
    yield {"url": url, "key": harness.key, "session": login.json()["token"],
           "ids": {"policy_id": policy.json()["id"], "tenant_id": harness.tenant_id}}
    harness.stop()
    upstream.stop()


def api_operations(url: str, session: str) -> list:
    schema = schemathesis.openapi.from_url(url + "/openapi.json", headers={"Authorization": f"Bearer {session}"})
    # signing out would end the fuzzing session's own sign-in; everything else is fair game
    schema = schema.include(path_regex=r"^/(v1|admin/api)/").exclude(path_regex=r"/auth/logout$")
    return [result.ok() for result in schema.get_all_operations()]


def openai_error_shape(response) -> None:
    """Every 4xx on the APIs carries {"error": {"message", "type", "code", "param"}}."""
    if 400 <= response.status_code < 500:
        body = response.json()
        error = body.get("error") if isinstance(body, dict) else None
        assert isinstance(error, dict), f"{response.status_code} without an error object"
        assert isinstance(error.get("message"), str) and error["message"], "error.message"
        assert isinstance(error.get("type"), str) and isinstance(error.get("code"), str), "error.type/code"
        assert "param" in error, "error.param"


def fuzz(operation, mode: GenerationMode, target: dict) -> None:
    token = target["key"] if operation.path.startswith("/v1") else target["session"]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck), phases=[Phase.explicit, Phase.generate])
    def run(case):
        known = {name: value for name, value in target["ids"].items() if name in (case.path_parameters or {})}
        case.path_parameters = {**case.path_parameters, **known} if known else case.path_parameters
        response = case.call(base_url=target["url"], headers={"Authorization": f"Bearer {token}"}, timeout=30)
        assert response.status_code < 500, (f"{response.status_code} for path {case.path_parameters} "
                                            f"query {case.query} body {str(case.body)[:300]}")
        openai_error_shape(response)

    run()


@pytest.mark.slow
@pytest.mark.timeout(600)  # every operation in both modes: 1.5 min on 2 busy cores, and grows with the API
def test_api_never_fails_with_5xx_and_refuses_in_openai_shape(fuzz_target):
    operations = api_operations(fuzz_target["url"], fuzz_target["session"])
    assert any(op.path == "/v1/chat/completions" for op in operations)
    assert any(op.path.startswith("/admin/api/") for op in operations)
    failures = []
    for operation in operations:
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            try:
                fuzz(operation, mode, fuzz_target)
            except Unsatisfiable:  # no invalid input can be expressed for this operation
                continue
            except Exception as exc:  # collect every operation's first counter-example
                failures.append(f"{operation.method.upper()} {operation.path} [{mode.value}]: {exc}"[:1500])
    assert not failures, "\n\n".join(failures)
