"""What the SCIM endpoint supports (RFC 7644 section 4): ServiceProviderConfig, ResourceTypes and
Schemas, for identity providers that read them before provisioning."""

from __future__ import annotations

from typing import Any

from sluice.gateway.scim.resources import GROUP_SCHEMA, LIST_SCHEMA, USER_SCHEMA

CONFIG_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"
RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType"
SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema"
MAX_RESULTS = 200


def service_provider_config(base_url: str) -> dict[str, Any]:
    return {
        "schemas": [CONFIG_SCHEMA],
        "patch": {"supported": True},
        "bulk": {"supported": False, "maxOperations": 0, "maxPayloadSize": 0},
        "filter": {"supported": True, "maxResults": MAX_RESULTS},
        "changePassword": {"supported": False},
        "sort": {"supported": False},
        "etag": {"supported": False},
        "authenticationSchemes": [{"type": "oauthbearertoken", "name": "Bearer token", "primary": True,
                                   "description": "A token made with `sluice scim token create NAME`"}],
        "meta": {"resourceType": "ServiceProviderConfig", "location": f"{base_url}/ServiceProviderConfig"},
    }


def _attribute(name: str, kind: str = "string", *, required: bool = False, multi: bool = False,
               mutability: str = "readWrite", uniqueness: str = "none", sub: list | None = None) -> dict[str, Any]:
    attribute = {"name": name, "type": kind, "multiValued": multi, "required": required, "caseExact": False,
                 "mutability": mutability, "returned": "default", "uniqueness": uniqueness}
    if sub:
        attribute["subAttributes"] = sub
    return attribute


SCHEMAS: dict[str, dict[str, Any]] = {
    USER_SCHEMA: {"id": USER_SCHEMA, "name": "User", "description": "A Sluice account, named by e-mail",
                  "attributes": [
                      _attribute("userName", required=True, uniqueness="server"),
                      _attribute("displayName"),
                      _attribute("name", "complex", sub=[_attribute("formatted"), _attribute("givenName"),
                                                         _attribute("familyName")]),
                      _attribute("emails", "complex", multi=True, sub=[_attribute("value"), _attribute("type"),
                                                                        _attribute("primary", "boolean")]),
                      _attribute("active", "boolean"),
                      _attribute("groups", "complex", multi=True, mutability="readOnly",
                                 sub=[_attribute("value", mutability="readOnly"),
                                      _attribute("display", mutability="readOnly")])]},
    GROUP_SCHEMA: {"id": GROUP_SCHEMA, "name": "Group", "description": "A group; the SSO role map gives its role",
                   "attributes": [
                       _attribute("displayName", required=True, uniqueness="server"),
                       _attribute("members", "complex", multi=True, sub=[_attribute("value", mutability="immutable"),
                                                                          _attribute("display",
                                                                                     mutability="readOnly")])]},
}


def schemas(base_url: str) -> dict[str, Any]:
    resources = [{**body, "schemas": [SCHEMA_SCHEMA],
                  "meta": {"resourceType": "Schema", "location": f"{base_url}/Schemas/{sid}"}}
                 for sid, body in SCHEMAS.items()]
    return {"schemas": [LIST_SCHEMA], "totalResults": len(resources), "startIndex": 1,
            "itemsPerPage": len(resources), "Resources": resources}


def resource_types(base_url: str) -> dict[str, Any]:
    resources = [{"schemas": [RESOURCE_TYPE_SCHEMA], "id": name, "name": name, "endpoint": f"/{name}s",
                  "schema": schema, "meta": {"resourceType": "ResourceType",
                                              "location": f"{base_url}/ResourceTypes/{name}"}}
                 for name, schema in (("User", USER_SCHEMA), ("Group", GROUP_SCHEMA))]
    return {"schemas": [LIST_SCHEMA], "totalResults": len(resources), "startIndex": 1,
            "itemsPerPage": len(resources), "Resources": resources}
