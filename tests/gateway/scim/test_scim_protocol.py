"""The requests Okta and Entra ID send, byte for byte in shape, and the SCIM error format for every
refusal: missing or revoked tokens, bad filters, malformed bodies, unknown paths."""

from __future__ import annotations

import secrets

import pytest

from sluice.gateway.database import transaction
from sluice.gateway.scim.tokens import create_token, revoke_token

ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"
PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp"
USER = "urn:ietf:params:scim:schemas:core:2.0:User"
GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


def scim_error(response, status: int, scim_type: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/scim+json")
    body = response.json()
    assert body["schemas"] == [ERROR] and body["status"] == str(status) and body["detail"]
    assert body.get("scimType") == scim_type
    return body


def entra_user(address: str) -> dict:
    return {"schemas": [USER, "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"],
            "externalId": address.split("@")[0], "userName": address, "active": True,
            "displayName": "Erin Entra", "name": {"givenName": "Erin", "familyName": "Entra"},
            "emails": [{"primary": True, "type": "work", "value": address}],
            "title": "Engineer", "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "R&D"}}


def test_entra_id_provisioning_sequence(scim_site):
    address = f"erin.{secrets.token_hex(3)}@acme-corp.com"
    with scim_site.http() as http:
        probe = http.get("/Users", params={"filter": f'userName eq "{address}"'})
        assert probe.status_code == 200 and probe.json()["totalResults"] == 0
        created = http.post("/Users", json=entra_user(address))
        assert created.status_code == 201 and created.headers["location"].endswith(created.json()["id"])
        user_id = created.json()["id"]
        group = http.post("/Groups", json={"schemas": [GROUP], "displayName": f"entra-{secrets.token_hex(3)}",
                                           "externalId": "9f1c", "members": []})
        assert group.status_code == 201
        group_id = group.json()["id"]
        added = http.patch(f"/Groups/{group_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "Add", "path": "members", "value": [{"value": user_id}]}]})
        assert [m["value"] for m in added.json()["members"]] == [user_id]
        renamed = http.patch(f"/Users/{user_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "Replace", "path": "displayName", "value": "Erin E."},
            {"op": "Add", "path": "title", "value": "Lead"}]})
        assert renamed.status_code == 200 and renamed.json()["displayName"] == "Erin E."
        disabled = http.patch(f"/Users/{user_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "Replace", "path": "active", "value": "False"}]})  # Entra sends booleans as strings
        assert disabled.json()["active"] is False
        removed = http.patch(f"/Groups/{group_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "Remove", "path": "members", "value": [{"value": user_id}]}]})
        assert removed.json()["members"] == []
        listed = http.get("/Groups", params={"filter": f'displayName eq "{group.json()["displayName"]}"',
                                             "excludedAttributes": "members"})
        assert listed.json()["totalResults"] == 1 and listed.json()["Resources"][0]["members"] == []
        assert http.delete(f"/Groups/{group_id}").status_code == 204
        assert http.get(f"/Groups/{group_id}").status_code == 404


def test_okta_deactivation_and_group_push(scim_site):
    address = f"olga.{secrets.token_hex(3)}@acme-corp.com"
    with scim_site.http() as http:
        user_id = http.post("/Users", json={"schemas": [USER], "userName": address, "active": True,
                                            "name": {"givenName": "Olga", "familyName": "Okta"},
                                            "emails": [{"value": address, "primary": True, "type": "work"}]}
                            ).json()["id"]
        name = f"okta-{secrets.token_hex(3)}"
        group_id = http.post("/Groups", json={"schemas": [GROUP], "displayName": name, "members": []}).json()["id"]
        pushed = http.patch(f"/Groups/{group_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "replace", "value": {"id": group_id, "displayName": name}},
            {"op": "add", "path": "members", "value": [{"value": user_id, "display": address}]}]})
        assert pushed.status_code == 200 and len(pushed.json()["members"]) == 1
        replaced = http.put(f"/Groups/{group_id}", json={"schemas": [GROUP], "id": group_id, "displayName": name,
                                                          "members": []})
        assert replaced.json()["members"] == []
        off = http.patch(f"/Users/{user_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "replace", "value": {"active": False}}]})
        assert off.json()["active"] is False
        paged = http.get("/Users", params={"startIndex": 1, "count": 1})
        assert paged.json()["itemsPerPage"] == 1 and paged.json()["totalResults"] >= 1


def test_requests_without_a_valid_token_are_refused(scim_site):
    with scim_site.http(token="scim_not-a-real-token") as http:
        body = scim_error(http.get("/Users"), 401)
        assert "sluice scim token create" in body["detail"]
    with transaction(scim_site.ctx.sessions) as session:
        issued = create_token(session=session, name="to-revoke", secret=scim_site.ctx.settings.secret_bytes)
    with scim_site.http(token=issued.token) as http:
        assert http.get("/Users").status_code == 200
        with transaction(scim_site.ctx.sessions) as session:
            revoke_token(session=session, token_id=issued.record.id)
        scim_error(http.get("/Users"), 401)
    import httpx

    unauthenticated = httpx.get(f"{scim_site.base}/Users")
    assert unauthenticated.status_code == 401 and unauthenticated.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize("filter_text", ['name.familyName co "x"', 'userName eq x', 'title eq "x"',
                                         'userName eq "a" or userName eq "b"', "x" * 2000])
def test_unsupported_filters_are_invalid_filter_errors(scim_site, filter_text):
    with scim_site.http() as http:
        scim_error(http.get("/Users", params={"filter": filter_text}), 400, "invalidFilter")


def test_malformed_bodies_are_scim_errors_not_500s(scim_site):
    with scim_site.http() as http:
        scim_error(http.post("/Users", content=b"{not json"), 400, "invalidSyntax")
        scim_error(http.post("/Users", json=["a list"]), 400, "invalidSyntax")
        scim_error(http.post("/Users", json={"schemas": [USER], "userName": "no-at-sign"}), 400, "invalidValue")
        scim_error(http.post("/Users", json={"schemas": [USER], "userName": "a@b.co", "active": "maybe"}),
                   400, "invalidValue")
        scim_error(http.post("/Groups", json={"schemas": [GROUP], "displayName": ""}), 400, "invalidValue")
        scim_error(http.post("/Groups", json={"schemas": [GROUP], "displayName": "g" + secrets.token_hex(3),
                                              "members": [{"value": "usr_missing"}]}), 400, "invalidValue")
        user_id = http.post("/Users", json={"schemas": [USER], "userName": f"p{secrets.token_hex(3)}@acme-corp.com"}
                            ).json()["id"]
        scim_error(http.patch(f"/Users/{user_id}", json={"Operations": []}), 400, "invalidSyntax")
        scim_error(http.patch(f"/Users/{user_id}", json={"schemas": [PATCH], "Operations": [{"op": "move"}]}),
                   400, "invalidSyntax")
        scim_error(http.get("/Users", params={"startIndex": "one"}), 400, "invalidValue")
        group_id = http.post("/Groups", json={"schemas": [GROUP], "displayName": "g" + secrets.token_hex(3)}
                             ).json()["id"]
        scim_error(http.patch(f"/Groups/{group_id}", json={"schemas": [PATCH], "Operations": [
            {"op": "replace", "path": "owner", "value": "x"}]}), 400, "invalidPath")
        scim_error(http.get("/Users/usr_nope"), 404)


def test_the_break_glass_account_is_invisible_to_scim(scim_site):
    from tests.gateway.scim.conftest import GLASS

    glass = scim_site.user(GLASS)
    with scim_site.http() as http:
        assert http.get("/Users", params={"filter": f'userName eq "{GLASS}"'}).json()["totalResults"] == 0
        scim_error(http.get(f"/Users/{glass.id}"), 404)
        scim_error(http.patch(f"/Users/{glass.id}", json={"schemas": [PATCH], "Operations": [
            {"op": "replace", "path": "active", "value": False}]}), 404)
    assert not scim_site.user(GLASS).disabled


def test_discovery_endpoints_answer_without_a_token(scim_site):
    import httpx

    for path in ("ServiceProviderConfig", "Schemas", "ResourceTypes"):
        response = httpx.get(f"{scim_site.base}/{path}")
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/scim+json")
