"""Imports every gateway table so that metadata is complete (migrations, tests)."""

from gateway.evals.models import EvalProbe, EvalResult, EvalRun, EvalSuite
from gateway.keys.models import ApiKey
from gateway.providers.models import Provider
from gateway.tenants.models import Tenant
from gateway.users.models import User, UserSession

__all__ = ["EvalProbe", "EvalResult", "EvalRun", "EvalSuite", "ApiKey", "Provider", "Tenant", "User", "UserSession"]
