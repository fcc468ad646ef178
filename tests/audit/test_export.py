"""Export bundles: filters, formats, progress, constant memory, and no partial file on failure."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime, timedelta, timezone

import orjson
import pytest

from sluice.audit.export.bundle import write_bundle
from sluice.audit.export.query import EventFilter
from sluice.audit.storage.log import append_events
from sluice.audit.verify.bundle import verify_bundle
from tests.audit.helpers import sample_request

T0 = datetime(2026, 3, 1, tzinfo=timezone.utc)


@pytest.fixture
def filled(log_engine):
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(i, tenant=f"ten_{i % 3}", time=T0 + timedelta(minutes=i),
                                            model_served="m-big" if i % 4 == 0 else "m-small") for i in range(240)])
    return log_engine


def _records(path, name="events.jsonl"):
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def test_filters_select_by_tenant_time_model_and_outcome(filled, signer, tmp_path):
    flt = EventFilter(tenant_id="ten_1", since=T0 + timedelta(minutes=30), until=T0 + timedelta(minutes=150),
                      model="m-small", outcome="success")
    result = write_bundle(filled, tmp_path / "f.zip", flt=flt, signer=signer, origin="o")
    events = [orjson.loads(line) for line in _records(result.path).splitlines()]
    expected = [i for i in range(30, 150) if i % 3 == 1 and i % 4 and i % 10]
    assert [e["seq"] for e in events] == expected
    assert verify_bundle(result.path, verifier=signer.verifier).ok


def test_csv_and_ocsf_bundles_carry_the_records_in_that_format_and_verify(filled, signer, tmp_path):
    for fmt, name in (("csv", "events.csv"), ("ocsf", "events.ocsf.jsonl")):
        seen = []
        result = write_bundle(filled, tmp_path / f"{fmt}.zip", flt=EventFilter(tenant_id="ten_2"), fmt=fmt,
                              signer=signer, origin="o", progress=lambda done, total: seen.append((done, total)))
        assert seen[-1] == (160, 160)  # 80 records in two passes
        data = _records(result.path, name).decode()
        if fmt == "csv":
            rows = list(csv.DictReader(io.StringIO(data)))
            assert len(rows) == 80 and rows[0]["tenant_id"] == "ten_2" and rows[0]["pii"].startswith("EMAIL_ADDRESS=")
        else:
            rows = [orjson.loads(line) for line in data.splitlines()]
            assert len(rows) == 80 and {r["type_uid"] for r in rows} == {600301}
        assert verify_bundle(result.path, verifier=signer.verifier).ok


def test_csv_cells_that_look_like_formulas_are_neutralised(log_engine, signer, tmp_path):
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(1, user="=HYPERLINK(\"http://x\")")])
    result = write_bundle(log_engine, tmp_path / "c.zip", flt=EventFilter(), fmt="csv", signer=signer, origin="o")
    row = next(csv.DictReader(io.StringIO(_records(result.path, "events.csv").decode())))
    assert row["user"].startswith("'=")


def test_a_failed_export_leaves_no_partial_bundle(filled, signer, tmp_path):
    def explode(done, total):
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_bundle(filled, tmp_path / "out" / "x.zip", flt=EventFilter(), signer=signer, origin="o",
                     progress=explode)
    assert list((tmp_path / "out").iterdir()) == []
