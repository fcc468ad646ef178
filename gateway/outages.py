"""A dependency that cannot be reached, as an answer: 503, a stable code and ``Retry-After``.

The database, Redis and the Celery broker fail with their clients' own exceptions (SQLAlchemy's
``OperationalError`` for a refused connection, a statement or lock timeout; the pool's
``TimeoutError`` when no connection comes free; redis-py's and kombu's connection errors).
:func:`dependency_error` turns each into an :class:`~sluice.gateway.errors.Unavailable` with its
code, so that every path — API-key authentication, policy look-up, the admin API, the console, the
/v1 pipeline and its streams — answers the same way from one place: the HTTP layer's handlers and
the pipeline both call it. Anything else is not an outage and returns None.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, DisconnectionError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import SluiceError, Unavailable

RETRY_AFTER_S = 1  # what a 503 of the gateway tells clients to wait, unless its cause says otherwise

_DATABASE = (OperationalError, InterfaceError, DisconnectionError, PoolTimeout)


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis.exceptions

    return redis.exceptions.ConnectionError, redis.exceptions.TimeoutError


def _broker_errors() -> tuple[type[BaseException], ...]:
    from kombu.exceptions import OperationalError as BrokerError

    return (BrokerError,)


_MESSAGES = {
    ErrorCode.DATABASE_UNAVAILABLE: "The database is unavailable right now, so the request could not be served. "
                                    "Retry shortly.",
    ErrorCode.RATE_LIMIT_UNAVAILABLE: "The rate-limit store is unavailable right now, so the request was "
                                      "refused. Retry shortly.",
    ErrorCode.QUEUE_UNAVAILABLE: "The task queue is unavailable right now, so the work could not be queued. "
                                 "Retry shortly.",
}


def retry_after_headers(seconds: float = RETRY_AFTER_S) -> dict[str, str]:
    return {"retry-after": str(max(1, int(seconds)))}


def unavailable(code: ErrorCode) -> Unavailable:
    """The answer for an outage of the dependency behind ``code`` (one of the codes above)."""
    return Unavailable(code, _MESSAGES[code], headers=retry_after_headers())


def outage_code(exc: BaseException) -> ErrorCode | None:
    """The code of the dependency ``exc`` says is unavailable, or None when it is not an outage."""
    if isinstance(exc, _DATABASE) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        return ErrorCode.DATABASE_UNAVAILABLE
    if isinstance(exc, _redis_errors()):
        return ErrorCode.RATE_LIMIT_UNAVAILABLE
    if isinstance(exc, _broker_errors()):
        return ErrorCode.QUEUE_UNAVAILABLE
    return None


def dependency_error(exc: BaseException) -> SluiceError | None:
    """``exc`` as the gateway's answer: itself when it is one already, 503 for an outage, else None."""
    if isinstance(exc, SluiceError):
        return exc
    code = outage_code(exc)
    return unavailable(code) if code is not None else None


def handled_types() -> tuple[type[BaseException], ...]:
    """The exception classes the HTTP layer hands to :func:`dependency_error`."""
    return (DBAPIError, DisconnectionError, PoolTimeout, *_redis_errors(), *_broker_errors())
