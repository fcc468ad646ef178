"""OCSF mapping: every audit event as an API Activity record (OCSF 1.1.0, class_uid 6003, category 6).

type_uid = class_uid * 100 + activity_id; activity ids: 1 Create, 2 Read, 3 Update, 4 Delete, 99 Other.
A completion request creates a completion (Create); admin actions map by their verb.

``actor.user`` holds only an identity the gateway authenticated: the API key of a request, the signed-in
user of an administrative action, the log itself for a system event. What a caller merely claims (the
OpenAI ``user`` field of a request, the e-mail typed into a failed sign-in) goes to ``unmapped``, which OCSF
keeps for source fields without a normalized meaning. ``cloud`` (provider and region that served a request)
is an attribute of the OCSF ``cloud`` profile and appears only with that profile named in
``metadata.profiles``. Attributes without a value are left out, as OCSF types do not admit null.
The full table is in ``audit/FORMATS.md``.
"""

from __future__ import annotations

import ipaddress
from datetime import datetime, timezone
from typing import Any

OCSF_VERSION = "1.1.0"
CLASS_UID = 6003
CATEGORY_UID = 6
CLOUD_PROFILE = "cloud"

# OCSF user type_id
USER_UNKNOWN, USER_USER, USER_ADMIN, USER_SYSTEM, USER_OTHER = 0, 1, 2, 3, 99
UNAUTHENTICATED = "unauthenticated"

_VERBS = {
    1: ("created", "requested", "drafted", "login", "issued"),
    2: ("downloaded", "viewed", "read", "exported"),
    3: ("updated", "changed", "approved", "activated", "rotated", "enabled", "disabled", "logout", "set"),
    4: ("deleted", "revoked", "purged", "destroyed", "removed"),
}
_ACTIVITY_NAMES = {1: "Create", 2: "Read", 3: "Update", 4: "Delete", 99: "Other"}
_REQUEST_UNMAPPED = ("user", "policy_id", "policy_version", "classification", "guardrails", "pii", "tokens",
                     "prompt_sha256", "response_sha256", "content_sha256", "eval_tag", "client_disconnected",
                     "stream", "model_requested", "overhead_ms")


def activity_for(event: dict) -> int:
    if event.get("kind") == "request":
        return 1
    verb = str(event.get("action", "")).rsplit(".", 1)[-1]
    for activity, verbs in _VERBS.items():
        if any(verb.startswith(v) for v in verbs):
            return activity
    return 99


def _time_ms(text: str) -> int:
    when = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return int(when.timestamp() * 1000)


def _present(value: Any) -> Any:
    """The value without null attributes (nested objects and lists included); None when nothing is left."""
    if isinstance(value, dict):
        kept = {k: v for k, v in ((k, _present(v)) for k, v in value.items()) if v is not None}
        return kept or None
    if isinstance(value, list):
        kept = [v for v in (_present(v) for v in value) if v is not None]
        return kept or None
    return value


def _endpoint(address: str | None) -> dict:
    """``src_endpoint``: the client address as ``ip`` when it is one, else as ``name``."""
    if not address:
        return {"name": "unknown"}
    try:
        return {"ip": str(ipaddress.ip_address(address))}
    except ValueError:
        return {"name": address}


def _request_actor(event: dict) -> dict:
    key_id = event.get("key_id")
    if key_id is None:
        return {"user": {"name": UNAUTHENTICATED, "type_id": USER_UNKNOWN, "type": "Unknown"}}
    return {"user": {"uid": key_id, "credential_uid": key_id, "type_id": USER_OTHER, "type": "API key"}}


def _admin_actor(event: dict) -> dict:
    if event.get("kind") == "system":
        return {"user": {"name": "sluice", "type_id": USER_SYSTEM, "type": "System"}}
    actor_id, role = event.get("actor_id"), event.get("actor_role")
    if actor_id is None:
        return {"user": {"name": UNAUTHENTICATED, "type_id": USER_UNKNOWN, "type": "Unknown"}}
    admin = role == "admin"
    return {"user": {"uid": actor_id, "name": event.get("actor_label"),
                     "type_id": USER_ADMIN if admin else USER_USER, "type": "Admin" if admin else "User",
                     "groups": [{"name": role}] if role else None}}


def _request(event: dict, record: dict) -> None:
    record["api"] = {"operation": event.get("route") or "completion",
                     "request": {"uid": event["request_id"]} if event.get("request_id") else None,
                     "service": {"name": event.get("provider")}}
    record["actor"] = _request_actor(event)
    if event.get("provider"):
        record["cloud"] = {"provider": event["provider"], "region": event.get("region")}
        record["metadata"]["profiles"] = [CLOUD_PROFILE]
    model = event.get("model_served") or event.get("model_requested")
    record["resources"] = [{"type": "model", "name": model}] if model else None
    record["status_code"] = str(event["status_code"]) if event.get("status_code") is not None else None
    record["status_detail"] = event.get("error_code")
    record["duration"] = int(event["latency_ms"]) if event.get("latency_ms") is not None else None


def _admin(event: dict, record: dict) -> None:
    system = event.get("kind") == "system"
    record["api"] = {"operation": event.get("action") or "unknown",
                     "service": {"name": "sluice-audit" if system else "sluice-admin"}}
    record["actor"] = _admin_actor(event)
    if event.get("target_type"):
        target = event.get("target_id")
        named = {"uid": target} if target else {"name": event["target_type"]}
        record["resources"] = [{"type": event["target_type"], **named}]


def to_ocsf(event: dict) -> dict[str, Any]:
    activity = activity_for(event)
    failed = event.get("outcome") in ("blocked", "error") or str(event.get("action", "")).endswith("failed")
    record: dict[str, Any] = {
        "class_uid": CLASS_UID,
        "class_name": "API Activity",
        "category_uid": CATEGORY_UID,
        "category_name": "Application Activity",
        "activity_id": activity,
        "activity_name": _ACTIVITY_NAMES[activity],
        "type_uid": CLASS_UID * 100 + activity,
        "time": _time_ms(event["time"]),
        "severity_id": 3 if event.get("outcome") == "blocked" else 1,
        "status_id": 2 if failed else 1,
        "status": "Failure" if failed else "Success",
        "metadata": {"version": OCSF_VERSION, "uid": event["id"], "sequence": event["seq"],
                     "product": {"name": "Sluice", "vendor_name": "Sluice"},
                     "tenant_uid": event.get("tenant_id")},
        "src_endpoint": _endpoint(event.get("source_address")),
    }
    if event.get("kind") == "request":
        _request(event, record)
        unmapped = {k: event.get(k) for k in _REQUEST_UNMAPPED}
    else:
        _admin(event, record)
        unmapped = {k: event[k] for k in ("before", "after", "detail") if k in event}
        if event.get("kind") == "admin" and event.get("actor_id") is None and event.get("actor_label"):
            unmapped["actor_label"] = event["actor_label"]  # claimed, not authenticated
    record = _present(record)
    record["unmapped"] = unmapped
    return record
