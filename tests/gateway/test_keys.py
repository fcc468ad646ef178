"""API keys: shown once, stored only as a keyed hash, expire, revoke, carry their tenant."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from sluice.gateway.database import utcnow
from sluice.gateway.errors import InvalidInput, Unauthenticated
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.keys.lifecycle import rotate_key
from sluice.gateway.keys.service import PUBLIC_LEN, authenticate_key, create_key, revoke_key
from sluice.gateway.tenants.service import create_tenant
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET.encode()


@pytest.fixture
def tenant(db_session):
    return create_tenant(session=db_session, name="acme")


def test_the_key_is_never_stored(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET)
    row = db_session.scalar(select(ApiKey).where(ApiKey.id == issued.record.id))
    stored = " ".join(str(v) for v in vars(row).values())
    assert issued.key not in stored
    assert issued.key[PUBLIC_LEN:] not in stored
    assert row.prefix == issued.key[:PUBLIC_LEN]


def test_a_key_authenticates_to_its_tenant(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET)
    assert authenticate_key(session=db_session, presented=issued.key, secret=SECRET).tenant_id == tenant.id


def test_a_wrong_secret_half_is_refused(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET)
    forged = issued.key[:-1] + ("A" if issued.key[-1] != "A" else "B")
    with pytest.raises(Unauthenticated) as err:
        authenticate_key(session=db_session, presented=forged, secret=SECRET)
    assert err.value.code == "invalid_api_key"
    assert forged not in err.value.message


def test_keys_hashed_under_another_deployment_secret_do_not_work(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET)
    with pytest.raises(Unauthenticated):
        authenticate_key(session=db_session, presented=issued.key, secret=b"another-secret" * 4)


def test_revoked_key_is_refused_with_its_own_code(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET)
    revoke_key(session=db_session, record=issued.record)
    with pytest.raises(Unauthenticated) as err:
        authenticate_key(session=db_session, presented=issued.key, secret=SECRET)
    assert err.value.code == "api_key_revoked"


def test_expired_key_is_refused(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET, expires_in=timedelta(hours=1))
    later = utcnow() + timedelta(hours=2)
    with pytest.raises(Unauthenticated) as err:
        authenticate_key(session=db_session, presented=issued.key, secret=SECRET, now=later)
    assert err.value.code == "api_key_expired"


def test_non_positive_expiry_is_invalid(db_session, tenant):
    with pytest.raises(InvalidInput):
        create_key(session=db_session, tenant=tenant, secret=SECRET, expires_in=timedelta(0))


def test_rotation_without_overlap_stops_the_old_key_and_keeps_settings(db_session, tenant):
    old = create_key(session=db_session, tenant=tenant, secret=SECRET, name="billing", rpm_limit=7)
    new = rotate_key(session=db_session, record=old.record, secret=SECRET, overlap=timedelta(0))
    assert new.key != old.key and new.record.name == "billing" and new.record.rpm_limit == 7
    assert authenticate_key(session=db_session, presented=new.key, secret=SECRET).id == new.record.id
    with pytest.raises(Unauthenticated) as err:
        authenticate_key(session=db_session, presented=old.key, secret=SECRET)
    assert err.value.code == "api_key_rotated"


def test_disabled_tenant_keys_stop_working(db_session, tenant):
    issued = create_key(session=db_session, tenant=tenant, secret=SECRET)
    tenant.disabled = True
    db_session.flush()
    with pytest.raises(Unauthenticated) as err:
        authenticate_key(session=db_session, presented=issued.key, secret=SECRET)
    assert err.value.code == "tenant_disabled"
