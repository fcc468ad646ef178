"""The page an invitation or reset link opens: its owner sets their password (no session needed:
the link's token is the proof; it works once)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from sluice.gateway.auth import self_service
from sluice.gateway.console import web
from sluice.gateway.errors import SluiceError

router = APIRouter(prefix="/console/invitation", include_in_schema=False)


def _form(request: Request, token: str, *, email: str | None, errors: dict | None = None, status: int = 200):
    nonce = web.new_presession()
    response = web.render(request, "invitation.html", None, status=status, title="Set your password",
                          token=token, email=email, errors=errors or {},
                          form_token=web.presession_token(nonce, web.ctx_of(request).settings.secret_bytes))
    response.set_cookie(web.PRESESSION_COOKIE, nonce, max_age=3600, httponly=True, samesite="strict",
                        secure=web.secure_cookies(request), path="/console")
    return response


def _email(request: Request, token: str) -> str | None:
    try:
        return self_service.invitation_email(ctx=web.ctx_of(request), token=token[:200])
    except SluiceError:
        return None


@router.get("/{token}")
def show(request: Request, token: str):
    email = _email(request, token)
    return _form(request, token, email=email, status=200 if email else 404)


@router.post("/{token}")
def accept(request: Request, token: str, form: dict = web.FORM):
    email = _email(request, token)
    if email is None:
        return _form(request, token, email=None, status=404)
    password, again = form.get("password", "")[:1024], form.get("password_again", "")[:1024]
    if not web.presession_valid(request, form.get(web.CSRF_FIELD, "")):
        return _form(request, token, email=email, status=400,
                     errors={"_form": "The form expired. Please enter your password again."})
    if password != again:
        return _form(request, token, email=email, status=400, errors={"password_again": "The passwords differ."})
    try:
        self_service.accept_and_audit(ctx=web.ctx_of(request), token=token[:200], password=password,
                                      source_address=web.client_address(request), via="console")
    except SluiceError as exc:
        return _form(request, token, email=_email(request, token), status=exc.status,
                     errors={"password": web.sentence(exc.message)})
    response = web.redirect("/console/sign-in?done=password_set")
    response.delete_cookie(web.PRESESSION_COOKIE, path="/console")
    return response
