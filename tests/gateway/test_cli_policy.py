"""``sluice policy check`` refuses on disk what the admin API refuses: a deep, huge or aliased
document gets its stable code and exit status 1, a valid one exit status 0."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def check(path, *extra):
    return subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "policy", "check", str(path), *extra],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name, text, code", [
    ("deep.yaml", "input: " + "[" * 3000 + "]" * 3000 + "\n", "policy_too_deep"),
    ("deep.json", '{"input": ' + "[" * 3000 + "]" * 3000 + "}", "policy_too_deep"),
    ("bomb.yaml", 'a: &a ["lol", "lol"]\nb: &b [*a, *a]\nc: [*b, *b]\n', "policy_invalid"),
    ("huge.yaml", "name: huge\n" + "# padding\n" * 30_000, "policy_too_large"),
])
def test_a_document_past_a_limit_is_refused_with_its_code(tmp_path, name, text, code):
    path = tmp_path / name
    path.write_text(text)
    result = check(path)
    assert result.returncode == 1 and result.stderr.startswith(f"sluice: {code}: ")
    assert "Traceback" not in result.stderr
    assert json.loads(check(path, "--json").stdout)["code"] == code


def test_a_valid_document_passes(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text("name: Claims\ninput:\n  pii:\n    entities:\n      US_SSN: {action: block}\n")
    result = check(path)
    assert result.returncode == 0 and "valid policy: Claims" in result.stdout
