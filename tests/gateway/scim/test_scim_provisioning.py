"""Provisioning through /scim/v2 with a real SCIM client library (``scim2-client``) against a real
server: users and groups made, found, changed and deactivated; roles follow the groups; a
deactivated user's sessions end at once."""

from __future__ import annotations

import secrets
import warnings

import httpx2
import pytest
from scim2_client.engines.httpx2 import SyncSCIMClient
from scim2_models import (Email, Group, NotFoundException, PatchOp, PatchOperation, SearchRequest,
                          UniquenessException, User)

from tests.gateway.scim.conftest import GLASS


@pytest.fixture
def scim(scim_site):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # resource_models: the library's simple form
        client = SyncSCIMClient(httpx2.Client(base_url=scim_site.base, timeout=10,
                                              headers={"Authorization": f"Bearer {scim_site.token}"}),
                                resource_models=[User, Group])
    yield client
    client.client.close()


def email() -> str:
    return f"u{secrets.token_hex(4)}@acme-corp.com"


def new_user(scim, address: str | None = None, **fields) -> User:
    address = address or email()
    return scim.create(User(user_name=address, emails=[Email(value=address, primary=True)], active=True, **fields))


def test_discovery_documents_describe_users_and_groups(scim_site):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client = SyncSCIMClient(httpx2.Client(base_url=scim_site.base, timeout=10,
                                              headers={"Authorization": f"Bearer {scim_site.token}"}))
        client.discover()
    assert {model.__name__ for model in client.resource_models} == {"User", "Group"}
    assert client.service_provider_config.patch.supported and client.service_provider_config.filter.supported
    assert not client.service_provider_config.bulk.supported


def test_a_created_user_can_be_read_and_found_by_user_name(scim, scim_site):
    address = email()
    created = new_user(scim, address, display_name="Dana Doe", external_id="00u-okta-1")
    assert created.active and created.user_name == address and created.display_name == "Dana Doe"
    assert scim.query(User, created.id).external_id == "00u-okta-1"
    found = scim.query(User, query_parameters=SearchRequest(filter=f'userName eq "{address.upper()}"'))
    assert found.total_results == 1 and found.resources[0].id == created.id
    assert scim.query(User, query_parameters=SearchRequest(filter='userName eq "nobody@acme-corp.com"')).total_results == 0
    account = scim_site.user(address)
    assert account.managed_by == "scim" and account.role == "viewer"


def test_the_same_user_name_twice_is_a_uniqueness_error(scim):
    address = email()
    new_user(scim, address)
    with pytest.raises(UniquenessException):
        new_user(scim, address)


@pytest.fixture
def approvers(scim) -> str:
    """The id of the group ``scim-acme-approvers`` (mapped to policy_approver of tenant scim-acme), made once per server."""
    found = scim.query(Group, query_parameters=SearchRequest(filter='displayName eq "scim-acme-approvers"'))
    if found.total_results:
        return found.resources[0].id
    return scim.create(Group(display_name="scim-acme-approvers", members=[])).id


def test_group_membership_gives_the_mapped_role_and_tenant_and_removal_takes_access(scim, scim_site, approvers):
    created = new_user(scim)
    scim.modify(Group, approvers, PatchOp[Group](operations=[
        PatchOperation(op="add", path="members", value=[{"value": created.id}])]))
    account = scim_site.user(created.user_name)
    assert (account.role, account.tenant_id is not None) == ("policy_approver", True)
    assert [g.display for g in scim.query(User, created.id).groups] == ["scim-acme-approvers"]
    session = scim_site.session_for(created.user_name)
    assert scim_site.me(session).json()["role"] == "policy_approver"
    scim.modify(Group, approvers, PatchOp[Group](operations=[
        PatchOperation(op="remove", path=f'members[value eq "{created.id}"]')]))
    assert scim_site.me(session).status_code == 401  # no mapped group left: the session ended


def test_deactivating_a_user_ends_their_sessions_at_once(scim, scim_site):
    created = new_user(scim)
    session = scim_site.session_for(created.user_name)
    assert scim_site.me(session).status_code == 200
    patched = scim.modify(User, created.id, PatchOp[User](operations=[
        PatchOperation(op="replace", path="active", value=False)]))
    assert patched.active is False
    assert scim_site.me(session).status_code == 401
    assert scim_site.user(created.user_name).disabled


def test_put_replaces_the_user_and_can_reactivate(scim, scim_site):
    created = new_user(scim, display_name="Old Name")
    scim.modify(User, created.id, PatchOp[User](operations=[PatchOperation(op="replace", path="active", value=False)]))
    replaced = scim.replace(User(id=created.id, user_name=created.user_name, display_name="New Name", active=True))
    assert replaced.display_name == "New Name" and replaced.active
    assert not scim_site.user(created.user_name).disabled


def test_delete_deactivates_and_keeps_the_account(scim, scim_site):
    created = new_user(scim)
    session = scim_site.session_for(created.user_name)
    assert scim.delete(User, created.id) is None
    assert scim_site.me(session).status_code == 401
    assert scim.query(User, created.id).active is False


def test_unknown_ids_are_not_found(scim):
    with pytest.raises(NotFoundException):
        scim.query(User, "usr_unknown")
    with pytest.raises(NotFoundException):
        scim.query(Group, "grp_unknown")


def test_scim_changes_are_audited_under_the_token_name_and_shown_to_administrators(scim, scim_site):
    import httpx
    from sqlalchemy import select

    from sluice.audit.storage.models import EventRow

    created = new_user(scim)
    scim.modify(User, created.id, PatchOp[User](operations=[PatchOperation(op="replace", path="active", value=False)]))
    with scim_site.ctx.sessions() as session:
        entries = [bytes(e) for e in session.scalars(select(EventRow.entry).where(EventRow.kind == "admin"))]
    mine = [e for e in entries if created.id.encode() in e]
    assert any(b"user.created" in e for e in mine) and any(b"user.disabled" in e for e in mine)
    assert all(b"scim:okta-test" in e for e in mine)
    assert not any(scim_site.token.encode() in e for e in entries)
    with httpx.Client(base_url=scim_site.url, timeout=30) as admin:
        signed_in = admin.post("/admin/api/auth/login", json={"email": GLASS, "password": "a-long-enough-password"})
        listed = {u["email"]: u for u in admin.get("/admin/api/users", headers={
            "authorization": f"Bearer {signed_in.json()['token']}"}).json()}
    assert listed[created.user_name]["managed_by"] == "scim" and listed[created.user_name]["disabled"]
