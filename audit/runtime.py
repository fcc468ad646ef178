"""Process-wide audit configuration, set once at start-up by the application or the Celery worker.

``audit`` never imports the gateway: the gateway calls :func:`configure` with what it built from its
settings (database engine, signing-key path, export folder, content key stores) and tasks read it back with
:func:`get`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

from sluice.audit.storage.content import ContentSealer
from sluice.audit.storage.kek_store import KekStore
from sluice.audit.errors import AuditNotConfigured
from sluice.audit.external_signer import CommandSigner
from sluice.audit.signing import KeyFileError, Signer, Verifier, write_keypair

DEFAULT_ORIGIN = "sluice/audit"


@dataclass
class AuditRuntime:
    engine: Engine
    export_dir: Path
    signing_key_path: Path | None = None
    origin: str = DEFAULT_ORIGIN
    sealer: ContentSealer | None = None
    kek_store: KekStore | None = None
    events_retention_days: int | None = None
    content_retention_days: int | None = None
    create_signing_key: bool = False
    signer_command: str | None = None
    public_key_path: Path | None = None
    _signer: Signer | CommandSigner | None = field(default=None, repr=False)

    def signer(self) -> Signer | CommandSigner:
        if self._signer is None and self.signer_command:
            if self.public_key_path is None:
                raise AuditNotConfigured("an external signer needs its public key (SLUICE_AUDIT_PUBLIC_KEY_FILE)")
            try:
                verifier = Verifier.parse(Path(self.public_key_path).read_text())
            except (OSError, UnicodeDecodeError, KeyFileError) as exc:
                raise AuditNotConfigured(f"the signer's public key cannot be read: {exc}") from None
            self._signer = CommandSigner(self.signer_command, verifier)
        if self._signer is None:
            if self.signing_key_path is None:
                raise AuditNotConfigured("no audit signing key is configured (SLUICE_AUDIT_SIGNING_KEY)")
            if self.create_signing_key and not Path(self.signing_key_path).exists():
                try:
                    write_keypair(Signer.generate(self.origin), Path(self.signing_key_path))
                except FileExistsError:
                    pass  # another process created it first
            try:
                self._signer = Signer.load(self.signing_key_path)
            except KeyFileError as exc:
                raise AuditNotConfigured(f"{exc}; create one with `sluice audit keygen`") from None
        return self._signer


_runtime: AuditRuntime | None = None


def configure(*, engine: Engine | None = None, session_factory=None, export_dir: Path,
              signing_key_path: Path | None = None, origin: str = DEFAULT_ORIGIN, kek_store: KekStore | None = None,
              legacy_content_kek: bytes | None = None, events_retention_days: int | None = None,
              content_retention_days: int | None = None, create_signing_key: bool = False,
              signer_command: str | None = None, public_key_path: Path | None = None) -> AuditRuntime:
    """Set the process's audit runtime. ``create_signing_key``: generate a missing key when first needed.
    Content is captured when ``kek_store`` is given; ``legacy_content_kek`` opens data keys from before
    per-tenant KEKs."""
    global _runtime
    if engine is None:
        if session_factory is None:
            raise AuditNotConfigured("configure() needs an engine or a session factory")
        engine = session_factory.kw["bind"]
    _runtime = AuditRuntime(engine=engine, export_dir=Path(export_dir), signing_key_path=signing_key_path,
                            origin=origin, kek_store=kek_store,
                            sealer=ContentSealer(kek_store, legacy_kek=legacy_content_kek) if kek_store else None,
                            events_retention_days=events_retention_days,
                            content_retention_days=content_retention_days, create_signing_key=create_signing_key,
                            signer_command=signer_command, public_key_path=public_key_path)
    return _runtime


def get() -> AuditRuntime:
    if _runtime is None:
        raise AuditNotConfigured("the audit runtime is not configured in this process")
    return _runtime


def reset() -> None:
    global _runtime
    _runtime = None
