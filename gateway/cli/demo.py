"""``sluice demo seed``: the embedded default's demo tenant, admin user, API key and provider.

Idempotent. The generated admin password and demo key are kept in files under the data
directory (mode 0600) so that every ``make run`` can print them again.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import typer
from sqlalchemy import select

from sluice.gateway.cli.common import db_session, settings_or_exit
from sluice.gateway.errors import Unauthenticated
from sluice.gateway.keys.service import authenticate_key, create_key
from sluice.gateway.providers.models import Provider
from sluice.gateway.providers.service import create_provider
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.models import User
from sluice.gateway.users.service import create_user

app = typer.Typer(help="Demo data for the embedded default.", no_args_is_help=True)

DEMO_TENANT = "demo"
DEMO_ADMIN = "admin@sluice.local"


def _private_write(path: Path, value: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(value + "\n")


@app.command("seed")
def seed() -> None:
    """Create the demo tenant, an admin user, a demo API key and the built-in provider if missing."""
    settings = settings_or_exit()
    password_file = settings.data_dir / "demo-admin-password"
    key_file = settings.data_dir / "demo-api-key"
    with db_session(settings) as session:
        tenant = session.scalar(select(Tenant).where(Tenant.name == DEMO_TENANT)) or create_tenant(
            session=session, name=DEMO_TENANT, display_name="Demo")
        if session.scalar(select(User).where(User.email == DEMO_ADMIN)) is None:
            password = secrets.token_urlsafe(12)
            create_user(session=session, email=DEMO_ADMIN, password=password, role="admin")
            _private_write(password_file, password)
        key = key_file.read_text().strip() if key_file.exists() else ""
        try:
            authenticate_key(session=session, presented=key, secret=settings.secret_bytes)
        except Unauthenticated:
            key = create_key(session=session, tenant=tenant, secret=settings.secret_bytes, name="demo",
                             created_by="demo seed").key
            _private_write(key_file, key)
        if settings.builtin_model_dir and session.scalar(select(Provider).where(Provider.kind == "builtin")) is None:
            create_provider(session=session, secret=settings.secret_bytes, name="builtin", kind="builtin",
                            region=settings.builtin_region, models=[settings.builtin_model_name], priority=10)
    password = password_file.read_text().strip() if password_file.exists() else "(set when the user was created)"
    base = f"http://{settings.host}:{settings.port}"
    typer.echo(
        f"\n  Sluice demo\n  console:   {base}/console\n  login:     {DEMO_ADMIN} / {password}\n"
        f"  API key:   {key}\n  try:       curl {base}/v1/chat/completions -H 'Authorization: Bearer {key}' "
        f"-H 'Content-Type: application/json' -d '{{\"model\": \"{settings.builtin_model_name}\", "
        f"\"messages\": [{{\"role\": \"user\", \"content\": \"Hello\"}}]}}'\n"
    )
