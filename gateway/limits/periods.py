"""Budget periods: when the current one began, when it ends, and a label for its counters (UTC)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

PERIODS = ("daily", "monthly")


def period_bounds(period: str, now: datetime) -> tuple[datetime, datetime]:
    now = now.astimezone(timezone.utc)
    if period == "daily":
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return start, start + timedelta(days=1)
    if period == "monthly":
        start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        end = start.replace(year=start.year + 1, month=1) if start.month == 12 else start.replace(month=start.month + 1)
        return start, end
    raise ValueError(f"unknown budget period {period!r}")


def period_label(period: str, now: datetime) -> str:
    start, _ = period_bounds(period, now)
    return start.strftime("%Y-%m-%d") if period == "daily" else start.strftime("%Y-%m")
