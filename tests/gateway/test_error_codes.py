"""One registry of error codes (gateway/error_codes.py): what is raised, documented and produced agrees."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import sluice.audit
import sluice.gateway
import sluice.policy
from sluice.audit.errors import AuditError, AuditErrorCode
from sluice.gateway.app import create_app
from sluice.gateway.error_codes import ErrorCode, ErrorType
from sluice.gateway.error_docs import with_table
from sluice.gateway.errors import InvalidInput, NotFound, SluiceError
from sluice.policy.errors import BlockCode, PolicyError, PolicyErrorCode
from tests.conftest import make_settings

REPO = Path(__file__).resolve().parents[2]
LIBRARY_CODES = (BlockCode, PolicyErrorCode, AuditErrorCode)
REGISTRY_FILES = {REPO / "gateway" / "error_codes.py", REPO / "gateway" / "error_docs.py"}


def _modules(package) -> None:
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)


def _subclasses(cls: type) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


def _sources(*folders: str):
    for folder in folders:
        for path in sorted((REPO / folder).rglob("*.py")):
            if path not in REGISTRY_FILES:
                yield path, path.read_text()


def test_the_readme_table_is_the_registry():
    readme = (REPO / "README.md").read_text()
    assert with_table(readme) == readme, "README's error codes differ: run `python -m sluice.gateway.error_docs`"


def test_every_code_in_the_registry_has_a_producer():
    text = "\n".join(source for _, source in _sources("gateway", "policy", "audit"))
    unused = []
    for code in ErrorCode:
        names = [f"ErrorCode.{code.name}"] + [f"{enum.__name__}.{enum(code.value).name}" for enum in LIBRARY_CODES
                                              if code.value in enum._value2member_map_]
        if not any(re.search(rf"\b{re.escape(name)}\b", text) for name in names):
            unused.append(code.value)
    assert unused == []


def test_every_code_the_policy_and_audit_libraries_give_is_in_the_registry():
    _modules(sluice.policy)
    _modules(sluice.audit)
    codes = {cls.code for cls in (PolicyError, *_subclasses(PolicyError), AuditError, *_subclasses(AuditError))}
    codes |= {code for enum in LIBRARY_CODES for code in enum}
    assert sorted(c for c in codes if c not in ErrorCode._value2member_map_) == []


def _raise_sites(tree: ast.AST, classes: dict[str, type]):
    """(call, error class) for ``Class(code, ...)`` and for ``super().__init__(code, ...)`` in a subclass."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in classes:
            yield node, classes[node.func.id]
        elif isinstance(node, ast.ClassDef) and node.name in classes:
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                        and call.func.attr == "__init__" and isinstance(call.func.value, ast.Call)
                        and getattr(call.func.value.func, "id", None) == "super"):
                    yield call, classes[node.name]


def test_every_raise_site_names_a_registry_code_its_class_may_answer_with():
    _modules(sluice.gateway)
    classes = {cls.__name__: cls for cls in (SluiceError, *_subclasses(SluiceError))}
    problems, literals = [], set()
    for path, source in _sources("gateway"):
        where = path.relative_to(REPO).as_posix()
        for call, cls in _raise_sites(ast.parse(source), classes):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant):
                literals.add((where, first.value))
                code = ErrorCode(first.value)
            elif isinstance(first, ast.Attribute) and getattr(first.value, "id", None) == "ErrorCode":
                code = ErrorCode[first.attr]
            else:
                continue  # a library's code passed through (``exc.code``): see the test above
            status = next((k.value.value for k in call.keywords if k.arg == "status"), None) or cls.status
            if status is not None and status not in code.statuses:
                problems.append(f"{where}:{call.lineno}: {cls.__name__}({code.value}) answers {status}, "
                                f"the registry says {code.statuses}")
    assert problems == [] and not literals


def test_a_code_answers_with_its_registry_status_and_type():
    error = NotFound(ErrorCode.USER_NOT_FOUND, "no user 'x'")
    assert (error.status, error.body()["error"]["type"]) == (404, "not_found_error")
    assert SluiceError(BlockCode.RESIDENCY_VIOLATION, "no region").status == 403
    with pytest.raises(ValueError):
        InvalidInput(ErrorCode.USER_NOT_FOUND, "a status the registry does not give this code")
    with pytest.raises(ValueError):
        SluiceError("no_such_code", "an unregistered code")


def test_the_openapi_schema_documents_the_error_response_with_the_registry_codes():
    schema = create_app(make_settings()).openapi()
    components = schema["components"]["schemas"]
    assert components["ErrorCode"]["enum"] == [code.value for code in ErrorCode]
    assert components["ErrorType"]["enum"] == [kind.value for kind in ErrorType]
    assert components["ErrorResponse"]["properties"]["error"] == {"$ref": "#/components/schemas/ErrorDetail"}
    operations = [op for item in schema["paths"].values() for op in item.values()]
    assert operations and all(op["responses"]["default"]["content"]["application/json"]["schema"]
                              == {"$ref": "#/components/schemas/ErrorResponse"} for op in operations)
    assert not any("422" in op["responses"] for op in operations) and "HTTPValidationError" not in components


@pytest.mark.parametrize(("method", "path", "status", "code"), [
    ("get", "/no/such/route", 404, "not_found"), ("delete", "/v1/models", 405, "method_not_allowed"),
    ("post", "/v1/chat/completions", 401, "invalid_api_key"),
])
def test_refusals_have_the_documented_shape(method, path, status, code):
    response = getattr(TestClient(create_app(make_settings())), method)(path)
    body = response.json()
    assert response.status_code == status and list(body) == ["error"]
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert body["error"]["code"] == code and body["error"]["type"] == ErrorCode(code).error_type
