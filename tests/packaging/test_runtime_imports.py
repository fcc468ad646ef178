"""Every third-party module the runtime packages import comes from a distribution that
pyproject.toml declares directly in [project].dependencies (not only through another package)."""

from __future__ import annotations

import ast
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
RUNTIME_PACKAGES = ("gateway", "policy", "inference", "kernels", "audit", "migrations")
# Modules a machine may lack because their distribution is declared for some platforms only:
# there they are found by this name instead of from what is installed.
OPTIONAL = {"triton": "triton"}  # Linux only; sluice.kernels runs its PyTorch references without it


def _names_type_checking(test: ast.expr) -> bool:
    return getattr(test, "id", None) == "TYPE_CHECKING" or getattr(test, "attr", None) == "TYPE_CHECKING"


def _runtime_imports(tree: ast.AST) -> set[str]:
    """Top-level names of absolute imports, leaving out ``if TYPE_CHECKING:`` blocks."""
    found: set[str] = set()
    pending = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.If) and _names_type_checking(node.test):
            pending.extend(node.orelse)
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
        pending.extend(ast.iter_child_nodes(node))
    return found


def imported_modules() -> dict[str, list[str]]:
    """Third-party top-level module -> files of the runtime packages that import it."""
    users: dict[str, list[str]] = {}
    for package in RUNTIME_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for name in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if name not in sys.stdlib_module_names and name != "sluice":
                    users.setdefault(name, []).append(str(path.relative_to(ROOT)))
    return users


def test_every_third_party_import_is_a_declared_dependency():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = {canonicalize_name(Requirement(spec).name) for spec in project["dependencies"]}
    providers = packages_distributions()
    problems = []
    for module, files in sorted(imported_modules().items()):
        dists = {canonicalize_name(d) for d in providers.get(module, [])}
        if not dists and module in OPTIONAL:
            dists = {canonicalize_name(OPTIONAL[module])}
        if not dists:
            problems.append(f"{module} (imported by {files[0]}) is provided by no installed distribution")
        elif not dists & declared:
            problems.append(f"{module} (imported by {files[0]}) comes from {', '.join(sorted(dists))}, "
                            "which [project].dependencies does not declare")
    assert not problems, "; ".join(problems)


def test_type_checking_imports_do_not_count():
    code = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import numpy\nelse:\n    import yaml\n"
    assert _runtime_imports(ast.parse(code)) == {"typing", "yaml"}
