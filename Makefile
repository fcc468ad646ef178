# Sluice: `make run` serves the embedded default, `make test` runs the whole suite.
# Both set up everything they need on a fresh machine (venv, install, migrate, demo data).
# Installs come from the hashed lock files in requirements/ (`make lock` refreshes them).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TORCH  := torch==2.13.0
LOCK   := requirements/dev.lock
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml setup.py $(LOCK) | cksum | cut -d' ' -f1)
SLUICE := $(BIN)/sluice

export SLUICE_SECRET_KEY_FILE ?= var/secret.key

.PHONY: run test setup install lint lock bench soak clean-var

install: $(STAMP)

# torch comes first and alone: the lock leaves it out so that each machine takes its own build
# (the CPU wheel on disk here, a CUDA wheel on a GPU host); everything else is pinned by hash.
$(STAMP): pyproject.toml setup.py $(LOCK)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet '$(TORCH)'
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
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
	$(BIN)/pytest $(PYTEST_ARGS)

# import-linter reads the package from disk: lint a regular install of it, not the editable one.
lint: install
	@rm -rf build/lint
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --target build/lint . >/dev/null
	cd build && PYTHONPATH=lint ../$(BIN)/lint-imports ../pyproject.toml

# Re-resolve the locks from pyproject.toml (needs the package index). Versions already locked are
# kept where they still satisfy pyproject.toml; `make lock LOCK_ARGS=--upgrade` takes the newest.
# The runtime lock takes the dev lock's versions, so production runs what the tests ran.
LOCK_FLAGS := --generate-hashes --no-emit-package torch --python-version 3.11 \
              --python-platform x86_64-manylinux_2_28 $(LOCK_ARGS)
lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev $(LOCK_FLAGS) -o requirements/dev.lock
	$(BIN)/uv pip compile pyproject.toml $(LOCK_FLAGS) -c requirements/dev.lock -o requirements/runtime.lock

bench: install
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	@echo "benchmarks: see bench/RESULTS.md for the command of each"

# Soak and chaos run, not part of `make test`: three `sluice serve` behind a load balancer, a worker with
# beat, PostgreSQL and Redis, faults injected and undone (bench/soak.py). SOAK_ARGS=--quick: about 90 s.
soak: install
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

clean-var:
	rm -rf var
