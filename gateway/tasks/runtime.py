"""Configuring the audit runtime from settings, in the app process and in every Celery worker process.

``audit`` cannot import the gateway, so the gateway hands it what it needs: the database engine, the
signing-key path, the export folder, the content key-encryption key and the retention defaults.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine

from sluice.audit import runtime as audit_runtime
from sluice.gateway.crypto import derive_key
from sluice.gateway.database import make_engine
from sluice.gateway.settings import Settings

CONTENT_KEK_PURPOSE = "sluice-audit-content-kek"


def signing_key_path(settings: Settings) -> Path:
    return settings.audit_signing_key or settings.data_dir / "audit-signing.key"


def export_dir(settings: Settings) -> Path:
    return settings.audit_export_dir or settings.data_dir / "exports"


def configure_audit(settings: Settings, engine: Engine | None = None) -> audit_runtime.AuditRuntime:
    """Set this process's audit runtime. Outside production a missing signing key is generated."""
    return audit_runtime.configure(
        engine=engine or make_engine(settings.database_url), export_dir=export_dir(settings),
        signing_key_path=signing_key_path(settings), origin=settings.audit_origin,
        content_kek=derive_key(settings.secret_bytes, CONTENT_KEK_PURPOSE),
        events_retention_days=settings.audit_retention_days,
        content_retention_days=settings.audit_content_retention_days,
        create_signing_key=settings.env != "production" and settings.audit_signing_key is None,
    )


def install_worker_hooks(settings: Settings) -> None:
    """Configure the runtime when a worker starts and again in each forked pool process (fresh engine)."""
    from celery.signals import worker_init, worker_process_init

    def _configure(**_kwargs) -> None:
        configure_audit(settings)

    worker_init.connect(_configure, weak=False)
    worker_process_init.connect(_configure, weak=False)
