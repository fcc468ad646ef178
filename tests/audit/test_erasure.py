"""Erasure erases: after a tenant's content keys are destroyed, no copy of its wrapped data keys opens
(backups, the deployment secret in hand), and the raw database files no longer hold them."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from pathlib import Path

import orjson
import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import create_engine, insert, select, text

from sluice.audit.erasure import Erasure, finish_erasure, null_data_keys
from sluice.audit.events import CapturedContent, time_us
from sluice.audit.storage.content import ContentSealer
from sluice.audit.storage.kek_files import FileKekStore
from sluice.audit.storage.kek_store import KekDestroyed
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import ContentRow, DataKeyRow, install
from sluice.gateway.crypto import derive_key
from sluice.gateway.database import make_engine
from sluice.gateway.tasks.runtime import CONTENT_KEK_PURPOSE
from tests.audit.conftest import drop_schema, postgres_schema_url
from tests.audit.helpers import sample_request
from tests.conftest import TEST_SECRET

DEPLOYMENT_KEK = derive_key(TEST_SECRET.encode(), CONTENT_KEK_PURPOSE)
WRAP_AAD = b"sluice-audit-data-key"  # the data key's id follows


def _capture(engine, sealer: ContentSealer, tenant: str, i: int = 1) -> int:
    capture = CapturedContent(prompt=f"secret of {tenant}", response=str(i))
    event = sample_request(i, tenant=tenant, capture=capture)
    with engine.begin() as conn:
        (done,) = append_events(conn, [event], sealer=sealer)
    return done.seq


def _erase(engine, store: FileKekStore, tenant: str) -> Erasure:
    now = time_us(datetime.now(timezone.utc))
    with engine.begin() as conn:
        ids = null_data_keys(conn, tenant, now)
    return finish_erasure(engine, store=store, tenant_id=tenant, now_us=now, data_keys=ids)


def _key_rows(engine, tenant: str) -> list:
    with engine.connect() as conn:
        return conn.execute(select(DataKeyRow).where(DataKeyRow.tenant_id == tenant)).all()


def _backup(engine, tmp_path: Path):
    """A copy of the database as a backup holds it: the files (SQLite) or the rows (PostgreSQL dump)."""
    if engine.dialect.name == "sqlite":
        source = Path(engine.url.database)
        for suffix in ("", "-wal"):
            if Path(f"{source}{suffix}").exists():
                shutil.copyfile(f"{source}{suffix}", tmp_path / f"backup.db{suffix}")
        return make_engine(f"sqlite:///{tmp_path / 'backup.db'}"), None
    backup_url, schema = postgres_schema_url()
    backup = create_engine(backup_url)
    with engine.connect() as source, backup.begin() as conn:
        install(conn)
        for table in (DataKeyRow.__table__, ContentRow.__table__):
            rows = [dict(row._mapping) for row in source.execute(select(table))]
            conn.execute(insert(table), rows)
    return backup, schema


def test_a_backup_from_before_erasure_does_not_open_with_the_deployment_secret(log_engine, tmp_path):
    store = FileKekStore(tmp_path / "keks")
    sealer = ContentSealer(store, legacy_kek=DEPLOYMENT_KEK)
    erased, kept = _capture(log_engine, sealer, "ten_a", 1), _capture(log_engine, sealer, "ten_b", 2)
    backup, schema = _backup(log_engine, tmp_path)
    try:
        done = _erase(log_engine, store, "ten_a")
        assert done.kek_versions == [1] and len(done.data_keys) == 1 and not done.not_done

        # whoever has the backup, the deployment secret and the KEK directory as it is now
        attacker = ContentSealer(FileKekStore(tmp_path / "keks"), legacy_kek=DEPLOYMENT_KEK)
        with backup.connect() as conn:
            old = conn.execute(select(DataKeyRow).where(DataKeyRow.tenant_id == "ten_a")).one()
            assert old.wrapped_key is not None and old.kek_version == 1  # the backup still has it
            assert attacker.open(conn, erased) is None
            assert orjson.loads(attacker.open(conn, kept))["prompt"] == "secret of ten_b"
        wrapped = bytes(old.wrapped_key)
        with pytest.raises(InvalidTag):  # the key derived from the deployment secret does not wrap it
            AESGCM(DEPLOYMENT_KEK).decrypt(wrapped[:12], wrapped[12:], WRAP_AAD + old.id.encode())
        with pytest.raises(KekDestroyed):
            store.unwrap("ten_a", 1, wrapped, WRAP_AAD + old.id.encode())
    finally:
        backup.dispose()
        if schema:
            drop_schema(schema)

    with log_engine.connect() as conn:
        assert sealer.open(conn, erased) is None
        assert orjson.loads(sealer.open(conn, kept))["prompt"] == "secret of ten_b"
    later = _capture(log_engine, sealer, "ten_a", 3)  # new content goes under a new KEK version
    with log_engine.connect() as conn:
        assert orjson.loads(sealer.open(conn, later))["response"] == "3"
    assert [row.kek_version for row in _key_rows(log_engine, "ten_a") if row.wrapped_key] == [2]


def test_legacy_data_keys_wrapped_by_the_deployment_secret_stay_readable(log_engine, tmp_path):
    legacy = ContentSealer(FileKekStore(tmp_path / "keks"), legacy_kek=DEPLOYMENT_KEK)
    seq = _capture(log_engine, legacy, "ten_a")
    key_id = _key_rows(log_engine, "ten_a")[0].id
    with log_engine.begin() as conn:  # a row as written before KEK versions
        data_key = legacy.active_key(conn, "ten_a", 0)[1]
        nonce = b"\0" * 12
        wrapped = nonce + AESGCM(DEPLOYMENT_KEK).encrypt(nonce, data_key, WRAP_AAD + key_id.encode())
        conn.execute(DataKeyRow.__table__.update().where(DataKeyRow.id == key_id)
                     .values(wrapped_key=wrapped, kek_version=None))
    fresh = ContentSealer(FileKekStore(tmp_path / "keks"), legacy_kek=DEPLOYMENT_KEK)
    with log_engine.connect() as conn:
        assert orjson.loads(fresh.open(conn, seq))["prompt"] == "secret of ten_a"


def _raw(path: Path) -> bytes:
    return path.read_bytes() if path.exists() else b""


def test_sqlite_files_hold_no_wrapped_or_raw_data_key_after_erasure(tmp_path):
    db = tmp_path / "audit.db"
    engine = make_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        install(conn)
    store = FileKekStore(tmp_path / "keks")
    sealer = ContentSealer(store)
    try:
        for n in range(60):  # the data-key table spans several pages, rows moved by page splits
            _capture(engine, sealer, f"ten_{n:02d}", n)
            if n == 20:
                _capture(engine, sealer, "ten_gone", n)
        (row,) = _key_rows(engine, "ten_gone")
        wrapped = bytes(row.wrapped_key)
        with engine.connect() as conn:
            raw_key = sealer.active_key(conn, "ten_gone", 0)[1]
        wal = Path(f"{db}-wal")
        assert wrapped in _raw(db) + _raw(wal)  # the scan finds it before

        done = _erase(engine, store, "ten_gone")

        assert any("WAL checkpointed" in line for line in done.scrubbed) and not done.not_done
        for path in (db, wal):
            content = _raw(path)
            assert wrapped not in content, f"wrapped data key still in {path.name}"
            assert raw_key not in content, f"raw data key in {path.name}"
        assert _raw(wal) == b""
        assert _key_rows(engine, "ten_05")[0].wrapped_key is not None
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_postgres_table_file_holds_no_wrapped_key_after_erasure(tmp_path):
    url, schema = postgres_schema_url()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            install(conn)
        store = FileKekStore(tmp_path / "keks")
        sealer = ContentSealer(store)
        for n in range(5):
            _capture(engine, sealer, f"ten_{n}", n)
        wrapped = bytes(_key_rows(engine, "ten_2")[0].wrapped_key)

        def table_file() -> Path:
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.execute(text("CHECKPOINT"))  # the table's pages are written to its file
                data_dir = conn.execute(text("SELECT current_setting('data_directory')")).scalar_one()
                relative = conn.execute(text("SELECT pg_relation_filepath('audit_data_keys')")).scalar_one()
            return Path(data_dir) / relative

        before = table_file()
        try:
            assert wrapped in before.read_bytes()  # the scan finds it before
        except PermissionError:
            pytest.skip(f"PostgreSQL's data files are not readable by this user ({before})")

        done = _erase(engine, store, "ten_2")

        assert any("VACUUM FULL" in line for line in done.scrubbed)
        after = table_file()
        assert wrapped not in after.read_bytes()
        assert after != before
        assert wrapped not in _raw(before)  # the old file is emptied at once, removed at the next checkpoint
        assert _key_rows(engine, "ten_3")[0].wrapped_key is not None
    finally:
        engine.dispose()
        drop_schema(schema)
