"""The dashboard: traffic and guardrail decisions over time, from the audit log's request events."""

from __future__ import annotations

from fastapi import Request

from sluice.gateway import charts
from sluice.gateway.console import events_source, metrics, web
from sluice.gateway.console import traffic as traffic_filter
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.database import utcnow
from sluice.gateway.tenants.service import list_tenants

router = page_router("/console")


@router.get("")
def dashboard(request: Request, window: str = "24h", tenant: str = "", traffic: str = ""):
    user = web.console_user(request)
    chosen = metrics.WINDOWS.get(window, metrics.WINDOWS["24h"])
    shown = traffic_filter.parse(traffic)
    now = utcnow()
    with web.ctx_of(request).sessions() as session:
        tenants = [t for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
        by_name = {t.name: t.id for t in tenants}
        tenant_id = user.tenant_id or by_name.get(tenant)
        loaded = events_source.request_events(session=session, since=now - chosen.span, tenant_id=tenant_id)
    events = [e for e in loaded.events if traffic_filter.keeps(shown, e)]
    board = metrics.build(events, window=chosen, now=now, tenant_names={t.id: t.name for t in tenants})
    figures = {
        "requests": charts.series_chart("Requests by outcome", board.buckets, board.requests, width=900),
        "blocked": charts.bar_chart("Blocked requests by reason", board.blocked_by_reason,
                                    empty="No blocked requests in this period."),
        "pii": charts.bar_chart("PII detections by type", board.pii_by_type, empty="No PII detected in this period."),
        "topics": charts.bar_chart("Refusals by topic", board.refusals_by_topic,
                                   empty="No topic refusals in this period."),
        "latency": charts.series_chart("Latency (ms)", board.buckets,
                                       {"p50": board.latency_p50, "p95": board.latency_p95}, stacked=False,
                                       unit=" ms"),
        "tokens": charts.series_chart("Tokens", board.buckets, board.tokens),
        "tenants": charts.bar_chart("Requests per tenant", board.per_tenant),
    }
    return web.render(request, "dashboard.html", user, title="Dashboard", active="dashboard", board=board,
                      figures=figures, loaded=loaded, window=chosen.name, windows=list(metrics.WINDOWS),
                      traffic=shown.value, traffic_options=traffic_filter.OPTIONS,
                      left_out=len(loaded.events) - len(events),
                      tenant=tenant if tenant_id else "", tenant_options=[(t.name, t.display_name or t.name)
                                                                           for t in tenants])
