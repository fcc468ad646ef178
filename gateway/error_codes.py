"""The registry of error codes: every code the gateway answers with, its HTTP status, its OpenAI error
``type`` and what it tells a developer.

Raise sites name a member (``NotFound(ErrorCode.USER_NOT_FOUND, ...)``), never a bare string. The
libraries below the gateway keep their own small enums (:class:`~sluice.policy.errors.BlockCode`,
:class:`~sluice.policy.errors.PolicyErrorCode`, :class:`~sluice.audit.errors.AuditErrorCode`); the
members for their codes take their values from those enums, so a library code passed through
(``ErrorCode(exc.code)``) is a member here. The inference core's codes never reach a caller: the
built-in provider reports them as ``invalid_request`` or ``upstream_unavailable``.

A few codes go out with more than one status (``statuses``; the first is the usual one). The README's
table and the OpenAPI schema are generated from this module (:mod:`sluice.gateway.error_docs`).
"""

from __future__ import annotations

from enum import StrEnum

from sluice.audit.errors import AuditErrorCode
from sluice.policy.errors import BlockCode, PolicyErrorCode


class ErrorType(StrEnum):
    """The OpenAI error ``type`` of a code."""

    INVALID_REQUEST = "invalid_request_error"
    AUTHENTICATION = "authentication_error"
    PERMISSION = "permission_error"
    NOT_FOUND = "not_found_error"
    CONFLICT = "conflict_error"
    RATE_LIMIT = "rate_limit_error"
    API = "api_error"


_BAD, _AUTH, _DENIED = ErrorType.INVALID_REQUEST, ErrorType.AUTHENTICATION, ErrorType.PERMISSION
_MISSING, _CONFLICT, _API = ErrorType.NOT_FOUND, ErrorType.CONFLICT, ErrorType.API


class ErrorCode(StrEnum):
    """Every error code of the gateway. A member is its code string on the wire."""

    status: int
    statuses: tuple[int, ...]
    error_type: ErrorType
    description: str

    def __new__(cls, value: str, status: int | tuple[int, ...], error_type: ErrorType, description: str):
        member = str.__new__(cls, value)
        member._value_ = str(value)
        member.statuses = status if isinstance(status, tuple) else (status,)
        member.status = member.statuses[0]
        member.error_type = error_type
        member.description = description
        return member

    # any request
    INVALID_REQUEST = ("invalid_request", 400, _BAD,
                       "The body, a parameter or a header is not valid; `param` names it when it can. On "
                       "`/v1`, a provider's own code for a request it refused is passed through instead "
                       "when it names one.")
    NOT_FOUND = "not_found", 404, _BAD, "There is no route at this path."
    METHOD_NOT_ALLOWED = "method_not_allowed", 405, _BAD, "The route does not accept this HTTP method."
    REQUEST_TOO_LARGE = "request_too_large", 413, _BAD, "The request body is larger than the gateway accepts."
    UNSUPPORTED_MEDIA_TYPE = ("unsupported_media_type", 415, _BAD,
                              "The body's content type is not accepted here (JSON; policies also as YAML).")
    HTTP_ERROR = ("http_error", 400, _BAD,
                  "Another HTTP error of the web framework; the response keeps its status.")
    INTERNAL_ERROR = ("internal_error", 500, _API,
                      "An unexpected error; quote the request id in the message when reporting it.")

    # any request: a dependency of the gateway is unavailable (every one answers with `retry-after`)
    DATABASE_UNAVAILABLE = ("database_unavailable", 503, _API,
                            "The database cannot be reached or did not answer in time; retry after "
                            "`retry-after` seconds.")
    RATE_LIMIT_UNAVAILABLE = ("rate_limit_unavailable", 503, _API,
                              "The rate-limit store (Redis) cannot be reached and limits fail closed; retry "
                              "after `retry-after` seconds.")
    QUEUE_UNAVAILABLE = ("queue_unavailable", 503, _API,
                         "The task queue (Celery broker) cannot be reached; retry after `retry-after` seconds.")

    # /v1: API keys and limits
    INVALID_API_KEY = ("invalid_api_key", 401, _AUTH,
                       "No API key was sent, or it is not a key of this gateway.")
    API_KEY_REVOKED = "api_key_revoked", 401, _AUTH, "The API key has been revoked."
    API_KEY_EXPIRED = "api_key_expired", 401, _AUTH, "The API key has expired."
    API_KEY_ROTATED = ("api_key_rotated", 401, _AUTH,
                       "The API key was rotated and its overlap period has ended; use the key that replaced it.")
    TENANT_DISABLED = "tenant_disabled", 401, _AUTH, "The tenant of the API key is disabled."
    RATE_LIMITED = ("rate_limited", 429, ErrorType.RATE_LIMIT,
                    "The key is over its requests or tokens per minute; retry after `retry-after` seconds.")
    BUDGET_EXCEEDED = ("budget_exceeded", 429, ErrorType.RATE_LIMIT,
                       "The key's or tenant's token or money budget for the period is spent; the message names "
                       "the budget and when it resets (`retry-after` counts the seconds).")
    MODEL_NOT_ALLOWED = ("model_not_allowed", 403, _DENIED,
                         "The API key's model allow-list does not include the model; `/v1/models` lists the "
                         "models the key may use.")

    # /v1: models, providers and what they accept
    MODEL_NOT_FOUND = ("model_not_found", 404, _MISSING,
                       "No provider serves the model, or the key may not use it.")
    TOOLS_NOT_SUPPORTED = ("tools_not_supported", 400, _BAD,
                           "No provider of the model supports tools, functions or `response_format`.")
    INVALID_REASONING_EFFORT = ("invalid_reasoning_effort", 400, _BAD,
                                "`reasoning_effort` (none, minimal, low, medium, high, max), `thinking.type` "
                                "(enabled, disabled) or `chat_template_kwargs` (thinking, reasoning_effort) has a "
                                "value outside its vocabulary, or two of them contradict each other; `param` "
                                "names the field.")
    UNSUPPORTED_PARAMETER = ("unsupported_parameter", 400, _BAD,
                             "The built-in engine does not support an option the request uses (named in the "
                             "message).")
    UNSUPPORTED_CONTENT_PART = ("unsupported_content_part", 400, _BAD,
                                "A message's content part has a type the gateway does not accept; `param` names "
                                "it. Accepted: text, input_text, refusal, image_url, input_audio, file.")
    UNSCANNABLE_FIELD = ("unscannable_field", 400, _BAD,
                         "The body carries text in a field the policy cannot scan (a field the gateway does "
                         "not know); `param` names it. Remove the field: the gateway forwards no text it has "
                         "not checked.")
    UNSCANNABLE_PROMPT = ("unscannable_prompt", 400, _BAD,
                          "A prompt sent as token ids cannot be checked by the tenant's input guardrails; "
                          "send text.")
    INVALID_CACHE_SALT = ("invalid_cache_salt", 400, _BAD,
                          "`cache_salt` must be a non-empty string of at most 1024 characters (inference "
                          "server).")
    UPSTREAM_UNAVAILABLE = ("upstream_unavailable", (502, 503, 504), _API,
                            "No provider answered: 503 busy or not ready (see `retry-after`), 504 timed "
                            "out, 502 failed; in a stream, the provider stopped answering.")
    ENGINE_UNAVAILABLE = ("engine_unavailable", 503, _API,
                          "The built-in engine's process crashed and is being restarted (after a back-off "
                          "that grows with each crash in a row); retry after `retry-after` seconds.")
    UPSTREAM_ERROR = ("upstream_error", 502, _API,
                      "The provider sent an invalid response, or refused the gateway (check its "
                      "registration).")
    PROVIDERS_UNAVAILABLE = ("providers_unavailable", 503, _API,
                             "The provider list cannot be read (database unavailable); retry shortly.")

    # /v1: the tenant's policy
    CONTENT_BLOCKED = (BlockCode.CONTENT_BLOCKED, 400, _BAD,
                       "The request or response contains content the policy blocks (toxicity, words, "
                       "topics).")
    PII_BLOCKED = (BlockCode.PII_BLOCKED, 400, _BAD,
                   "The request or response contains personal data the policy blocks; the entity types are "
                   "named.")
    PROMPT_INJECTION = (BlockCode.PROMPT_INJECTION, 400, _BAD,
                        "The request looks like a prompt injection or jailbreak attempt.")
    GUARD_UNAVAILABLE = (BlockCode.GUARD_UNAVAILABLE, 503, _API,
                         "A guardrail's guard model gave no verdict (`details.reason`: guard_timeout, "
                         "guard_unreachable, guard_unparseable, guard_not_configured) and the guardrail fails "
                         "closed; retry shortly, or check the guard provider.")
    RESIDENCY_VIOLATION = (BlockCode.RESIDENCY_VIOLATION, 403, _DENIED,
                           "No provider of the model is in a region the request's data classification "
                           "allows.")
    OUTPUT_HOLD_EXCEEDED = (BlockCode.OUTPUT_HOLD_EXCEEDED, 400, _BAD,
                            "A response was ended because an output pattern could still match text longer "
                            "than the policy's `output.max_held_chars`; raise that limit or bound the "
                            "pattern (for example `{1,4000}` instead of `+`).")
    INPUT_TOO_LARGE = (PolicyErrorCode.INPUT_TOO_LARGE, 413, _BAD,
                       "The request has more text than the input guardrails scan (`SLUICE_SCAN_MAX_CHARS`, "
                       "all messages together); nothing was scanned or sent on. Send less text or split it.")
    SCAN_TIMEOUT = (PolicyErrorCode.SCAN_TIMEOUT, 413, _BAD,
                    "Checking the request against the policy took more CPU time than the scan budget "
                    "(`SLUICE_SCAN_MAX_CPU_S`), so it was refused (fail closed). Send less text or split it.")
    SCAN_UNAVAILABLE = (PolicyErrorCode.SCAN_UNAVAILABLE, 503, _API,
                        "The worker process scanning a large request (`SLUICE_SCAN_PROCESS_MIN_CHARS`) stopped "
                        "before it answered, so the request was refused (fail closed); a new worker takes the "
                        "next request. Retry (see `retry-after`).")
    INVALID_CLASSIFICATION = (PolicyErrorCode.INVALID_CLASSIFICATION, 400, _BAD,
                              "The data-classification header names a classification the policy does not "
                              "define.")
    POLICY_ERROR = (PolicyErrorCode.POLICY_ERROR, (503, 400), _API,
                    "The policy in force cannot be applied, so requests are refused until an administrator "
                    "fixes it (400 when simulating a policy).")
    POLICY_INVALID = (PolicyErrorCode.POLICY_INVALID, 400, _BAD,
                      "The policy document does not validate; `errors` lists each problem with its field "
                      "path.")
    POLICY_TOO_LARGE = (PolicyErrorCode.POLICY_TOO_LARGE, 413, _BAD,
                        "The policy document is larger than the limit (256 KiB).")
    POLICY_TOO_DEEP = (PolicyErrorCode.POLICY_TOO_DEEP, 400, _BAD,
                       "The policy document nests mappings and lists deeper than the limit (32 levels).")
    POLICY_PATTERN_UNSUPPORTED = (PolicyErrorCode.POLICY_PATTERN_UNSUPPORTED, 400, _BAD,
                                  "A regular expression of the policy uses a construct the linear-time engine "
                                  "(RE2) cannot run (backreference, lookaround, possessive quantifier, atomic "
                                  "group, conditional); `errors` names the construct and the field. Rewrite it "
                                  "without that construct.")
    GUARDRAIL_ERROR = (PolicyErrorCode.GUARDRAIL_ERROR, 400, _BAD,
                       "A guardrail's detector failed while simulating the policy.")
    UNKNOWN_DETECTOR = (PolicyErrorCode.UNKNOWN_DETECTOR, 400, _BAD,
                        "The policy asks for a detector this deployment does not have.")

    # the audit log
    AUDIT_UNAVAILABLE = (AuditErrorCode.AUDIT_UNAVAILABLE, 503, _API,
                         "The audit log cannot record the request, so it was refused; retry shortly.")
    AUDIT_NOT_CONFIGURED = (AuditErrorCode.AUDIT_NOT_CONFIGURED, 503, _API,
                            "The audit log is not set up in this process (signing key, database state).")
    AUDIT_CONTENT_KEY = (AuditErrorCode.AUDIT_CONTENT_KEY, 503, _API,
                         "Captured content cannot be sealed or opened (no key-encryption key, or the key "
                         "was destroyed).")
    AUDIT_ERROR = AuditErrorCode.AUDIT_ERROR, 503, _API, "The audit log failed."
    AUDIT_TAMPERED = (AuditErrorCode.AUDIT_TAMPERED, 409, _API,
                      "The audit log contradicts itself (an indexed column differs from its hashed entry), so "
                      "no export is signed from it; run `sluice audit verify --database`.")
    AUDIT_NOT_FOUND = (AuditErrorCode.AUDIT_NOT_FOUND, 404, _MISSING,
                       "The event, checkpoint or export is not in the audit log (or not visible to you).")

    # admin API: sign-in and permissions
    NOT_SIGNED_IN = "not_signed_in", 401, _AUTH, "Sign in first (session cookie or Bearer session token)."
    INVALID_SESSION = "invalid_session", 401, _AUTH, "The session has expired or ended; sign in again."
    INVALID_CREDENTIALS = "invalid_credentials", 401, _AUTH, "The e-mail or password is incorrect."
    ACCOUNT_LOCKED = "account_locked", 401, _AUTH, "Too many failed sign-ins; try again later."
    CSRF_FAILED = "csrf_failed", 403, _DENIED, "The CSRF token is missing or wrong; reload the page."
    FORBIDDEN = "forbidden", 403, _DENIED, "Your role or tenant does not allow this action."
    CANNOT_DISABLE_SELF = "cannot_disable_self", 403, _DENIED, "You cannot disable your own account."
    FOUR_EYES_VIOLATION = ("four_eyes_violation", 403, _DENIED,
                           "You wrote or submitted this policy version, its author created, invited, reset or "
                           "changed the role of your account (or you did so for the author's), or you became an "
                           "approver after it was written; another approver must review it.")
    SECOND_FACTOR_REQUIRED = ("second_factor_required", 401, _AUTH,
                              "The account has a second factor: send `totp_code` (an authenticator code or a "
                              "recovery code) with the e-mail and password.")
    SIGN_IN_EXPIRED = ("sign_in_expired", 401, _AUTH,
                       "The second step of the sign-in came too late (or after a password change); enter the "
                       "password again.")
    INVALID_SECOND_FACTOR = ("invalid_second_factor", 401, _AUTH,
                             "The authenticator or recovery code is wrong or was used already; failures count "
                             "towards the lock-out like wrong passwords.")
    PASSWORD_CHANGE_REQUIRED = ("password_change_required", 403, _DENIED,
                                "Someone else chose this account's password: change it "
                                "(`POST /admin/api/auth/password`) before doing anything else.")
    SECOND_FACTOR_ENROLMENT_REQUIRED = ("second_factor_enrolment_required", 403, _DENIED,
                                        "Administrators must use a second factor here: enrol one "
                                        "(`POST /admin/api/auth/totp/enrol`, then `.../confirm`) first.")
    CANNOT_RESET_SELF = ("cannot_reset_self", 403, _DENIED,
                         "You cannot reset your own account; change your password on your account page.")
    CANNOT_CHANGE_OWN_ROLE = ("cannot_change_own_role", 403, _DENIED,
                              "Nobody changes their own role; ask another administrator.")
    CURRENT_PASSWORD_INCORRECT = ("current_password_incorrect", 403, _DENIED,
                                  "The current password is wrong; failures count towards the lock-out.")

    # single sign-on (OpenID Connect)
    PASSWORD_SIGN_IN_DISABLED = ("password_sign_in_disabled", 403, _DENIED,
                                 "Password sign-in is off (SSO only); sign in with single sign-on.")
    SSO_NOT_CONFIGURED = ("sso_not_configured", 404, _MISSING,
                          "Single sign-on is not set up on this gateway (SLUICE_SSO_ISSUER).")
    SSO_STATE_INVALID = ("sso_state_invalid", 400, _BAD,
                         "The SSO sign-in expired, was already used or was started in another browser; "
                         "start it again.")
    SSO_DENIED = "sso_denied", 401, _AUTH, "The identity provider did not sign you in (it returned an error)."
    SSO_CODE_REJECTED = ("sso_code_rejected", 401, _AUTH,
                         "The identity provider refused the authorization code (used already or expired); "
                         "start the sign-in again.")
    SSO_TOKEN_INVALID = ("sso_token_invalid", 401, _AUTH,
                         "The ID token failed a check (signature, issuer, audience, expiry or nonce); the "
                         "message says which.")
    SSO_PROVIDER_UNAVAILABLE = ("sso_provider_unavailable", 502, _API,
                                "The identity provider could not be reached or answered something unusable.")
    SSO_NO_ACCESS = ("sso_no_access", 403, _DENIED,
                     "None of your identity provider groups is mapped to a Sluice role; ask an administrator.")
    SSO_ACCOUNT_DISABLED = ("sso_account_disabled", 403, _DENIED,
                            "Your Sluice account is disabled; ask an administrator.")
    SSO_ACCOUNT_CONFLICT = ("sso_account_conflict", 409, _CONFLICT,
                            "The e-mail address belongs to an account linked to another identity.")

    # admin API: what does not exist
    USER_NOT_FOUND = "user_not_found", 404, _MISSING, "No such user."
    INVITATION_INVALID = ("invitation_invalid", 404, _MISSING,
                          "The invitation link is unknown, used, expired or replaced by a newer one; ask an "
                          "administrator for a new one.")
    TENANT_NOT_FOUND = ("tenant_not_found", (404, 400), _MISSING,
                        "No such tenant, or not one of yours (400 when named in a new policy).")
    KEY_NOT_FOUND = "key_not_found", 404, _MISSING, "No such API key."
    PROVIDER_NOT_FOUND = "provider_not_found", 404, _MISSING, "No such provider."
    POLICY_NOT_FOUND = ("policy_not_found", 404, _MISSING,
                        "No such policy (or policy version, for an evaluation).")
    POLICY_VERSION_NOT_FOUND = ("policy_version_not_found", 404, _MISSING,
                                "The policy has no version with this number.")
    RUN_NOT_FOUND = "run_not_found", 404, _MISSING, "No such evaluation run."
    SUITE_NOT_FOUND = "suite_not_found", 404, _MISSING, "No such probe suite."
    EXPORT_NOT_FOUND = "export_not_found", 404, _MISSING, "No such audit export."
    SCIM_TOKEN_NOT_FOUND = "scim_token_not_found", 404, _MISSING, "No such SCIM token."
    CHECKPOINT_NOT_FOUND = "checkpoint_not_found", 404, _MISSING, "No audit checkpoint has been signed yet."

    # admin API: invalid input
    INVALID_EMAIL = "invalid_email", 400, _BAD, "Enter a valid e-mail address."
    WEAK_PASSWORD = "weak_password", 400, _BAD, "The password is shorter than the minimum length."
    INVALID_ROLE = "invalid_role", 400, _BAD, "No such role."
    PASSWORD_UNCHANGED = "password_unchanged", 400, _BAD, "The new password must differ from the current one."
    INVALID_TOTP_CODE = ("invalid_totp_code", 400, _BAD,
                         "The authenticator code does not match; check the device's clock and type the current "
                         "6-digit code.")
    INVALID_TENANT_NAME = ("invalid_tenant_name", 400, _BAD,
                           "Tenant names are 1-63 lower-case letters, digits, '-' and '_'.")
    INVALID_EXPIRY = "invalid_expiry", 400, _BAD, "A key's expiry must be in the future."
    INVALID_LIMIT = "invalid_limit", 400, _BAD, "A key's rate limits must be >= 0."
    INVALID_BUDGET = ("invalid_budget", 400, _BAD,
                      "A budget needs a period (`daily` or `monthly`) and token or money limits >= 0.")
    INVALID_ALLOWED_MODELS = ("invalid_allowed_models", 400, _BAD,
                              "`allowed_models` is a list of 1-200 model names (or null for every model).")
    INVALID_OVERLAP = ("invalid_overlap", 400, _BAD,
                       "A rotation's overlap is 0 seconds to 30 days.")
    INVALID_PROVIDER_KIND = "invalid_provider_kind", 400, _BAD, "No such provider kind."
    INVALID_PROVIDER_NAME = ("invalid_provider_name", 400, _BAD,
                             "Provider names are short lower-case identifiers.")
    MISSING_BASE_URL = "missing_base_url", 400, _BAD, "An `openai` provider needs `base_url`."
    INVALID_BASE_URL = "invalid_base_url", 400, _BAD, "`base_url` must be an http(s) URL."
    INVALID_MODELS = "invalid_models", 400, _BAD, "`models` must be a list of model names."
    INVALID_REGION = "invalid_region", 400, _BAD, "A region is a short lower-case name such as `eu-west-1`."
    INVALID_TIMEOUT = "invalid_timeout", 400, _BAD, "Timeouts must be greater than 0."
    INVALID_FIELD = "invalid_field", 400, _BAD, "The field cannot be changed."
    INVALID_POLICY_NAME = "invalid_policy_name", 400, _BAD, "Give the policy a name."
    COMMENT_REQUIRED = "comment_required", 400, _BAD, "Say why (rejecting or rolling back needs a comment)."
    TENANT_REQUIRED = "tenant_required", 400, _BAD, "Name the tenant whose traffic the evaluation stands for."
    MODEL_REQUIRED = "model_required", 400, _BAD, "The provider serves several models; name one."
    MODEL_NOT_SERVED = "model_not_served", 400, _BAD, "The provider does not serve this model."
    INVALID_CONCURRENCY = "invalid_concurrency", 400, _BAD, "An evaluation's concurrency is 1 to 64."
    INVALID_LIMITS = ("invalid_limits", 400, _BAD,
                      "An evaluation needs `rate_per_minute` >= 0 and `max_tokens` 1..8192.")
    INVALID_SUITE_NAME = ("invalid_suite_name", 400, _BAD,
                          "Suite names are lower-case letters, digits, '-', '_' and '.'.")
    SUITE_INVALID = "suite_invalid", 400, _BAD, "The probe suite file does not parse; the message says where."
    INVALID_FORMAT = "invalid_format", 400, _BAD, "No such report format (json or html)."

    # admin API: conflicts with the current state
    USER_EXISTS = "user_exists", 409, _CONFLICT, "A user with this e-mail already exists."
    TOTP_ALREADY_ENABLED = ("totp_already_enabled", 409, _CONFLICT,
                            "The account already has a second factor; an administrator can reset it.")
    TOTP_NOT_ENROLLING = ("totp_not_enrolling", 409, _CONFLICT,
                          "No enrolment is in progress; start one (`POST /admin/api/auth/totp/enrol`).")
    TOTP_NOT_ENABLED = "totp_not_enabled", 409, _CONFLICT, "The account has no second factor."
    TENANT_EXISTS = "tenant_exists", 409, _CONFLICT, "A tenant with this name already exists."
    PROVIDER_EXISTS = "provider_exists", 409, _CONFLICT, "A provider with this name already exists."
    POLICY_EXISTS = "policy_exists", 409, _CONFLICT, "The tenant already has a policy with this name."
    CONCURRENT_CHANGE = ("concurrent_change", 409, _CONFLICT,
                         "Someone else changed the policy at the same moment; reload and try again.")
    NO_DRAFT = "no_draft", 409, _CONFLICT, "The policy has no open draft; create one first."
    NO_VERSION = "no_version", 409, _CONFLICT, "The policy has no version to simulate; save a draft first."
    NO_CHANGES = ("no_changes", 409, _CONFLICT,
                  "The draft is identical to the active version; nothing to review.")
    VERSION_NOT_IN_REVIEW = "version_not_in_review", 409, _CONFLICT, "The version is not awaiting review."
    VERSION_NOT_APPROVED = ("version_not_approved", 409, _CONFLICT,
                            "Only an approved version can be activated.")
    ALREADY_ACTIVE = "already_active", 409, _CONFLICT, "The version is already active."
    NOT_A_ROLLBACK = ("not_a_rollback", 409, _CONFLICT,
                      "The version is newer than the active one; activate it instead of rolling back.")
    NOTHING_TO_ROLL_BACK = ("nothing_to_roll_back", 409, _CONFLICT,
                            "The policy has no earlier active version to return to.")
    KEY_NOT_ACTIVE = ("key_not_active", 409, _CONFLICT,
                      "The API key is revoked, expired or rotated; it can no longer be changed or rotated.")
    RUN_FINISHED = "run_finished", 409, _CONFLICT, "The evaluation run has already finished."
    EXPORT_NOT_READY = ("export_not_ready", 409, _CONFLICT,
                        "The export is not done yet; download it once it is.")
