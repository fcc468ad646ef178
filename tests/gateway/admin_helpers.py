"""Helpers for admin API tests: users of every role and signed-in headers."""

from sluice.gateway.users.roles import Role
from sluice.gateway.tenants.service import create_tenant
from sluice.gateway.users.service import create_user

PASSWORD = "a long enough password"


def seed_users(sessions, tenant_name: str = "acme") -> dict:
    """One deployment-wide user per role, a tenant, and a tenant-bound admin of that tenant."""
    with sessions() as session, session.begin():
        tenant = create_tenant(session=session, name=tenant_name)
        other = create_tenant(session=session, name=f"{tenant_name}-other")
        for role in Role:
            create_user(session=session, email=f"{role.value}@example.org", password=PASSWORD, role=role)
        create_user(session=session, email="tenant-admin@example.org", password=PASSWORD, role=Role.ADMIN,
                    tenant_id=tenant.id)
        return {"tenant_id": tenant.id, "other_tenant_id": other.id}


def bearer(client, email: str) -> dict:
    response = client.post("/admin/api/auth/login", json={"email": email, "password": PASSWORD})
    assert response.status_code == 200, response.text
    client.cookies.clear()
    return {"Authorization": f"Bearer {response.json()['token']}"}
