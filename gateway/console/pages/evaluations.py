"""Adoption evaluations in the console: suites (import, edit), runs with progress, reports, comparisons.

Everyone signed in may read; starting runs and importing or editing suites is for policy authors and
approvers (and admins). The server checks every action; the templates only hide what cannot be done.
"""

from __future__ import annotations

import json

from fastapi import Request

from sluice.gateway.admin_audit import record_admin_action
from sluice.gateway.users.roles import Role
from sluice.gateway import charts
from sluice.gateway.console import forms, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.errors import SluiceError
from sluice.gateway.evals import runs, suites
from sluice.gateway.evals.policy_pin import describe_policy_version
from sluice.gateway.evals.report import build_report, compare_reports
from sluice.gateway.evals.report_figures import category_figures
from sluice.gateway.evals.suite_format import SuiteFormatError, parse_suite
from sluice.gateway.evals.tasks import start_run
from sluice.gateway.policies.models import Policy, PolicyVersion
from sluice.gateway.providers.service import list_providers
from sluice.gateway.tenants.service import list_tenants

router = page_router("/console/evaluations")
RUNNERS = (Role.POLICY_AUTHOR, Role.POLICY_APPROVER)
RUN_FIELDS = ("suite", "provider", "model", "policy", "tenant_id", "concurrency", "rate_per_minute")
SUITE_FIELDS = ("name", "content", "format", "tenant_id")


def _policy_versions(session, tenant_id: str | None) -> list[tuple[str, str]]:
    query = session.query(PolicyVersion, Policy).join(Policy, Policy.id == PolicyVersion.policy_id)
    if tenant_id is not None:
        query = query.filter((Policy.tenant_id.is_(None)) | (Policy.tenant_id == tenant_id))
    rows = query.order_by(Policy.name, PolicyVersion.number.desc()).limit(200)
    return [(v.id, f"{p.name} v{v.number} ({v.status})") for v, p in rows]


def _index(request: Request, user: web.ConsoleUser, *, errors=None, values=None, problems=None, status=200):
    ctx = web.ctx_of(request)
    with ctx.sessions() as session, session.begin():
        suites.install_builtin_suites(session=session)
    with ctx.sessions() as session:
        all_suites = suites.list_suites(session=session, tenant_id=user.tenant_id)
        run_list = runs.list_runs(session=session, tenant_id=user.tenant_id)
        providers = [(p.name, f"{p.name} ({p.region}: {', '.join(p.models)})")
                     for p in list_providers(session=session, enabled_only=True)]
        tenants = [(t.id, t.name) for t in list_tenants(session=session) if user.principal.can_see_tenant(t.id)]
        versions = _policy_versions(session, user.tenant_id)
    newest = {}
    for s in all_suites:
        newest.setdefault((s.name, s.tenant_id), s)
    return web.render(request, "evaluations.html", user, status=status, title="Evaluations", active="evaluations",
                      suites=list(newest.values()), runs=run_list, providers=providers, tenants=tenants,
                      versions=versions, errors=errors or {}, values=values or {}, problems=problems or [],
                      can_run=user.has(*RUNNERS))


@router.get("")
def index(request: Request):
    return _index(request, web.console_user(request))


def _tenant_choice(user: web.ConsoleUser, form: dict, errors: forms.FormErrors) -> str | None:
    """The tenant chosen in the form, or the user's own; another tenant's is refused."""
    requested = form.get("tenant_id", "").strip()[:64] or None
    if requested is not None and not user.principal.can_see_tenant(requested):
        errors.add(user.tenant_field("tenant_id"), "Choose one of your tenants.")
        return None
    tenant_id = requested or user.tenant_id
    if tenant_id is None:
        errors.add("tenant_id", "Choose the tenant whose traffic this stands for.")
    return tenant_id


@router.post("/runs")
async def start(request: Request):
    user, form = await web.guarded_form(request, *RUNNERS, action="start evaluation runs")
    errors = forms.FormErrors()
    suite_ref = forms.text(form, "suite", errors, label="Suite", required=True, max_len=120)
    provider = forms.text(form, "provider", errors, label="Provider", required=True, max_len=63)
    model = forms.text(form, "model", errors, label="Model", max_len=200) or None
    policy = forms.text(form, "policy", errors, label="Policy version", max_len=80) or None
    concurrency = forms.optional_int(form, "concurrency", errors, label="Concurrency", minimum=1, maximum=64)
    rate = forms.optional_int(form, "rate_per_minute", errors, label="Rate", maximum=100_000)
    tenant_id = _tenant_choice(user, form, errors)
    run_id = None
    if not errors:
        ctx = web.ctx_of(request)
        try:
            with ctx.sessions() as session, session.begin():
                suite = suites.get_suite(session=session, ref=suite_ref, tenant_id=tenant_id)
                label = describe_policy_version(session=session, version_id=policy, tenant_id=tenant_id) \
                    if policy else ""
                run = runs.create_run(session=session, suite=suite, tenant_id=tenant_id, provider=provider,
                                      model=model, policy_ref=policy, policy_label=label, created_by=user.email,
                                      concurrency=concurrency or 4, rate_per_minute=rate or 0)
                run_id = run.id
                record_admin_action(session=session, actor=user.principal, action="eval.run_started",
                                    target_type="eval_run", target_id=run.id, tenant_id=tenant_id,
                                    after={"suite": f"{suite.name}@{suite.version}", "provider": run.provider,
                                           "model": run.model, "policy": label or "active", "via": "console"},
                                    source_address=web.client_address(request))
        except SluiceError as exc:
            forms.apply_service_error(errors, exc, fields=RUN_FIELDS)
    if errors:
        return _index(request, user, errors=errors, values=form, status=400)
    start_run(web.ctx_of(request), run_id)
    return web.redirect(f"/console/evaluations/runs/{run_id}")


@router.post("/suites")
async def import_suite(request: Request):
    user, form = await web.guarded_form(request, *RUNNERS, action="import probe suites")
    errors = forms.FormErrors()
    name = forms.text(form, "name", errors, label="Name", required=True, max_len=100)
    fmt = form.get("format", "jsonl") if form.get("format") in ("jsonl", "csv") else "jsonl"
    content = form.get("content", "")
    if not content.strip():
        errors.add("content", "Paste the suite file (JSON Lines or CSV).")
    tenant_id = _tenant_choice(user, form, errors)
    problems = []
    if content.strip():  # show every problem of the file at once, whatever else is missing
        try:
            parse_suite(content, fmt)
        except SuiteFormatError as exc:
            problems = exc.problems[:50]
            errors.add("content", f"The file has {len(exc.problems)} problem(s); nothing was imported.")
    if not errors:
        try:
            with web.ctx_of(request).sessions() as session, session.begin():
                suite = suites.import_suite(session=session, name=name, text=content, fmt=fmt, tenant_id=tenant_id,
                                            created_by=user.email)
                record_admin_action(session=session, actor=user.principal, action="eval.suite_imported",
                                    target_type="eval_suite", target_id=suite.id, tenant_id=tenant_id,
                                    after={"name": suite.name, "version": suite.version, "via": "console"},
                                    source_address=web.client_address(request))
                suite_id = suite.id
        except SluiceError as exc:
            forms.apply_service_error(errors, exc, fields=SUITE_FIELDS)
    if errors:
        return _index(request, user, errors=errors, values=form, problems=problems, status=400)
    return web.redirect(f"/console/evaluations/suites/{suite_id}")


@router.get("/suites/{ref}")
def suite_page(request: Request, ref: str):
    user = web.console_user(request)
    with web.ctx_of(request).sessions() as session:
        suite = suites.get_suite(session=session, ref=ref, tenant_id=user.tenant_id)
        probes = suites.suite_probes(session=session, suite_id=suite.id)
    text = "\n".join(json.dumps(_probe_line(p), ensure_ascii=False) for p in probes)
    return web.render(request, "evaluation_suite.html", user, title=f"Suite {suite.name}", active="evaluations",
                      suite=suite, probes=probes[:500], text=text,
                      can_edit=user.has(*RUNNERS) and not suite.builtin, errors={}, problems=[])


def _probe_line(probe) -> dict:
    line = {"messages": probe.messages, "category": probe.category, "expected": probe.expected}
    if len(probe.messages) == 1 and probe.messages[0]["role"] == "user":
        line = {"prompt": probe.messages[0]["content"], "category": probe.category, "expected": probe.expected}
    if probe.canary:
        line["canary"] = probe.canary
    if probe.leak_values:
        line["leak_values"] = probe.leak_values
    line["harmful"] = probe.harmful
    return line


@router.get("/runs/{run_id}")
def run_page(request: Request, run_id: str):
    user = web.console_user(request)
    with web.ctx_of(request).sessions() as session:
        run = runs.get_run(session=session, run_id=run_id, tenant_id=user.tenant_id)
        report = build_report(session=session, run_id=run_id, tenant_id=user.tenant_id)
        others = [r for r in runs.list_runs(session=session, tenant_id=user.tenant_id) if r.id != run_id][:50]
    figures = category_figures(report["summary"])
    return web.render(request, "evaluation_run.html", user, title=f"Evaluation {run_id}", active="evaluations",
                      run=run, report=report, figures=figures, others=others,
                      running=run.status in ("queued", "running"))


@router.get("/compare")
def compare_page(request: Request, a: str = "", b: str = ""):
    user = web.console_user(request)
    with web.ctx_of(request).sessions() as session:
        first = build_report(session=session, run_id=a, tenant_id=user.tenant_id)
        second = build_report(session=session, run_id=b, tenant_id=user.tenant_id)
    compared = compare_reports(first, second)
    pairs = []
    for name, c in compared["categories"].items():
        pairs += [(f"{name} · A", c["a"]), (f"{name} · B", c["b"])]
    return web.render(request, "evaluation_compare.html", user, title="Compare evaluations", active="evaluations",
                      compared=compared, figure=charts.rate_chart("Pass rate by category, A and B", pairs))


@router.post("/suites/{ref}/edit")
async def edit_suite(request: Request, ref: str):
    """Save the edited probes as the suite's next version (the old version stays, for earlier runs)."""
    user, form = await web.guarded_form(request, *RUNNERS, action="edit probe suites")
    ctx = web.ctx_of(request)
    with ctx.sessions() as session:
        suite = suites.get_suite(session=session, ref=ref, tenant_id=user.tenant_id)
        probes = suites.suite_probes(session=session, suite_id=suite.id)
    errors, problems = forms.FormErrors(), []
    content = form.get("content", "")
    if suite.builtin:
        errors.add("_form", "Built-in suites cannot be edited; import a copy under another name.")
    else:
        try:
            parse_suite(content, "jsonl")
        except SuiteFormatError as exc:
            problems = exc.problems[:50]
            errors.add("content", f"The suite has {len(exc.problems)} problem(s); nothing was saved.")
    if not errors:
        with ctx.sessions() as session, session.begin():
            saved = suites.import_suite(session=session, name=suite.name, text=content, fmt="jsonl",
                                        tenant_id=suite.tenant_id, created_by=user.email,
                                        description=suite.description)
            record_admin_action(session=session, actor=user.principal, action="eval.suite_edited",
                                target_type="eval_suite", target_id=saved.id, tenant_id=suite.tenant_id,
                                before={"version": suite.version}, after={"version": saved.version, "via": "console"},
                                source_address=web.client_address(request))
        return web.redirect(f"/console/evaluations/suites/{saved.id}")
    return web.render(request, "evaluation_suite.html", user, status=400, title=f"Suite {suite.name}",
                      active="evaluations", suite=suite, probes=probes[:500], text=content,
                      can_edit=user.has(*RUNNERS) and not suite.builtin, errors=errors, problems=problems)
