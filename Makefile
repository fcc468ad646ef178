# Sluice: `make run` serves the embedded default, `make test` runs the whole suite.
# Both set up everything they need on a fresh machine (venv, install, migrate, demo data).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
SLUICE := $(BIN)/sluice

export SLUICE_SECRET_KEY_FILE ?= var/secret.key

.PHONY: run test setup install bench clean-var

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip setuptools wheel
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

var/secret.key:
	@mkdir -p var
	@umask 077 && $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(48))" > $@
	@echo "generated a deployment secret in $@"

setup: install var/secret.key
	$(SLUICE) db upgrade
	$(SLUICE) model init-demo
	$(SLUICE) demo seed

run: setup
	$(SLUICE) serve

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@echo "benchmarks: see bench/RESULTS.md for the command of each"

clean-var:
	rm -rf var
