"""`sluice model init-demo [DIR]` installs the shipped demo checkpoint and prints its path."""

from __future__ import annotations

from typer.testing import CliRunner

from sluice.gateway.cli.main import app
from sluice.inference.demo import FILES, SHIPPED_DIR


def test_init_demo_installs_into_the_given_directory(tmp_path):
    target = tmp_path / "demo"
    result = CliRunner().invoke(app, ["model", "init-demo", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(target)
    assert "model.safetensors" in result.stderr  # progress, one line per file
    for name in FILES:
        assert (target / name).read_bytes() == (SHIPPED_DIR / name).read_bytes()


def test_init_demo_defaults_to_the_configured_model_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SLUICE_BUILTIN_MODEL_DIR", str(tmp_path / "configured"))
    monkeypatch.setenv("SLUICE_SECRET_KEY", "k" * 48)
    result = CliRunner().invoke(app, ["model", "init-demo"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "configured" / "config.json").is_file()
