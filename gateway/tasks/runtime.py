"""What a Celery worker process is given at start-up: the audit runtime, and the services its
evaluation runs use.

``audit`` cannot import the gateway, so the gateway hands it what it needs: the database engine, the
signing-key path, the export folder, the content key-encryption key store (and the key derived from the
deployment secret that opened data keys before per-tenant KEKs) and the retention defaults.
Gateway tasks that need the whole gateway (an evaluation run goes through the request pipeline)
open it with :func:`worker_services`; ``sluice worker`` installs the composition root's factory.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from functools import partial
from pathlib import Path

from celery.signals import worker_init, worker_process_init
from sqlalchemy.engine import Engine

from sluice.audit import runtime as audit_runtime
from sluice.audit.storage.kek_config import kek_store_from_config
from sluice.audit.storage.kek_store import KekStore
from sluice.gateway.crypto import derive_key
from sluice.gateway.database import make_engine
from sluice.gateway.services import Services
from sluice.gateway.settings import Settings

CONTENT_KEK_PURPOSE = "sluice-audit-content-kek"

ServicesFactory = Callable[[Settings], AbstractAsyncContextManager[Services]]
_open_services: Callable[[], AbstractAsyncContextManager[Services]] | None = None


def signing_key_path(settings: Settings) -> Path:
    return settings.audit_signing_key or settings.data_dir / "audit-signing.key"


def export_dir(settings: Settings) -> Path:
    return settings.audit_export_dir or settings.data_dir / "exports"


def kek_dir(settings: Settings) -> Path:
    return settings.audit_kek_dir or settings.data_dir / "content-keks"


def kek_store(settings: Settings) -> KekStore:
    return kek_store_from_config(settings.audit_kek_store, directory=kek_dir(settings))


def configure_audit(settings: Settings, engine: Engine | None = None) -> audit_runtime.AuditRuntime:
    """Set this process's audit runtime. Outside production a missing signing key is generated."""
    return audit_runtime.configure(
        engine=engine or make_engine(settings.database_url), export_dir=export_dir(settings),
        signing_key_path=signing_key_path(settings), origin=settings.audit_origin,
        kek_store=kek_store(settings), legacy_content_kek=derive_key(settings.secret_bytes, CONTENT_KEK_PURPOSE),
        events_retention_days=settings.audit_retention_days,
        content_retention_days=settings.audit_content_retention_days,
        create_signing_key=(settings.env != "production" and settings.audit_signing_key is None
                            and not settings.audit_signer_command),
        signer_command=settings.audit_signer_command, public_key_path=settings.audit_public_key_file,
    )


def install_worker_hooks(settings: Settings, *, services: ServicesFactory) -> None:
    """Configure the runtime when a worker starts and again in each forked pool process (fresh
    engine); ``services(settings)`` opens the running services of one evaluation run."""
    global _open_services

    def _configure(**_kwargs) -> None:
        configure_audit(settings)

    _open_services = partial(services, settings)
    worker_init.connect(_configure, weak=False)
    worker_process_init.connect(_configure, weak=False)


def worker_services() -> AbstractAsyncContextManager[Services]:
    """The running services for one piece of work in this worker process."""
    if _open_services is None:
        raise RuntimeError("this process was not started as a Sluice worker (`sluice worker`)")
    return _open_services()
