"""The /v1 request pipeline: explicit stages between the HTTP layer and the providers.

authenticate (HTTP dependency) -> rate limit -> input stage -> residency + route -> provider call
(retries, fallback, circuit breaker) -> output stage (per chunk while streaming) -> record (audit)
-> telemetry. The governance seams are in :mod:`sluice.gateway.pipeline.stages`.
"""
