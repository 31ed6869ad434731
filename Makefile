# Every target creates .venv on first use, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate check lint test fuzz golden bench conformance deps-check clean

# The AutoRest test server (Node.js), pinned by tests/conformance/server/package-lock.json.
SERVER := tests/conformance/server
SERVER_STAMP := $(SERVER)/node_modules/.package-lock.json

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Regenerate every client listed in [tool.opgen] of pyproject.toml.
generate: $(STAMP)
	$(BIN)/opgen generate

## Fail when generated/ is stale (what CI runs as a build step).
check: $(STAMP)
	OPGEN_HINT_COMMAND="make generate" $(BIN)/opgen generate --check

$(SERVER_STAMP): $(SERVER)/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --prefix $(SERVER) --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the conformance tests will be skipped"; fi

## ruff and mypy --strict on the generator (its runtime included) and ruff on the tests
## ([tool.ruff], [tool.mypy]); generated code (generated/, the goldens) is held to no
## unused and sorted imports.
lint: $(STAMP)
	$(BIN)/ruff check --quiet generator tests
	$(BIN)/ruff check --quiet --select F,I generated tests/golden/*/expected
	$(BIN)/mypy

## Lint, then run the whole test suite (the conformance suite included; skipped without Node.js).
test: $(STAMP) $(SERVER_STAMP) lint
	$(BIN)/python -m pytest

## Fuzz the generator: many random specs and seed-spec mutations (make test runs a few).
## OPGEN_FUZZ_SCALE=2 doubles the counts; failing examples are kept in .hypothesis/.
fuzz: $(STAMP)
	OPGEN_FUZZ=1 $(BIN)/python -m pytest tests/fuzz -p no:cacheprovider --hypothesis-show-statistics

## Print how many AutoRest test-server scenarios the conformance tests cover.
conformance: $(STAMP) $(SERVER_STAMP)
	$(BIN)/python bench/conformance.py

## Rewrite the expected output of every golden case under tests/golden/.
golden: $(STAMP)
	$(BIN)/python -m tests.golden.update

## Generate every golden case and client with the lowest and the highest dependency
## versions pyproject.toml allows (venvs under /tmp, from PyPI: needs the network) and
## compare the bytes. Not part of `make test`.
deps-check: $(STAMP)
	$(BIN)/python tests/deps/check_versions.py

## Print generation and deserialization figures.
bench: $(STAMP)
	$(BIN)/python bench/generate.py

clean:
	rm -rf $(VENV) build *.egg-info
