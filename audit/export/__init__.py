"""Exports of the audit log: record formats, filtered queries and signed bundles."""
