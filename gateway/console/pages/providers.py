"""Providers: region, models and health for everyone signed in; registering and changing them is admin."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway.bounds import PRIORITY_MAX
from sluice.gateway.console import forms, health, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.errors import SluiceError
from sluice.gateway.providers.service import (
    create_provider,
    delete_provider,
    get_provider,
    list_providers,
    snapshot,
    update_provider,
)

router = page_router("/console/providers")
FIELDS = ("name", "kind", "base_url", "api_key", "region", "models", "priority")


def _page(request: Request, user: web.ConsoleUser, *, errors=None, values=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session:
        providers = list_providers(session=session)
    live = health.routing_states(ctx.registry)
    rows = [{"p": p, "health": ctx.console.provider_health.get(p.id), "routing": live.get(p.name)}
            for p in providers]
    return web.render(request, "providers.html", user, status=status, title="Providers", active="providers",
                      rows=rows, errors=errors or {}, values=values or {},
                      can_edit=user.has() and user.deployment_wide)


@router.get("")
def index(request: Request):
    return _page(request, web.console_user(request))


def _audit(request, user, session, action, provider_id, before=None, after=None):
    web.audit_event(request, user, session, action=action, target_type="provider", target_id=provider_id,
                    before=before, after=after)


@router.post("")
def create(request: Request, form: dict = web.FORM):
    user = web.guard(request, form, action="register providers", deployment=True)
    errors = forms.FormErrors()
    name = forms.text(form, "name", errors, label="Name", required=True, max_len=63)
    kind = forms.text(form, "kind", errors, label="Kind", required=True, max_len=16)
    base_url = forms.text(form, "base_url", errors, label="Base URL", max_len=500) or None
    api_key = form.get("api_key", "").strip()[:1000] or None
    region = forms.text(form, "region", errors, label="Region", required=True, max_len=63)
    models = forms.word_list(form, "models")
    if not models:
        errors.add("models", "List at least one model name.")
    priority = forms.optional_int(form, "priority", errors, label="Priority", maximum=PRIORITY_MAX)
    if not errors:
        try:
            with web.ctx_of(request).sessions() as session, session.begin():
                provider = create_provider(session=session, secret=web.ctx_of(request).settings.secret_bytes,
                                           name=name, kind=kind, region=region, models=models, api_key=api_key,
                                           base_url=base_url, priority=100 if priority is None else priority)
                _audit(request, user, session, "provider.created", provider.id, after=snapshot(provider))
        except SluiceError as exc:
            forms.apply_service_error(errors, exc, fields=FIELDS)
    if errors:
        form.pop("api_key", None)
        return _page(request, user, errors=errors, values=form, status=400)
    return web.redirect("/console/providers?done=provider_created")


@router.post("/{ref}/toggle")
def toggle(request: Request, ref: str, form: dict = web.FORM):
    user = web.guard(request, form, action="change providers", deployment=True)
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session, session.begin():
            provider = get_provider(session=session, ref=ref[:63])
            before = snapshot(provider)
            update_provider(session=session, provider=provider, secret=ctx.settings.secret_bytes,
                            # base_url is repeated because the service validates it on every change
                            changes={"enabled": not provider.enabled, "base_url": provider.base_url})
            _audit(request, user, session, "provider.changed", provider.id, before=before, after=snapshot(provider))
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return web.redirect("/console/providers?done=provider_changed")


@router.post("/{ref}/delete")
def delete(request: Request, ref: str, form: dict = web.FORM):
    user = web.guard(request, form, action="remove providers", deployment=True)
    try:
        with web.ctx_of(request).sessions() as session, session.begin():
            provider = get_provider(session=session, ref=ref[:63])
            before = snapshot(provider)
            delete_provider(session=session, provider=provider)
            _audit(request, user, session, "provider.deleted", before["id"], before=before)
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    return web.redirect("/console/providers?done=provider_deleted")


@router.post("/{ref}/check")
def check(request: Request, ref: str, form: dict = web.FORM):
    """Probe a provider now (any signed-in user may refresh the health it shows)."""
    user = web.guard(request, form, *web.ALL_ROLES, action="check provider health")
    ctx = web.ctx_of(request)
    try:
        with ctx.sessions() as session:
            provider = get_provider(session=session, ref=ref[:63])
    except SluiceError as exc:
        return _page(request, user, errors={"_form": web.sentence(exc.message)}, status=exc.status)
    result = ctx.console.provider_health[provider.id] = health.probe(
        provider, secret=ctx.settings.secret_bytes, engine=ctx.engine_holder)
    with ctx.sessions() as session, session.begin():
        _audit(request, user, session, "provider.health_checked", provider.id,
               after={"state": result.state, "detail": result.detail})
    return web.redirect("/console/providers")
