"""`sluice model init-demo [DIR]` writes the demo checkpoint and prints its path."""

from __future__ import annotations

from typer.testing import CliRunner

from sluice.gateway.cli.main import app


def test_init_demo_writes_into_the_given_directory(tmp_path):
    target = tmp_path / "demo"
    result = CliRunner().invoke(app, ["model", "init-demo", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(target)
    assert (target / "model.safetensors").is_file() and (target / "tokenizer_config.json").is_file()


def test_init_demo_defaults_to_the_configured_model_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("SLUICE_BUILTIN_MODEL_DIR", str(tmp_path / "configured"))
    monkeypatch.setenv("SLUICE_SECRET_KEY", "k" * 48)
    result = CliRunner().invoke(app, ["model", "init-demo"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "configured" / "config.json").is_file()
