"""Prometheus metrics of the gateway, in a registry owned by the application.

Label values are route templates, model and provider names the gateway knows, guardrail names
and outcomes, status codes: never request content or key material. Anything that does not look
like such a name is reported as ``other`` so a caller cannot inject text or blow up cardinality.
"""

from __future__ import annotations

import re

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily

_NAME = re.compile(r"^[A-Za-z0-9_.:/@+-]{1,100}$")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
OVERHEAD_BUCKETS = (0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5)


def label(value) -> str:
    if value is None:
        return ""
    text = str(value)
    return text if _NAME.match(text) else "other"


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter("sluice_requests", "HTTP requests served", ["route", "method", "status", "model"],
                                registry=r)
        self.latency = Histogram("sluice_request_duration_seconds", "Time from request to last byte",
                                 ["route", "model"], buckets=LATENCY_BUCKETS, registry=r)
        self.overhead = Histogram("sluice_overhead_seconds", "Time spent in the gateway (total minus provider)",
                                  ["route"], buckets=OVERHEAD_BUCKETS, registry=r)
        self.first_byte = Histogram("sluice_time_to_first_byte_seconds", "Time to the first byte of a stream",
                                    ["route", "model"], buckets=LATENCY_BUCKETS, registry=r)
        self.stages = Histogram("sluice_stage_duration_seconds", "Time spent per request stage", ["stage"],
                                buckets=OVERHEAD_BUCKETS + (5, 10, 30), registry=r)
        self.tokens = Counter("sluice_tokens", "Tokens processed", ["model", "direction"], registry=r)
        self.upstream_errors = Counter("sluice_upstream_errors", "Provider failures", ["provider", "code"],
                                       registry=r)
        self.guardrails = Counter("sluice_guardrail_outcomes", "Guardrail decisions", ["guardrail", "outcome"],
                                  registry=r)
        self.breaker_changes = Counter("sluice_breaker_transitions", "Circuit-breaker state changes per provider "
                                       "(state: closed, open, half_open)", ["provider", "state"], registry=r)
        self.rate_limited = Counter("sluice_rate_limited", "Requests refused by a rate limit", ["limit"],
                                    registry=r)
        self.budget_exceeded = Counter("sluice_budget_exceeded", "Requests refused by a spent budget "
                                       "(scope: key, tenant; dimension: tokens, cost)", ["scope", "dimension"],
                                       registry=r)
        self.rate_limit_store_errors = Counter("sluice_rate_limit_store_errors",
                                               "Rate-limit decisions skipped because the store failed",
                                               registry=r)
        self.active = 0  # requests being served; the gauge reads it when scraped
        self.in_flight = Gauge("sluice_requests_in_flight", "Requests being served", registry=r)
        self.in_flight.set_function(lambda: self.active)
        self._children: dict = {}
        self.audit_publish_failures = Counter("sluice_audit_checkpoint_publish_failures",
                                              "Failed attempts to publish an audit checkpoint, by sink", ["sink"],
                                              registry=r)
        self.audit_unpublished = Gauge("sluice_audit_unpublished_seconds", "Age of the oldest audit checkpoint "
                                       "that some sink has not got (0 when every sink has the newest)", registry=r)
        self.guard_requests = Histogram("sluice_guard_request_duration_seconds", "Requests to guard models, by "
                                        "provider and outcome (ok, guard_timeout, guard_unreachable, "
                                        "guard_unparseable)", ["provider", "outcome"], buckets=LATENCY_BUCKETS,
                                        registry=r)
        self.audit_cosignatures = Gauge("sluice_audit_checkpoint_cosignatures",
                                        "Witness cosignatures on the newest audit checkpoint", registry=r)

    def watch_engine(self, stats) -> None:
        """Expose the built-in engine's restart counters, read at scrape time from ``stats()``
        (`EngineHolder.stats`): ``sluice_engine_restarts_total`` (crashes of its process, each
        followed by a restart), ``sluice_engine_crashes_in_a_row`` and ``sluice_engine_down``."""
        self.registry.register(_EngineCollector(stats))

    def breaker_changed(self, provider: str, state: str) -> None:
        self._child(self.breaker_changes, label(provider), label(state)).inc()

    def guard_request(self, provider: str, outcome: str, seconds: float) -> None:
        self._child(self.guard_requests, label(provider), label(outcome)).observe(seconds)

    def alone(self) -> bool:
        """Whether the request asking is the only one being served."""
        return self.active <= 1

    def _child(self, metric, *values: str):
        """``metric.labels(*values)``, remembered: the label look-up is the costly part of a sample."""
        key = (id(metric), values)
        child = self._children.get(key)
        if child is None:
            if len(self._children) > 50_000:  # label values are bounded; this only guards memory
                self._children.clear()
            child = self._children[key] = metric.labels(*values)
        return child

    def observe_request(self, rt, *, route: str, status: int, finished: float) -> None:
        # Only a model a provider was found for is a label: callers can send any name.
        model = label(rt.routed_model) if rt.routed_model else ""
        child = self._child
        child(self.requests, route, rt.method, str(status), model).inc()
        child(self.latency, route, model).observe(rt.elapsed_s(finished))
        child(self.overhead, route).observe(rt.overhead_ms(finished) / 1000.0)
        if rt.stream and rt.first_byte_s is not None:
            child(self.first_byte, route, model).observe(rt.first_byte_s)
        if rt.input_tokens:
            child(self.tokens, model, "input").inc(rt.input_tokens)
        if rt.output_tokens:
            child(self.tokens, model, "output").inc(rt.output_tokens)
        for name, ms in rt.timings.items():
            child(self.stages, label(name)).observe(ms / 1000.0)
        for provider, code in rt.upstream_errors:
            child(self.upstream_errors, label(provider), label(code)).inc()
        for name, outcome in rt.guardrails:
            child(self.guardrails, label(name), label(outcome)).inc()


class _EngineCollector:
    def __init__(self, stats) -> None:
        self.stats = stats

    def collect(self):
        now = self.stats()
        yield CounterMetricFamily("sluice_engine_restarts", "Crashes of the built-in engine's process, each "
                                  "followed by a restart after a back-off", value=now["restarts"])
        yield GaugeMetricFamily("sluice_engine_crashes_in_a_row", "Crashes of the built-in engine's process "
                                "since it last served for a while", value=now["crashes_in_a_row"])
        yield GaugeMetricFamily("sluice_engine_down", "1 while the built-in engine's process is backing off "
                                "or restarting after a crash", value=now["down"])
