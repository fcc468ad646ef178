"""A real OpenID Connect provider for the tests: PyPI's ``oidc-provider-mock`` (Flask + Authlib) run
as a child process on a free port. Users and their claims are set over its HTTP API; signing in
at its authorization page is a form POST (or a click in a browser).

Restarting it on the same port gives it a new signing key: the way to test key rotation."""

from __future__ import annotations

import subprocess
import sys
import time
from urllib.parse import parse_qs, urlsplit

import httpx

from tests.support.servers import free_port


class TestIdp:
    __test__ = False

    def __init__(self, *, port: int | None = None):
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    @property
    def issuer(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30.0) -> "TestIdp":
        self.process = subprocess.Popen(
            [sys.executable, "-m", "oidc_provider_mock", "--port", str(self.port), "--host", "127.0.0.1",
             "--require-nonce"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while True:
            try:
                if httpx.get(f"{self.issuer}/.well-known/openid-configuration", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the test identity provider did not start on port {self.port}")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
            self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port: a new signing key (key rotation)."""
        self.stop()
        self.start()

    def set_user(self, sub: str, **claims) -> None:
        response = httpx.put(f"{self.issuer}/users/{sub}", json=claims, timeout=5)
        assert response.status_code == 204, response.text

    def authorize(self, authorization_url: str, sub: str) -> str:
        """Sign ``sub`` in at the authorization page; the URL the provider sends the browser back to."""
        response = httpx.post(authorization_url, data={"sub": sub}, timeout=5)
        assert response.status_code in (302, 303), response.text[:500]
        return response.headers["location"]

    def deny(self, authorization_url: str) -> str:
        response = httpx.post(authorization_url, data={"action": "deny"}, timeout=5)
        assert response.status_code in (302, 303), response.text[:500]
        return response.headers["location"]

    def id_token_for(self, *, client_id: str, sub: str, nonce: str, redirect_uri: str = "http://client.test/cb") -> str:
        """An ID token issued to another client (a plain authorization-code flow run by the test)."""
        query = {"response_type": "code", "client_id": client_id, "redirect_uri": redirect_uri,
                 "scope": "openid email", "state": "s", "nonce": nonce}
        url = str(httpx.URL(f"{self.issuer}/oauth2/authorize", params=query))
        code = parse_qs(urlsplit(self.authorize(url, sub)).query)["code"][0]
        response = httpx.post(f"{self.issuer}/oauth2/token", timeout=5, auth=(client_id, "secret"),
                              data={"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri})
        assert response.status_code == 200, response.text
        return response.json()["id_token"]
