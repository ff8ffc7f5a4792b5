# Samfund: `make run` (set up everything and serve on SQLite) and `make test` (the whole suite).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
HOST ?= 127.0.0.1
UV_VERSION := 0.13.9
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test deploy serve install messages lint format clean

$(BIN)/uv:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.installed: pyproject.toml uv.lock | $(BIN)/uv
	$(BIN)/uv sync --locked --inexact --quiet
	@touch $@

install: $(VENV)/.installed

# The browser side (package.json, pinned by package-lock.json): the H5P player, served through
# staticfiles, and axe-core. --ignore-scripts: h5p-standalone's preinstall script (`npx only-allow
# yarn`, its developers' guard) fails under npm, and neither package needs a script to install.
node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	@touch $@

messages: install node_modules/.installed
	@DEBUG=$${DEBUG:-true} $(MANAGE) compile_catalogues

# The embedded default: SQLite, DEBUG on, the web server with a Celery worker and beat on a broker
# that is a folder of files (kombu's filesystem transport), started and stopped together.
# DATABASE_URL and CELERY_BROKER_URL, when set, switch to PostgreSQL and a real broker.
run: export DEBUG := true
run: export PORT := $(PORT)
run: export CELERY_BROKER_URL ?= filesystem://
run: messages
	@$(MANAGE) migrate --noinput -v0
	@$(MANAGE) load_demo
	@echo
	@echo "Samfund is starting on http://$(HOST):$(PORT)/ with its background work (worker and beat)"
	@echo "  learners:    http://$(HOST):$(PORT)/da/  (or /en/, /ar/, /uk/)"
	@echo "  editors:     http://$(HOST):$(PORT)/admin/"
	@echo "  health:      http://$(HOST):$(PORT)/healthz and /healthz/background"
	@echo
	@$(MANAGE) run_embedded $(HOST):$(PORT)

test: messages
	$(BIN)/pytest $(PYTEST_ARGS)

# Production, step one (on every release): static files, the database, the catalogues.
deploy: messages
	@DEBUG=false $(MANAGE) collectstatic --noinput -v0
	@DEBUG=false $(MANAGE) migrate --noinput -v0

# Production, step two: gunicorn, DEBUG off, against DATABASE_URL, after the deployment checks
# (SECRET_KEY, SITE_BASE_URL, REDIS_URL and the rest: see the README). No control socket: a second
# instance on the same host would take it over.
serve: install
	@DEBUG=false $(MANAGE) check --deploy --fail-level ERROR
	DEBUG=false $(BIN)/gunicorn config.wsgi --preload --bind $(HOST):$(PORT) --workers $${WEB_CONCURRENCY:-2} --no-control-socket --access-logfile -

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache
