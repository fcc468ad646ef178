"""deploy/kubernetes/ is valid Kubernetes and wired the way the gateway needs, checked offline.

Every object is validated against the Kubernetes OpenAPI schemas that ``kubernetes-validate``
ships (strict: an unknown field is an error), for the oldest and the newest version it knows.
The rest checks what a cluster would only show at run time: probes at paths the apps serve,
selectors that select, the drain time, the settings, the secrets and the volumes.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

from sluice.gateway.settings import load_settings
from tests.conftest import TEST_SECRET, make_settings
from tests.gateway.ops.deployment_checks import (as_settings_values, assert_cli_accepts, sluice_invocations,
                                                 unknown_sluice_variables)

ROOT = Path(__file__).resolve().parents[3]
MANIFESTS = ROOT / "deploy" / "kubernetes"
OLDEST_VERSION = "1.30.0"
WORKLOADS = ("Deployment", "StatefulSet")
SECRET = "sluice-secrets"


def load_objects() -> list[dict]:
    objects = []
    for path in sorted(MANIFESTS.rglob("*.yaml")):
        objects += [doc for doc in yaml.safe_load_all(path.read_text()) if doc]
    return objects


OBJECTS = load_objects()


def named(kind: str, name: str | None = None) -> list[dict]:
    return [o for o in OBJECTS if o["kind"] == kind and name in (None, o["metadata"]["name"])]


def one(kind: str, name: str) -> dict:
    (found,) = named(kind, name)
    return found


def pod_spec(obj: dict) -> dict:
    return obj["spec"]["template"]["spec"]


def containers() -> list[tuple[dict, dict]]:
    return [(obj, c) for obj in OBJECTS if obj["kind"] in (*WORKLOADS, "Job") for c in pod_spec(obj)["containers"]]


def is_sluice(container: dict) -> bool:
    return container["image"].startswith("sluice:")


def environment(obj: dict, container: dict) -> dict[str, str]:
    """The container's variables as the kubelet sets them: ConfigMaps first, ``$(VAR)`` expanded."""
    env: dict[str, str] = {}
    for source in container.get("envFrom", []):
        env.update(one("ConfigMap", source["configMapRef"]["name"])["data"])
    for var in container.get("env", []):
        value = var.get("value")
        if value is None:
            value = "secret-" + var["valueFrom"]["secretKeyRef"]["key"]
        env[var["name"]] = re.sub(r"\$\((\w+)\)", lambda m: env.get(m.group(1), m.group(0)), value)
    return env


def matches(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: f"{o['kind']}/{o['metadata']['name']}")
def test_every_object_is_valid_kubernetes(obj):
    import kubernetes_validate

    for version in (OLDEST_VERSION, kubernetes_validate.latest_version()):
        kubernetes_validate.validate(obj, version, strict=True)


def test_the_production_shape_is_all_there():
    assert {o["metadata"]["name"] for o in named("Deployment")} == {
        "sluice-gateway", "sluice-worker", "sluice-beat", "sluice-inference"}
    assert {o["metadata"]["name"] for o in named("StatefulSet")} == {"postgres", "redis"}
    assert named("Job", "sluice-migrate") and named("NetworkPolicy")


def test_every_container_has_probes_and_resources():
    for obj, container in containers():
        where = f"{obj['metadata']['name']}/{container['name']}"
        resources = container.get("resources", {})
        for bound in ("requests", "limits"):
            assert {"cpu", "memory"} <= set(resources.get(bound, {})), f"{where}: {bound}"
        if obj["kind"] == "Job":
            continue
        assert "livenessProbe" in container and "readinessProbe" in container, where
        if is_sluice(container):
            assert "startupProbe" in container, where  # start-up is slow (models); liveness waits for it


def test_http_probes_use_paths_the_apps_serve(tmp_path):
    from fastapi.testclient import TestClient

    from sluice.gateway.app import create_app
    from sluice.gateway.engine_server import create_engine_app

    served = {"sluice-gateway": create_app(make_settings(data_dir=tmp_path)),
              "sluice-inference": create_engine_app(tmp_path / "model")}
    for name, app in served.items():
        client = TestClient(app)  # not started: a probe path answers (200 or 503), it is not 404
        container = pod_spec(one("Deployment", name))["containers"][0]
        ports = {p["name"]: p["containerPort"] for p in container["ports"]}
        for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
            get = container[probe]["httpGet"]
            assert get["port"] in ports, f"{name} {probe}"
            assert client.get(get["path"]).status_code in (200, 503), f"{name} {probe}: {get['path']}"
        assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", name  # not ready while draining


def test_gateway_drains_within_the_termination_grace_period():
    spec = pod_spec(one("Deployment", "sluice-gateway"))
    container = spec["containers"][0]
    env = environment(one("Deployment", "sluice-gateway"), container)
    pre_stop = container["lifecycle"]["preStop"]["exec"]["command"]
    assert pre_stop[0] == "sleep"
    drain = int(pre_stop[1]) + float(env["SLUICE_SHUTDOWN_DELAY_S"]) + float(env["SLUICE_GRACEFUL_SHUTDOWN_S"])
    assert spec["terminationGracePeriodSeconds"] > drain
    assert container["command"][-2:] == ["--workers", "1"]  # a supervisor would keep the port open while draining
    strategy = one("Deployment", "sluice-gateway")["spec"]["strategy"]["rollingUpdate"]
    assert strategy["maxUnavailable"] == 0  # a rollout never lowers the serving capacity


def test_disruption_budgets_select_one_workload_and_never_the_scheduler():
    budgets = named("PodDisruptionBudget")
    assert {b["metadata"]["name"] for b in budgets} >= {"sluice-gateway", "sluice-worker"}
    for budget in budgets:
        selector = budget["spec"]["selector"]["matchLabels"]
        selected = [o["metadata"]["name"] for o in OBJECTS if o["kind"] in WORKLOADS
                    and matches(selector, o["spec"]["template"]["metadata"]["labels"])]
        assert selected == [budget["metadata"]["name"]], budget["metadata"]["name"]


def test_exactly_one_scheduler():
    beats = [obj["metadata"]["name"] for obj, c in containers() if "--beat" in c.get("command", [])]
    assert beats == ["sluice-beat"]
    beat = one("Deployment", "sluice-beat")["spec"]
    assert beat["replicas"] == 1 and beat["strategy"]["type"] == "Recreate"  # never two at once
    targets = {h["spec"]["scaleTargetRef"]["name"] for h in named("HorizontalPodAutoscaler")}
    assert "sluice-beat" not in targets


def test_workload_selectors_services_and_autoscaler_targets_match():
    for obj in OBJECTS:
        if obj["kind"] in WORKLOADS:
            assert matches(obj["spec"]["selector"]["matchLabels"], obj["spec"]["template"]["metadata"]["labels"])
    for service in named("Service"):
        pods = [(o, c) for o, c in containers() if o["kind"] in WORKLOADS
                and matches(service["spec"]["selector"], o["spec"]["template"]["metadata"]["labels"])]
        assert pods, service["metadata"]["name"]
        port_names = {p.get("name") for _, c in pods for p in c.get("ports", [])}
        for port in service["spec"]["ports"]:
            assert port["targetPort"] in port_names, service["metadata"]["name"]
    for autoscaler in named("HorizontalPodAutoscaler"):
        target = autoscaler["spec"]["scaleTargetRef"]
        assert named(target["kind"], target["name"])


def test_sluice_variables_are_settings_and_every_process_starts_with_them(tmp_path):
    text = "\n".join(path.read_text() for path in MANIFESTS.rglob("*.yaml"))
    assert not unknown_sluice_variables(text), "not Settings fields"
    key_file = tmp_path / "secret-key"
    key_file.write_text(TEST_SECRET)
    for obj, container in containers():
        env = environment(obj, container)
        if not any(name.startswith("SLUICE_") and name != "SLUICE_KERNEL_BACKEND" for name in env):
            continue  # not a gateway process (the datastores, the inference server)
        settings = load_settings(**{**as_settings_values(env), "secret_key_file": str(key_file)})
        assert settings.env == "production", obj["metadata"]["name"]
        assert settings.builtin_model_dir is None  # the inference Deployment serves the model
        assert env["SLUICE_DATABASE_URL"] == "postgresql+psycopg://sluice:secret-postgres-password@postgres:5432/sluice"


def test_urls_name_services_at_their_ports():
    config = one("ConfigMap", "sluice-config")["data"]
    ports = {s["metadata"]["name"]: {p["port"] for p in s["spec"]["ports"]} for s in named("Service")}
    migrate = one("Job", "sluice-migrate")
    urls = [config["SLUICE_REDIS_URL"], config["SLUICE_BROKER_URL"],
            environment(migrate, pod_spec(migrate)["containers"][0])["SLUICE_DATABASE_URL"],
            re.search(r"--base-url (\S+)", " ".join(pod_spec(migrate)["containers"][0]["command"])).group(1)]
    for url in urls:
        parsed = urlparse(url)
        assert parsed.port in ports.get(parsed.hostname, set()), url


def test_inference_runs_on_a_gpu_node_and_listens_where_it_is_registered():
    deployment = one("Deployment", "sluice-inference")
    spec = pod_spec(deployment)
    container = spec["containers"][0]
    for bound in ("requests", "limits"):
        assert container["resources"][bound]["nvidia.com/gpu"] == 1
    assert spec["nodeSelector"] and any(t["key"] == "nvidia.com/gpu" for t in spec["tolerations"])
    command = " ".join(container["command"])
    assert "--host 0.0.0.0" in command and "--device cuda" in command
    port = int(re.search(r"--port (\d+)", command).group(1))
    assert port == container["ports"][0]["containerPort"]
    assert deployment["spec"]["strategy"]["type"] == "Recreate"


def test_secrets_are_one_documented_secret_mounted_where_settings_read_them():
    readme = (ROOT / "deploy" / "README.md").read_text()
    created = re.search(rf"create secret generic {SECRET}(.*?)\n\n", readme, re.S)
    assert created, "deploy/README.md shows how to create the secret"
    documented = set(re.findall(r"--from-(?:literal|file)=([\w.-]+)=", created.group(1)))
    for obj, container in containers():
        spec, env = pod_spec(obj), environment(obj, container)
        for var in container.get("env", []):
            ref = var.get("valueFrom", {}).get("secretKeyRef")
            if ref:
                assert ref["name"] == SECRET and ref["key"] in documented, var["name"]
        volumes = {v["name"]: v for v in spec.get("volumes", [])}
        for mount in container.get("volumeMounts", []):
            secret = volumes.get(mount["name"], {}).get("secret")  # else a claim template
            if secret is None:
                continue
            assert secret["secretName"] == SECRET and mount.get("readOnly")
            assert {item["key"] for item in secret["items"]} <= documented
            for variable in ("SLUICE_SECRET_KEY_FILE", "SLUICE_AUDIT_SIGNING_KEY"):
                path = Path(env[variable])
                assert str(path.parent) == mount["mountPath"], variable
                assert path.name in {item["path"] for item in secret["items"]}, variable


def test_volumes_are_defined_and_claims_exist():
    claims = {c["metadata"]["name"] for c in named("PersistentVolumeClaim")}
    for obj, container in containers():
        spec = pod_spec(obj)
        defined = {v["name"] for v in spec.get("volumes", [])}
        defined |= {t["metadata"]["name"] for t in obj["spec"].get("volumeClaimTemplates", [])}
        for mount in container.get("volumeMounts", []):
            assert mount["name"] in defined, f"{obj['metadata']['name']}: {mount['name']}"
        for volume in spec.get("volumes", []):
            if "persistentVolumeClaim" in volume:
                assert volume["persistentVolumeClaim"]["claimName"] in claims
    data = one("PersistentVolumeClaim", "sluice-data")
    assert data["spec"]["accessModes"] == ["ReadWriteMany"]  # exports: written by workers, served by gateways
    for name in ("sluice-gateway", "sluice-worker", "sluice-beat"):
        deployment = one("Deployment", name)
        container = pod_spec(deployment)["containers"][0]
        data_dir = environment(deployment, container)["SLUICE_DATA_DIR"]
        volumes = {v["name"]: v for v in pod_spec(deployment)["volumes"]}
        (mount,) = [m for m in container["volumeMounts"] if m["mountPath"] == data_dir]
        assert volumes[mount["name"]]["persistentVolumeClaim"]["claimName"] == "sluice-data", name


def test_sluice_images_match_compose_and_commands_exist():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    images = {c["image"] for _, c in containers() if is_sluice(c)}
    assert images == {compose["gateway"]["image"]}
    used = [words for _, c in containers() for words in sluice_invocations(c.get("command"))]
    assert len(used) >= 6
    for words in used:
        assert_cli_accepts(words)
