"""The price table: what a model's tokens cost, per 1M input and per 1M output tokens.

Read once at start-up from ``SLUICE_PRICES_FILE``, a JSON file::

    {"currency": "USD",
     "default": {"input": 0.5, "output": 1.5},
     "models": {"gpt-4o": {"input": 2.5, "output": 10.0}, "sluice-demo": {"input": 0, "output": 0}}}

A model missing from ``models`` costs the ``default`` entry. Without a file every model costs 0, so
money budgets count nothing until a table is configured (token budgets work regardless). Costs are
kept as whole micro-units (millionths of the currency unit): a token priced at P per 1M tokens costs
P micro-units, so sums are exact.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path


class PriceTableError(ValueError):
    """The price file cannot be read or does not have the documented shape."""


@dataclass(frozen=True)
class Price:
    input_per_1m: float = 0.0
    output_per_1m: float = 0.0

    def cost_micros(self, input_tokens: int, output_tokens: int) -> int:
        return math.ceil(max(0, input_tokens) * self.input_per_1m + max(0, output_tokens) * self.output_per_1m)


@dataclass(frozen=True)
class PriceTable:
    currency: str = "USD"
    default: Price = Price()
    models: dict[str, Price] = field(default_factory=dict)

    def price_of(self, model: str) -> Price:
        return self.models.get(model, self.default)

    def as_dict(self) -> dict:
        def one(p: Price) -> dict:
            return {"input": p.input_per_1m, "output": p.output_per_1m}
        return {"currency": self.currency, "default": one(self.default),
                "models": {name: one(p) for name, p in sorted(self.models.items())}}


def _price(value: object, where: str) -> Price:
    if not isinstance(value, dict):
        raise PriceTableError(f"{where}: expected {{\"input\": number, \"output\": number}}")
    numbers = []
    for side in ("input", "output"):
        number = value.get(side, 0)
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not math.isfinite(number) \
                or number < 0:
            raise PriceTableError(f"{where}.{side}: a price per 1M tokens is a number >= 0")
        numbers.append(float(number))
    return Price(*numbers)


def parse_price_table(data: object) -> PriceTable:
    if not isinstance(data, dict):
        raise PriceTableError("the price table is a JSON object with `models` (and `default`, `currency`)")
    models = data.get("models", {})
    if not isinstance(models, dict):
        raise PriceTableError("models: expected an object of model name -> price")
    currency = data.get("currency", "USD")
    if not isinstance(currency, str) or not 1 <= len(currency) <= 8:
        raise PriceTableError("currency: a short code such as USD")
    return PriceTable(currency=currency, default=_price(data.get("default", {}), "default"),
                      models={str(name): _price(v, f"models.{name}") for name, v in models.items()})


def load_price_table(path: Path | None) -> PriceTable:
    if path is None:
        return PriceTable()
    try:
        data = json.loads(Path(path).read_text())
    except (OSError, ValueError) as exc:
        raise PriceTableError(f"cannot read the price table {path}: {exc}") from None
    return parse_price_table(data)
