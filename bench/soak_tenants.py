"""The soak's tenants, their policies and API keys, written straight into the soak database.

- ``acme``: PII pseudonymised on the way in (restored for the caller), card numbers masked,
  profanity blocked both ways, prompt injection heuristics; one open key and one at 60 requests/min;
- ``globex``: PII redacted, profanity blocked, a word list; one open key and one at 30 requests/min;
- ``initech``: no guardrails (the gateway alone); one open key.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))  # last: shadows no installed package

OFF = {"enabled": False}
EVERYWHERE = {"default_classification": "public", "pii_upgrades": [],
              "classifications": [{"name": "public", "allowed_regions": ["*"]}]}
CONTENT = {"enabled": True, "classifier": "profanity", "threshold": 0.8, "action": "block"}

PSEUDONYMISE = {
    "schema_version": 1, "name": "pseudonymise and filter",
    "input": {"pii": {"action": "redact", "threshold": 0.4,
                      "entities": {"EMAIL_ADDRESS": {"action": "pseudonymize"},
                                   "PHONE_NUMBER": {"action": "pseudonymize"},
                                   "CREDIT_CARD": {"action": "mask", "mask_keep_last": 4}}},
              "content": CONTENT, "words": OFF, "topics": OFF,
              "injection": {"enabled": True, "heuristics": True, "similarity": False, "action": "block"}},
    "output": {"pii": {"action": "redact", "entities": {"CREDIT_CARD": {"action": "mask"}},
                       "restore_pseudonyms": True},
               "content": CONTENT, "words": OFF, "refusal": {"enabled": True, "action": "flag"}},
    "residency": EVERYWHERE,
}
REDACT = {
    "schema_version": 1, "name": "redact and filter",
    "input": {"pii": {"action": "redact", "entities": {"EMAIL_ADDRESS": {"action": "redact"},
                                                       "PHONE_NUMBER": {"action": "redact"}}},
              "content": CONTENT, "words": {"enabled": True, "words": ["project nightjar"], "action": "block"},
              "topics": OFF, "injection": OFF},
    "output": {"pii": {"action": "redact", "entities": {"EMAIL_ADDRESS": {"action": "redact"}}},
               "content": CONTENT, "words": OFF, "refusal": OFF},
    "residency": EVERYWHERE,
}


@dataclass(frozen=True)
class KeySpec:
    label: str
    tenant: str
    key: str
    rpm: int  # 0 = unlimited
    guarded: bool  # the tenant's policy blocks profanity


def seed(database_url: str, secret: str, upstream_port: int, model: str) -> list[KeySpec]:
    from sluice.gateway.database import make_engine, session_factory, transaction
    from sluice.gateway.keys.service import create_key
    from sluice.gateway.providers.service import create_provider
    from sluice.gateway.tenants.service import create_tenant
    from tests.gateway.ops.no_guardrails import NO_GUARDRAILS, activate_policy

    plan = [("acme", PSEUDONYMISE, [("acme", 0), ("acme-60rpm", 60)]),
            ("globex", REDACT, [("globex", 0), ("globex-30rpm", 30)]),
            ("initech", NO_GUARDRAILS, [("initech", 0)])]
    engine = make_engine(database_url)
    keys = []
    with transaction(session_factory(engine)) as session:
        create_provider(session=session, secret=secret.encode(), name="emulator", kind="openai", region="local",
                        models=[model], base_url=f"http://127.0.0.1:{upstream_port}/v1", read_timeout_s=30.0)
        for tenant_name, document, key_plan in plan:
            tenant = create_tenant(session=session, name=tenant_name)
            activate_policy(session, tenant.id, document)
            for label, rpm in key_plan:
                issued = create_key(session=session, tenant=tenant, secret=secret.encode(), name=label,
                                    rpm_limit=rpm)
                keys.append(KeySpec(label, tenant_name, issued.key, rpm, document is not NO_GUARDRAILS))
    engine.dispose()
    return keys
