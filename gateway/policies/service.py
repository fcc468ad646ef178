"""The policy lifecycle: draft -> submit -> approve/reject (four-eyes) -> activate, and rollback.

Every step appends a history entry (who, when, the diff it made). Callers own the transaction and
write the matching administrative audit event. Role checks are repeated here, next to the rules
they protect, so no route can forget them.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sluice.policy.document_text import check_size
from sluice.policy.errors import PolicyValidationError
from sluice.policy.loader import load_policy
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sluice.gateway.auth.principal import Principal
from sluice.gateway.users.four_eyes import review_conflict
from sluice.gateway.users.roles import Role
from sluice.gateway.database import new_id, utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import Conflict, Forbidden, InvalidInput
from sluice.gateway.policies import queries
from sluice.gateway.policies.diffing import diff_documents
from sluice.gateway.policies.errors import PolicyInvalid
from sluice.gateway.policies.guard_check import check_guard_models
from sluice.gateway.policies.models import APPROVED, DISCARDED, DRAFT, IN_REVIEW, REJECTED, Policy, PolicyActivation, \
    PolicyChange, PolicyVersion

AUTHOR_ROLES = frozenset({Role.ADMIN, Role.POLICY_AUTHOR})
REVIEW_ROLES = frozenset({Role.ADMIN, Role.POLICY_APPROVER})


def _require(principal: Principal, roles: frozenset[Role], what: str) -> None:
    if principal.role not in roles:
        names = ", ".join(sorted(r.value for r in roles))
        raise Forbidden(ErrorCode.FORBIDDEN, f"{what} needs one of the roles: {names}")


def parse_source(source: str | dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
    """Validate YAML/JSON text or a JSON object; return (text as kept, format, canonical document)."""
    if isinstance(source, dict):
        text, fmt = json.dumps(source, indent=2, ensure_ascii=False), "json"
    else:
        text = source
        fmt = "json" if text.lstrip().startswith("{") else "yaml"
    try:
        check_size(text)
        document = load_policy(source)
    except PolicyValidationError as exc:
        raise PolicyInvalid(exc.errors, exc.message, code=ErrorCode(exc.code)) from None
    return text, fmt, document.model_dump(mode="json")


def content_hash(document: dict[str, Any]) -> str:
    content = {k: v for k, v in document.items() if k not in ("id", "version")}
    return hashlib.sha256(json.dumps(content, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _flush_or_conflict(session: Session) -> None:
    """Flush; a unique-key clash means someone else changed the same policy at the same moment."""
    try:
        session.flush()
    except IntegrityError:
        raise Conflict(ErrorCode.CONCURRENT_CHANGE,
                       "the policy was changed by someone else at the same moment; "
                       "reload and try again") from None


def label(version: PolicyVersion | None) -> str:
    return f"{version.policy_id}@v{version.number}" if version is not None else "shipped-default"


def _record(session: Session, *, policy: Policy, actor: Principal, action: str, version: PolicyVersion | None,
            before: dict | None = None, before_label: str | None = None, comment: str | None = None) -> PolicyChange:
    after = version.document if version is not None else None
    diff = diff_documents(before, after, before_label=before_label or "(none)", after_label=label(version)) \
        if after is not None and action not in ("approved", "rejected") else None
    change = PolicyChange(
        policy_id=policy.id, tenant_id=policy.tenant_id, version_id=version.id if version else None,
        version_number=version.number if version else None, action=action, actor_id=actor.user_id,
        actor_email=actor.email, at=utcnow(), comment=comment, diff_from=before_label if diff else None,
        diff_text=diff.unified if diff else "", field_diff=diff.changes if diff else [],
    )
    session.add(change)
    policy.updated_at = change.at
    session.flush()
    return change


def _with_identity(document: dict[str, Any], policy: Policy, number: int) -> dict[str, Any]:
    return {**document, "id": policy.id, "version": number}


def create_policy(*, session: Session, actor: Principal, tenant_id: str | None, name: str,
                  source: str | dict[str, Any]) -> tuple[Policy, PolicyVersion]:
    """A new policy document for a tenant (None: a deployment default) with draft version 1."""
    _require(actor, AUTHOR_ROLES, "creating a policy")
    if actor.tenant_id is not None and tenant_id != actor.tenant_id:
        raise Forbidden(ErrorCode.FORBIDDEN, "you can only create policies of your own tenant")
    name = name.strip()
    if not name:
        raise InvalidInput(ErrorCode.INVALID_POLICY_NAME, "give the policy a name", param="name")
    clash = select(Policy.id).where(Policy.name == name)
    clash = clash.where(Policy.tenant_id == tenant_id if tenant_id else Policy.tenant_id.is_(None))
    if session.scalar(clash) is not None:
        raise Conflict(ErrorCode.POLICY_EXISTS, f"this tenant already has a policy named {name!r}")
    parsed = parse_source(source)
    policy = Policy(id=new_id("pol"), tenant_id=tenant_id, name=name, created_by=actor.email)
    session.add(policy)
    session.flush()
    _record(session, policy=policy, actor=actor, action="created", version=None)
    draft = _new_draft(session, policy=policy, actor=actor, parsed=parsed, base=None)
    return policy, draft


def _new_draft(session: Session, *, policy: Policy, actor: Principal, parsed: tuple[str, str, dict],
               base: PolicyVersion | None) -> PolicyVersion:
    text, fmt, document = parsed
    number = queries.next_number(session=session, policy=policy)
    document = _with_identity(document, policy, number)
    draft = PolicyVersion(
        id=new_id("pv"), policy_id=policy.id, number=number, status=DRAFT, source=text, source_format=fmt,
        document=document, content_hash=content_hash(document), base_number=base.number if base else None,
        author_id=actor.user_id, author_email=actor.email, contributors=[actor.user_id],
    )
    session.add(draft)
    _flush_or_conflict(session)
    _record(session, policy=policy, actor=actor, action="draft_created", version=draft,
            before=base.document if base else None, before_label=label(base) if base else None)
    return draft


def save_draft(*, session: Session, actor: Principal, policy: Policy, source: str | dict[str, Any]) -> PolicyVersion:
    """Create the policy's draft (based on its newest version) or replace the open draft's content."""
    _require(actor, AUTHOR_ROLES, "editing a policy draft")
    parsed = parse_source(source)
    draft = queries.open_draft(session=session, policy=policy)
    if draft is None:
        versions = [v for v in queries.versions_of(session=session, policy=policy) if v.status != DISCARDED]
        return _new_draft(session, policy=policy, actor=actor, parsed=parsed, base=versions[-1] if versions else None)
    text, fmt, document = parsed
    document = _with_identity(document, policy, draft.number)
    before = draft.document
    draft.source, draft.source_format, draft.document = text, fmt, document
    draft.content_hash = content_hash(document)
    draft.updated_at = utcnow()
    if actor.user_id not in draft.contributors:
        draft.contributors = [*draft.contributors, actor.user_id]
    session.flush()
    _record(session, policy=policy, actor=actor, action="draft_updated", version=draft, before=before,
            before_label=f"{label(draft)} (previous draft)")
    return draft


def discard_draft(*, session: Session, actor: Principal, policy: Policy) -> PolicyVersion:
    _require(actor, AUTHOR_ROLES, "discarding a policy draft")
    draft = _the_draft(session, policy)
    draft.status = DISCARDED
    _record(session, policy=policy, actor=actor, action="draft_discarded", version=None)
    return draft


def _the_draft(session: Session, policy: Policy) -> PolicyVersion:
    draft = queries.open_draft(session=session, policy=policy)
    if draft is None:
        raise Conflict(ErrorCode.NO_DRAFT, f"policy {policy.id} has no open draft; create one first")
    return draft


def submit(*, session: Session, actor: Principal, policy: Policy, comment: str | None = None) -> PolicyVersion:
    """Freeze the draft as a numbered version awaiting review by someone else."""
    _require(actor, AUTHOR_ROLES, "submitting a policy for review")
    draft = _the_draft(session, policy)
    check_guard_models(session=session, document=draft.document)
    active = queries.active_version(session=session, scope=policy.scope)
    if active is not None and active.content_hash == draft.content_hash:
        raise Conflict(ErrorCode.NO_CHANGES,
                       f"version {draft.number} is identical to the active version; nothing to review")
    draft.status = IN_REVIEW
    draft.submitted_at, draft.submitted_by, draft.submit_comment = utcnow(), actor.email, comment
    draft.updated_at = draft.submitted_at
    if actor.user_id not in draft.contributors:
        draft.contributors = [*draft.contributors, actor.user_id]
    session.flush()
    _record(session, policy=policy, actor=actor, action="submitted", version=draft,
            before=active.document if active else None, before_label=label(active), comment=comment)
    return draft


def _review(session: Session, *, actor: Principal, policy: Policy, number: int, verdict: str,
            comment: str | None) -> PolicyVersion:
    _require(actor, REVIEW_ROLES, "reviewing a policy version")
    version = queries.get_version(session=session, policy=policy, number=number)
    if version.status != IN_REVIEW:
        raise Conflict(ErrorCode.VERSION_NOT_IN_REVIEW,
                       f"version {number} is {version.status}, not awaiting review")
    conflict = review_conflict(session=session, reviewer_id=actor.user_id, authors=list(version.contributors),
                               begun_at=version.created_at)
    if conflict is not None:
        raise Forbidden(ErrorCode.FOUR_EYES_VIOLATION,
                        f"you may not review version {number}: {conflict}; another approver must review it")
    version.status = verdict
    version.reviewed_at, version.reviewed_by_id, version.reviewed_by = utcnow(), actor.user_id, actor.email
    version.review_comment = comment
    version.updated_at = version.reviewed_at
    session.flush()
    _record(session, policy=policy, actor=actor, action=verdict, version=version, comment=comment)
    return version


def approve(*, session: Session, actor: Principal, policy: Policy, number: int,
            comment: str | None = None) -> PolicyVersion:
    return _review(session, actor=actor, policy=policy, number=number, verdict=APPROVED, comment=comment)


def reject(*, session: Session, actor: Principal, policy: Policy, number: int, comment: str) -> PolicyVersion:
    if not (comment or "").strip():
        raise InvalidInput(ErrorCode.COMMENT_REQUIRED, "say why the version is rejected", param="comment")
    return _review(session, actor=actor, policy=policy, number=number, verdict=REJECTED, comment=comment)


def activate(*, session: Session, actor: Principal, policy: Policy, number: int, comment: str | None = None,
             action: str = "activated") -> PolicyVersion:
    """Put an approved version in force for the policy's scope (its tenant or the deployment)."""
    _require(actor, REVIEW_ROLES, "activating a policy version")
    version = queries.get_version(session=session, policy=policy, number=number)
    if version.status != APPROVED:
        raise Conflict(ErrorCode.VERSION_NOT_APPROVED,
                       f"version {number} is {version.status}; only approved versions can be activated")
    record = queries.activation(session=session, scope=policy.scope)
    previous = session.get(PolicyVersion, record.version_id) if record else None
    if previous is not None and previous.id == version.id:
        raise Conflict(ErrorCode.ALREADY_ACTIVE, f"version {number} is already active")
    check_guard_models(session=session, document=version.document)
    change = _record(session, policy=policy, actor=actor, action=action, version=version,
                     before=previous.document if previous else None, before_label=label(previous), comment=comment)
    if record is None:
        record = PolicyActivation(scope=policy.scope)
        session.add(record)
    record.policy_id, record.version_id = policy.id, version.id
    record.activated_at, record.activated_by, record.change_id = change.at, actor.email, change.id
    _flush_or_conflict(session)
    return version


def rollback(*, session: Session, actor: Principal, policy: Policy, number: int | None,
             comment: str) -> PolicyVersion:
    """Re-activate an earlier approved version (by default the one active before the current one).
    It was reviewed under four-eyes when approved; the rollback itself needs a reason."""
    _require(actor, REVIEW_ROLES, "rolling back a policy")
    if not (comment or "").strip():
        raise InvalidInput(ErrorCode.COMMENT_REQUIRED, "say why the policy is rolled back", param="comment")
    current = queries.active_version(session=session, scope=policy.scope)
    if number is None:
        number = _previous_active_number(session, policy=policy, current=current)
    target = queries.get_version(session=session, policy=policy, number=number)
    if current is not None and current.policy_id == policy.id and target.number > current.number:
        raise Conflict(ErrorCode.NOT_A_ROLLBACK,
                       f"version {number} is newer than the active version {current.number}; "
                       "activate it instead")
    return activate(session=session, actor=actor, policy=policy, number=target.number, comment=comment,
                    action="rolled_back")


def _previous_active_number(session: Session, *, policy: Policy, current: PolicyVersion | None) -> int:
    for change in queries.activation_changes(session=session, tenant_id=policy.tenant_id):
        if change.policy_id == policy.id and (current is None or change.version_id != current.id):
            return change.version_number
    raise Conflict(ErrorCode.NOTHING_TO_ROLL_BACK,
                   f"policy {policy.id} has no earlier active version to return to")
