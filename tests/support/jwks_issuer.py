"""An issuer whose tokens the test writes itself: discovery document and JWKS served over real HTTP
(uvicorn), RSA keys made here, tokens signed with PyJWT. For the checks a well-behaved provider
never fails: expired tokens, foreign keys, wrong audience or issuer, forged nonces."""

from __future__ import annotations

import time

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

from tests.support.servers import ServerThread


def new_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_jwk(key, kid: str) -> dict:
    jwk = jwt.algorithms.RSAAlgorithm.to_jwk(key.public_key(), as_dict=True)
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


class CraftedIssuer:
    def __init__(self):
        self.keys = {"k1": new_key()}
        self.published = ["k1"]
        self.server = ServerThread(Starlette(routes=[Route("/.well-known/openid-configuration", self._discovery),
                                                     Route("/jwks", self._jwks)]))
        self.jwks_requests = 0

    @property
    def issuer(self) -> str:
        return self.server.url

    def start(self) -> "CraftedIssuer":
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    async def _discovery(self, request):
        return JSONResponse({"issuer": self.issuer, "authorization_endpoint": f"{self.issuer}/authorize",
                             "token_endpoint": f"{self.issuer}/token", "jwks_uri": f"{self.issuer}/jwks"})

    async def _jwks(self, request):
        self.jwks_requests += 1
        return JSONResponse({"keys": [public_jwk(self.keys[kid], kid) for kid in self.published]})

    def sign(self, *, kid: str = "k1", key=None, alg: str = "RS256", **claims) -> str:
        now = int(time.time())
        payload = {"iss": self.issuer, "sub": "user-1", "aud": "sluice", "iat": now, "exp": now + 300, **claims}
        return jwt.encode({k: v for k, v in payload.items() if v is not None}, key or self.keys[kid], algorithm=alg,
                          headers={"kid": kid})
