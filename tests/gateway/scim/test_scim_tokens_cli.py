"""``sluice scim token create|list|revoke``: the token is printed once, stored as a hash, works on
/scim/v2 until it is revoked, and each step is audited."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.conftest import make_settings
from tests.gateway.test_cli import sluice


def test_token_lifecycle_from_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'scim.db'}"
    sluice(["db", "upgrade"], database_url=url, cwd=tmp_path)
    created = json.loads(sluice(["scim", "token", "create", "okta-production", "--json"], database_url=url,
                                cwd=tmp_path).stdout)
    assert created["token"].startswith("scim_") and created["name"] == "okta-production"
    listed = sluice(["scim", "token", "list", "--json"], database_url=url, cwd=tmp_path).stdout
    assert created["id"] in listed and created["token"] not in listed
    assert created["token"].encode() not in (tmp_path / "scim.db").read_bytes()  # only its keyed hash is kept

    from sluice.gateway.app import create_app

    app = create_app(make_settings(database_url=url, data_dir=tmp_path))
    with TestClient(app) as client:
        headers = {"authorization": f"Bearer {created['token']}"}
        assert client.get("/scim/v2/Users", headers=headers).status_code == 200
        sluice(["scim", "token", "revoke", created["id"]], database_url=url, cwd=tmp_path)
        assert client.get("/scim/v2/Users", headers=headers).status_code == 401
        from sluice.audit.storage.models import EventRow

        with app.state.services.sessions() as session:
            actions = list(session.scalars(select(EventRow.action).where(EventRow.kind == "admin")))
    assert actions == ["scim_token.created", "scim_token.revoked"]
    missing = sluice(["scim", "token", "revoke", "sct_nope"], database_url=url, cwd=tmp_path, check=False)
    assert missing.returncode == 1 and "scim_token_not_found" in missing.stderr
