# One entry point for humans and CI. `make test` installs everything from scratch (Python and npm).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install generate check-generated lint typecheck unit test bench demo clean

$(STAMP): pyproject.toml package.json package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

install: $(STAMP)

## Regenerate generated/ from spec/ (+ overlays). Deterministic: run twice, same bytes.
generate: $(STAMP)
	$(PY) -m codegen

## Fail when generated/ is stale against spec/, overlays, templates or codegen/.
check-generated: $(STAMP)
	$(PY) -m codegen --check

lint: $(STAMP)
	$(VENV)/bin/ruff check src codegen tests bench examples
	$(VENV)/bin/ruff format --check src codegen tests bench examples

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --strict examples

unit: $(STAMP)
	$(VENV)/bin/pytest -q

test: install check-generated lint typecheck unit

bench: $(STAMP)
	$(PY) -m bench

## The main job: a streamed chat answer (OpenRouter with OPENROUTER_API_KEY, else the bundled mock).
## Installs only the package itself (httpx, attrs): no dev tools, no npm, no Node needed.
DEMO_STAMP := $(VENV)/.demo-installed

$(DEMO_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e .
	touch $(DEMO_STAMP)

demo: $(DEMO_STAMP)
	$(VENV)/bin/openrouter-client demo

clean:
	rm -rf $(VENV) node_modules .pytest_cache .mypy_cache .ruff_cache .hypothesis
