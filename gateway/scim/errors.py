"""SCIM errors (RFC 7644 3.12): ``{"schemas": [Error], "status": "400", "scimType": ..., "detail": ...}``.

``scimType`` is the stable code where the RFC names one (invalidFilter, uniqueness, invalidValue,
invalidSyntax, invalidPath, mutability, noTarget); 401, 404 and 413 carry the status alone."""

from __future__ import annotations

from fastapi.responses import JSONResponse

ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error"
SCIM_MEDIA_TYPE = "application/scim+json"


class ScimError(Exception):
    def __init__(self, status: int, detail: str, scim_type: str | None = None):
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.scim_type = scim_type

    def response(self) -> JSONResponse:
        body = {"schemas": [ERROR_SCHEMA], "status": str(self.status), "detail": self.detail}
        if self.scim_type:
            body["scimType"] = self.scim_type
        headers = {"WWW-Authenticate": 'Bearer realm="sluice-scim"'} if self.status == 401 else None
        return JSONResponse(body, status_code=self.status, media_type=SCIM_MEDIA_TYPE, headers=headers)


def invalid_value(detail: str) -> ScimError:
    return ScimError(400, detail, "invalidValue")


def not_found(kind: str, resource_id: str) -> ScimError:
    return ScimError(404, f"no {kind} with id {resource_id[:64]!r}")
