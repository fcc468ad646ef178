"""An optional TOTP second factor: enrol with a QR code / otpauth URI and a confirming code, then
sign-in asks for a code; recovery codes work once; wrong codes lock out like wrong passwords; an
administrator can reset it; a deployment can require it of administrators."""

from __future__ import annotations

import json
import time

import pyotp

from tests.gateway.accounts.conftest import PASSWORD, bearer, login, make_client, user_id

VIEWER = "viewer@example.org"


def enrol(client, headers) -> tuple[pyotp.TOTP, list[str]]:
    started = client.post("/admin/api/auth/totp/enrol", headers=headers)
    assert started.status_code == 200, started.text
    body = started.json()
    assert body["otpauth_uri"].startswith("otpauth://totp/Sluice:") and body["qr_svg"].startswith("<svg")
    totp = pyotp.TOTP(body["secret"])
    wrong = client.post("/admin/api/auth/totp/confirm", json={"code": _wrong(totp)}, headers=headers)
    assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "invalid_totp_code"
    confirmed = client.post("/admin/api/auth/totp/confirm", json={"code": totp.now()}, headers=headers)
    assert confirmed.status_code == 200, confirmed.text
    codes = confirmed.json()["recovery_codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    return totp, codes


def _wrong(totp: pyotp.TOTP) -> str:
    """A 6-digit code that none of the steps around now accepts."""
    near = {totp.at(time.time() + d) for d in (-60, -30, 0, 30, 60)}
    return next(c for c in ("123456", "654321", "111111", "222222", "333333", "444444") if c not in near)


def test_sign_in_asks_for_the_code_once_enrolled(client, admin_events):
    totp, codes = enrol(client, bearer(client, VIEWER))
    without = login(client, VIEWER)
    assert without.status_code == 401 and without.json()["error"]["code"] == "second_factor_required"
    wrong = login(client, VIEWER, totp_code=_wrong(totp))
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_second_factor"
    assert login(client, VIEWER, totp_code=totp.now()).status_code == 200
    events = json.dumps(admin_events("user.totp_enrolled") + admin_events("user.login_failed"))
    assert totp.secret not in events and not any(c in events for c in codes)


def test_a_code_is_accepted_once(client):
    totp, _ = enrol(client, bearer(client, VIEWER))
    code = totp.now()
    first = login(client, VIEWER, totp_code=code)
    second = login(client, VIEWER, totp_code=code)
    assert first.status_code == 200
    assert second.status_code == 401 and second.json()["error"]["code"] == "invalid_second_factor"


def test_a_recovery_code_signs_in_once(client):
    _, codes = enrol(client, bearer(client, VIEWER))
    assert login(client, VIEWER, totp_code=codes[0].upper()).status_code == 200
    assert login(client, VIEWER, totp_code=codes[0]).json()["error"]["code"] == "invalid_second_factor"


def test_wrong_codes_lock_the_account_like_wrong_passwords(client):
    totp, _ = enrol(client, bearer(client, VIEWER))
    for _ in range(3):
        assert login(client, VIEWER, totp_code=_wrong(totp)).status_code == 401
    locked = login(client, VIEWER, totp_code=totp.now())
    assert locked.status_code == 401 and locked.json()["error"]["code"] == "account_locked"


def test_enrolling_twice_is_a_conflict_and_recovery_codes_can_be_renewed(client):
    headers = bearer(client, VIEWER)
    totp, old = enrol(client, headers)
    again = client.post("/admin/api/auth/totp/enrol", headers=headers)
    assert again.status_code == 409 and again.json()["error"]["code"] == "totp_already_enabled"
    refused = client.post("/admin/api/auth/totp/recovery-codes", json={"code": old[1]}, headers=headers)
    assert refused.status_code == 400 and refused.json()["error"]["code"] == "invalid_totp_code"


def test_an_admin_resets_a_lost_second_factor(client, admin_events):
    enrol(client, bearer(client, VIEWER))
    admin = bearer(client, "admin@example.org")
    viewer_id = user_id(client, admin, VIEWER)
    reset = client.post(f"/admin/api/users/{viewer_id}/totp/reset", headers=admin)
    assert reset.status_code == 200 and reset.json()["totp_enabled"] is False
    assert login(client, VIEWER).status_code == 200
    (event,) = admin_events("user.totp_reset")
    assert event["target_id"] == viewer_id and event["before"] == {"totp_enabled": True}


def test_a_deployment_can_require_a_second_factor_of_administrators(deployment):
    with make_client(deployment, require_totp_for_admins=True) as client:
        admin = bearer(client, "admin@example.org")
        refused = client.get("/admin/api/users", headers=admin)
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "second_factor_enrolment_required"
        assert client.get("/admin/api/auth/me", headers=bearer(client, VIEWER)).json()["pending"] is None
        totp, _ = enrol(client, admin)
        assert client.get("/admin/api/users", headers=admin).status_code == 200
        assert login(client, "admin@example.org", PASSWORD).json()["error"]["code"] == "second_factor_required"


def test_renewing_recovery_codes_needs_a_current_code_and_wrong_ones_lock_out(client):
    headers = bearer(client, VIEWER)
    totp, old = enrol(client, headers)
    renewed = client.post("/admin/api/auth/totp/recovery-codes", json={"code": totp.now()}, headers=headers)
    assert renewed.status_code == 200 and set(renewed.json()["recovery_codes"]).isdisjoint(old)
    assert login(client, VIEWER, totp_code=old[0]).json()["error"]["code"] == "invalid_second_factor"
    for _ in range(2):
        wrong = client.post("/admin/api/auth/totp/recovery-codes", json={"code": _wrong(totp)}, headers=headers)
        assert wrong.status_code == 400 and wrong.json()["error"]["code"] == "invalid_totp_code"
    # with the refused sign-in above, that makes three failures: the account is locked out
    locked = client.post("/admin/api/auth/totp/recovery-codes", json={"code": totp.now()}, headers=headers)
    assert locked.status_code == 401 and locked.json()["error"]["code"] == "account_locked"
    assert login(client, VIEWER, totp_code=renewed.json()["recovery_codes"][0]).json()["error"]["code"] == \
        "account_locked"


def test_the_sign_in_event_says_which_second_factor_was_used(client, admin_events):
    _, codes = enrol(client, bearer(client, VIEWER))
    assert login(client, VIEWER, totp_code=codes[3]).status_code == 200
    assert admin_events("user.login")[-1]["after"] == {"second_factor": "recovery"}
