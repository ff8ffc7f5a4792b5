# Samfund: `make run` (set up everything and serve on SQLite) and `make test` (the whole suite).
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
PORT ?= 8000
UV_VERSION := 0.13.9
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

.PHONY: run test serve install messages lint format clean

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

# The embedded default: SQLite, Celery eager (no broker), DEBUG on. DATABASE_URL and
# CELERY_BROKER_URL, when set, switch to PostgreSQL and a real broker.
run: export DEBUG := true
run: messages
	@$(MANAGE) migrate --noinput -v0
	@$(MANAGE) load_demo
	@echo
	@echo "Samfund is starting on http://127.0.0.1:$(PORT)/"
	@echo "  learners:    http://127.0.0.1:$(PORT)/da/  (or /en/, /ar/, /uk/)"
	@echo "  editors:     http://127.0.0.1:$(PORT)/admin/"
	@echo "  health:      http://127.0.0.1:$(PORT)/healthz"
	@echo
	@$(MANAGE) runserver 127.0.0.1:$(PORT)

test: messages
	$(BIN)/pytest $(PYTEST_ARGS)

# The production server: gunicorn, DEBUG off, against DATABASE_URL (SECRET_KEY required).
serve: messages
	@DEBUG=false $(MANAGE) collectstatic --noinput -v0
	@DEBUG=false $(MANAGE) migrate --noinput -v0
	DEBUG=false $(BIN)/gunicorn config.wsgi --preload --bind 127.0.0.1:$(PORT) --workers $${WEB_CONCURRENCY:-2} --access-logfile -

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

clean:
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache
