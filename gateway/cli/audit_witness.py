"""``sluice audit witness``: a standalone C2SP tlog-witness that a separate party runs, and its key.

It needs no database and no gateway settings: its own key, its own state folder, and the verifier
key of each log it witnesses.
"""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import typer


def _fail(message: str) -> typer.Exit:
    typer.echo(f"sluice: {message}", err=True)
    return typer.Exit(2)


def _logs(specs: list[str]) -> dict:
    from sluice.audit.signing import KeyFileError, Verifier

    logs = {}
    for spec in specs:
        origin, sep, path = spec.partition("=")
        if not sep or not origin or not path:
            raise _fail(f"--log {spec!r}: expected ORIGIN=PUBKEYFILE")
        try:
            logs[origin] = Verifier.parse(Path(path).read_text())
        except (OSError, KeyFileError) as exc:
            raise _fail(f"--log {origin}: {getattr(exc, 'strerror', None) or exc}") from None
    return logs


def witness(
    listen: str = typer.Option("127.0.0.1:7380", "--listen", help="HOST:PORT to serve on"),
    key: Path = typer.Option(..., "--key", help="The witness's signing key (from `sluice audit witness-keygen`)"),
    state: Path = typer.Option(..., "--state", help="Folder for the latest cosigned checkpoint of each log"),
    log: list[str] = typer.Option(..., "--log", help="ORIGIN=PUBKEYFILE of a log to witness (repeatable)"),
) -> None:
    """Serve C2SP tlog-witness add-checkpoint: cosign a log's checkpoint only if it extends the last one."""
    from sluice.audit.cosignature import Cosigner
    from sluice.audit.signing import KeyFileError, Signer
    from sluice.audit.witness.http import serve
    from sluice.audit.witness.witness import Witness

    host, sep, port = listen.rpartition(":")
    if not sep or not port.isdigit():
        raise _fail("--listen must be HOST:PORT")
    try:
        cosigner = Cosigner(Signer.load(key))
    except KeyFileError as exc:
        raise _fail(str(exc)) from None
    server = serve(Witness(cosigner, state, _logs(log)), host.strip("[]"), int(port))
    typer.echo(f"witness {cosigner.verifier.text()} listening on {host}:{server.server_address[1]}", err=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        stop.wait()
    except KeyboardInterrupt:
        pass
    server.shutdown()


def witness_keygen(
    out: Path = typer.Option(..., "--out", help="Private key file to create (0600)"),
    name: str = typer.Option(..., "--name", help="The witness's name, e.g. witness.example.org"),
) -> None:
    """Create a witness key; its cosignature verifier key (for SLUICE_AUDIT_SINKS) goes beside it (.pub)."""
    import os

    from sluice.audit.cosignature import Cosigner
    from sluice.audit.signing import KeyFileError, Signer

    try:
        signer = Signer.generate(name)
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise _fail(f"{out} already exists; refusing to overwrite a witness key") from None
    except KeyFileError as exc:
        raise _fail(str(exc)) from None
    with os.fdopen(fd, "w") as handle:
        handle.write(signer.text() + "\n")
    public = out.with_suffix(".pub")
    public.write_text(Cosigner(signer).verifier.text() + "\n")
    typer.echo(f"witness key: {out}\npublic key:  {public}\n{public.read_text().strip()}")


def register(app: typer.Typer) -> None:
    app.command("witness")(witness)
    app.command("witness-keygen")(witness_keygen)
