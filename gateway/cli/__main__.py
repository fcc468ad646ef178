from sluice.gateway.cli.main import app

app(prog_name="sluice")
