"""The console's one-time flash: sealed at rest, for one sign-in session, once, and only briefly."""

from datetime import timedelta

from sluice.gateway.console.flash import ConsoleFlash, put_flash, take_flash
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET.encode()


def test_a_flash_is_taken_once_by_its_own_session_only(db_session):
    flash_id = put_flash(session=db_session, session_id="s1", payload={"key": "sk-slc-secret"}, secret=SECRET)
    assert "sk-slc-secret" not in db_session.get(ConsoleFlash, flash_id).sealed
    assert take_flash(session=db_session, session_id="s2", flash_id=flash_id, secret=SECRET) is None
    assert take_flash(session=db_session, session_id="s1", flash_id=flash_id, secret=SECRET) == {"key": "sk-slc-secret"}
    assert take_flash(session=db_session, session_id="s1", flash_id=flash_id, secret=SECRET) is None


def test_an_expired_flash_shows_nothing(db_session):
    flash_id = put_flash(session=db_session, session_id="s1", payload={"key": "k"}, secret=SECRET)
    row = db_session.get(ConsoleFlash, flash_id)
    row.expires_at -= timedelta(minutes=5)
    db_session.flush()
    assert take_flash(session=db_session, session_id="s1", flash_id=flash_id, secret=SECRET) is None
    assert take_flash(session=db_session, session_id="s1", flash_id="x" * 100, secret=SECRET) is None
