"""The admin web console at ``/console``: server-rendered pages, served entirely by Sluice."""

from sluice.gateway.console.routes import install

__all__ = ["install"]
