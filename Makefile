# Every target creates .venv on first use, so a fresh machine needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: generate check test golden bench clean

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
	$(BIN)/opgen generate --check

## Run the whole test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

## Rewrite the expected output of every golden case under tests/golden/.
golden: $(STAMP)
	$(BIN)/python -m tests.golden.update

## Print generation and deserialization figures.
bench: $(STAMP)
	$(BIN)/python bench/generate.py

clean:
	rm -rf $(VENV) build *.egg-info
