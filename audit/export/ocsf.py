"""OCSF mapping: every audit event as an API Activity record (class_uid 6003, category 6).

type_uid = class_uid * 100 + activity_id; activity ids: 1 Create, 2 Read, 3 Update, 4 Delete, 99 Other.
A completion request creates a completion (Create); admin actions map by their verb.
"""

from __future__ import annotations

from typing import Any

OCSF_VERSION = "1.1.0"
CLASS_UID = 6003
CATEGORY_UID = 6

_VERBS = {
    1: ("created", "requested", "drafted", "login", "issued"),
    2: ("downloaded", "viewed", "read", "exported"),
    3: ("updated", "changed", "approved", "activated", "rotated", "enabled", "disabled", "logout", "set"),
    4: ("deleted", "revoked", "purged", "destroyed", "removed"),
}
_ACTIVITY_NAMES = {1: "Create", 2: "Read", 3: "Update", 4: "Delete", 99: "Other"}


def activity_for(event: dict) -> int:
    if event.get("kind") == "request":
        return 1
    verb = str(event.get("action", "")).rsplit(".", 1)[-1]
    for activity, verbs in _VERBS.items():
        if any(verb.startswith(v) for v in verbs):
            return activity
    return 99


def _time_ms(text: str) -> int:
    from datetime import datetime, timezone

    when = datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return int(when.timestamp() * 1000)


def to_ocsf(event: dict) -> dict[str, Any]:
    activity = activity_for(event)
    kind = event.get("kind")
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
                     "product": {"name": "Sluice", "vendor_name": "Sluice"}, "tenant_uid": event.get("tenant_id")},
        "src_endpoint": {"ip": event.get("source_address")},
    }
    if kind == "request":
        record["api"] = {"operation": event.get("route") or "completion",
                         "request": {"uid": event.get("request_id")},
                         "service": {"name": event.get("provider")}}
        record["actor"] = {"user": {"uid": event.get("key_id"), "name": event.get("user"), "type": "API key"}}
        record["cloud"] = {"region": event.get("region"), "provider": event.get("provider")}
        record["resources"] = [{"type": "model", "name": event.get("model_served") or event.get("model_requested")}]
        record["status_code"] = str(event["status_code"]) if event.get("status_code") is not None else None
        record["status_detail"] = event.get("error_code")
        record["duration"] = int(event["latency_ms"]) if event.get("latency_ms") is not None else None
        record["unmapped"] = {k: event.get(k) for k in (
            "policy_id", "policy_version", "classification", "guardrails", "pii", "tokens", "prompt_sha256",
            "response_sha256", "content_sha256", "eval_tag", "client_disconnected", "stream", "model_requested")}
    else:
        record["api"] = {"operation": event.get("action"), "service": {"name": "sluice-admin"}}
        record["actor"] = {"user": {"uid": event.get("actor_id"), "name": event.get("actor_label"),
                                    "type": event.get("actor_role")}}
        record["resources"] = [{"type": event.get("target_type"), "uid": event.get("target_id")}]
        record["unmapped"] = {k: event[k] for k in ("before", "after", "detail") if k in event}
    return record
