"""SCIM 2.0 provisioning (RFC 7643/7644, the subset Okta and Entra ID use): users and groups pushed
by the identity provider, authenticated by a dedicated bearer token."""
