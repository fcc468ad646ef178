"""Every integer parameter of every route (admin API, audit API, console, /v1), found by walking the
app's routes and its OpenAPI schema, is bounded: 10**20 and -1 (below the minimum, for a signed body
field) are refused as `invalid_request` naming the parameter (on the console, never a 5xx), never
passed on to the database."""

from __future__ import annotations

import secrets
import types
from typing import Annotated, Any, Union, get_args, get_origin

import httpx
import pytest
from fastapi.routing import iter_route_contexts

from sluice.gateway.database import transaction
from sluice.gateway.users.roles import Role
from sluice.gateway.users.service import create_user
from tests.support.emulator import EmulatorConfig, serve
from tests.support.gateway_harness import GatewayHarness

PASSWORD = "integer bounds password, long enough"
OUT_OF_RANGE = (10**20, -1)


@pytest.fixture(scope="module")
def target(sqlite_url):
    from tests.conftest import make_settings

    emulator, upstream = serve(EmulatorConfig())
    harness = GatewayHarness(sqlite_url, make_settings)
    model = harness.model("bounds")
    provider = harness.add_provider("bounds", base_url=upstream.url + "/v1", models=[model])
    email = f"bounds-{secrets.token_hex(3)}@example.org"
    with transaction(harness.sessions) as session:
        create_user(session=session, email=email, password=PASSWORD, role=Role.ADMIN)
    key_id = _key_id(harness, harness.new_key(name="bounds"))
    harness.start()
    url = harness.server.url
    token = httpx.post(url + "/admin/api/auth/login", json={"email": email, "password": PASSWORD}).json()["token"]
    admin = {"Authorization": f"Bearer {token}"}
    policy = httpx.post(url + "/admin/api/policies", json={"name": f"bounds-{harness.tag}", "source": "name: b\n",
                                                           "tenant_id": harness.tenant_id}, headers=admin)
    assert policy.status_code == 201, policy.text
    yield types.SimpleNamespace(
        url=url, app=harness.app, admin=admin, api_key={"Authorization": f"Bearer {harness.key}"}, token=token,
        ids={"policy_id": policy.json()["id"], "ref": provider, "tenant_id": harness.tenant_id, "key_id": key_id,
             "tenant": harness.tenant_id}, model=model)
    harness.stop()
    upstream.stop()


def _key_id(harness, key: str) -> str:
    from sluice.gateway.keys.models import ApiKey

    with transaction(harness.sessions) as session:
        return session.query(ApiKey.id).filter(ApiKey.prefix == key[:15]).scalar()


def _is_int(annotation: Any) -> bool:
    if get_origin(annotation) is Annotated:
        return _is_int(get_args(annotation)[0])
    if get_origin(annotation) in (Union, types.UnionType):
        return any(_is_int(arg) for arg in get_args(annotation))
    return annotation is int


def _params(dependant, where: str):
    yield from getattr(dependant, where)
    for sub in dependant.dependencies:
        yield from _params(sub, where)


def route_parameters(app) -> list[tuple[str, str, str, str, list[str]]]:
    """(method, path, "path"|"query", name, required query names) of every integer parameter of every route."""
    found = []
    for route in iter_route_contexts(app.routes):
        dependant = getattr(route, "dependant", None)
        if dependant is None:
            continue
        required = [p.name for p in _params(dependant, "query_params") if p.field_info.is_required()]
        for where in ("path", "query"):
            for param in _params(dependant, f"{where}_params"):
                if _is_int(param.field_info.annotation):
                    found.extend((method, route.path, where, param.name, required) for method in sorted(route.methods))
    return found


def _resolve(spec: dict, schema: dict) -> dict:
    while "$ref" in schema:
        schema = spec["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def integer_schemas(spec: dict, schema: dict, path: tuple = ()):
    """(field path, schema) of every integer in a schema; "[]" stands for the items of an array."""
    schema = _resolve(spec, schema)
    for alternative in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        yield from integer_schemas(spec, alternative, path)
    if schema.get("type") == "integer":
        yield path, schema
    for name, sub in schema.get("properties", {}).items():
        yield from integer_schemas(spec, sub, (*path, name))
    if isinstance(schema.get("items"), dict):
        yield from integer_schemas(spec, schema["items"], (*path, "[]"))
    if isinstance(schema.get("additionalProperties"), dict):
        yield from integer_schemas(spec, schema["additionalProperties"], (*path, "{}"))


def body_integers(spec: dict) -> list[tuple[str, str, tuple]]:
    found = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for content in operation.get("requestBody", {}).get("content", {}).values():
                for field, schema in integer_schemas(spec, content.get("schema", {})):
                    found.append((method.upper(), path, field, schema))
    return found


def _fill(path: str, ids: dict) -> str:
    for name, value in {**ids, "number": "1", "seq": "0"}.items():
        path = path.replace("{" + name + "}", value)
    return path.replace("{", "x-").replace("}", "")  # any other id: one that does not exist


def _headers(target, path: str) -> dict:
    if path.startswith("/v1"):
        return target.api_key
    if path.startswith("/console"):
        return {"Cookie": f"sluice_session={target.token}"}
    return target.admin


def test_the_walk_finds_the_integer_parameters_of_every_api(target):
    found = {(path, name) for _, path, _, name, _ in route_parameters(target.app)}
    assert {("/admin/api/audit/events", "before_seq"), ("/admin/api/policies/{policy_id}/versions/{number}", "number"),
            ("/console/policies/{policy_id}/versions/{number}/approve", "number")} <= found
    bodies = {(path, field) for _, path, field, _ in body_integers(target.app.openapi())}
    assert {("/admin/api/keys", ("rpm_limit",)), ("/admin/api/providers", ("priority",)),
            ("/v1/completions", ("prompt", "[]"))} <= bodies


def test_every_integer_in_the_api_schema_has_both_bounds(target):
    unbounded = [f"{method} {path} {'.'.join(field)}" for method, path, field, schema in
                 body_integers(target.app.openapi()) if "minimum" not in schema or "maximum" not in schema]
    for path, operations in target.app.openapi()["paths"].items():
        for method, operation in operations.items():
            for param in operation.get("parameters", []):
                for _, schema in integer_schemas(target.app.openapi(), param["schema"]):
                    if "minimum" not in schema or "maximum" not in schema:
                        unbounded.append(f"{method.upper()} {path} {param['name']}")
    assert not unbounded


def test_out_of_range_path_and_query_integers_are_refused_naming_the_parameter(target):
    problems = []
    with httpx.Client(base_url=target.url, timeout=30) as client:
        for method, path, where, name, required in route_parameters(target.app):
            for value in OUT_OF_RANGE:
                query = {other: 1 for other in required}
                url = _fill(path.replace("{" + name + "}", str(value)), target.ids)
                if where == "query":
                    query[name] = value
                response = client.request(method, url, params=query, headers=_headers(target, path))
                if response.status_code >= 500:
                    problems.append(f"{method} {path} {name}={value}: {response.status_code}")
                elif not path.startswith("/console"):
                    error = response.json().get("error", {})
                    if response.status_code != 400 or error.get("param") != name:
                        problems.append(f"{method} {path} {name}={value}: {response.status_code} {error}")
    assert not problems, "\n".join(problems)


def base_bodies(target) -> dict[tuple[str, str], dict]:
    """A valid body of each operation that takes integers in its body; each integer is set on top of it."""
    chat = {"model": target.model, "messages": [{"role": "user", "content": "hi"}]}
    provider = {"name": f"b-{secrets.token_hex(3)}", "kind": "openai", "base_url": "http://127.0.0.1:9/v1",
                "region": "eu-west-1", "models": ["m"]}
    return {
        ("POST", "/v1/chat/completions"): chat,
        ("POST", "/v1/completions"): {"model": target.model, "prompt": "hi"},
        ("POST", "/admin/api/keys"): {"tenant_id": target.ids["tenant_id"], "name": "bounds"},
        ("PATCH", "/admin/api/keys/{key_id}"): {},
        ("POST", "/admin/api/keys/{key_id}/rotate"): {},
        ("PUT", "/admin/api/budgets/tenants/{tenant}"): {"period": "daily"},
        ("POST", "/admin/api/providers"): provider,
        ("PATCH", "/admin/api/providers/{ref}"): {},
        ("POST", "/admin/api/policies/{policy_id}/rollback"): {"comment": "bounds"},
        ("POST", "/admin/api/policies/{policy_id}/simulate"): {"text": "hello"},
        ("POST", "/admin/api/evals/runs"): {"suite": "x", "provider": target.ids["ref"]},
    }


def _set(body: dict, field: tuple, value: int) -> dict:
    """``body`` with the integer at ``field`` set to ``value`` (arrays get one item)."""
    name, rest = field[0], field[1:]
    inner: Any = value
    for step in reversed(rest):
        inner = [inner] if step == "[]" else {step: inner}
    return {**body, name: inner}


def test_out_of_range_body_integers_are_refused_naming_the_field(target):
    bases = base_bodies(target)
    problems = []
    with httpx.Client(base_url=target.url, timeout=30) as client:
        for method, path, field, schema in body_integers(target.app.openapi()):
            assert (method, path) in bases, f"add a valid body of {method} {path} to base_bodies"
            for value in (10**20, int(schema.get("minimum", 0)) - 1):  # -1, or below a signed field's minimum
                response = client.request(method, _fill(path, target.ids), json=_set(bases[method, path], field, value),
                                          headers=_headers(target, path))
                error = response.json().get("error", {}) if response.status_code >= 400 else {}
                if response.status_code != 400 or (error.get("param") or "").split(".")[0] != field[0]:
                    problems.append(f"{method} {path} {'.'.join(field)}={value}: {response.status_code} {error}")
    assert not problems, "\n".join(problems)
