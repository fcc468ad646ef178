"""Users: argon2 hashes, roles, sign-in with lock-out, sessions that end."""

from datetime import timedelta

import pytest

from sluice.gateway.database import utcnow
from sluice.gateway.errors import Conflict, InvalidInput, Unauthenticated
from sluice.gateway.users.service import (create_user, locked_user_ids, resolve_session, sign_in, sign_out,
                                          unlock_user)
from sluice.gateway.users.throttle import ThrottlePolicy
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET.encode()
PASSWORD = "correct horse battery"


POLICY = ThrottlePolicy(account_max_failures=3, address_max_failures=5, base=timedelta(minutes=15),
                        cap=timedelta(hours=2), window=timedelta(hours=1))


def _sign_in(session, password=PASSWORD, now=None, email="ann@example.org", address="10.0.0.1"):
    return sign_in(session=session, email=email, password=password, secret=SECRET, ttl=timedelta(hours=1),
                   policy=POLICY, source_address=address, now=now)


def _fails(session, times, **kw):
    codes = []
    for _ in range(times):
        with pytest.raises(Unauthenticated) as err:
            _sign_in(session, **kw)
        codes.append(err.value.code)
    return codes


@pytest.fixture
def user(db_session):
    return create_user(session=db_session, email="Ann@Example.org", password=PASSWORD, role="policy_author")


def test_password_is_stored_as_argon2id(user):
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_email_is_normalised_and_unique(db_session, user):
    assert user.email == "ann@example.org"
    with pytest.raises(Conflict):
        create_user(session=db_session, email="ANN@example.org", password=PASSWORD, role="viewer")


@pytest.mark.parametrize("role", ["root", "Admin", ""])
def test_unknown_roles_are_refused(db_session, role):
    with pytest.raises(InvalidInput) as err:
        create_user(session=db_session, email="x@example.org", password=PASSWORD, role=role)
    assert err.value.code == "invalid_role"


def test_short_passwords_are_refused(db_session):
    with pytest.raises(InvalidInput) as err:
        create_user(session=db_session, email="x@example.org", password="short", role="viewer")
    assert err.value.code == "weak_password"


def test_sign_in_opens_a_session_that_sign_out_ends(db_session, user):
    issued = _sign_in(db_session)
    record, found = resolve_session(session=db_session, token=issued.token, secret=SECRET)
    assert found.id == user.id
    sign_out(session=db_session, record=record)
    with pytest.raises(Unauthenticated):
        resolve_session(session=db_session, token=issued.token, secret=SECRET)


def test_wrong_password_and_unknown_user_look_the_same(db_session, user):
    with pytest.raises(Unauthenticated) as wrong:
        _sign_in(db_session, password="not the password")
    with pytest.raises(Unauthenticated) as unknown:
        _sign_in(db_session, email="nobody@example.org")
    assert wrong.value.code == unknown.value.code == "invalid_credentials"


def test_repeated_failures_lock_the_account_even_for_the_right_password(db_session, user):
    for _ in range(3):
        with pytest.raises(Unauthenticated):
            _sign_in(db_session, password="guess")
    with pytest.raises(Unauthenticated) as err:
        _sign_in(db_session)
    assert err.value.code == "account_locked"
    assert _sign_in(db_session, now=utcnow() + timedelta(minutes=16)).user.id == user.id


def test_expired_sessions_are_refused(db_session, user):
    issued = _sign_in(db_session)
    with pytest.raises(Unauthenticated):
        resolve_session(session=db_session, token=issued.token, secret=SECRET, now=utcnow() + timedelta(hours=2))


def test_disabled_users_cannot_sign_in(db_session, user):
    user.disabled = True
    db_session.flush()
    with pytest.raises(Unauthenticated):
        _sign_in(db_session)


def test_unknown_accounts_lock_out_exactly_like_known_ones(db_session, user):
    known = _fails(db_session, 4, password="guess", address="10.0.0.1")
    unknown = _fails(db_session, 4, email="nobody@example.org", address="10.0.0.2")
    assert known == unknown == ["invalid_credentials"] * 3 + ["account_locked"]


def test_each_further_lock_out_lasts_twice_as_long(db_session, user):
    start, anywhere = utcnow(), {"address": None}
    _fails(db_session, 3, password="guess", now=start, **anywhere)
    second = start + timedelta(minutes=16)
    _fails(db_session, 3, password="guess", now=second, **anywhere)
    assert _fails(db_session, 1, now=second + timedelta(minutes=16), **anywhere) == ["account_locked"]
    assert _sign_in(db_session, now=second + timedelta(minutes=31), **anywhere).user.id == user.id


def test_one_source_address_guessing_many_accounts_locks_out(db_session, user):
    for n in range(5):
        _fails(db_session, 1, email=f"guess{n}@example.org", address="10.9.9.9")
    assert _fails(db_session, 1, address="10.9.9.9") == ["account_locked"]  # even the right password
    assert _sign_in(db_session, address="10.0.0.7").user.id == user.id  # the account itself is not locked


def test_unlock_ends_an_account_lock_out(db_session, user):
    _fails(db_session, 3, password="guess")
    assert locked_user_ids(session=db_session, users=[user], secret=SECRET) == {user.id}
    assert unlock_user(session=db_session, user=user, secret=SECRET)
    assert locked_user_ids(session=db_session, users=[user], secret=SECRET) == set()
    assert _sign_in(db_session).user.id == user.id


def test_an_unknown_account_is_checked_against_a_real_argon2_hash(db_session, user, monkeypatch):
    from sluice.gateway.users import passwords, service

    checked = []
    monkeypatch.setattr(service, "verify_password", lambda h, p: checked.append(h) or passwords.verify_password(h, p))
    for email in ("ann@example.org", "nobody@example.org", "not an e-mail"):
        service.check_password(service.find_candidate(session=db_session, email=email), "guess")
    assert len(checked) == 3 and all(h.startswith("$argon2id$") for h in checked)
