# One entry point for humans and CI. `make test` installs everything from scratch (Python and npm).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install generate check-generated spec-diff lint typecheck unit quick test bench bench-batch bench-batch-ray test-ray demo clean

$(STAMP): pyproject.toml package.json package-lock.json
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	# uv installs the dev toolchain in seconds (pip takes half a minute); pip if uv cannot.
	$(PY) -m pip install --quiet uv && $(VENV)/bin/uv pip install --quiet --python $(PY) -e '.[dev]' \
		|| { $(PY) -m pip install --quiet --upgrade pip && $(PY) -m pip install --quiet -e '.[dev]'; }
	npm ci --no-audit --no-fund --loglevel=error
	touch $(STAMP)

install: $(STAMP)

## Regenerate generated/ from spec/ (+ overlays). Deterministic: run twice, same bytes.
generate: $(STAMP)
	$(PY) -m codegen

## Fail when generated/ is stale against spec/, overlays, templates or codegen/.
check-generated: $(STAMP)
	$(PY) -m codegen --check

## Before dropping a new spec into spec/: what it adds, removes and breaks (here: overlays, our code).
## make spec-diff SPEC=path/to/new.yaml [ARGS=--all|--no-typecheck]; exit 1 when work is needed first.
spec-diff: $(STAMP)
	@test -n "$(SPEC)" || { echo "usage: make spec-diff SPEC=path/to/new.yaml" >&2; exit 2; }
	$(PY) -m codegen.drift "$(SPEC)" $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check src codegen tests bench examples
	$(VENV)/bin/ruff format --check src codegen tests bench examples

typecheck: $(STAMP)
	$(VENV)/bin/mypy
	$(VENV)/bin/mypy --strict examples

## Tests spread over every core (pytest-xdist; a file stays on one worker so its module fixtures
## are built once). PYTEST_ARGS adds options: make unit PYTEST_ARGS="-x tests/chat".
WORKERS ?= auto
unit: $(STAMP)
	$(VENV)/bin/pytest -q -n $(WORKERS) --dist loadfile -m "not ray" $(PYTEST_ARGS)

## The Ray Data path (tests/ray): installs the [ray] extra into .venv, starts local clusters (~1 min).
RAY_STAMP := $(VENV)/.ray-installed
$(RAY_STAMP): $(STAMP)
	$(VENV)/bin/uv pip install --quiet --python $(PY) -e '.[dev,ray]' || $(PY) -m pip install --quiet -e '.[dev,ray]'
	touch $(RAY_STAMP)

test-ray: $(RAY_STAMP)
	$(VENV)/bin/pytest -q -m ray tests/ray

## The loop while working on the facade (< 1 min): unit, facade, builders, resources, faults
## and the mock, over real sockets; no Prism, no CLI subprocesses, no generator runs.
QUICK := tests/unit tests/chat tests/resources tests/builders tests/tool_loop tests/faults \
	tests/testing tests/generated tests/test_public_api.py tests/test_readme.py
quick: $(STAMP)
	$(VENV)/bin/pytest -q -n $(WORKERS) --dist loadfile -m "not slow" $(QUICK)

## The documentation site into site/ (guides from the README, API reference from docstrings).
.PHONY: docs
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(VENV)/bin/mkdocs build --strict

## The checks run side by side (they only read the tree; codegen --check stages in a temp dir), so
## both cores stay busy: a fresh 2-core clone finishes in about 3 minutes, install included.
test: install
	$(MAKE) --no-print-directory -j 3 --output-sync=target check-generated lint typecheck docs unit

bench: $(STAMP)
	$(PY) -m bench

## A bulk run of 2,000 prompts against a rate-limited mock (100/s, 50 ms), kill -9 and resume.
bench-batch: $(STAMP)
	$(PY) -m bench.batch

## The same 2,000 prompts through openrouter_client.batch.ray (ray.init(num_cpus=2)), kill -9, resume.
bench-batch-ray: $(RAY_STAMP)
	$(PY) -m bench.batch_ray

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
