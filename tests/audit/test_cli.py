"""``sluice audit`` as an operator uses it: keygen, checkpoint, proof, export with progress, verify."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from sluice.gateway.cli.main import app
from tests.conftest import TEST_SECRET


def test_operator_flow_keygen_checkpoint_proof_export_verify_retention(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    for name, value in {"SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": url, "SLUICE_DATA_DIR": str(tmp_path),
                        "SLUICE_ENV": "production"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SLUICE_SECRET_KEY_FILE", raising=False)
    runner = CliRunner()

    def sluice(*args, code=0):
        result = runner.invoke(app, list(args))
        assert result.exit_code == code, (result.output, result.exception)
        return result.output

    sluice("db", "upgrade")
    assert "sluice audit keygen" in sluice("audit", "checkpoint", code=1)  # production: never generated silently
    sluice("audit", "keygen")
    assert "already exists" in sluice("audit", "keygen", code=2)
    sluice("tenants", "create", "acme")
    sluice("audit", "retention", "--tenant", "acme", "--events-days", "365", "--content-days", "30")  # audited
    note = sluice("audit", "checkpoint")
    assert note.startswith("sluice/audit\n") and "\n\u2014 sluice/audit " in note
    proof = json.loads(sluice("audit", "proof", "--seq", "0"))
    assert proof["seq"] == 0 and proof["tree_size"] >= 1
    out = tmp_path / "acme.zip"
    printed = sluice("audit", "export", "--tenant", "acme", "--format", "csv", "--out", str(out))
    assert "wrote" in printed and out.exists()
    pub = str(tmp_path / "audit-signing.pub")
    verified = sluice("audit", "verify", str(out), "--public-key", pub)
    assert verified.startswith("OK:")
    assert "--public-key FILE is required" in sluice("audit", "verify", str(out), code=2)
    assert "\nOK:" in sluice("audit", "verify", str(out), "--insecure-no-key")  # after a note on the key
    published = tmp_path / "published.checkpoint"
    sluice("audit", "checkpoint", "--out", str(published))
    assert published.read_text().startswith("sluice/audit\n")
    assert sluice("audit", "verify", str(out), "--public-key", pub, "--checkpoint", str(published)).startswith("OK:")
    assert "needs --public-key" in sluice("audit", "verify", str(out), "--insecure-no-key", "--checkpoint",
                                          str(published), code=2)
    db = json.loads(sluice("audit", "verify", "--database", url, "--public-key", pub, "--checkpoint",
                           str(published), "--json"))
    assert db["ok"] and db["checkpoints"] >= 2
    sluice("audit", "destroy-content-key", "--tenant", "acme", code=2)  # needs --yes
    sluice("audit", "destroy-content-key", "--tenant", "acme", "--yes")
