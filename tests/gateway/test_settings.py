"""Settings are validated at start-up and say exactly what is wrong."""

import subprocess
import sys

import pytest

from sluice.gateway.settings import SettingsError, load_settings
from tests.conftest import TEST_SECRET


def test_missing_secret_is_named():
    with pytest.raises(SettingsError, match="SLUICE_SECRET_KEY"):
        load_settings(secret_key=None, secret_key_file=None)


def test_short_secret_is_refused():
    with pytest.raises(SettingsError, match="at least 32"):
        load_settings(secret_key="short")


def test_bad_database_url_is_named():
    with pytest.raises(SettingsError, match="SLUICE_DATABASE_URL"):
        load_settings(secret_key=TEST_SECRET, database_url="not a url at all")


def test_unsupported_database_backend_is_named():
    with pytest.raises(SettingsError, match="mysql"):
        load_settings(secret_key=TEST_SECRET, database_url="mysql://u@h/db")


def test_secret_can_come_from_a_file(tmp_path):
    path = tmp_path / "secret"
    path.write_text(TEST_SECRET + "\n")
    assert load_settings(secret_key_file=path).secret_key == TEST_SECRET


def test_secret_is_not_in_repr():
    assert TEST_SECRET not in repr(load_settings(secret_key=TEST_SECRET))


def test_cli_exits_non_zero_with_a_clear_message(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "SLUICE_DATABASE_URL": "bogus://", "SLUICE_SECRET_KEY": TEST_SECRET}
    result = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "db", "upgrade"], env=env, cwd=tmp_path,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "SLUICE_DATABASE_URL" in result.stderr
    assert "Traceback" not in result.stderr


def test_breaker_cool_down_cap_below_the_first_cool_down_is_named():
    with pytest.raises(SettingsError, match="SLUICE_BREAKER_COOLDOWN_MAX_S"):
        load_settings(secret_key=TEST_SECRET, breaker_cooldown_s=5, breaker_cooldown_max_s=1)


@pytest.mark.parametrize("name", ["breaker_probes", "breaker_close_after", "breaker_failures"])
def test_breaker_counts_below_one_are_named(name):
    with pytest.raises(SettingsError, match=f"SLUICE_{name.upper()}"):
        load_settings(secret_key=TEST_SECRET, **{name: 0})
