"""The identity provider as seen from the gateway: its discovery document, its signing keys and its
token endpoint, over httpx. Nothing is fetched until a sign-in needs it (no network at import or
construction).

Signing keys are cached for ``jwks_ttl_s``; an ID token signed with a key id the cache does not
know refetches the key set at once (the provider rotated its keys), at most once per
``min_refetch_s`` so that tokens with made-up key ids cannot make the gateway hammer the provider.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import jwt

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.identity.errors import AccessRefused

# Asymmetric algorithms only: "none" and the HMAC family are never accepted for ID tokens.
ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")
MAX_DOCUMENT_BYTES = 1_000_000


@dataclass(frozen=True)
class ProviderMetadata:
    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None


@dataclass(frozen=True)
class TokenResponse:
    id_token: str
    access_token: str | None


def _unavailable(what: str) -> AccessRefused:
    return AccessRefused(ErrorCode.SSO_PROVIDER_UNAVAILABLE, f"the identity provider's {what}; try again later or "
                         "ask an administrator to check SLUICE_SSO_ISSUER")


class OidcProvider:
    """One OpenID Connect provider (thread-safe; one per process, held by ``Services``)."""

    def __init__(self, *, issuer: str, client_id: str, client_secret: str | None, timeout_s: float,
                 jwks_ttl_s: float, min_refetch_s: float = 5.0, transport: httpx.BaseTransport | None = None,
                 clock: Callable[[], float] = time.monotonic):
        self.issuer = issuer.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self._timeout_s = timeout_s
        self._jwks_ttl_s = jwks_ttl_s
        self._min_refetch_s = min_refetch_s
        self._transport = transport
        self._clock = clock
        self._lock = threading.Lock()
        self._metadata: ProviderMetadata | None = None
        self._metadata_at = 0.0
        self._keys: dict[str, jwt.PyJWK] = {}
        self._keys_at: float | None = None
        self.key_fetches = 0  # how often the key set was fetched (visible to operators and tests)

    # --- HTTP -------------------------------------------------------------------------------------

    def _client(self) -> httpx.Client:
        return httpx.Client(timeout=self._timeout_s, transport=self._transport, follow_redirects=False)

    def _get_json(self, url: str, what: str) -> dict:
        try:
            with self._client() as client:
                response = client.get(url, headers={"accept": "application/json"})
        except httpx.HTTPError:
            raise _unavailable(f"{what} could not be fetched") from None
        if response.status_code != 200 or len(response.content) > MAX_DOCUMENT_BYTES:
            raise _unavailable(f"{what} answered HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            raise _unavailable(f"{what} is not JSON") from None
        if not isinstance(body, dict):
            raise _unavailable(f"{what} is not a JSON object")
        return body

    # --- discovery --------------------------------------------------------------------------------

    def metadata(self) -> ProviderMetadata:
        with self._lock:
            fresh = self._metadata is not None and self._clock() - self._metadata_at < max(self._jwks_ttl_s, 60)
            if fresh:
                return self._metadata
        body = self._get_json(f"{self.issuer}/.well-known/openid-configuration", "discovery document")
        try:
            metadata = ProviderMetadata(issuer=str(body["issuer"]),
                                        authorization_endpoint=str(body["authorization_endpoint"]),
                                        token_endpoint=str(body["token_endpoint"]), jwks_uri=str(body["jwks_uri"]),
                                        userinfo_endpoint=body.get("userinfo_endpoint"))
        except KeyError as exc:
            raise _unavailable(f"discovery document lacks {exc.args[0]!r}") from None
        if metadata.issuer.rstrip("/") != self.issuer:
            # OpenID Connect Discovery 4.3: the document must name the issuer it was fetched for
            raise _unavailable(f"discovery document names issuer {metadata.issuer!r}, not SLUICE_SSO_ISSUER")
        with self._lock:
            self._metadata, self._metadata_at = metadata, self._clock()
        return metadata

    # --- signing keys -----------------------------------------------------------------------------

    def _fetch_keys(self) -> None:
        body = self._get_json(self.metadata().jwks_uri, "key set (JWKS)")
        keys: dict[str, jwt.PyJWK] = {}
        for index, entry in enumerate(body.get("keys") or []):
            if not isinstance(entry, dict) or entry.get("use", "sig") != "sig":
                continue
            try:
                key = jwt.PyJWK(entry)
            except (jwt.PyJWKError, jwt.InvalidKeyError):
                continue  # a key type this gateway cannot use: the others still work
            keys[str(entry.get("kid", f"#{index}"))] = key
        with self._lock:
            self._keys, self._keys_at = keys, self._clock()
            self.key_fetches += 1

    def refresh_keys(self) -> int:
        """Fetch the key set now; how many usable signing keys it holds."""
        self._fetch_keys()
        with self._lock:
            return len(self._keys)

    def signing_key(self, kid: str | None, *, failed: bool = False) -> jwt.PyJWK:
        """The provider's key with this id (or its only key, for tokens without ``kid``): from the
        cache, else after one refetch. ``failed``: the cached key did not verify the token (a provider
        that names no key ids rotated it), so look again if the refetch interval allows."""
        now = self._clock()
        with self._lock:
            stale = self._keys_at is None or now - self._keys_at >= self._jwks_ttl_s
            may_refetch = self._keys_at is None or now - self._keys_at >= self._min_refetch_s
        if stale or (failed and may_refetch):
            self._fetch_keys()
            key = self._lookup(kid)
        else:
            key = None if failed else self._lookup(kid)
            if key is None and not failed and may_refetch:
                self._fetch_keys()  # the provider may have rotated its keys since the last fetch
                key = self._lookup(kid)
        if key is None and failed:
            raise AccessRefused(ErrorCode.SSO_TOKEN_INVALID, "the ID token's signature does not verify",
                                reason="signature")
        if key is None:
            raise AccessRefused(ErrorCode.SSO_TOKEN_INVALID, "the ID token is signed with a key the identity "
                                "provider does not publish", reason="unknown_key")
        return key

    def _lookup(self, kid: str | None) -> jwt.PyJWK | None:
        with self._lock:
            if kid is not None:
                return self._keys.get(kid)
            return next(iter(self._keys.values())) if len(self._keys) == 1 else None

    # --- token endpoint ---------------------------------------------------------------------------

    def exchange_code(self, *, code: str, redirect_uri: str, code_verifier: str) -> TokenResponse:
        """Trade an authorization code for tokens (client_secret_basic, or PKCE alone for a public client)."""
        form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
                "code_verifier": code_verifier}
        auth = None
        if self._client_secret:
            auth = httpx.BasicAuth(self.client_id, self._client_secret)
        else:
            form["client_id"] = self.client_id
        try:
            with self._client() as client:
                response = client.post(self.metadata().token_endpoint, data=form, auth=auth,
                                       headers={"accept": "application/json"})
        except httpx.HTTPError:
            raise _unavailable("token endpoint could not be reached") from None
        body = _json_or_empty(response)
        if response.status_code in (400, 401) and body.get("error") in ("invalid_grant", "invalid_request"):
            raise AccessRefused(ErrorCode.SSO_CODE_REJECTED, "the identity provider refused the sign-in code (it was "
                                "used already or has expired); start the sign-in again", reason="code_rejected")
        if response.status_code != 200:
            raise _unavailable(f"token endpoint answered HTTP {response.status_code}"
                               + (f" ({body['error']})" if isinstance(body.get("error"), str) else ""))
        id_token = body.get("id_token")
        if not isinstance(id_token, str) or not id_token:
            raise _unavailable("token endpoint returned no ID token (is the 'openid' scope allowed?)")
        access = body.get("access_token")
        return TokenResponse(id_token=id_token, access_token=access if isinstance(access, str) else None)

    def userinfo(self, access_token: str) -> dict:
        """The user's claims from the userinfo endpoint ({} when the provider has none)."""
        url = self.metadata().userinfo_endpoint
        if not url:
            return {}
        try:
            with self._client() as client:
                response = client.get(url, headers={"authorization": f"Bearer {access_token}",
                                                    "accept": "application/json"})
        except httpx.HTTPError:
            raise _unavailable("userinfo endpoint could not be reached") from None
        if response.status_code != 200:
            raise _unavailable(f"userinfo endpoint answered HTTP {response.status_code}")
        return _json_or_empty(response)


def _json_or_empty(response: httpx.Response) -> dict:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
