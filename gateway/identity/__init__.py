"""Identities that an identity provider manages, shared by single sign-on and SCIM: the mapping
from its groups to Sluice roles and tenants, the groups it pushed, and the accounts it owns."""
