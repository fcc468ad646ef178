"""``sluice keys edit|rotate|tenant-budget`` as an operator runs them: a real process, a real database."""

import json

from tests.gateway.test_cli import _admin_actions, sluice


def test_edit_rotate_and_tenant_budget_from_the_command_line(tmp_path):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    run = lambda *args, **kw: sluice(list(args), database_url=url, cwd=tmp_path, **kw)  # noqa: E731
    run("db", "upgrade")
    run("tenants", "create", "acme")
    created = json.loads(run("keys", "create", "--tenant", "acme", "--name", "app", "--json").stdout)
    edited = json.loads(run("keys", "edit", created["id"], "--rpm", "60", "--models", "m1, m2",
                            "--budget-period", "monthly", "--budget-cost", "12.5").stdout)
    assert edited["rpm_limit"] == 60 and edited["allowed_models"] == ["m1", "m2"]
    assert edited["budget_cost_micros"] == 12_500_000
    cleared = json.loads(run("keys", "edit", created["id"], "--models", "none").stdout)
    assert cleared["allowed_models"] is None and cleared["rpm_limit"] == 60
    limited = json.loads(run("keys", "create", "--tenant", "acme", "--models", "m1", "--budget-period", "daily",
                             "--budget-tokens", "100", "--json").stdout)
    assert limited["key"].startswith("sk-slc-")
    bad = run("keys", "edit", created["id"], "--budget-period", "weekly", check=False)
    assert bad.returncode != 0 and "invalid_budget" in bad.stderr + bad.stdout
    rotated = json.loads(run("keys", "rotate", created["id"], "--overlap-hours", "2", "--json").stdout)
    assert rotated["key"].startswith("sk-slc-") and rotated["old_key_retires_at"]
    listed = {k["id"]: k["state"] for k in json.loads(run("keys", "list", "--json").stdout)}
    assert listed == {created["id"]: "rotating", rotated["id"]: "active", limited["id"]: "active"}
    budget = json.loads(run("keys", "tenant-budget", "acme", "--period", "daily", "--tokens", "5000").stdout)
    assert budget == {"period": "daily", "tokens": 5000, "cost_micros": None}
    assert _admin_actions(url)[-5:] == ["key.changed", "key.changed", "key.created", "key.rotated",
                                        "tenant.budget_changed"]
