"""/docs and /openapi.json are for signed-in users, served from local files, and off in production."""

from __future__ import annotations

import httpx

from tests.gateway.access.conftest import PASSWORD


def _token(server) -> str:
    response = httpx.post(f"{server.url}/admin/api/auth/login", json={"email": "viewer@example.org",
                                                                      "password": PASSWORD})
    return response.json()["token"]


def test_the_schema_and_reference_need_a_signed_in_user(deployment):
    with deployment.serve() as server:
        anonymous = httpx.get(f"{server.url}/openapi.json")
        assert anonymous.status_code == 401 and anonymous.json()["error"]["code"] == "not_signed_in"
        page = httpx.get(f"{server.url}/docs")
        assert page.status_code == 303 and page.headers["location"] == "/console/sign-in?next=/docs"
        assert httpx.get(f"{server.url}/docs/assets/swagger-ui-bundle.js").status_code == 401
        assert httpx.get(f"{server.url}/redoc").status_code == 404

        headers = {"Authorization": f"Bearer {_token(server)}"}
        spec = httpx.get(f"{server.url}/openapi.json", headers=headers)
        assert spec.status_code == 200 and "/admin/api/users/{user_id}/unlock" in spec.json()["paths"]


def test_the_reference_page_loads_only_local_assets_under_the_console_policy(deployment):
    with deployment.serve() as server:
        client = httpx.Client(base_url=server.url)
        client.post("/admin/api/auth/login", json={"email": "viewer@example.org", "password": PASSWORD})
        page = client.get("/docs")
        assert page.status_code == 200
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "<script>" not in page.text and "http" not in page.text  # no inline script, nothing remote
        for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/console/static/api-docs.js"):
            assert client.get(asset).status_code == 200, asset


def test_production_serves_no_reference_unless_enabled(deployment):
    from sluice.audit.signing import Signer, write_keypair

    key = deployment.data_dir / "audit-signing.key"  # production does not start without one
    write_keypair(Signer.generate("sluice/audit"), key)
    with deployment.serve(env="production", cookie_secure=True) as server:
        headers = {"Authorization": f"Bearer {_token(server)}"}
        assert httpx.get(f"{server.url}/openapi.json", headers=headers).status_code == 404
        assert httpx.get(f"{server.url}/docs", headers=headers).status_code == 404
    with deployment.serve(env="production", api_docs=True) as server:
        headers = {"Authorization": f"Bearer {_token(server)}"}
        assert httpx.get(f"{server.url}/openapi.json", headers=headers).status_code == 200
