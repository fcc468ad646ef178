"""Offline verification of the audit log (a database) or of an export bundle."""

from sluice.audit.verify.core import Problem, Report

__all__ = ["Problem", "Report"]
