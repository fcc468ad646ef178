"""``sluice audit`` as an operator uses it: keygen, checkpoint, proof, export with progress, verify."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sluice.gateway.cli.main import app
from tests.conftest import TEST_SECRET


@pytest.fixture
def sluice(tmp_path, monkeypatch):
    """``sluice(*args, code=0)``: the CLI in production mode on a SQLite database in ``tmp_path``."""
    for name, value in {"SLUICE_SECRET_KEY": TEST_SECRET, "SLUICE_DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}",
                        "SLUICE_DATA_DIR": str(tmp_path), "SLUICE_ENV": "production"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("SLUICE_SECRET_KEY_FILE", raising=False)
    runner = CliRunner()

    def run(*args, code=0):
        result = runner.invoke(app, list(args))
        assert result.exit_code == code, (result.output, result.exception)
        return result.output

    return run


def test_operator_flow_keygen_checkpoint_proof_export_verify_retention(tmp_path, sluice):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
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


def test_destroy_content_key_destroys_the_tenants_kek_and_says_what_it_did(tmp_path, sluice):
    from sluice.audit.events import CapturedContent
    from sluice.audit.storage.log import append_events
    from sluice.gateway.cli.common import db_session
    from sluice.gateway.settings import load_settings
    from sluice.gateway.tasks.runtime import configure_audit
    from sluice.gateway.tenants.service import get_tenant
    from tests.audit.helpers import sample_request

    sluice("db", "upgrade")
    sluice("tenants", "create", "acme")
    settings = load_settings()
    with db_session(settings) as session:
        tenant_id = get_tenant(session=session, ref="acme").id
    rt = configure_audit(settings)
    event = sample_request(1, tenant=tenant_id, capture=CapturedContent(prompt="a prompt", response="an answer"))
    with rt.engine.begin() as conn:
        (captured,) = append_events(conn, [event], sealer=rt.sealer)
    kek = tmp_path / "content-keks" / tenant_id / "v1.key"
    assert kek.exists()

    printed = sluice("audit", "destroy-content-key", "--tenant", "acme", "--yes")

    assert "wrapped data keys set to NULL: 1" in printed and ": v1" in printed
    assert "WAL checkpointed into the database file and truncated" in printed
    assert not kek.exists()
    with rt.engine.connect() as conn:
        assert rt.sealer.open(conn, captured.seq) is None
    assert "none left" in sluice("audit", "destroy-content-key", "--tenant", "acme", "--yes")  # again: harmless
    rt.engine.dispose()
