"""Budget arithmetic on the in-process store (the same semantics as the Redis script): reserve with
``>=`` and ``used + amount > limit``, settle to the real usage, release, and periods that roll over."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone

import pytest

from sluice.gateway.errors import RateLimited
from sluice.gateway.limits.budget_store import MemoryBudgetStore
from sluice.gateway.limits.budgets import Budget, BudgetGuard
from sluice.gateway.limits.periods import period_bounds
from sluice.gateway.limits.prices import Price, PriceTable, PriceTableError, load_price_table, parse_price_table


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _guard(clock, prices=PriceTable()) -> BudgetGuard:
    return BudgetGuard(MemoryBudgetStore(clock=lambda: clock().timestamp()), prices, clock=clock)


KEY = Budget(scope="key", subject="key_1", tenant_id="t1", period="daily", tokens=100, label="API key 'app'")


def run(coro):
    return asyncio.run(coro)


def test_a_reservation_up_to_the_limit_is_admitted_and_the_next_refused():
    clock = Clock(datetime(2026, 12, 4, 12, tzinfo=timezone.utc))
    guard = _guard(clock)
    assert run(guard.reserve((KEY,), model="m", input_tokens=40, output_tokens=60)) is not None
    with pytest.raises(RateLimited) as err:
        run(guard.reserve((KEY,), model="m", input_tokens=0, output_tokens=1))
    assert err.value.code == "budget_exceeded"
    assert "resets at 2026-12-05T00:00:00Z" in err.value.message
    assert err.value.headers["retry-after"] == str(12 * 3600)


def test_settling_replaces_the_reservation_with_real_usage_and_release_gives_it_back():
    clock = Clock(datetime(2026, 12, 4, 12, tzinfo=timezone.utc))
    guard = _guard(clock)
    first = run(guard.reserve((KEY,), model="m", input_tokens=10, output_tokens=80))
    run(guard.settle(first, input_tokens=10, output_tokens=5))
    assert run(guard.usage([KEY]))[0].used == 15
    second = run(guard.reserve((KEY,), model="m", input_tokens=0, output_tokens=85))
    run(guard.release(second))
    assert run(guard.usage([KEY]))[0].used == 15


def test_a_refused_request_reserves_nothing_on_any_budget():
    clock = Clock(datetime(2026, 12, 4, 12, tzinfo=timezone.utc))
    guard = _guard(clock)
    tenant = Budget(scope="tenant", subject="t1", tenant_id="t1", period="monthly", tokens=1000, label="tenant 't'")
    with pytest.raises(RateLimited) as err:
        run(guard.reserve((tenant, KEY), model="m", input_tokens=0, output_tokens=150))
    assert "Lower max_tokens" in err.value.message
    assert [u.used for u in run(guard.usage([tenant, KEY]))] == [0, 0]


def test_the_counter_starts_again_in_the_next_period():
    clock = Clock(datetime(2026, 12, 4, 23, 59, tzinfo=timezone.utc))
    guard = _guard(clock)
    run(guard.reserve((KEY,), model="m", input_tokens=0, output_tokens=100))
    clock.now = datetime(2026, 12, 5, 0, 0, 1, tzinfo=timezone.utc)
    assert run(guard.reserve((KEY,), model="m", input_tokens=0, output_tokens=100)) is not None


def test_money_is_priced_per_model_in_whole_micro_units():
    clock = Clock(datetime(2026, 12, 4, 12, tzinfo=timezone.utc))
    prices = PriceTable(currency="EUR", default=Price(1.0, 2.0), models={"big": Price(2.5, 10.0)})
    guard = _guard(clock, prices)
    money = Budget(scope="key", subject="k", tenant_id="t1", period="monthly", cost_micros=1_000, label="API key k")
    reservation = run(guard.reserve((money,), model="big", input_tokens=100, output_tokens=50))
    assert reservation.amounts == (750,)  # 100 x 2.5 + 50 x 10 micro-units
    with pytest.raises(RateLimited) as err:
        run(guard.reserve((money,), model="other", input_tokens=300, output_tokens=10))  # 750 + 320 > 1000
    assert "EUR" in err.value.message


def test_periods_are_utc_days_and_calendar_months():
    december = datetime(2026, 12, 31, 18, tzinfo=timezone.utc)
    assert period_bounds("monthly", december)[1] == datetime(2027, 1, 1, tzinfo=timezone.utc)
    assert period_bounds("daily", december)[0] == datetime(2026, 12, 31, tzinfo=timezone.utc)


def test_price_table_is_read_from_its_file_and_bad_ones_are_explained(tmp_path):
    path = tmp_path / "prices.json"
    path.write_text(json.dumps({"currency": "USD", "models": {"gpt": {"input": 2.5, "output": 10}}}))
    table = load_price_table(path)
    assert table.price_of("gpt") == Price(2.5, 10.0) and table.price_of("other") == Price(0.0, 0.0)
    assert load_price_table(None).price_of("any").cost_micros(10**6, 10**6) == 0  # no table: free
    for bad in ({"models": {"gpt": {"input": -1}}}, {"models": []}, {"default": {"output": "cheap"}}, []):
        with pytest.raises(PriceTableError):
            parse_price_table(bad)
    path.write_text("{not json")
    with pytest.raises(PriceTableError):
        load_price_table(path)
