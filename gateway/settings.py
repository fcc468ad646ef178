"""The one typed settings object, built at start-up from ``SLUICE_*`` variables and passed down.

Nothing reads the environment at import time: call :func:`load_settings` at the edge (CLI,
app factory) and hand the result to whatever needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from sluice.gateway.identity.access_map import parse_rules, read_rules_file

MIN_SECRET_LENGTH = 32


class SettingsError(Exception):
    """Settings are missing or invalid; the message says which and how to fix it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SLUICE_", extra="ignore", frozen=True)

    # --- server -------------------------------------------------------------------------------
    env: Literal["development", "production", "test"] = "development"
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    data_dir: Path = Path("var")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    json_logs: bool = True
    graceful_shutdown_s: float = Field(30.0, ge=0, description="After the port closes, how long in-flight requests "
                                       "and streams may take to finish")
    shutdown_delay_s: float = Field(0.0, ge=0, description="After SIGTERM, how long readiness reports 503 while new "
                                    "requests are still accepted, before the port closes")

    # --- secrets ------------------------------------------------------------------------------
    secret_key: str | None = Field(
        None, repr=False, description="Key for API-key hashing, sessions and CSRF (>= 32 chars)"
    )
    secret_key_file: Path | None = None

    # --- storage and queue --------------------------------------------------------------------
    database_url: str = "sqlite:///var/sluice.db"
    redis_url: str | None = None
    broker_url: str | None = Field(None, description="Celery broker; unset = tasks run in-process")
    db_connect_timeout_s: int = Field(5, ge=1, description="PostgreSQL: seconds to establish a connection")
    db_statement_timeout_s: float = Field(30.0, ge=0, description="PostgreSQL: longest statement (seconds, 0 = "
                                          "no limit)")
    db_lock_timeout_s: float = Field(10.0, ge=0, description="Longest wait for a lock (PostgreSQL lock_timeout, "
                                     "SQLite busy timeout; seconds, 0 = no limit)")
    db_pool_timeout_s: float = Field(5.0, gt=0, description="Longest wait for a free pooled connection (seconds)")
    redis_timeout_s: float = Field(0.5, gt=0, description="Redis connect and reply timeout (seconds)")
    rate_limit_fail_open: bool = Field(False, description="admit requests while Redis is unavailable (default: "
                                       "refuse with 503 rate_limit_unavailable)")

    # --- request limits -----------------------------------------------------------------------
    max_body_bytes: int = Field(4 * 1024 * 1024, ge=1024)
    default_rpm: int = Field(600, ge=0, description="requests per minute per key, 0 = unlimited")
    default_tpm: int = Field(0, ge=0, description="tokens per minute per key, 0 = unlimited")

    # --- built-in engine ----------------------------------------------------------------------
    builtin_model_dir: Path | None = Path("var/models/sluice-demo")
    builtin_model_name: str = "sluice-demo"
    builtin_region: str = Field("on-prem", description="region label of the built-in engine: it runs where the gateway runs")
    builtin_device: str = "cpu"

    # --- observability ------------------------------------------------------------------------
    otlp_endpoint: str | None = None
    service_name: str = "sluice-gateway"

    # --- sessions (console and admin API) -----------------------------------------------------
    cookie_secure: bool = False
    session_ttl_s: int = Field(8 * 3600, ge=60)
    api_docs: bool | None = Field(None, description="serve /docs and /openapi.json to signed-in users; "
                                  "unset = on except when SLUICE_ENV=production")
    login_max_failures: int = Field(5, ge=1, description="failed sign-ins of one e-mail address before it locks out")
    login_address_max_failures: int = Field(50, ge=1, description="failed sign-ins from one source address "
                                            "(any e-mail) before that address locks out")
    login_lockout_s: int = Field(15 * 60, ge=1, description="first lock-out; each further one lasts twice as long")
    login_lockout_max_s: int = Field(24 * 3600, ge=1, description="longest lock-out")
    login_failure_window_s: int = Field(3600, ge=1, description="failures this long apart start counting afresh")
    invitation_ttl_s: int = Field(72 * 3600, ge=300, description="how long an invitation or reset link works")
    public_url: str | None = Field(None, description="the console's address as people reach it, for invitation "
                                   "links (default: the address of the request, or http://HOST:PORT in the CLI)")
    require_totp_for_admins: bool = Field(False, description="administrators must enrol a TOTP second factor "
                                          "before they can do anything else")

    # --- audit --------------------------------------------------------------------------------
    audit_fail_open: bool = False
    audit_commit_timeout_s: float = Field(5.0, gt=0, description="Longest wait for a request's audit event to "
                                          "commit; past it the request fails audit_unavailable")

    # --- additional settings of other domains go below this line ------------------------------
    # guardrail scan budget (input stage of /v1)
    scan_max_chars: int = Field(400_000, ge=1, description="characters of text one request may hand the input "
                                "guardrails, all messages together; more is refused with 413 input_too_large "
                                "before any detector runs")
    scan_max_cpu_s: float = Field(2.0, ge=0, description="CPU seconds the input guardrails may spend on one "
                                  "request; past it the request fails closed with 413 scan_timeout (0 = no limit)")
    scan_workers: int = Field(4, ge=1, description="requests whose input guardrails run at once, in a bounded "
                              "pool off the event loop; further requests wait for a free worker")
    scan_process_min_chars: int = Field(32_000, ge=0, description="requests with at least this many characters "
                                        "of text are scanned in a worker process, so that their scan does not "
                                        "slow the small requests' threads (0 = every request in threads)")
    scan_processes: int = Field(1, ge=1, description="worker processes for large requests' input scans; further "
                                "large requests wait for a free one")
    scan_process_nice: int = Field(10, ge=0, le=19, description="how far the scan worker processes' CPU priority "
                                   "is lowered (os.nice) below the gateway's, so that small requests get the CPU "
                                   "first (0 = the same priority)")
    key_cache_ttl_s: float = Field(2.0, ge=0, description="seconds an authenticated API key is trusted without "
                                   "a database look-up (revocation takes effect within this); 0 = off")
    key_usage_flush_s: float = Field(30.0, gt=0, description="how often the keys' last-use times noted in memory "
                                     "are written to the database (and once at shutdown)")
    key_failure_audit_window_s: float = Field(60.0, gt=0, description="failed API-key uses are audited once per "
                                              "window, one event per source address")
    prices_file: Path | None = Field(None, description="JSON price table (per 1M input/output tokens per model) "
                                     "for money budgets; unset = every model costs 0")
    key_rotation_overlap_s: float = Field(86400.0, ge=0, le=30 * 86400, description="how long a rotated API key "
                                          "keeps working next to its successor, unless the rotation says")
    eval_lease_stale_s: float = Field(45.0, gt=0, description="an evaluation run whose worker sent no heartbeat "
                                      "for this long is resumed by another worker")
    # providers and routing
    builtin_dtype: str = Field("auto", description="dtype of the built-in engine: auto, float32, bfloat16, float16")
    builtin_engine_process: bool = Field(True, description="run the built-in engine's loop in a child process "
                                         "(HTTP and policy work never wait on it; a crashed child is replaced); "
                                         "false: a thread of the server process")
    provider_refresh_s: float = Field(2.0, ge=0, description="How often the request path checks for changed providers")
    breaker_failures: int = Field(5, ge=1, description="Consecutive failures that open a provider's circuit")
    breaker_cooldown_s: float = Field(0.5, ge=0, description="Seconds an opened circuit waits before its first "
                                      "attempt window; doubles after each failed window")
    breaker_cooldown_max_s: float = Field(2.0, ge=0, description="The longest wait between attempt windows")
    breaker_probes: int = Field(4, ge=1, description="Requests let through at a time in an attempt window")
    breaker_close_after: int = Field(2, ge=1, description="Successful requests in an attempt window that "
                                     "close the circuit")
    retry_backoff_s: float = Field(0.2, ge=0, description="First retry delay; doubles per retry, with jitter")
    retry_backoff_max_s: float = Field(4.0, ge=0)
    policy_refresh_s: float = Field(2.0, ge=0, description="How often the request path checks for a newly "
                                                           "activated policy version (seconds)")
    # audit log
    audit_signing_key: Path | None = Field(None, description="Ed25519 checkpoint signing key file "
                                                             "(default <data_dir>/audit-signing.key)")
    audit_signer_command: str | None = Field(None, description="Sign checkpoints with this program instead of a "
                                              "key file (message on stdin, base64 Ed25519 signature on stdout): "
                                              "the key can stay in an HSM, a KMS or another account")
    audit_public_key_file: Path | None = Field(None, description="The log's public (verifier) key; required "
                                               "with SLUICE_AUDIT_SIGNER_COMMAND")
    audit_origin: str = Field("sluice/audit", description="Name of the log in its signed checkpoints")
    audit_export_dir: Path | None = Field(None, description="Where export bundles are written (default <data_dir>/exports)")
    audit_checkpoint_events: int = Field(1000, ge=1, description="Sign a checkpoint once this many events are "
                                         "not covered by the newest one")
    audit_checkpoint_seconds: float = Field(60.0, gt=0, description="... or once the newest checkpoint is this old "
                                            "and events have been added since")
    audit_sinks: list[str] = Field(default_factory=list, description="Where checkpoints are published outside the "
                                   "database, a JSON list of URLs: file:///dir, s3://bucket/prefix?endpoint=..."
                                   "&object_lock_days=N, witness+https://host/prefix?key_file=PATH")
    audit_witness_quorum: int = Field(0, ge=0, description="Witness cosignatures the newest checkpoint should "
                                      "have; fewer is reported as degraded (the gateway keeps serving)")
    audit_retention_days: int | None = Field(None, ge=1, description="Default event retention; unset = forever")
    audit_content_retention_days: int | None = Field(30, ge=1, description="Default captured-content retention")
    audit_kek_dir: Path | None = Field(None, description="Per-tenant content key-encryption keys of the file "
                                       "store (default <data_dir>/content-keks); shared by every replica, never "
                                       "backed up")
    audit_kek_store: str = Field("file", description="Where content key-encryption keys live: file (in "
                                 "audit_kek_dir) or a plug-in's URL, <scheme>:...")
    audit_batch_max: int = Field(1000, ge=1, description="Most events committed in one group-commit transaction")

    # single sign-on (OpenID Connect) and SCIM provisioning
    sso_issuer: str | None = Field(None, description="OpenID Connect issuer URL (its discovery document is "
                                   "<issuer>/.well-known/openid-configuration); unset = no SSO")
    sso_client_id: str | None = Field(None, description="Client id registered with the identity provider")
    sso_client_secret: str | None = Field(None, repr=False, description="Client secret (prefer "
                                          "SLUICE_SSO_CLIENT_SECRET_FILE); unset = a public client (PKCE only)")
    sso_client_secret_file: Path | None = None
    sso_scopes: list[str] = Field(default_factory=lambda: ["openid", "email", "profile"],
                                  description="Scopes requested at sign-in, a JSON list (openid is always sent)")
    sso_redirect_url: str | None = Field(None, description="The callback URL registered with the identity "
                                         "provider (https://HOST/console/sso/callback); unset = derived from "
                                         "the request")
    sso_email_claim: str = Field("email", description="Claim holding the user's e-mail address")
    sso_groups_claim: str = Field("groups", description="Claim holding the user's groups (or app roles)")
    sso_role_map: list[dict] = Field(default_factory=list, description="Groups to roles and tenants, a JSON list "
                                     "of {\"group\", \"role\", \"tenant\"?}; the first rule a user's "
                                     "groups match applies")
    sso_role_map_file: Path | None = Field(None, description="The same mapping in a JSON file (replaces "
                                           "SLUICE_SSO_ROLE_MAP)")
    sso_only: bool = Field(False, description="Refuse password sign-in for everyone except "
                           "SLUICE_SSO_BREAK_GLASS_EMAIL")
    sso_break_glass_email: str | None = Field(None, description="The one local account that may still sign in "
                                              "with a password while SLUICE_SSO_ONLY is on")
    sso_leeway_s: int = Field(60, ge=0, le=600, description="Clock skew tolerated on ID-token times (seconds)")
    sso_jwks_ttl_s: float = Field(3600.0, ge=0, description="How long the provider's signing keys are cached; an "
                                  "unknown key id refetches them at once")
    sso_http_timeout_s: float = Field(5.0, gt=0, description="Timeout of each call to the identity provider")
    sso_attempt_ttl_s: int = Field(600, ge=30, description="How long a started SSO sign-in may take to return")
    sso_button_label: str = Field("Sign in with SSO", description="Label of the sign-in page's SSO button")

    @field_validator("secret_key_file", "builtin_model_dir", "redis_url", "broker_url", "otlp_endpoint",
                     "prices_file", "sso_issuer", "sso_client_id", "sso_client_secret_file", "sso_redirect_url",
                     "sso_role_map_file", "sso_break_glass_email", "public_url", mode="before")
    @classmethod
    def _empty_is_unset(cls, value):
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("public_url")
    @classmethod
    def _valid_public_url(cls, value: str | None) -> str | None:
        if value is not None and not value.startswith(("http://", "https://")):
            raise ValueError("SLUICE_PUBLIC_URL must be an http(s) URL such as https://sluice.example.com")
        return value.rstrip("/") if value else value

    @field_validator("database_url")
    @classmethod
    def _valid_database_url(cls, value: str) -> str:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise ValueError(
                "is not a valid SQLAlchemy URL; expected e.g. sqlite:///var/sluice.db or "
                "postgresql+psycopg://user@host:5432/db"
            ) from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise ValueError(f"backend {url.get_backend_name()!r} is not supported (sqlite, postgresql)")
        return value

    @model_validator(mode="after")
    def _breaker_cooldowns_in_order(self) -> "Settings":
        if self.breaker_cooldown_max_s < self.breaker_cooldown_s:
            raise ValueError("SLUICE_BREAKER_COOLDOWN_MAX_S must be at least SLUICE_BREAKER_COOLDOWN_S")
        return self

    @model_validator(mode="after")
    def _sso_complete(self) -> "Settings":
        if self.sso_client_secret is None and self.sso_client_secret_file is not None:
            try:
                object.__setattr__(self, "sso_client_secret", self.sso_client_secret_file.read_text().strip())
            except OSError as exc:
                raise ValueError(f"SLUICE_SSO_CLIENT_SECRET_FILE {self.sso_client_secret_file} cannot be read: "
                                 f"{exc.strerror}")
        if self.sso_role_map_file is not None:
            object.__setattr__(self, "sso_role_map", read_rules_file(self.sso_role_map_file))
        parse_rules(self.sso_role_map)  # a wrong rule stops the start-up, naming the rule
        if self.sso_issuer and not self.sso_client_id:
            raise ValueError("SLUICE_SSO_CLIENT_ID is required with SLUICE_SSO_ISSUER")
        if self.sso_only and not self.sso_issuer:
            raise ValueError("SLUICE_SSO_ONLY needs SLUICE_SSO_ISSUER (else nobody but the break-glass account "
                             "could sign in)")
        if self.sso_issuer and not self.sso_issuer.startswith(("https://", "http://")):
            raise ValueError("SLUICE_SSO_ISSUER must be an http(s) URL")
        return self

    @model_validator(mode="after")
    def _resolve_secret(self) -> "Settings":
        if self.secret_key is None and self.secret_key_file is not None:
            try:
                text = self.secret_key_file.read_text().strip()
            except OSError as exc:
                raise ValueError(f"SLUICE_SECRET_KEY_FILE {self.secret_key_file} cannot be read: {exc.strerror}")
            object.__setattr__(self, "secret_key", text)
        if not self.secret_key:
            raise ValueError("SLUICE_SECRET_KEY (or SLUICE_SECRET_KEY_FILE) is required")
        if len(self.secret_key) < MIN_SECRET_LENGTH:
            raise ValueError(f"SLUICE_SECRET_KEY must be at least {MIN_SECRET_LENGTH} characters")
        return self

    @property
    def secret_bytes(self) -> bytes:
        return (self.secret_key or "").encode()

    @property
    def is_sqlite(self) -> bool:
        return make_url(self.database_url).get_backend_name() == "sqlite"


def _describe(error: dict) -> str:
    field = ".".join(str(p) for p in error.get("loc", ()) if p != "__root__")
    name = f"SLUICE_{field.upper()}" if field else "settings"
    message = error.get("msg", "invalid").removeprefix("Value error, ")
    return f"{name}: {message}"


def load_settings(**overrides) -> Settings:
    """Build and validate the settings; raise SettingsError with one line per problem."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = [_describe(err) for err in exc.errors()]
        raise SettingsError("invalid configuration:\n  " + "\n  ".join(lines)) from None
