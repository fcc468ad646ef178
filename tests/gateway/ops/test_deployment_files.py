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

from sluice.gateway.settings import Settings, load_settings

ROOT = Path(__file__).resolve().parents[3]
REQUIRED = {"gateway", "worker", "beat", "postgres", "redis", "inference", "otel-collector"}
# SLUICE_* variables read by parts other than Settings, each documented where it is read
NON_SETTINGS_VARS = {"SLUICE_KERNEL_BACKEND",  # inference.ops backend switch
                     "SLUICE_INFERENCE_MODEL_DIR", "SLUICE_INFERENCE_MODEL_NAME", "SLUICE_INFERENCE_REGION"}
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
    fields = {f"SLUICE_{name.upper()}" for name in Settings.model_fields}
    text = (ROOT / "docker-compose.yml").read_text()
    for var in set(re.findall(r"SLUICE_[A-Z0-9_]+", text)):
        assert var in fields or var in NON_SETTINGS_VARS, f"{var} is not a Settings field"
    for name, service in sluice_services(services).items():
        env = service["environment"]
        values = {k.removeprefix("SLUICE_").lower(): v for k, v in env.items()
                  if k.startswith("SLUICE_") and k not in NON_SETTINGS_VARS}
        settings = load_settings(**values)  # raises SettingsError with the bad variable named
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


def test_gateway_port_is_published_and_probed_where_it_listens(services):
    gateway = services["gateway"]
    port = int(gateway["environment"]["SLUICE_PORT"])
    assert any(str(p).endswith(f":{port}") for p in gateway["ports"])
    assert f"127.0.0.1:{port}/readyz" in " ".join(gateway["healthcheck"]["test"])


def test_inference_server_is_on_the_gpu_and_registered_at_its_port(services):
    inference = services["inference"]
    devices = inference["deploy"]["resources"]["reservations"]["devices"]
    assert devices[0]["driver"] == "nvidia" and "gpu" in devices[0]["capabilities"]
    command = " ".join(inference["command"])
    port = int(re.search(r"--port (\d+)", command).group(1))
    assert "sluice inference serve" in command
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
    assert "--beat" in services["beat"]["command"] and "--beat" not in services["worker"]["command"]


def test_gateway_gets_time_to_finish_streams_on_shutdown(services):
    gateway = services["gateway"]
    grace = float(gateway["environment"]["SLUICE_GRACEFUL_SHUTDOWN_S"])
    assert float(gateway["stop_grace_period"].removesuffix("s")) > grace


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
    import typer

    from sluice.gateway.cli.main import app

    root = typer.main.get_command(app)
    used = []
    for service in services.values():
        command = service.get("command")
        text = " ".join(command) if isinstance(command, list) else str(command or "")
        for invocation in re.split(r"&&|\|\||\||;|\(|\)", text):
            words = invocation.split()
            if "sluice" in words:
                used.append(words[words.index("sluice") + 1:])
    assert len(used) >= 6
    for words in used:
        command, args = root, list(words)
        while hasattr(command, "commands"):  # a command group
            command = command.commands.get(args.pop(0))
            assert command is not None, f"sluice {' '.join(words)}: no such command"
        options = {opt for param in command.params for opt in getattr(param, "opts", [])}
        for arg in args:
            if arg.startswith("--"):
                assert arg in options, f"sluice {' '.join(words)}: unknown option {arg}"
