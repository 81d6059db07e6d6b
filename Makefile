# Cadence Guard: `make run` serves the demo, `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
HOST ?= 127.0.0.1
PORT ?= 8000
export GUARD_DATABASE_URL ?= sqlite:///./guard.db

.PHONY: install run test test-fast stack-test bench eval lint fmt system-deps clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-* && touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/guard db upgrade
	$(BIN)/guard demo load
	@echo "API and manager pages on http://$(HOST):$(PORT) (OpenAPI docs at /docs)"
	$(BIN)/guard serve --host $(HOST) --port $(PORT)

# Debian packages the tests need, installed when missing.
system-deps:
	@bash scripts/system-deps.sh

test: $(STAMP) system-deps
	$(BIN)/pytest -n 2 --dist loadgroup -q

# The production stack on loopback (PgBouncer, nginx, two API processes, two workers,
# PostgreSQL at 127.0.0.1:5432) under 60 s of mixed traffic: bench/stack.py.
stack-test: $(STAMP)
	@bash scripts/system-deps.sh stack
	$(BIN)/python -m bench.stack

test-fast: $(STAMP)
	$(BIN)/pytest -q -x -m "not pg and not browser"

bench: $(STAMP)
	@bash scripts/system-deps.sh bench
	$(BIN)/python -m bench

eval: $(STAMP)
	$(BIN)/python -m bench.eval

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

fmt: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) guard.db guard.db-wal guard.db-shm .guard-demo-key bench/results
