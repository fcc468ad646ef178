"""``sluice audit``: verify, export, checkpoint, keygen, proof, retention, content-key destruction, witness,
interrupted streams.

``verify`` needs no settings and no secret: an auditor runs it on their own machine against a bundle
(or a database URL) with the log's public key.
"""

from __future__ import annotations

import sys
from datetime import datetime, timezone
from pathlib import Path

import typer

from sluice.gateway.cli.audit_intents import register as register_intents
from sluice.gateway.cli.audit_witness import register as register_witness
from sluice.gateway.cli.common import emit_json, settings_or_exit

app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)
register_witness(app)
register_intents(app)

EXIT_OK, EXIT_TAMPERED, EXIT_USAGE = 0, 1, 2


def _fail(message: str, code: int = EXIT_USAGE) -> typer.Exit:
    typer.echo(f"sluice: {message}", err=True)
    return typer.Exit(code)


TRUST_ROOT_ENV = "SLUICE_AUDIT_PUBLIC_KEY_FILE"


def _load_verifier(path: Path | None, insecure: bool):
    """The pinned log key: ``--public-key``, else the trust root named by the environment.

    Without one, a bundle would be checked against the key it carries itself, which anyone who forged
    it could have put there: that takes an explicit ``--insecure-no-key``.
    """
    import os

    from sluice.audit.signing import KeyFileError, Verifier

    if path is None and os.environ.get(TRUST_ROOT_ENV):
        path = Path(os.environ[TRUST_ROOT_ENV])
    if path is None:
        if not insecure:
            raise _fail(f"--public-key FILE is required (or {TRUST_ROOT_ENV}); --insecure-no-key checks "
                        f"integrity only, against whatever key the bundle carries")
        return None
    if insecure:
        raise _fail("--insecure-no-key and a public key cannot be used together")
    try:
        text = Path(path).read_text()
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"public key {path} cannot be read: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        return Verifier.parse(text)
    except KeyFileError as exc:
        raise _fail(f"public key {path}: {exc}") from None


@app.command("verify")
def verify(
    bundle: Path = typer.Argument(None, help="An export bundle (.zip)"),
    database: str = typer.Option(None, "--database", help="Verify a database instead (SQLAlchemy URL)"),
    public_key: Path = typer.Option(None, "--public-key", help="The log's verifier key (pins the signer)"),
    checkpoint: list[Path] = typer.Option([], "--checkpoint", help="A published checkpoint the log or bundle must "
                                                                   "be consistent with (repeatable)"),
    insecure_no_key: bool = typer.Option(False, "--insecure-no-key",
                                         help="Check integrity without pinning the signer (proves nothing about "
                                              "who made the bundle)"),
    json_out: bool = typer.Option(False, "--json", help="Print the full report as JSON"),
) -> None:
    """Check a bundle or a database; exit 0 if intact, 1 naming the first broken record otherwise."""
    from sluice.audit.verify.bundle import verify_bundle
    from sluice.audit.verify.database import verify_database

    if (bundle is None) == (database is None):
        raise _fail("give either a bundle FILE or --database URL")
    verifier = _load_verifier(public_key, insecure_no_key)
    notes = _read_checkpoints(checkpoint, verifier)
    if bundle is not None and _is_signed_report(bundle):
        if notes:
            raise _fail("--checkpoint applies to audit bundles and databases, not to evaluation reports")
        _verify_signed_report(bundle, verifier, json_out)
    if bundle is not None:
        report = verify_bundle(bundle, verifier=verifier, published=notes)
    else:
        report = _verify_db(database, verifier, notes, verify_database)
    if json_out:
        emit_json({"ok": report.ok, "source": report.source, "records": report.records,
                   "tree_size": report.tree_size, "checkpoints": report.checkpoints, "notes": report.notes,
                   "problems": [{"kind": p.kind, "seq": p.seq, "message": p.message} for p in report.problems]})
    else:
        for note in report.notes:
            typer.echo(f"note: {note}", err=True)
        for problem in report.problems[:20]:
            typer.echo(f"problem: {problem.message}", err=True)
        typer.echo(report.summary())
    raise typer.Exit(EXIT_OK if report.ok else EXIT_TAMPERED)


SIGNED_REPORT_KINDS = ("sluice-eval-report",)


def _is_signed_report(path: Path) -> bool:
    from sluice.audit.signed_files import manifest_format

    return manifest_format(path) in SIGNED_REPORT_KINDS


def _verify_signed_report(path: Path, verifier, json_out: bool) -> None:
    """Evaluation reports: the same signature and digest checks as export bundles, over a few files."""
    from sluice.audit.signed_files import manifest_format, verify_signed_files

    kind = manifest_format(path)
    result = verify_signed_files(path, kind=kind, public_key=verifier)
    if json_out:
        emit_json({"ok": result.ok, "source": str(path), "kind": kind, "files": sorted(result.files),
                   "notes": result.notes, "problems": [{"kind": "bundle", "message": m} for m in result.problems]})
    else:
        for note in result.notes:
            typer.echo(f"note: {note}", err=True)
        for problem in result.problems:
            typer.echo(f"problem: {problem}", err=True)
        state = "intact" if result.ok else "NOT intact"
        typer.echo(f"{path}: {kind} {state} ({len(result.files)} signed files)")
    raise typer.Exit(EXIT_OK if result.ok else EXIT_TAMPERED)


def _read_checkpoints(files: list[Path], verifier) -> list[str]:
    if files and verifier is None:
        raise _fail("--checkpoint needs --public-key")
    try:
        return [Path(p).read_text() for p in files]
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail(f"checkpoint file cannot be read: {getattr(exc, 'strerror', None) or exc}") from None


def _verify_db(url: str, verifier, notes: list[str], verify_database):
    from sqlalchemy import create_engine
    from sqlalchemy.exc import ArgumentError, SQLAlchemyError

    from sluice.audit.errors import AuditError

    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, ValueError) as exc:
        raise _fail(f"--database {url!r} is not a usable database URL ({type(exc).__name__})") from None
    try:
        return verify_database(engine, verifier=verifier, published=notes)
    except AuditError as exc:
        raise _fail(exc.message, EXIT_TAMPERED) from None
    except SQLAlchemyError as exc:
        raise _fail(f"the database cannot be read ({type(exc).__name__}); is it a Sluice audit log?",
                    EXIT_TAMPERED) from None
    finally:
        engine.dispose()


def _runtime():
    from sluice.gateway.tasks.runtime import configure_audit

    settings = settings_or_exit()
    return settings, configure_audit(settings)


def _parse_time(value: str | None, name: str) -> datetime | None:
    if value is None:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _fail(f"{name} {value!r} is not an ISO 8601 date or time") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


@app.command("export")
def export(
    out: Path = typer.Option(..., "--out", help="Bundle file to write (.zip)"),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl, csv or ocsf"),
    tenant: str = typer.Option(None, "--tenant", help="Tenant name or id"),
    since: str = typer.Option(None, help="From this time (ISO 8601, UTC if no offset)"),
    until: str = typer.Option(None, help="Before this time"),
    model: str = typer.Option(None, help="Only this model"),
    outcome: str = typer.Option(None, help="success, blocked or error"),
    kind: str = typer.Option(None, help="request, admin or system"),
) -> None:
    """Write a signed, verifiable export bundle, with a progress bar."""
    from tqdm import tqdm

    from sluice.audit.errors import AuditError
    from sluice.audit.export.bundle import write_bundle
    from sluice.audit.export.formats import format_names
    from sluice.audit.export.query import EventFilter
    from sluice.gateway.admin_audit import record_admin_action
    from sluice.gateway.cli.common import db_session
    from sluice.gateway.tenants.service import get_tenant

    if fmt not in format_names():
        raise _fail(f"--format must be one of: {', '.join(format_names())}")
    settings, rt = _runtime()
    tenant_id = None
    with db_session(settings) as session:
        if tenant is not None:
            tenant_id = get_tenant(session=session, ref=tenant).id
        flt = EventFilter(tenant_id=tenant_id, since=_parse_time(since, "--since"), until=_parse_time(until, "--until"),
                          model=model, outcome=outcome, kind=kind)
        record_admin_action(session=session, actor=None, actor_label="cli", action="audit.exported",
                            target_type="audit_export", target_id=str(out)[:64], tenant_id=tenant_id,
                            after={"filters": flt.to_dict(), "format": fmt})
    bar = tqdm(total=0, unit="rec", file=sys.stderr, dynamic_ncols=True)

    def progress(done: int, total: int) -> None:
        bar.total = total
        bar.update(done - bar.n)

    try:
        result = write_bundle(rt.engine, out, flt=flt, fmt=fmt, signer=rt.signer(), origin=rt.origin,
                              progress=progress)
    except AuditError as exc:
        raise _fail(exc.message, 1) from None
    finally:
        bar.close()
    typer.echo(f"wrote {result.path}: {result.records} records, tree size {result.tree_size}, "
               f"sha256 {result.sha256}")


@app.command("checkpoint")
def checkpoint(
    force: bool = typer.Option(False, help="Sign even if the log has not grown"),
    out: Path = typer.Option(None, "--out", help="Write the signed checkpoint to FILE (atomically) instead of "
                                                 "printing it"),
) -> None:
    """Sign a checkpoint covering the newest events (unless one already does) and print or write it,
    with the cosignatures of the witnesses it has been published to."""
    from sluice.audit import service
    from sluice.audit.errors import AuditError
    from sluice.audit.storage.publications import cosignature_lines, cosigned_note

    _, rt = _runtime()
    try:
        view = service.make_checkpoint(rt, force=force)
        with rt.engine.connect() as conn:
            note = cosigned_note(view["note"], cosignature_lines(conn, view["tree_size"]))
    except AuditError as exc:
        raise _fail(exc.message, 1) from None
    if out is None:
        typer.echo(note, nl=False)
        return
    _write_atomically(out, note.encode())
    typer.echo(f"wrote {out}: tree size {view['tree_size']}, {view['time']}", err=True)


def _write_atomically(path: Path, data: bytes) -> None:
    import os
    import tempfile

    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent or ".", prefix=f".{path.name}.")
    except OSError as exc:
        raise _fail(f"{path} cannot be written: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        os.unlink(tmp)
        raise _fail(f"{path} cannot be written: {exc.strerror}") from None


@app.command("keygen")
def keygen(
    out: Path = typer.Option(None, "--out", help="Private key file (default: SLUICE_AUDIT_SIGNING_KEY or "
                                                 "<data dir>/audit-signing.key)"),
    name: str = typer.Option(None, "--name", help="Key name (default: SLUICE_AUDIT_ORIGIN)"),
) -> None:
    """Create the Ed25519 checkpoint signing key (0600) and its public key beside it (.pub)."""
    from sluice.audit.signing import KeyFileError, Signer, write_keypair

    if out is None or name is None:
        from sluice.gateway.tasks.runtime import signing_key_path

        settings = settings_or_exit()
        out = out or signing_key_path(settings)
        name = name or settings.audit_origin
    try:
        public = write_keypair(Signer.generate(name), out)
    except FileExistsError:
        raise _fail(f"{out} already exists; refusing to overwrite a signing key") from None
    except KeyFileError as exc:
        raise _fail(str(exc)) from None
    typer.echo(f"signing key: {out}\npublic key:  {public}\n{public.read_text().strip()}")


@app.command("proof")
def proof(
    seq: int = typer.Option(None, "--seq", help="Inclusion proof of the event at this position"),
    event: str = typer.Option(None, "--event", help="... or of the event with this id"),
    size: int = typer.Option(None, "--size", help="Against the checkpoint of this size (default: latest)"),
    first: int = typer.Option(None, "--from", help="Consistency proof from the checkpoint of this size"),
    second: int = typer.Option(None, "--to", help="... to the checkpoint of this size"),
) -> None:
    """Print an inclusion proof (JSON) or a consistency proof between two checkpoints."""
    from sluice.audit import service
    from sluice.audit.errors import AuditError

    _, rt = _runtime()
    try:
        with rt.engine.connect() as conn:
            if first is not None or second is not None:
                if first is None or second is None:
                    raise _fail("--from and --to go together")
                emit_json(service.consistency(conn, first=first, second=second))
            elif seq is not None or event is not None:
                emit_json(service.inclusion(conn, seq=seq, event_id=event, tree_size=size))
            else:
                raise _fail("give --seq/--event, or --from and --to")
    except AuditError as exc:
        raise _fail(exc.message, 1) from None


@app.command("retention")
def retention(
    tenant: str = typer.Option(..., "--tenant", help="Tenant name or id, or * for the default"),
    events_days: int = typer.Option(None, "--events-days", min=1, help="Keep events this many days"),
    content_days: int = typer.Option(None, "--content-days", min=1, help="Keep captured content this many days"),
) -> None:
    """Set a tenant's retention (unset values keep forever); the change is itself audited."""
    from sluice.audit.retention import DEFAULT, set_retention
    from sluice.gateway.admin_audit import record_admin_action
    from sluice.gateway.cli.common import db_session
    from sluice.gateway.tenants.service import get_tenant

    settings = settings_or_exit()
    with db_session(settings) as session:
        tenant_id = DEFAULT if tenant == DEFAULT else get_tenant(session=session, ref=tenant).id
        set_retention(session.connection(), tenant_id=tenant_id, events_days=events_days, content_days=content_days)
        record_admin_action(session=session, actor=None, actor_label="cli", action="audit.retention_set",
                            target_type="tenant", target_id=tenant_id,
                            tenant_id=None if tenant_id == DEFAULT else tenant_id,
                            after={"events_days": events_days, "content_days": content_days})
    typer.echo(f"retention for {tenant}: events {events_days or 'forever'} days, content {content_days or 'forever'} days")


@app.command("destroy-content-key")
def destroy_content_key(
    tenant: str = typer.Option(..., "--tenant", help="Tenant name or id"),
    yes: bool = typer.Option(False, "--yes", help="Confirm: captured content becomes unreadable forever"),
) -> None:
    """Erase every captured prompt/response of a tenant: wrapped data keys NULLed, the tenant's
    key-encryption keys destroyed, old copies scrubbed from the database files (the log still verifies)."""
    from sqlalchemy.exc import SQLAlchemyError

    from sluice.audit.erasure import finish_erasure, null_data_keys
    from sluice.audit.events import time_us
    from sluice.gateway.admin_audit import record_admin_action
    from sluice.gateway.cli.common import db_session
    from sluice.gateway.tenants.service import get_tenant

    if not yes:
        raise _fail("this erases captured content for good; add --yes to confirm")
    settings, rt = _runtime()
    now = time_us(datetime.now(timezone.utc))
    with db_session(settings) as session:
        tenant_id = get_tenant(session=session, ref=tenant).id
        ids = null_data_keys(session.connection(), tenant_id, now)
        record_admin_action(session=session, actor=None, actor_label="cli", action="audit.content_key_destroyed",
                            target_type="tenant", target_id=tenant_id, tenant_id=tenant_id,
                            after={"data_keys": ids, "kek_store": rt.kek_store.describe()})
    try:
        done = finish_erasure(rt.engine, store=rt.kek_store, tenant_id=tenant_id, now_us=now, data_keys=ids)
    except (OSError, SQLAlchemyError) as exc:
        cause = f"{exc.strerror}: {exc.filename}" if isinstance(exc, OSError) else type(exc).__name__
        raise _fail(f"the data keys are NULLed but erasure did not finish ({cause}); run the command again",
                    1) from None
    typer.echo(f"erased captured content of {tenant}:")
    for line in done.lines():
        typer.echo(f"  {line}")
    if done.not_done:
        raise typer.Exit(1)
