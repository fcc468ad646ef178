"""The test bench beside the policy editor: what a version would do to a sample prompt or response."""

from __future__ import annotations

from typing import Any

from fastapi import Request

from sluice.gateway.console import policy_view, web
from sluice.gateway.console.signed_in import page_router
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError
from sluice.gateway.policies import queries
from sluice.gateway.policies.events import audit
from sluice.gateway.policies.models import DISCARDED, DRAFT
from sluice.gateway.policies.simulate import simulate

router = page_router("/console/policies")
MAX_TEXT = 20_000


def highlight(text: str, spans: list[dict[str, Any]]) -> list[tuple[str, dict | None]]:
    """Cut ``text`` into plain pieces and PII pieces (non-overlapping, in order)."""
    pieces: list[tuple[str, dict | None]] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.get("start", 0), -s.get("end", 0))):
        start, end = int(span.get("start", 0)), int(span.get("end", 0))
        if start < cursor or end <= start or end > len(text):
            continue
        if start > cursor:
            pieces.append((text[cursor:start], None))
        pieces.append((text[start:end], span))
        cursor = end
    if cursor < len(text):
        pieces.append((text[cursor:], None))
    return pieces


def _version(session, policy, raw: str):
    if raw.isdigit() and len(raw) < 9:
        return queries.get_version(session=session, policy=policy, number=int(raw))
    versions = [v for v in queries.versions_of(session=session, policy=policy) if v.status != DISCARDED]
    if not versions:
        raise SluiceError(ErrorCode.POLICY_VERSION_NOT_FOUND, "this policy has no version to test")
    return next((v for v in versions if v.status == DRAFT), versions[-1])


def view_of(result: dict[str, Any], prompt: str) -> dict[str, Any]:
    """What the bench panel shows, from the simulator's answer."""
    guardrails = result["input"]["guardrails"]
    spans = [s for g in guardrails for s in g.get("spans", []) if s.get("message", 0) == 0]
    messages = result["input"].get("messages") or []
    transformed = messages[-1].get("content") if messages and isinstance(messages[-1], dict) else None
    output = result.get("output") or None
    return {
        "blocked": result.get("blocked"), "version": result.get("version"), "status": result.get("version_status"),
        "pieces": highlight(prompt, spans), "spans": spans, "guardrails": guardrails,
        "transformed": transformed if isinstance(transformed, str) else None,
        "classification": result.get("classification") or {}, "routing": result.get("routing") or {},
        "output": output, "entity_counts": result["input"].get("entity_counts") or {},
    }


@router.post("/{policy_id}/test")
def test_bench(request: Request, policy_id: str, form: dict = web.FORM):
    user = web.guard(request, form, *policy_view.BENCH_ROLES, action="use the policy test bench")
    prompt = form.get("prompt", "").replace("\r\n", "\n")
    response = form.get("response", "").replace("\r\n", "\n") or None
    model = form.get("model", "").strip()[:200] or None
    classification = form.get("classification", "").strip()[:64] or None
    entered = {"prompt": prompt, "response": response or "", "model": model or "",
               "classification": classification or "", "version": form.get("version", "")[:8]}
    errors: dict[str, str] = {}
    if not prompt.strip():
        errors["prompt"] = "Paste a prompt to test."
    elif len(prompt) > MAX_TEXT or len(response or "") > MAX_TEXT:
        errors["prompt"] = f"The test bench takes up to {MAX_TEXT:,} characters per text."
    if errors:
        return policy_view.render_detail(request, user, policy_id, status=400, errors=errors,
                                         bench_input=entered)
    ctx = web.ctx_of(request)

    def work() -> dict[str, Any]:
        with ctx.sessions() as session, session.begin():
            policy = queries.get_policy(session=session, principal=user.principal, policy_id=policy_id[:64])
            version = _version(session, policy, entered["version"])
            out = simulate(session=session, secret=ctx.settings.secret_bytes, policy=policy, version=version,
                           messages=[{"role": "user", "content": prompt}], response=response, model=model,
                           classification=classification)
            audit(session, principal=user.principal, request=request, action="simulated", policy=policy,
                  after={"version": version.number, "blocked": (out["blocked"] or {}).get("code"),
                         "classification": out["classification"]["name"], "via": "console"})
            return out

    try:
        result = work()
    except SluiceError as exc:
        field = "classification" if exc.param == "classification" else "_form"
        return policy_view.render_detail(request, user, policy_id, status=exc.status, bench_input=entered,
                                         errors={field: policy_view.sentence(exc.message)})
    return policy_view.render_detail(request, user, policy_id, bench=view_of(result, prompt), bench_input=entered)
