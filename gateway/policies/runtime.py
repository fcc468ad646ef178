"""The policy in force for a tenant, as the request path needs it: parsed, with a built pipeline,
cached per process.

The cache is checked against the database at most every ``refresh_s`` seconds (one small query
over ``policy_active``), and dropped at once when this process activates or rolls back a version.
A tenant without an active version gets the deployment default; without one of those, the
default policy shipped with Sluice.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sluice.policy.guards import GuardTransport
from sluice.policy.loader import default_policy, load_policy
from sluice.policy.pipeline import build_pipeline
from sluice.policy.schema import PolicyDocument
from sqlalchemy.orm import Session, sessionmaker

from sluice.gateway.policies import queries
from sluice.gateway.policies.models import Policy

MAX_PIPELINES = 256


def tenant_secret(secret: bytes, tenant_id: str | None) -> bytes:
    """The per-tenant key of the ``hash`` PII action: equal values give equal tokens within a tenant only."""
    return hmac.new(secret, f"policy-hash:{tenant_id or '*'}".encode(), hashlib.sha256).digest()


class ActivePolicy:
    """The parsed policy of one tenant with its id and version; ``pipeline`` is built on first use."""

    def __init__(self, *, tenant_id: str | None, origin: str, policy_id: str, version: int, version_id: str | None,
                 document: PolicyDocument, runtime: "PolicyRuntime"):
        self.tenant_id, self.origin, self.policy_id = tenant_id, origin, policy_id
        self.version, self.version_id, self.document = version, version_id, document
        self._runtime = runtime
        self._content_key: str | None = None

    @property
    def pipeline(self) -> Any:
        return self._runtime.pipeline_for(self)

    @property
    def content_key(self) -> str:
        """Identifies the content, so that an edited draft (same version id) is never served stale."""
        if self._content_key is None:
            self._content_key = hashlib.sha256(self.document.model_dump_json().encode()).hexdigest()
        return self._content_key

    def __repr__(self) -> str:
        return f"ActivePolicy(tenant={self.tenant_id}, {self.origin}, {self.policy_id}@v{self.version})"


class PolicyRuntime:
    def __init__(self, *, sessions: sessionmaker[Session], secret: bytes, refresh_s: float = 2.0,
                 builder: Callable[[PolicyDocument, bytes], Any] | None = None,
                 clock: Callable[[], float] = time.monotonic, guards: GuardTransport | None = None):
        """``guards``: how guard models are reached (the providers); pipelines get it, and so does
        the policy simulation."""
        self._sessions, self._secret, self._refresh_s = sessions, secret, refresh_s
        self.guards = guards
        self._builder = builder or (lambda document, key: build_pipeline(document, tenant_secret=key, guards=guards))
        self._clock = clock
        self._lock = threading.Lock()
        self._epoch: tuple[int, int] | None = None
        self._checked_at = -math.inf
        self._entries: dict[str | None, ActivePolicy] = {}
        self._pipelines: OrderedDict[tuple, Any] = OrderedDict()

    def close(self) -> None:
        """Release the guard models' connections (shutdown)."""
        close = getattr(self.guards, "close", None)
        if close is not None:
            close()

    def invalidate(self) -> None:
        """Forget every cached policy (after an activation in this process)."""
        with self._lock:
            self._entries.clear()
            self._checked_at = -math.inf

    def is_fresh(self, tenant_id: str | None) -> bool:
        return tenant_id in self._entries and self._clock() - self._checked_at < self._refresh_s

    def active_policy_for(self, tenant_id: str | None) -> ActivePolicy:
        if not self.is_fresh(tenant_id):
            self._refresh()
        entry = self._entries.get(tenant_id)
        if entry is None:
            entry = self._load(tenant_id)
            with self._lock:
                self._entries[tenant_id] = entry
        return entry

    async def active_policy_for_async(self, tenant_id: str | None) -> ActivePolicy:
        """Same, for async code: database work (only when the cache needs it) runs in a thread."""
        entry = self._entries.get(tenant_id) if self.is_fresh(tenant_id) else None
        if entry is not None:
            return entry
        from anyio import to_thread

        return await to_thread.run_sync(self.active_policy_for, tenant_id)

    def _refresh(self) -> None:
        now = self._clock()
        if now - self._checked_at < self._refresh_s:
            return
        with self._sessions() as session:
            epoch = queries.activation_epoch(session=session)
        with self._lock:
            if epoch != self._epoch:
                self._entries.clear()
                self._epoch = epoch
            self._checked_at = now

    def _load(self, tenant_id: str | None) -> ActivePolicy:
        with self._sessions() as session:
            version = queries.effective_version(session=session, tenant_id=tenant_id)
            if version is None:
                return ActivePolicy(tenant_id=tenant_id, origin="shipped_default", policy_id="default", version=0,
                                    version_id=None, document=default_policy(), runtime=self)
            policy = session.get(Policy, version.policy_id)
            return ActivePolicy(tenant_id=tenant_id, origin="tenant" if policy.tenant_id else "deployment_default",
                                policy_id=policy.id, version=version.number, version_id=version.id,
                                document=load_policy(version.document), runtime=self)

    def built_pipeline(self, active: ActivePolicy) -> Any | None:
        """The pipeline if it is already built (no blocking work), else None."""
        return self._pipelines.get((active.tenant_id, active.version_id, active.content_key))

    def pipeline_for(self, active: ActivePolicy) -> Any:
        key = (active.tenant_id, active.version_id, active.content_key)
        with self._lock:
            if key in self._pipelines:
                self._pipelines.move_to_end(key)
                return self._pipelines[key]
        built = self._builder(active.document, tenant_secret(self._secret, active.tenant_id))
        with self._lock:
            pipeline = self._pipelines.setdefault(key, built)
            while len(self._pipelines) > MAX_PIPELINES:
                self._pipelines.popitem(last=False)
        return pipeline
