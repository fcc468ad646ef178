"""Users: argon2 hashes, roles, sign-in with lock-out, sessions that end."""

from datetime import timedelta

import pytest

from sluice.gateway.database import utcnow
from sluice.gateway.errors import Conflict, InvalidInput, Unauthenticated
from sluice.gateway.users.service import create_user, resolve_session, sign_in, sign_out
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET.encode()
PASSWORD = "correct horse battery"


def _sign_in(session, password=PASSWORD, now=None, email="ann@example.org"):
    return sign_in(session=session, email=email, password=password, secret=SECRET, ttl=timedelta(hours=1),
                   max_failures=3, lockout=timedelta(minutes=15), now=now)


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
