"""``sluice sso check`` against a real provider: what it found, and each problem named with its fix."""

from __future__ import annotations

import json

from tests.gateway.test_cli import sluice
from tests.support.servers import free_port


def test_check_reports_the_provider_and_names_missing_tenants(idp, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'check.db'}"
    sluice(["db", "upgrade"], database_url=url, cwd=tmp_path)
    monkeypatch.setenv("SLUICE_SSO_ISSUER", idp.issuer)
    monkeypatch.setenv("SLUICE_SSO_CLIENT_ID", "sluice")
    monkeypatch.setenv("SLUICE_SSO_ROLE_MAP", json.dumps([{"group": "a", "role": "admin"},
                                                          {"group": "b", "role": "auditor", "tenant": "acme"}]))
    failed = sluice(["sso", "check", "--json"], database_url=url, cwd=tmp_path, check=False)
    assert failed.returncode == 1
    report = json.loads(failed.stdout)
    assert report["issuer"] == idp.issuer and report["signing_keys"] == 1 and report["rules"] == 2
    assert report["problems"] == ["the role map names tenant 'acme', which does not exist "
                                  "(sluice tenants create acme)"]
    sluice(["tenants", "create", "acme"], database_url=url, cwd=tmp_path)
    assert json.loads(sluice(["sso", "check", "--json"], database_url=url, cwd=tmp_path).stdout)["problems"] == []


def test_check_says_when_the_provider_cannot_be_reached(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'check.db'}"
    sluice(["db", "upgrade"], database_url=url, cwd=tmp_path)
    monkeypatch.setenv("SLUICE_SSO_ISSUER", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("SLUICE_SSO_CLIENT_ID", "sluice")
    failed = sluice(["sso", "check"], database_url=url, cwd=tmp_path, check=False)
    assert failed.returncode == 1
    assert "discovery document could not be fetched" in failed.stderr and "role map is empty" in failed.stderr
