# PayCrypt SDKs — the only entry point. Every target bootstraps what it needs
# (a virtualenv from the pinned lock, `npm ci` from lock files) and delegates.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check -q
MOCK_PORT ?= 8787
export PYTHONDONTWRITEBYTECODE := 1
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

# --- bootstrap ---------------------------------------------------------------

# Two tiers in one virtualenv. `.runtime`: the SDK and the mock with their
# runtime dependencies only (requirements-runtime.lock, ~25 packages), all that
# `make demo` needs. `.installed`: that plus the whole test toolchain
# (requirements.lock, a superset with the same pins).
# For a fast first run the runtime tier skips what the demo does not need: the
# venv is made without pip (installs go through $(PYTHON)'s own pip, 22.3+,
# with --python) and nothing is byte-compiled; the full tier adds pip to the
# venv and byte-compiles everything once, for the test suite's many processes.
RUNTIME_LOCK := contract-tests/requirements-runtime.lock
PYTHONS_LOCK := python-sdk/requirements-pythons.lock
$(VENV)/.runtime: $(RUNTIME_LOCK) python-sdk/pyproject.toml contract-tests/mock_gateway/pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	$(PYTHON) -m pip --disable-pip-version-check -q --python $(PY) install --no-compile -r $(RUNTIME_LOCK) 2> >(grep -v 'is ignored' >&2)
	$(PYTHON) -m pip --disable-pip-version-check -q --python $(PY) install --no-compile --no-deps --no-build-isolation \
	  -e python-sdk -e contract-tests/mock_gateway 2> >(grep -v 'is ignored' >&2)
	touch $@

$(VENV)/.installed: $(VENV)/.runtime contract-tests/requirements.lock
	$(PY) -m pip --version >/dev/null 2>&1 || $(PY) -m ensurepip --default-pip >/dev/null
	$(PIP) install -r contract-tests/requirements.lock 2> >(grep -v 'is ignored' >&2)
	$(PY) -m compileall -q -j0 $(VENV)/lib >/dev/null || true  # as pip does: a file that does not compile is not an error
	touch $@

%/node_modules/.package-lock.json: %/package-lock.json
	cd $* && npm ci --no-audit --no-fund --loglevel=error

# The runtimes' binaries come inside their registry packages' optional
# dependencies; no install script is needed (or allowed to download anything).
js-sdk/test/runtimes/node_modules/.package-lock.json: js-sdk/test/runtimes/package-lock.json
	cd js-sdk/test/runtimes && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error

NODE_DEPS := js-sdk/node_modules/.package-lock.json contract-tests/node_modules/.package-lock.json \
             postman/node_modules/.package-lock.json examples/shopify/node_modules/.package-lock.json

.PHONY: setup
setup: $(VENV)/.installed $(NODE_DEPS) ## Install every pinned dependency (idempotent)

.PHONY: demo-setup
demo-setup: ## Install only what the demo needs: the runtime tier of .venv, and js-sdk's node_modules and build
	$(MAKE) --no-print-directory -j2 $(VENV)/.runtime js-sdk/dist/cjs/index.js

# --- checks ------------------------------------------------------------------

.PHONY: lint
lint: setup ## Validate openapi.yaml with openapi-spec-validator and Redocly (zero errors)
	$(VENV)/bin/openapi-spec-validator openapi.yaml
	cd contract-tests && npx --no-install redocly lint ../openapi.yaml --config redocly.yaml --format=stylish

# Every static check, no server started (under a minute), in parallel: the spec, each
# language's lint and types, and every generated file against a fresh generation.
PY_TYPED := python-sdk/src/paycrypt contract-tests/mock_gateway/src/paycrypt_mock \
            examples/python examples/demo examples/tests python-sdk/tests/typecheck
CHECKS   := lint check-python check-node check-php check-generated

.PHONY: check $(filter check-%,$(CHECKS))
check: setup ## Lint and type-check everything (ruff, mypy --strict, tsc, php -l + phpcs, the spec) and every generated file
	@$(MAKE) --no-print-directory -j4 -Otarget $(CHECKS)

check-python: setup ## ruff (ruff.toml) over all Python; mypy --strict on the SDK, the mock and the Python examples
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(PY) -m mypy --strict $(PY_TYPED)

check-node: setup ## tsc --noEmit on the Node SDK and the Shopify app (--checkJs); node --check on the other scripts
	cd js-sdk && npm run --silent typecheck
	js-sdk/node_modules/.bin/tsc -p examples/shopify
	for f in examples/node/*.mjs examples/demo/*.mjs postman/*.mjs postman/scripts/*.js; do node --check "$$f" || exit; done

check-php: ## php -l over the WordPress example, phpcs (examples/wordpress/phpcs.xml) over the plugin
	bash examples/wordpress/tests/lint.sh

check-generated: setup ## Every generated file (models, resources, TS types, Postman, API reference, vectors) against a fresh generation
	$(PY) python-sdk/scripts/generate_models.py --check
	$(PY) python-sdk/scripts/generate_resources.py --check
	$(PY) contract-tests/vectors/generate.py --check
	cd js-sdk && npm run --silent generate:check
	node postman/generate.mjs --check
	$(PY) contract-tests/docs/build_docs.py --check

.PHONY: test
test: check test-python test-pythons test-node test-runtimes test-postman test-examples demo build release-check ## Run every test in the repository

.PHONY: test-fast
test-fast: setup js-build ## The SDKs' and the mock's tests without the slow end-to-end ones (pytest -m "not slow"): about a minute
	$(PY) -m pytest -c python-sdk/pyproject.toml --rootdir . -m "not slow" -n auto python-sdk/tests contract-tests
	cd js-sdk && node --test test/*.test.mjs

.PHONY: test-python
test-python: setup js-build ## Python SDK and mock gateway tests, the contract tests (schemathesis, newman; the API reference's Node samples need js-sdk/dist)
	$(PY) -m pytest -c python-sdk/pyproject.toml --rootdir . python-sdk/tests contract-tests

.PHONY: test-docs
test-docs: setup ## The API reference page is what openapi.yaml gives (rebuilt, compared byte for byte)
	$(PY) contract-tests/docs/build_docs.py --check

.PHONY: test-pythons
test-pythons: setup ## The Python SDK's unit tests and a contract subset on every other supported Python (nox, python-sdk/noxfile.py)
	primary=$$($(PY) -c 'import sys; print("%d.%d" % sys.version_info[:2])'); \
	sessions=$$(for v in 3.10 3.11 3.12 3.13; do [ $$v = $$primary ] || echo tests-$$v; done); \
	cd python-sdk && ../$(VENV)/bin/nox --non-interactive -s $$sessions

.PHONY: test-node
test-node: setup ## Node SDK build and tests
	cd js-sdk && npm test

.PHONY: test-runtimes
test-runtimes: $(VENV)/.runtime js-build js-sdk/test/runtimes/node_modules/.package-lock.json ## The Node SDK on Node, Deno, Bun and workerd, against the mock
	cd js-sdk/test/runtimes && npm test

.PHONY: js-build
js-build: js-sdk/dist/cjs/index.js ## Build js-sdk/dist, which the demo, the Node quickstarts and the Shopify app import

# The build writes dist/cjs/index.js (the bundle) last: rebuilt only when a source or script changed.
js-sdk/dist/cjs/index.js: js-sdk/node_modules/.package-lock.json $(shell find js-sdk/src -name '*.ts') \
                              js-sdk/package.json js-sdk/tsconfig.json js-sdk/tsconfig.cjs.json js-sdk/tsconfig.esm.json \
                              $(wildcard js-sdk/scripts/*.mjs)
	cd js-sdk && npm run build

.PHONY: test-postman
test-postman: setup ## Postman: the signing script against the vectors, generator tests
	node --test postman/test/

.PHONY: test-examples
test-examples: test-wordpress test-shopify test-quickstarts ## The examples, end to end against the mock

.PHONY: test-quickstarts
test-quickstarts: setup js-build ## examples/python, examples/node and examples/monitoring, run against the mock
	$(PY) -m pytest -c python-sdk/pyproject.toml --rootdir . examples/tests

.PHONY: test-wordpress
test-wordpress: setup ## WordPress plugin: PHPUnit, then a real WordPress + MariaDB end to end (php -l, phpcs: make check)
	bash examples/wordpress/tests/run-all.sh

.PHONY: test-shopify
test-shopify: setup js-build ## Shopify order app against the mock and a Shopify Admin API stand-in
	cd examples/shopify && npm test

.PHONY: generate
generate: setup ## Regenerate every committed artifact from openapi.yaml (and the signing vectors)
	$(PY) python-sdk/scripts/generate_models.py
	$(PY) contract-tests/vectors/generate.py
	$(PY) python-sdk/scripts/generate_resources.py
	cd js-sdk && npm run generate
	node postman/generate.mjs
	$(PY) contract-tests/docs/build_docs.py

# --- everything else ---------------------------------------------------------

.PHONY: demo
demo: demo-setup js-build ## The main job: a merchant's whole flow against the local sandbox, Python then Node
	$(PY) examples/demo/demo.py

.PHONY: docs
docs: setup ## Build the API reference (one offline HTML page, served by the mock at /docs) from openapi.yaml
	$(PY) contract-tests/docs/build_docs.py

.PHONY: mock
mock: $(VENV)/.runtime ## Run the mock gateway (the local sandbox) on http://127.0.0.1:$(MOCK_PORT), data kept in paycrypt-mock.sqlite3
	$(PY) -m paycrypt_mock --host 127.0.0.1 --port $(MOCK_PORT) --db paycrypt-mock.sqlite3

.PHONY: fuzz
fuzz: setup ## Deeper schemathesis and hostile-input runs against the mock (PAYCRYPT_FUZZ_EXAMPLES, default 100)
	PAYCRYPT_FUZZ_EXAMPLES=$${PAYCRYPT_FUZZ_EXAMPLES:-100} $(PY) -m pytest -c python-sdk/pyproject.toml --rootdir . -x contract-tests/test_schemathesis.py contract-tests/mock_gateway/tests/test_mock_hostile_property.py

.PHONY: soak
soak: setup ## Webhook crash soak: minutes of mixed load, flaky receivers, kill -9 restarts (SOAK_MINUTES, default 3)
	cd contract-tests && ../$(PY) soak_webhooks.py --minutes $${SOAK_MINUTES:-3}

.PHONY: build
build: setup ## Build the Python wheel and sdist (twine-checked) and the npm tarball into build/
	rm -rf build/python && $(PY) -m build python-sdk --outdir build/python
	$(VENV)/bin/twine check --strict build/python/*
	mkdir -p build/npm && cd js-sdk && npm pack --pack-destination ../build/npm

.PHONY: release-check
release-check: setup js-build contract-tests/release/node_modules/.package-lock.json ## Publish both SDKs and the mock to local registries (pypiserver, Verdaccio), install them by name, run the quickstarts
	$(PY) contract-tests/release/release_check.py

.PHONY: bench
bench: setup ## Benchmarks: the mock's throughput; each SDK row as a ratio to its reference in the same run (JSON in build/bench/)
	$(PY) contract-tests/bench/bench_mock.py
	$(PY) python-sdk/bench/bench_sdk.py --json build/bench/python.json
	cd js-sdk && npm run bench -- --json ../build/bench/node.json

.PHONY: bench-setup
bench-setup: setup ## Install stripe and openai (pinned, bench-only environments) for make bench's comparisons
	test -x python-sdk/bench/.venv/bin/python || $(PYTHON) -m venv python-sdk/bench/.venv
	python-sdk/bench/.venv/bin/pip install -q -r python-sdk/bench/requirements-bench.txt
	cd js-sdk && npm run bench:setup

.PHONY: lock
lock: setup ## Re-resolve requirements.lock, then the runtime lock within it and the 3.10–3.13 lock (uv) after it
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install -q -r contract-tests/requirements.in
	{ echo "# Pinned by \`make lock\` from requirements.in — do not edit by hand."; \
	  $(VENV)-lock/bin/pip freeze --exclude-editable; } > contract-tests/requirements.lock
	rm -rf $(VENV)-lock && $(PYTHON) -m venv $(VENV)-lock
	$(VENV)-lock/bin/pip install -q -r contract-tests/requirements-runtime.in -c contract-tests/requirements.lock
	{ echo "# Pinned by \`make lock\` from requirements-runtime.in, constrained by requirements.lock — do not edit by hand."; \
	  $(VENV)-lock/bin/pip freeze --exclude-editable; } > $(RUNTIME_LOCK)
	rm -rf $(VENV)-lock
	grep -v '^#' contract-tests/requirements.lock > $(PYTHONS_LOCK).tmp
	$(VENV)/bin/uv pip compile --universal --python-version 3.10 --no-header --quiet python-sdk/requirements-pythons.in -o $(PYTHONS_LOCK).tmp
	{ echo "# Pinned by \`make lock\` from requirements-pythons.in for Python 3.10–3.13 (uv pip compile --universal, preferring requirements.lock's pins) — do not edit by hand."; \
	  cat $(PYTHONS_LOCK).tmp; } > $(PYTHONS_LOCK) && rm $(PYTHONS_LOCK).tmp

.PHONY: clean
clean: ## Remove what setup, builds, benches and test runs leave (keeps paycrypt-mock.sqlite3 and .env files)
	rm -rf $(VENV) $(VENV)-lock python-sdk/bench/.venv build python-sdk/dist js-sdk/dist \
	       python-sdk/.nox .schemathesis .hypothesis .mypy_cache .pytest_cache .ruff_cache
	find . \( -name node_modules -o -name __pycache__ -o -name '*.egg-info' \) -prune -exec rm -rf {} +

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | column -t -s $$'\t'
