"""The file KEK store: one key per version across processes, private files, destruction for good."""

from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest

from sluice.audit.errors import ContentKeyError
from sluice.audit.storage.kek_files import FileKekStore
from sluice.audit.storage.kek_config import kek_store_from_config
from sluice.audit.storage.kek_store import KekDestroyed

RACER = """
import sys, time
from pathlib import Path
from sluice.audit.storage.kek_files import FileKekStore
store, go = FileKekStore(Path(sys.argv[1])), Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
version, wrapped = store.wrap("ten_race", b"k" * 32, b"aad")
print(version, wrapped.hex(), flush=True)
"""


def test_processes_wrapping_at_once_for_a_new_tenant_create_one_kek(tmp_path):
    go = tmp_path / "go"
    racers = [subprocess.Popen([sys.executable, "-P", "-c", RACER, str(tmp_path / "keks"), str(go)],
                               stdout=subprocess.PIPE, text=True) for _ in range(8)]
    for racer in racers:
        assert racer.stdout.readline().strip() == "ready"
    go.touch()
    results = [racer.communicate(timeout=60)[0].split() for racer in racers]
    assert all(racer.returncode == 0 for racer in racers)
    store = FileKekStore(tmp_path / "keks")
    assert {version for version, _ in results} == {"1"}
    for _, wrapped in results:  # every process wrapped under the one v1 that exists
        assert store.unwrap("ten_race", 1, bytes.fromhex(wrapped), b"aad") == b"k" * 32
    assert sorted(p.name for p in (tmp_path / "keks" / "ten_race").iterdir()) == ["v1.key"]


def test_key_files_are_private_to_the_gateway_user(tmp_path):
    store = FileKekStore(tmp_path / "keks")
    store.wrap("ten_a", b"k" * 32, b"aad")
    mode = lambda path: stat.S_IMODE(path.stat().st_mode)  # noqa: E731
    assert mode(tmp_path / "keks") == 0o700 and mode(tmp_path / "keks" / "ten_a") == 0o700
    assert mode(tmp_path / "keks" / "ten_a" / "v1.key") == 0o600


def test_destroyed_versions_are_gone_and_never_reused(tmp_path):
    store = FileKekStore(tmp_path / "keks")
    _, wrapped = store.wrap("ten_a", b"k" * 32, b"aad")
    store.wrap("ten_b", b"k" * 32, b"aad")
    assert store.destroy("ten_a") == [1]
    assert store.destroy("ten_a") == []  # again: nothing left, no error
    assert not list((tmp_path / "keks" / "ten_a").glob("*.key"))
    with pytest.raises(KekDestroyed):
        store.unwrap("ten_a", 1, wrapped, b"aad")
    assert store.wrap("ten_a", b"k" * 32, b"aad")[0] == 2
    assert store.wrap("ten_b", b"k" * 32, b"aad")[0] == 1


def test_a_kek_missing_from_the_directory_is_a_configuration_error_not_an_erasure(tmp_path):
    _, wrapped = FileKekStore(tmp_path / "keks").wrap("ten_a", b"k" * 32, b"aad")
    with pytest.raises(ContentKeyError, match="SLUICE_AUDIT_KEK_DIR") as raised:
        FileKekStore(tmp_path / "elsewhere").unwrap("ten_a", 1, wrapped, b"aad")
    assert not isinstance(raised.value, KekDestroyed)


def test_an_unknown_kek_store_is_refused_with_the_setting_named(tmp_path):
    assert isinstance(kek_store_from_config("file", directory=tmp_path), FileKekStore)
    with pytest.raises(ContentKeyError, match="SLUICE_AUDIT_KEK_STORE"):
        kek_store_from_config("nokms://key/1", directory=tmp_path)
