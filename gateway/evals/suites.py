"""Probe suites: built-in ones installed from shipped data, team suites imported and edited.

A suite version is immutable; importing or editing a suite with an existing name makes the next
version. Callers own the transaction.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from sluice.gateway.database import new_id
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import InvalidInput, NotFound
from sluice.gateway.evals.builtin import BUILTIN_SUITES
from sluice.gateway.evals.models import EvalProbe, EvalSuite
from sluice.gateway.evals.suite_format import ProbeIn, SuiteFormatError, parse_suite

_NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]{0,99}$")


def _digest(probes: list[ProbeIn]) -> str:
    h = hashlib.sha256()
    for p in probes:
        h.update(p.model_dump_json().encode())
    return h.hexdigest()


def _next_version(session: Session, name: str, tenant_id: str | None) -> int:
    current = session.scalar(select(func.max(EvalSuite.version)).where(
        EvalSuite.name == name, EvalSuite.tenant_id.is_(tenant_id) if tenant_id is None else EvalSuite.tenant_id == tenant_id))
    return (current or 0) + 1


def latest_suite(*, session: Session, name: str, tenant_id: str | None) -> EvalSuite | None:
    """The newest version of a suite visible to a tenant (its own first, then built-in)."""
    for owner in ([tenant_id] if tenant_id else []) + [None]:
        cond = EvalSuite.tenant_id.is_(None) if owner is None else EvalSuite.tenant_id == owner
        found = session.scalar(select(EvalSuite).where(EvalSuite.name == name, cond)
                               .order_by(EvalSuite.version.desc()).limit(1))
        if found:
            return found
    return None


def create_suite_version(*, session: Session, name: str, probes: list[ProbeIn], tenant_id: str | None,
                         created_by: str, description: str = "", source: str = "", license: str = "",
                         builtin: bool = False) -> EvalSuite:
    if not _NAME.match(name):
        raise InvalidInput(ErrorCode.INVALID_SUITE_NAME,
                           "suite names are lower-case letters, digits, '-', '_' and '.'",
                           param="name")
    suite = EvalSuite(id=new_id("sui"), name=name, version=_next_version(session, name, tenant_id),
                      description=description, source=source, license=license, builtin=builtin,
                      tenant_id=tenant_id, probe_count=len(probes), content_sha256=_digest(probes),
                      created_by=created_by)
    session.add(suite)
    session.flush()
    session.add_all(
        EvalProbe(id=new_id("prb"), suite_id=suite.id, ordinal=i, category=p.category, expected=p.expected,
                  messages=p.chat(), canary=p.canary, leak_values=list(p.leak_values), harmful=p.is_harmful())
        for i, p in enumerate(probes)
    )
    session.flush()
    return suite


def import_suite(*, session: Session, name: str, text: str, fmt: str, tenant_id: str | None, created_by: str,
                 description: str = "") -> EvalSuite:
    """Parse a JSONL/CSV file and store it as the next version; nothing is stored if any line is bad."""
    try:
        probes = parse_suite(text, fmt)
    except SuiteFormatError as exc:
        raise InvalidInput(ErrorCode.SUITE_INVALID, str(exc), param="file") from None
    return create_suite_version(session=session, name=name, probes=probes, tenant_id=tenant_id,
                                created_by=created_by, description=description, source="import")


def install_builtin_suites(*, session: Session) -> list[EvalSuite]:
    """Install or refresh the shipped suites; a new version only when the shipped data changed."""
    installed = []
    for spec in BUILTIN_SUITES:
        probes = parse_suite(spec.text(), "jsonl")
        current = latest_suite(session=session, name=spec.name, tenant_id=None)
        if current is not None and current.content_sha256 == _digest(probes):
            installed.append(current)
            continue
        installed.append(create_suite_version(session=session, name=spec.name, probes=probes, tenant_id=None,
                                              created_by="sluice", description=spec.description,
                                              source=spec.source, license=spec.license, builtin=True))
    return installed


def list_suites(*, session: Session, tenant_id: str | None) -> list[EvalSuite]:
    query = select(EvalSuite).order_by(EvalSuite.name, EvalSuite.version.desc())
    if tenant_id is not None:
        query = query.where((EvalSuite.tenant_id.is_(None)) | (EvalSuite.tenant_id == tenant_id))
    return list(session.scalars(query))


def get_suite(*, session: Session, ref: str, tenant_id: str | None) -> EvalSuite:
    """By id, ``name`` (newest version) or ``name@version``; only suites the tenant may use."""
    suite = session.get(EvalSuite, ref)
    if suite is None:
        name, _, version = ref.partition("@")
        if not version:
            suite = latest_suite(session=session, name=name, tenant_id=tenant_id)
        elif version.isdigit():
            candidates = session.scalars(select(EvalSuite).where(EvalSuite.name == name,
                                                                 EvalSuite.version == int(version)))
            visible = [c for c in candidates if tenant_id is None or c.tenant_id in (None, tenant_id)]
            suite = min(visible, key=lambda c: c.tenant_id is None) if visible else None
    if suite is None or (tenant_id is not None and suite.tenant_id not in (None, tenant_id)):
        raise NotFound(ErrorCode.SUITE_NOT_FOUND, f"no probe suite {ref!r}")
    return suite


def suite_probes(*, session: Session, suite_id: str) -> list[EvalProbe]:
    return list(session.scalars(select(EvalProbe).where(EvalProbe.suite_id == suite_id).order_by(EvalProbe.ordinal)))
