"""The audit log: search with filters and keyset pagination, event detail with its decision record and
inclusion-proof check, and the log's integrity status (admin, auditor)."""

from __future__ import annotations

import time
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import PlainTextResponse
from sqlalchemy.exc import OperationalError

from sluice.audit import runtime as audit_runtime
from sluice.audit import service
from sluice.audit.errors import AuditError
from sluice.audit.storage.publications import cosignature_lines, cosigned_note
from sluice.audit.storage.tree import latest_checkpoint
from sluice.gateway.users.roles import Role
from sluice.gateway.console import audit_query, forms, integrity, web
from sluice.gateway.console import traffic as traffic_filter
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.tenants.service import list_tenants

router = page_router("/console/audit")
READERS = (Role.AUDITOR,)


def _tenants(request: Request, user: web.ConsoleUser):
    with web.ctx_of(request).sessions() as session:
        return [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]


INTERRUPTED_AFTER_S = 60.0  # a stream younger than this may still be running
INTERRUPTED_SHOWN = 20


def _integrity(conn, ctx, tenant_id: str | None) -> dict:
    return {"checkpoint": integrity.checkpoint_status(conn), "verification": integrity.last_verification(conn),
            "running": ctx.console.verifying,
            "interrupted": service.interrupted(conn, tenant_id=tenant_id, older_than_s=INTERRUPTED_AFTER_S,
                                               limit=INTERRUPTED_SHOWN)}


@router.get("")
def index(request: Request):
    user = web.console_user(request)
    web.require(user, *READERS, action="read the audit log")
    params = {k: v for k, v in request.query_params.items()}
    tenants = _tenants(request, user)
    by_name = {t.name: t.id for t in tenants}
    errors = forms.FormErrors()
    tenant_ref = params.get("tenant", "")
    if tenant_ref and tenant_ref not in by_name:
        errors.add(user.tenant_field("tenant"), "Choose one of your tenants.")
    tenant_id = user.tenant_id or by_name.get(tenant_ref)
    query = audit_query.parse(params, tenant_id=tenant_id, errors=errors)
    ctx = web.ctx_of(request)
    with ctx.engine.connect() as conn:
        page = audit_query.search(conn, query) if not errors else audit_query.Page([], None, False, 0)
        status = _integrity(conn, ctx, user.tenant_id)
    next_link = f"/console/audit?{urlencode({**query.echo, 'before': page.next_before})}" \
        if page.next_before is not None else None
    names = {t.id: t.name for t in tenants}
    return web.render(request, "audit.html", user, status=400 if errors else 200, title="Audit log", active="audit",
                      page=page, next_link=next_link, first_link="/console/audit?" + urlencode(query.echo),
                      params=params, errors=errors, tenant_names=names, traffic=query.traffic.value,
                      traffic_options=traffic_filter.OPTIONS,
                      tenant_options=[(t.name, t.display_name or t.name) for t in tenants],
                      paged=query.before is not None, integrity=status, can_sign=user.has() and user.deployment_wide,
                      can_verify=user.deployment_wide)


@router.get("/events/{seq}")
def event_detail(request: Request, seq: str, proof: str = ""):
    user = web.console_user(request)
    web.require(user, *READERS, action="read the audit log")
    ctx = web.ctx_of(request)
    number = int(seq) if seq.isdigit() and len(seq) < 19 else -1
    with ctx.engine.connect() as conn:
        try:
            found = service.get_event(conn, number)
        except AuditError:
            found = None
        if found is None or (user.tenant_id is not None and found["tenant_id"] != user.tenant_id):
            return web.render(request, "error.html", user, status=404, title="Event not found",
                              message=f"There is no audit event {seq[:30]} that you can see.")
        check = integrity.check_inclusion(conn, number) if proof else None
    names = {t.id: t.display_name or t.name for t in _tenants(request, user)}
    return web.render(request, "audit_event.html", user, title=f"Audit event {number}", active="audit",
                      item=found, event=found["event"] or {}, check=check,
                      tenant_name=names.get(found["tenant_id"] or "", ""))


def _recorder(request: Request, user: web.ConsoleUser):
    def record(session, after: dict) -> None:
        web.audit_event(request, user, session, action=integrity.VERIFY_ACTION, target_type="audit_log",
                        target_id=None, after=after)
    return record


@router.post("/verify")
def verify_now(request: Request, form: dict = web.FORM):
    """Replay the whole log in the background; the outcome becomes an ``audit.verified`` event."""
    user = web.guard(request, form, *READERS, action="verify the whole audit log", deployment=True)
    started = integrity.start_verification(web.ctx_of(request),
                                           record=_recorder(request, user))
    return web.redirect("/console/audit?done=" + ("verification_started" if started else "verification_running"))


@router.post("/checkpoint")
def sign_checkpoint(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, action="sign audit checkpoints", deployment=True)
    view = None
    for attempt in range(3):
        try:
            view = service.make_checkpoint(audit_runtime.get(), force=True)
            break
        except AuditError as exc:
            return web.render(request, "error.html", user, status=503, title="Checkpoint not signed",
                              message=exc.message)
        except OperationalError:  # SQLite: another writer committed between our read and our write
            time.sleep(0.2 * (attempt + 1))
    if view is None:
        return web.render(request, "error.html", user, status=503, title="Checkpoint not signed",
                          message="The audit log was busy with other writes. Try again in a moment.")
    with web.ctx_of(request).sessions() as session, session.begin():
        web.audit_event(request, user, session, action="audit.checkpoint_signed", target_type="audit_log",
                        target_id=None,
                        after={"tree_size": view["tree_size"], "root_hash": view["root_hash"]})
    return web.redirect("/console/audit?done=checkpoint_signed")


def _download(text: str, filename: str) -> PlainTextResponse:
    return PlainTextResponse(text, headers={"Content-Disposition": f'attachment; filename="{filename}"',
                                            "Cache-Control": "no-store"})


@router.get("/public-key")
def public_key(request: Request):
    """The log's verifier key, the file auditors pin (``sluice audit verify --public-key``)."""
    user = web.console_user(request)
    web.require(user, *READERS, action="read the audit log")
    try:
        verifier = audit_runtime.get().signer().verifier
    except AuditError as exc:
        return web.render(request, "error.html", user, status=503, title="No signing key", message=exc.message)
    return _download(verifier.text() + "\n", "audit-signing.pub")


@router.get("/checkpoint.txt")
def latest_checkpoint_note(request: Request):
    """The newest signed checkpoint with its witnesses' cosignatures, to keep outside the database
    (``sluice audit verify --checkpoint``)."""
    user = web.console_user(request)
    web.require(user, *READERS, action="read the audit log")
    with web.ctx_of(request).engine.connect() as conn:
        row = latest_checkpoint(conn)
        if row is None:
            return web.render(request, "error.html", user, status=404, title="No checkpoint yet",
                              message="No checkpoint has been signed yet.")
        note = cosigned_note(row.note, cosignature_lines(conn, row.tree_size))
    return _download(note, f"checkpoint-{row.tree_size}.txt")
