"""Readiness checks of the operational dependencies: broker, Redis, providers.

Each check is ``check(ctx) -> (ok, detail)`` and is registered only when the dependency is
configured. Details are short words (``ok``, ``ConnectionError``, ``open``), never URLs or secrets.
"""

from __future__ import annotations

CHECK_TIMEOUT_S = 1.0


def redis_check(url: str):
    import redis

    client = redis.Redis.from_url(url, socket_timeout=CHECK_TIMEOUT_S, socket_connect_timeout=CHECK_TIMEOUT_S)

    def check(ctx) -> tuple[bool, str]:
        try:
            return (True, "ok") if client.ping() else (False, "no reply")
        except Exception as exc:
            return False, type(exc).__name__

    return check


def broker_check(url: str):
    def check(ctx) -> tuple[bool, str]:
        from kombu import Connection

        try:
            with Connection(url, connect_timeout=CHECK_TIMEOUT_S) as connection:
                connection.ensure_connection(max_retries=0, timeout=CHECK_TIMEOUT_S)
            return True, "ok"
        except Exception as exc:
            return False, type(exc).__name__

    return check


def providers_check(list_providers):
    """Ready when at least one provider can take requests (circuit not open, engine loaded).

    ``list_providers(ctx)`` returns the live ``ModelProvider`` objects. The detail names each
    provider's state so an operator sees which one is down.
    """

    def check(ctx) -> tuple[bool, str]:
        providers = list(list_providers(ctx))
        if not providers:
            return False, "no providers"
        states = []
        any_ready = False
        for provider in providers:
            ok, detail = provider.readiness()
            circuit = provider.breaker.state
            if circuit == "open":
                ok, detail = False, "circuit open"
            any_ready = any_ready or ok
            states.append(f"{provider.spec.name}={detail}")
        return any_ready, ", ".join(states)

    return check
