"""Admin API of the audit log: tenant isolation, exports end to end, proofs, and audited downloads.

Runs the real app on a migrated SQLite file (committed data, since exports read through their own
connection), and records a real /v1 request through the request path's recorder.
"""

from __future__ import annotations

import base64
import io

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from sluice.audit.merkle import verify_inclusion
from sluice.audit.signing import Verifier
from sluice.audit.storage.log import append_events
from sluice.audit.storage.models import EventRow
from sluice.audit.verify.bundle import verify_bundle
from sluice.gateway.users.roles import Role
from tests.audit.helpers import sample_request
from tests.conftest import make_settings

PASSWORD = "a long enough password"


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    from sluice.gateway.app import create_app
    from sluice.gateway.bootstrap import build_services
    from sluice.gateway.pipeline.ungoverned import Ungoverned
    from sluice.gateway.database import make_engine, session_factory
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.migrate import upgrade
    from sluice.gateway.tenants.service import create_tenant
    from sluice.gateway.users.service import create_user

    base = tmp_path_factory.mktemp("api")
    url = f"sqlite:///{base / 'sluice.db'}"
    engine = make_engine(url)
    upgrade(engine)
    sessions = session_factory(engine)
    with sessions() as session, session.begin():
        a, b = create_tenant(session=session, name="acme"), create_tenant(session=session, name="globex")
        create_user(session=session, email="admin@example.org", password=PASSWORD, role=Role.ADMIN)
        create_user(session=session, email="auditor-a@example.org", password=PASSWORD, role=Role.AUDITOR,
                    tenant_id=a.id)
        create_user(session=session, email="viewer@example.org", password=PASSWORD, role=Role.VIEWER)
        key = create_key(session=session, tenant=a, secret=make_settings().secret_bytes, name="app").key
        tenants = {"a": a.id, "b": b.id}
    with engine.begin() as conn:
        append_events(conn, [sample_request(i, tenant=tenants["a" if i % 2 else "b"]) for i in range(40)])
    settings = make_settings(database_url=url, data_dir=base)
    ctx = build_services(settings)
    ctx.guardrails = Ungoverned()  # policy decisions are covered in test_recorder.py
    app = create_app(settings, services=ctx)
    with TestClient(app) as client:
        yield {"client": client, "tenants": tenants, "engine": engine, "api_key": key, "data": base}
    engine.dispose()


def login(client, email):
    response = client.post("/admin/api/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {response.json()['token']}"}


def test_a_tenant_auditor_sees_and_pages_only_their_own_tenant(world):
    client, tenants = world["client"], world["tenants"]
    headers = login(client, "auditor-a@example.org")
    seen, before = [], None
    while True:
        params = {"limit": 7, "kind": "request", **({"before_seq": before} if before is not None else {})}
        page = client.get("/admin/api/audit/events", params=params, headers=headers).json()
        seen += page["items"]
        before = page["next_before"]
        if before is None:
            break
    assert len(seen) == 20 and {i["event"]["tenant_id"] for i in seen} == {tenants["a"]}
    assert [i["seq"] for i in seen] == sorted((i["seq"] for i in seen), reverse=True)
    other = client.get("/admin/api/audit/events", params={"tenant_id": tenants["b"]}, headers=headers)
    assert other.status_code == 404
    b_event = client.get("/admin/api/audit/events/0", headers=headers)  # event 0 belongs to tenant b
    assert b_event.status_code == 404


def test_viewers_cannot_read_the_audit_log(world):
    headers = login(world["client"], "viewer@example.org")
    assert world["client"].get("/admin/api/audit/events", headers=headers).status_code == 403
    assert world["client"].post("/admin/api/audit/exports", json={}, headers=headers).status_code == 403


def test_export_request_runs_downloads_verifies_and_both_are_audit_events(world):
    client, tenants = world["client"], world["tenants"]
    headers = login(client, "auditor-a@example.org")
    created = client.post("/admin/api/audit/exports", json={"format": "ocsf"}, headers=headers)
    assert created.status_code == 202, created.text
    export_id = created.json()["id"]
    status = client.get(f"/admin/api/audit/exports/{export_id}", headers=headers).json()
    assert status["status"] == "done" and status["tenant_id"] == tenants["a"], status
    download = client.get(f"/admin/api/audit/exports/{export_id}/download", headers=headers)
    assert download.status_code == 200 and download.headers["content-type"] == "application/zip"
    bundle = world["data"] / "downloaded.zip"
    bundle.write_bytes(download.content)
    key = Verifier.parse(client.get("/admin/api/audit/public-key", headers=headers).text)
    report = verify_bundle(bundle, verifier=key)
    assert report.ok, report.summary()
    assert report.records >= 20
    actions = [e["event"]["action"] for e in client.get("/admin/api/audit/events", params={"kind": "admin"},
                                                        headers=headers).json()["items"]]
    assert "audit.export_requested" in actions and "audit.export_downloaded" in actions
    admin = login(client, "admin@example.org")
    theirs = client.post("/admin/api/audit/exports", json={"tenant_id": tenants["b"]}, headers=admin).json()["id"]
    assert client.get(f"/admin/api/audit/exports/{theirs}", headers=headers).status_code == 404
    assert client.get(f"/admin/api/audit/exports/{theirs}/download", headers=headers).status_code == 404
    assert all(j["tenant_id"] == tenants["a"] for j in client.get("/admin/api/audit/exports", headers=headers).json())


def test_inclusion_proof_of_an_event_verifies_against_the_latest_checkpoint(world):
    client = world["client"]
    admin = login(client, "admin@example.org")
    assert client.post("/admin/api/audit/checkpoints", headers=admin).status_code == 200
    auditor = login(client, "auditor-a@example.org")
    proof = client.get("/admin/api/audit/events/3/proof", headers=auditor).json()
    cp = client.get("/admin/api/audit/checkpoints/latest", headers=auditor).json()
    unb64 = base64.b64decode
    verify_inclusion(3, proof["tree_size"], unb64(proof["leaf_hash"]), [unb64(p) for p in proof["proof"]],
                     unb64(proof["checkpoint"]["root_hash"]))
    assert cp["tree_size"] >= proof["tree_size"] and cp["note"].startswith("sluice/audit\n")


def test_a_v1_request_is_recorded_with_its_key_tenant_and_error_code(world):
    client, engine = world["client"], world["engine"]
    response = client.post("/v1/chat/completions", headers={"Authorization": f"Bearer {world['api_key']}"},
                           json={"model": "no-such-model", "messages": [{"role": "user", "content": "hi there"}],
                                 "user": "alice"})
    assert response.status_code >= 400
    with engine.connect() as conn:
        entries = [io.BytesIO(e).read() for e in conn.execute(
            select(EventRow.entry).where(EventRow.kind == "request").order_by(EventRow.seq.desc()).limit(1)).scalars()]
    import orjson

    event = orjson.loads(entries[0])
    assert event["tenant_id"] == world["tenants"]["a"] and event["user"].startswith("hmac-sha256:")
    assert "alice" not in entries[0].decode()  # the caller's user id is kept as a keyed hash
    assert event["outcome"] in ("error", "blocked") and event["status_code"] == response.status_code
    assert event["error_code"] == response.json()["error"]["code"]
    assert event["key_id"] and world["api_key"] not in entries[0].decode()
    assert "hi there" not in entries[0].decode() and event["prompt_sha256"]


def test_requests_with_the_longest_id_and_model_name_the_api_accepts_are_answered_and_recorded(world):
    import orjson

    client, engine = world["client"], world["engine"]
    request_id, model = "r" * 128, "m" * 256  # the limits of x-request-id and of the model field
    response = client.post("/v1/chat/completions",
                           headers={"Authorization": f"Bearer {world['api_key']}", "x-request-id": request_id},
                           json={"model": model, "messages": [{"role": "user", "content": "hi"}]})
    assert response.status_code == 404 and response.json()["error"]["code"] == "model_not_found"
    with engine.connect() as conn:
        entry = conn.execute(select(EventRow.entry).where(EventRow.kind == "request")
                             .order_by(EventRow.seq.desc()).limit(1)).scalar_one()
    event = orjson.loads(entry)
    assert (event["request_id"], event["model_requested"], event["status_code"]) == (request_id, model, 404)
