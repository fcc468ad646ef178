"""``sluice users`` as operators use it (a real process): the first administrator is bootstrapped
with a password, everyone else gets an invitation link; resets, role changes and second-factor
resets are audited like the console's and the API's."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient
from sluice.gateway.app import create_app
from tests.conftest import make_settings
from tests.gateway.test_cli import _admin_actions, fresh_sqlite, sluice  # noqa: F401  (fixture)

PASSWORD = "a long enough password"


def test_operators_bootstrap_an_admin_then_invite_reset_and_change_roles(fresh_sqlite, tmp_path):  # noqa: F811
    run = lambda *args, **kw: sluice(list(args), database_url=fresh_sqlite, cwd=tmp_path, **kw)  # noqa: E731
    run("db", "upgrade")
    first = json.loads(run("users", "create", "root@example.org", "--role", "admin", "--password-stdin", "--json",
                           stdin=PASSWORD + "\n").stdout)
    assert first["must_change_password"] is False  # the first administrator: nobody else chose it
    second = json.loads(run("users", "create", "ops@example.org", "--role", "admin", "--password-stdin", "--json",
                            stdin=PASSWORD + "\n").stdout)
    assert second["must_change_password"] is True
    invited = json.loads(run("users", "create", "ann@example.org", "--role", "viewer", "--json").stdout)
    assert invited["invitation_url"].startswith("http://127.0.0.1:8080/console/invitation/inv_")
    assert run("users", "set-role", "ann@example.org", "policy_approver").stdout.strip() == \
        "ann@example.org: viewer -> policy_approver"
    reset = json.loads(run("users", "reset", "ann@example.org", "--json").stdout)
    assert reset["invitation_url"] != invited["invitation_url"]
    assert "had no second factor" in run("users", "reset-totp", "ann@example.org").stdout
    bad_role = run("users", "set-role", "ann@example.org", "root", check=False)
    assert bad_role.returncode == 1 and "invalid_role" in bad_role.stderr and "Traceback" not in bad_role.stderr
    assert _admin_actions(fresh_sqlite) == ["user.created", "user.created", "user.invited", "user.role_changed",
                                      "user.credentials_reset", "user.totp_reset"]

    app = create_app(make_settings(database_url=fresh_sqlite, data_dir=tmp_path))
    with TestClient(app) as client:
        old = invited["invitation_url"].rsplit("/", 1)[1]
        new = reset["invitation_url"].rsplit("/", 1)[1]
        assert client.post("/admin/api/invitations/accept",
                           json={"token": old, "password": PASSWORD}).status_code == 404
        assert client.post("/admin/api/invitations/accept",
                           json={"token": new, "password": PASSWORD}).status_code == 200
        me = client.post("/admin/api/auth/login", json={"email": "ann@example.org", "password": PASSWORD})
        assert me.status_code == 200 and me.json()["user"]["role"] == "policy_approver"
        ops = client.post("/admin/api/auth/login", json={"email": "ops@example.org", "password": PASSWORD}).json()
        refused = client.get("/admin/api/users", headers={"Authorization": f"Bearer {ops['token']}"})
        assert refused.json()["error"]["code"] == "password_change_required"
