"""Imports every gateway table so that metadata is complete (migrations, tests)."""

from sluice.gateway.console.flash import ConsoleFlash
from sluice.gateway.evals.models import EvalProbe, EvalResult, EvalRun, EvalSuite
from sluice.gateway.keys.models import ApiKey
from sluice.gateway.limits.models import TenantBudget
from sluice.gateway.providers.models import Provider
from sluice.gateway.identity.models import DirectoryGroup, DirectoryMember
from sluice.gateway.scim.models import ScimToken
from sluice.gateway.sso.models import SsoAttempt
from sluice.gateway.tenants.models import Tenant
from sluice.gateway.users.models import User, UserSession

__all__ = ["ConsoleFlash", "TenantBudget", "EvalProbe", "EvalResult", "EvalRun", "EvalSuite", "ApiKey", "Provider",
           "DirectoryGroup", "DirectoryMember", "ScimToken", "SsoAttempt", "Tenant", "User", "UserSession"]
