"""Changing keys after issue, and rotation with an overlap under a controlled clock."""

import uuid
from datetime import timedelta

import pytest

from sluice.gateway.database import utcnow
from sluice.gateway.errors import Conflict, InvalidInput, Unauthenticated
from sluice.gateway.keys.lifecycle import KeyChanges, budgets_of_key, rotate_key, update_key
from sluice.gateway.keys.service import authenticate_key, create_key, revoke_key
from sluice.gateway.limits.service import BudgetLimits, set_tenant_budget
from sluice.gateway.tenants.service import create_tenant
from tests.conftest import TEST_SECRET

SECRET = TEST_SECRET.encode()


@pytest.fixture
def tenant(db_session):
    return create_tenant(session=db_session, name=f"acme-{uuid.uuid4().hex[:8]}")


def _key(db_session, tenant, **kw):
    return create_key(session=db_session, tenant=tenant, secret=SECRET, name="app", **kw)


def test_rotated_key_works_during_the_overlap_and_stops_after_it(db_session, tenant):
    old = _key(db_session, tenant, allowed_models=["m1"], budget=BudgetLimits(period="daily", tokens=100))
    new = rotate_key(session=db_session, record=old.record, secret=SECRET, overlap=timedelta(hours=2))
    start = utcnow()
    assert authenticate_key(session=db_session, presented=old.key, secret=SECRET,
                            now=start + timedelta(hours=1, minutes=59)).id == old.record.id
    assert old.record.state(start + timedelta(hours=1)) == "rotating"
    with pytest.raises(Unauthenticated) as err:
        authenticate_key(session=db_session, presented=old.key, secret=SECRET, now=start + timedelta(hours=2, seconds=1))
    assert err.value.code == "api_key_rotated"
    later = start + timedelta(days=3)
    assert authenticate_key(session=db_session, presented=new.key, secret=SECRET, now=later).id == new.record.id
    assert new.record.allowed_models == ["m1"] and new.record.budget_tokens == 100
    assert old.record.replaced_by_id == new.record.id


def test_rotation_shares_the_budget_counter_of_its_lineage(db_session, tenant):
    old = _key(db_session, tenant, budget=BudgetLimits(period="monthly", tokens=100))
    new = rotate_key(session=db_session, record=old.record, secret=SECRET, overlap=timedelta(minutes=5))
    newer = rotate_key(session=db_session, record=new.record, secret=SECRET, overlap=timedelta(0))
    subjects = {k.record.budget_subject for k in (old, new, newer)}
    assert subjects == {old.record.id}


def test_a_rotating_key_cannot_be_rotated_again_and_a_revoked_one_not_changed(db_session, tenant):
    old = _key(db_session, tenant)
    rotate_key(session=db_session, record=old.record, secret=SECRET, overlap=timedelta(hours=1))
    with pytest.raises(Conflict) as err:
        rotate_key(session=db_session, record=old.record, secret=SECRET, overlap=timedelta(hours=1))
    assert err.value.code == "key_not_active"
    other = _key(db_session, tenant)
    revoke_key(session=db_session, record=other.record)
    with pytest.raises(Conflict):
        update_key(session=db_session, record=other.record, changes=KeyChanges(name="x"))


def test_overlap_longer_than_thirty_days_is_refused(db_session, tenant):
    old = _key(db_session, tenant)
    with pytest.raises(InvalidInput) as err:
        rotate_key(session=db_session, record=old.record, secret=SECRET, overlap=timedelta(days=31))
    assert err.value.code == "invalid_overlap"


def test_update_changes_only_what_is_given(db_session, tenant):
    issued = _key(db_session, tenant, rpm_limit=5, tpm_limit=50)
    update_key(session=db_session, record=issued.record,
               changes=KeyChanges(tpm_limit=None, allowed_models=[" m1 ", "m2", "m1"],
                                  expires_at=utcnow() + timedelta(days=1)))
    record = issued.record
    assert (record.name, record.rpm_limit, record.tpm_limit) == ("app", 5, None)
    assert record.allowed_models == ["m1", "m2"] and record.expires_at is not None


@pytest.mark.parametrize("changes, code", [
    (KeyChanges(allowed_models=[]), "invalid_allowed_models"),
    (KeyChanges(expires_at=utcnow() - timedelta(seconds=1)), "invalid_expiry"),
    (KeyChanges(rpm_limit=-1), "invalid_limit"),
    (KeyChanges(budget=BudgetLimits(period="weekly", tokens=1)), "invalid_budget"),
    (KeyChanges(budget=BudgetLimits(period="daily", tokens=-1)), "invalid_budget"),
])
def test_invalid_changes_are_refused_with_a_stable_code(db_session, tenant, changes, code):
    issued = _key(db_session, tenant)
    with pytest.raises(InvalidInput) as err:
        update_key(session=db_session, record=issued.record, changes=changes)
    assert err.value.code == code


def test_a_key_draws_on_its_own_and_its_tenants_budget(db_session, tenant):
    issued = _key(db_session, tenant, budget=BudgetLimits(period="daily", cost_micros=5_000_000))
    set_tenant_budget(session=db_session, tenant=tenant, limits=BudgetLimits(period="monthly", tokens=10**6))
    scopes = [(b.scope, b.period) for b in budgets_of_key(session=db_session, record=issued.record, tenant=tenant)]
    assert scopes == [("key", "daily"), ("tenant", "monthly")]
