"""The checkpoint key can live in another process; a gateway that could not sign refuses to start.

The signer here is a separate program holding its own key file, the way an HSM or KMS bridge would:
the gateway only ever sees signatures, and checks each against the configured public key.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from sluice.audit.external_signer import CommandSigner, SignerFailed
from sluice.audit.publish.checkpointer import Checkpointer
from sluice.audit.signing import Signer, Verifier, write_keypair
from sluice.audit.storage.log import append_events
from sluice.audit.verify.database import verify_database
from tests.audit.helpers import sample_request
from tests.conftest import TEST_SECRET
from tests.support.servers import free_port

ROOT = Path(__file__).resolve().parents[2]
SIGNER = """import base64, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
text = open(sys.argv[1]).read().strip().split("+", 4)
seed = base64.b64decode(text[4])[1:]
sys.stdout.write(base64.b64encode(Ed25519PrivateKey.from_private_bytes(seed).sign(sys.stdin.buffer.read())).decode())
"""


@pytest.fixture
def keypair(tmp_path) -> tuple[Path, Verifier]:
    key = tmp_path / "hsm" / "log.key"
    key.parent.mkdir()
    public = write_keypair(Signer.generate("sluice/audit"), key)
    return key, Verifier.parse(public.read_text())


def _command(tmp_path: Path, key: Path, body: str = SIGNER) -> str:
    script = tmp_path / "signer.py"
    script.write_text(body)
    return f"{sys.executable} -I {script} {key}"


def test_checkpoints_signed_by_a_separate_process_verify_with_its_public_key(log_engine, keypair, tmp_path):
    key, verifier = keypair
    signer = CommandSigner(_command(tmp_path, key), verifier)
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(i) for i in range(12)])
    checkpointer = Checkpointer(engine=log_engine, signer=lambda: signer, origin="sluice/audit", every_events=1)
    assert checkpointer.checkpoint_if_due() == 12
    report = verify_database(log_engine, verifier=verifier)
    assert report.ok and report.checkpoints == 1, report.problems


@pytest.mark.parametrize("body, message", [
    ("import sys; sys.exit(3)", "exited 3"),
    ("print('not base64!')", "did not print a base64 signature"),
    ("import base64; print(base64.b64encode(bytes(64)).decode())", "does not verify"),
])
def test_a_failing_signer_never_makes_a_checkpoint_and_readiness_says_so(log_engine, keypair, tmp_path, body,
                                                                        message):
    from sluice.gateway.audit_api.publishing import signing_readiness

    key, verifier = keypair
    signer = CommandSigner(_command(tmp_path, key, body), verifier)
    with log_engine.begin() as conn:
        append_events(conn, [sample_request(i) for i in range(3)])
    checkpointer = Checkpointer(engine=log_engine, signer=lambda: signer, origin="sluice/audit", every_events=1)
    with pytest.raises(SignerFailed, match=message):
        checkpointer.checkpoint_if_due()
    ok, detail = signing_readiness(checkpointer)()
    assert not ok and message in detail
    assert verify_database(log_engine, verifier=verifier).checkpoints == 0


def test_production_refuses_to_start_without_a_way_to_sign(tmp_path):
    env = {"PATH": os.environ["PATH"], "SLUICE_ENV": "production", "SLUICE_SECRET_KEY": TEST_SECRET,
           "SLUICE_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}", "SLUICE_DATA_DIR": str(tmp_path),
           "SLUICE_BUILTIN_MODEL_DIR": "", "SLUICE_PORT": str(free_port())}
    subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "db", "upgrade"], cwd=ROOT, env=env,
                   check=True, capture_output=True, timeout=120)
    served = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", "serve"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert served.returncode != 0
    assert "audit checkpoints cannot be signed" in served.stdout + served.stderr
    assert "sluice audit keygen" in served.stdout + served.stderr
