"""docker-compose.yml, the Dockerfile and the collector config agree with each other and with Settings.

Docker cannot run here, so these tests read the files the way compose would (variable
interpolation, YAML merge keys) and check the wiring an operator depends on.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from sluice.gateway.settings import load_settings
from tests.gateway.ops.deployment_checks import (as_settings_values, assert_cli_accepts, sluice_invocations,
                                                 unknown_sluice_variables)

ROOT = Path(__file__).resolve().parents[3]
REQUIRED = {"lb", "gateway", "worker", "beat", "postgres", "redis", "inference", "otel-collector"}
ENV = {"SLUICE_SECRET_KEY": "k" * 48, "POSTGRES_PASSWORD": "pw"}
_VAR = re.compile(r"\$\{([A-Z0-9_]+)(?:(:-|:\?)([^}]*))?\}")


def interpolate(value, env):
    """Compose's ``${VAR}``, ``${VAR:-default}``, ``${VAR:?error}`` and ``$$`` escapes."""
    if isinstance(value, dict):
        return {k: interpolate(v, env) for k, v in value.items()}
    if isinstance(value, list):
        return [interpolate(v, env) for v in value]
    if not isinstance(value, str):
        return value

    def sub(match):
        name, op, arg = match.groups()
        if env.get(name):
            return env[name]
        if op == ":?":
            raise KeyError(f"{name}: {arg}")
        return arg if op == ":-" else ""

    return _VAR.sub(sub, value.replace("$$", "\0")).replace("\0", "$")


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def services(raw):
    return interpolate(raw, ENV)["services"]


def sluice_services(services):
    return {name: s for name, s in services.items() if s.get("image", "").startswith("sluice")}


def port_of(url: str) -> int:
    return urlparse(url).port


def test_every_production_service_is_defined_with_an_image_or_build(services):
    assert REQUIRED <= set(services)
    for name, service in services.items():
        assert service.get("image") or service.get("build"), name
    for name, service in sluice_services(services).items():
        build = service["build"]
        assert (ROOT / build["context"] / build["dockerfile"]).is_file(), name


def test_compose_refuses_to_start_without_secrets(raw):
    with pytest.raises(KeyError, match="SLUICE_SECRET_KEY"):
        interpolate(raw, {"POSTGRES_PASSWORD": "pw"})
    with pytest.raises(KeyError, match="POSTGRES_PASSWORD"):
        interpolate(raw, {"SLUICE_SECRET_KEY": "k" * 48})


def test_sluice_variables_are_real_settings_fields_and_validate(services):
    assert not unknown_sluice_variables((ROOT / "docker-compose.yml").read_text()), "not Settings fields"
    for name, service in sluice_services(services).items():
        settings = load_settings(**as_settings_values(service["environment"]))  # names a bad variable
        assert settings.env == "production", name
        assert settings.database_url.startswith("postgresql+psycopg://"), name


def test_urls_point_at_services_and_their_ports(services):
    gateway_env = services["gateway"]["environment"]
    for var, service, port in (("SLUICE_DATABASE_URL", "postgres", 5432), ("SLUICE_REDIS_URL", "redis", 6379),
                               ("SLUICE_BROKER_URL", "redis", 6379), ("SLUICE_OTLP_ENDPOINT", "otel-collector", 4318)):
        url = urlparse(gateway_env[var])
        assert url.hostname == service and url.port == port, var
    collector = yaml.safe_load((ROOT / "deploy" / "otel-collector.yaml").read_text())
    http = collector["receivers"]["otlp"]["protocols"]["http"]["endpoint"]
    assert http.endswith(":4318")


def test_gateway_replicas_sit_behind_the_load_balancer_at_the_port_they_listen_on(services):
    gateway, lb = services["gateway"], services["lb"]
    port = int(gateway["environment"]["SLUICE_PORT"])
    assert int(gateway["deploy"]["replicas"]) >= 2
    assert "ports" not in gateway and str(port) in gateway["expose"]  # replicas cannot share a host port
    assert f"127.0.0.1:{port}/readyz" in " ".join(gateway["healthcheck"]["test"])
    nginx = (ROOT / "deploy" / "nginx.conf").read_text()
    assert re.search(rf"^\s*server gateway:{port} resolve\b", nginx, re.M)  # follows replicas by DNS
    assert "proxy_buffering off" in nginx  # streams are not held back
    listen = int(re.search(r"^\s*listen (\d+);", nginx, re.M).group(1))
    assert any(str(p).endswith(f":{listen}") for p in lb["ports"])
    mount = next(v for v in lb["volumes"] if v.startswith("./deploy/nginx.conf:"))
    assert mount.split(":")[1] == "/etc/nginx/nginx.conf"
    assert lb["depends_on"]["gateway"]["condition"] == "service_healthy"


def test_named_volumes_and_secrets_are_defined_and_the_signing_key_is_mounted(raw, services):
    for name, service in services.items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert source.startswith(".") or source in raw["volumes"], f"{name}: volume {source}"
        for secret in service.get("secrets", []):
            assert secret in raw["secrets"], f"{name}: secret {secret}"
    for name in ("gateway", "worker", "beat"):  # exports are written by workers, downloaded via the gateway
        service = services[name]
        assert "sluice-data:" + service["environment"]["SLUICE_DATA_DIR"] in service["volumes"], name
        key = service["environment"]["SLUICE_AUDIT_SIGNING_KEY"]
        assert key.startswith("/run/secrets/") and key.removeprefix("/run/secrets/") in service["secrets"], name


def test_inference_server_is_on_the_gpu_and_registered_at_its_port(services):
    inference = services["inference"]
    devices = inference["deploy"]["resources"]["reservations"]["devices"]
    assert devices[0]["driver"] == "nvidia" and "gpu" in devices[0]["capabilities"]
    command = " ".join(inference["command"])
    port = int(re.search(r"--port (\d+)", command).group(1))
    assert "sluice inference serve" in command
    assert "--host 0.0.0.0" in command and "--device cuda" in command  # reachable from the gateway; on the GPU
    assert str(port) in inference["expose"]
    assert f"127.0.0.1:{port}/readyz" in " ".join(inference["healthcheck"]["test"])  # ready = model loaded
    registration = " ".join(services["migrate"]["command"])
    assert f"--base-url http://inference:{port}/v1" in registration


def test_every_service_has_a_health_check(services):
    for name, service in services.items():
        test = service.get("healthcheck", {}).get("test")
        assert test and test[0] in ("CMD", "CMD-SHELL"), name


def test_dependencies_wait_for_health_or_completion(services):
    for name, service in services.items():
        for dependency, spec in (service.get("depends_on") or {}).items():
            assert dependency in services, f"{name} -> {dependency}"
            condition = spec["condition"]
            assert condition in ("service_healthy", "service_completed_successfully"), f"{name} -> {dependency}"
            if condition == "service_completed_successfully":
                assert services[dependency].get("restart") == "no", dependency
    gateway_deps = services["gateway"]["depends_on"]
    assert gateway_deps["migrate"]["condition"] == "service_completed_successfully"
    assert {"postgres", "redis"} <= set(gateway_deps)
    for worker in ("worker", "beat"):
        assert services[worker]["depends_on"]["redis"]["condition"] == "service_healthy"


def test_gateway_gets_time_to_finish_streams_on_shutdown(services):
    gateway = services["gateway"]
    drain = float(gateway["environment"]["SLUICE_SHUTDOWN_DELAY_S"]) + float(
        gateway["environment"]["SLUICE_GRACEFUL_SHUTDOWN_S"])
    assert float(gateway["stop_grace_period"].removesuffix("s")) > drain
    assert gateway["command"][-2:] == ["--workers", "1"]  # a supervisor would keep the port open while draining


def test_exactly_one_scheduler(services):
    beats = [name for name, s in services.items() if "--beat" in (s.get("command") or [])]
    assert beats == ["beat"] and int(services["beat"]["deploy"]["replicas"]) == 1


def test_dockerfile_builds_a_slim_non_root_image_with_pinned_torch():
    text = (ROOT / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert "ARG TORCH_VERSION=2.13.0" in text and "whl/cpu" in text
    user = re.findall(r"^USER (\S+)", text, re.M)
    assert user and user[-1] not in ("root", "0")
    assert "HEALTHCHECK" in text and "/healthz" in text
    for source in re.findall(r"^COPY (.+?) \./", text, re.M):
        for part in source.split():
            assert (ROOT / part).exists(), part


def test_collector_pipeline_uses_only_defined_components():
    config = yaml.safe_load((ROOT / "deploy" / "otel-collector.yaml").read_text())
    service = config["service"]
    assert set(service["extensions"]) <= set(config["extensions"])
    for pipeline in service["pipelines"].values():
        for kind in ("receivers", "processors", "exporters"):
            assert set(pipeline.get(kind, [])) <= set(config.get(kind, {})), kind


def test_every_sluice_command_in_compose_exists_with_its_options(services):
    used = [words for service in services.values() for words in sluice_invocations(service.get("command"))]
    assert len(used) >= 6
    for words in used:
        assert_cli_accepts(words)
