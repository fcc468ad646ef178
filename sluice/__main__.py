"""``python -m sluice``: the same command line as the ``sluice`` script."""

from sluice.gateway.cli.main import app

if __name__ == "__main__":
    app()
