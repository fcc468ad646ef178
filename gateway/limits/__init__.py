"""Request limits: body size (ASGI middleware) and per-key rate limits (Redis or in-process)."""

from sluice.gateway.limits.body_size import BodySizeLimit
from sluice.gateway.limits.rate_limit import RateLimiter, RateLimitStatus, build_rate_limiter

__all__ = ["BodySizeLimit", "RateLimiter", "RateLimitStatus", "build_rate_limiter"]
