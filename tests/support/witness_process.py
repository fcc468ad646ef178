"""``sluice audit witness`` as a separate process, on a fixed port so it can be restarted in place."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.servers import free_port

ROOT = str(Path(__file__).resolve().parents[2])


def cli(*args: str) -> str:
    result = subprocess.run([sys.executable, "-P", "-m", "sluice.gateway.cli", *args], cwd=ROOT, env=dict(os.environ),
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


class WitnessProcess:
    def __init__(self, folder: Path, logs: dict[str, Path], name: str = "witness.test"):
        self.folder = Path(folder)
        self.key = self.folder / "witness.key"
        cli("audit", "witness-keygen", "--out", str(self.key), "--name", name)
        self.public_key = self.key.with_suffix(".pub").read_text().strip()
        self.logs = logs
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> "WitnessProcess":
        args = ["audit", "witness", "--listen", f"127.0.0.1:{self.port}", "--key", str(self.key),
                "--state", str(self.folder / "state")]
        for origin, path in self.logs.items():
            args += ["--log", f"{origin}={path}"]
        self.process = subprocess.Popen([sys.executable, "-P", "-m", "sluice.gateway.cli", *args], cwd=ROOT,
                                        env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(self.url + "/", timeout=1)
                return self
            except httpx.TransportError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the witness did not start: " + self.process.stderr.read().decode()[-2000:])
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:  # it exits in about a second; on two busy cores it once took over 30 s
                self.process.wait(60)
            except subprocess.TimeoutExpired:
                self.process.kill()  # the tests need it gone, not a clean exit
                self.process.wait(30)
