"""Observability: per-stage tracing, Prometheus metrics, request ids, overhead, JSON logs."""

from sluice.gateway.telemetry.request import RequestTelemetry, current, stage

__all__ = ["RequestTelemetry", "current", "stage"]
