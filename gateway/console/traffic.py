"""Evaluation traffic: requests that evaluation runs send through the gateway.

An evaluation run's probes go through the whole pipeline and are audited like any request; their
events carry ``eval_tag = "evaluation:<run id>"``. The dashboard and the audit browser leave them
out by default (they would skew block rates and latency), and can show only them, or everything.
"""

from __future__ import annotations

from enum import StrEnum

EVAL_TAG_PREFIX = "evaluation:"


class Traffic(StrEnum):
    EXCLUDE_EVALUATIONS = "production"
    ONLY_EVALUATIONS = "evaluations"
    ALL = "all"


DEFAULT = Traffic.EXCLUDE_EVALUATIONS
OPTIONS = [(Traffic.EXCLUDE_EVALUATIONS.value, "Exclude evaluation probes"),
           (Traffic.ONLY_EVALUATIONS.value, "Only evaluation probes"),
           (Traffic.ALL.value, "All traffic")]


def parse(raw: str | None) -> Traffic:
    """The traffic choice of a query string; anything unknown is the default."""
    try:
        return Traffic(raw or DEFAULT.value)
    except ValueError:
        return DEFAULT


def is_evaluation(event: dict) -> bool:
    tag = event.get("eval_tag")
    return isinstance(tag, str) and tag.startswith(EVAL_TAG_PREFIX)


def keeps(traffic: Traffic, event: dict) -> bool:
    """Whether an event is shown under ``traffic`` (only evaluation requests are evaluation traffic)."""
    if traffic is Traffic.ALL:
        return True
    return is_evaluation(event) is (traffic is Traffic.ONLY_EVALUATIONS)
