"""Spending budgets of API keys and tenants, in tokens and in money, per daily or monthly period.

Before a /v1 request goes to a provider, :meth:`BudgetGuard.reserve` reserves what it may cost: the
prompt's estimated tokens (about 4 characters a token) plus ``max_tokens`` (or
``max_completion_tokens``; 256 when neither is set) times ``n``, priced with the model's entry in the
price table. The reservation is taken atomically on every budget of the key (its own and its
tenant's) on counters shared by all gateway processes (Redis): a counter that is already at or over
its limit, or that the reservation would take past it, refuses the request with 429
``budget_exceeded``, naming the budget and when it resets. So parallel requests can together spend
at most the limit, plus what requests use beyond their reservation (a prompt longer in tokens than
estimated, or output past the 256-token default when the request sets no ``max_tokens``).

When the response is complete (a stream: at its end) :meth:`BudgetGuard.settle` replaces the
reservation with the real usage. A request that failed before any provider answered is released
(charged nothing); one that reached a provider but reported no usage keeps its reservation.

The counters live in the rate limiter's Redis; when it is unavailable, budgets follow
``SLUICE_RATE_LIMIT_FAIL_OPEN``: refused with 503 ``rate_limit_unavailable`` by default, admitted
uncounted when failing open.
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from sluice.gateway.database import utcnow
from sluice.gateway.error_codes import ErrorCode
from sluice.gateway.errors import RateLimited
from sluice.gateway.limits.budget_store import Counter
from sluice.gateway.limits.periods import period_bounds, period_label
from sluice.gateway.limits.prices import PriceTable
from sluice.gateway.outages import unavailable

log = logging.getLogger("sluice.limits")

TOKENS, COST = "tokens", "cost"


@dataclass(frozen=True)
class Budget:
    """One budget: of a key's lineage (a key and its rotated successors) or of a whole tenant."""

    scope: str  # "key" | "tenant"
    subject: str  # the key's lineage id or the tenant id
    tenant_id: str
    period: str  # "daily" | "monthly"
    tokens: int | None = None
    cost_micros: int | None = None
    label: str = ""  # how messages name it: "API key 'app' (sk-slc-ab12cd34)" or "tenant 'acme'"

    def limits(self) -> list[tuple[str, int]]:
        return [(dim, limit) for dim, limit in ((TOKENS, self.tokens), (COST, self.cost_micros))
                if limit is not None]


@dataclass(frozen=True)
class Reservation:
    counters: tuple[Counter, ...]
    dims: tuple[str, ...]
    amounts: tuple[int, ...]
    model: str


@dataclass(frozen=True)
class BudgetUsage:
    budget: Budget
    dim: str
    used: int
    limit: int
    resets_at: datetime

    @property
    def fraction(self) -> float:
        return 1.0 if self.limit <= 0 else min(1.0, self.used / self.limit)


def format_money(micros: int, currency: str) -> str:
    return f"{micros / 1_000_000:,.2f} {currency}"


class BudgetGuard:
    def __init__(self, store, prices: PriceTable, *, fail_open: bool = False, prefix: str = "sluice:budget",
                 on_store_error=None, on_exceeded=None, clock=utcnow):
        self.store = store
        self.prices = prices
        self.fail_open = fail_open
        self.prefix = prefix
        self._on_store_error = on_store_error
        self._on_exceeded = on_exceeded  # called with (scope, dimension) of each refusal
        self._clock = clock

    def _counter(self, budget: Budget, dim: str, limit: int, now: datetime) -> tuple[Counter, datetime]:
        _, end = period_bounds(budget.period, now)
        # the hash tag keeps all of a tenant's counters on one Redis Cluster slot (one script touches them)
        key = (f"{self.prefix}:{{{budget.tenant_id}}}:{budget.scope}:{budget.subject}:"
               f"{period_label(budget.period, now)}:{dim}")
        return Counter(key=key, limit=limit, expires_at=(end + timedelta(days=1)).timestamp()), end

    def _amount(self, dim: str, model: str, input_tokens: int, output_tokens: int) -> int:
        if dim == TOKENS:
            return max(0, input_tokens) + max(0, output_tokens)
        return self.prices.price_of(model).cost_micros(input_tokens, output_tokens)

    async def reserve(self, budgets: tuple[Budget, ...], *, model: str, input_tokens: int,
                      output_tokens: int) -> Reservation | None:
        """Reserve on every budget, or raise 429 ``budget_exceeded`` (503 when the store is down)."""
        now = self._clock()
        planned = [(budget, dim, *self._counter(budget, dim, limit, now))
                   for budget in budgets for dim, limit in budget.limits()]
        if not planned:
            return None
        counters = [c for _, _, c, _ in planned]
        amounts = [self._amount(dim, model, input_tokens, output_tokens) for _, dim, _, _ in planned]
        try:
            refused = await self.store.reserve(counters, amounts)
        except Exception as exc:
            self._store_failed(exc, refusing=not self.fail_open)
            if not self.fail_open:
                raise unavailable(ErrorCode.RATE_LIMIT_UNAVAILABLE) from None
            return None
        if refused is not None:
            budget, dim, counter, end = planned[refused]
            if self._on_exceeded is not None:
                self._on_exceeded(budget.scope, dim)
            raise self._refusal(budget, dim, counter.limit, amounts[refused], end, now)
        return Reservation(counters=tuple(counters), dims=tuple(d for _, d, _, _ in planned),
                           amounts=tuple(amounts), model=model)

    async def settle(self, reservation: Reservation | None, *, input_tokens: int, output_tokens: int) -> None:
        """Replace the reservation with the real usage. Never fails the request."""
        if reservation is None:
            return
        deltas = [self._amount(dim, reservation.model, input_tokens, output_tokens) - reserved
                  for dim, reserved in zip(reservation.dims, reservation.amounts)]
        if not any(deltas):
            return
        try:
            await self.store.adjust(list(reservation.counters), deltas)
        except Exception as exc:
            self._store_failed(exc, refusing=False)

    async def release(self, reservation: Reservation | None) -> None:
        """Give a reservation back whole (the request reached no provider)."""
        await self.settle(reservation, input_tokens=0, output_tokens=0)

    async def usage(self, budgets: list[Budget]) -> list[BudgetUsage]:
        """What each budget has used in its current period (for the console and the admin API)."""
        now = self._clock()
        planned = [(budget, dim, limit, *self._counter(budget, dim, limit, now))
                   for budget in budgets for dim, limit in budget.limits()]
        if not planned:
            return []
        values = await self.store.read([c.key for _, _, _, c, _ in planned])
        return [BudgetUsage(budget=b, dim=dim, used=used, limit=limit, resets_at=end)
                for (b, dim, limit, _, end), used in zip(planned, values)]

    async def close(self) -> None:
        await self.store.close()

    def _refusal(self, budget: Budget, dim: str, limit: int, amount: int, end: datetime,
                 now: datetime) -> RateLimited:
        currency = self.prices.currency
        shown = (lambda v: f"{v:,} tokens") if dim == TOKENS else (lambda v: format_money(v, currency))
        what = f"the {budget.period} {'token' if dim == TOKENS else 'spending'} budget of {budget.label}"
        resets = end.strftime("%Y-%m-%dT%H:%M:%SZ")
        if amount > limit:
            message = (f"Budget exceeded: this request may cost up to {shown(amount)}, more than {what} "
                       f"({shown(limit)}) allows. Lower max_tokens or send a shorter prompt.")
        else:
            message = (f"Budget exceeded: {what} ({shown(limit)}) is spent or too little of it is left for "
                       f"this request (up to {shown(amount)}). It resets at {resets}.")
        retry = max(1, math.ceil((end - now).total_seconds()))
        return RateLimited(ErrorCode.BUDGET_EXCEEDED, message, headers={"retry-after": str(retry)})

    def _store_failed(self, exc: Exception, *, refusing: bool) -> None:
        log.warning("budget store unavailable; request %s", "refused" if refusing else "admitted",
                    extra={"store": self.store.name, "error_type": type(exc).__name__})
        if self._on_store_error is not None:
            self._on_store_error()


def build_budget_guard(settings, prices: PriceTable, **hooks) -> BudgetGuard:
    """Redis-backed when ``SLUICE_REDIS_URL`` is set (shared by all processes), in-process otherwise."""
    from sluice.gateway.limits.budget_store import MemoryBudgetStore, RedisBudgetStore

    store = (RedisBudgetStore(settings.redis_url, timeout_s=settings.redis_timeout_s) if settings.redis_url
             else MemoryBudgetStore())
    return BudgetGuard(store, prices, fail_open=settings.rate_limit_fail_open, **hooks)
