"""Single sign-on with OpenID Connect: discovery, signing keys, ID-token checks, the sign-in flow
and just-in-time accounts whose role and tenant come from the identity provider's groups."""
