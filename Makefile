# Every target is idempotent and needs only python3 and make on the machine.
# Installs come from uv.lock (exact versions with hashes). uv itself is downloaded from
# PyPI into .venv-tools/bin by tools/bootstrap_uv.py (standard library only, the wheel's
# SHA-256 pinned there), so neither venv nor pip is needed on the machine.
PYTHON ?= python3
TOOLS := .venv-tools
UV := $(TOOLS)/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
LATEST := .venv-latest

# uv uses the machine's python3 and never downloads an interpreter of its own.
export UV_PYTHON := $(PYTHON)
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)
# Compile bytecode at install, as pip does, so the first start does not pay for it.
export UV_COMPILE_BYTECODE := 1
# Trust the system's certificates, as the bootstrap (Python's ssl) does: a network that
# needs a local CA then works for both, not only for the first download.
export UV_SYSTEM_CERTS := 1

SYNC := $(UV) sync --locked --quiet

.PHONY: run test bench lint lock test-latest package screenshots translations clean

$(UV): tools/bootstrap_uv.py
	$(PYTHON) tools/bootstrap_uv.py $(TOOLS)

# The runtime packages only; --inexact keeps the test tools of an earlier `make test`.
run: | $(UV)
	$(SYNC) --inexact
	$(PY) -m auditapp.platform_check --install
	$(VENV)/bin/auditapp

test: | $(UV)
	$(SYNC) --extra test --extra dev --extra package --extra server
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: | $(UV)
	$(SYNC) --extra test --extra dev --extra package --extra server
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:randomly tests/bench

lint: | $(UV)
	$(SYNC) --extra test --extra dev --extra package --extra server
	$(VENV)/bin/ruff check auditapp tests tools packaging
	$(VENV)/bin/ruff format --check auditapp tests tools packaging
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

# Re-resolve every dependency to its newest allowed release and rewrite uv.lock.
lock: | $(UV)
	$(UV) lock --upgrade

# The suite against the newest releases, ignoring the lock, in its own environment.
# Not part of CI: it shows drift (a library's new wording, a broken build) early.
test-latest: | $(UV)
	rm -rf $(LATEST)
	$(UV) venv --quiet $(LATEST)
	$(UV) pip install --quiet --python $(LATEST)/bin/python -e '.[test,dev,package,server]'
	QT_QPA_PLATFORM=offscreen $(LATEST)/bin/python -m pytest -q

# The one-folder PyInstaller build (dist/serviceaudit) and the .deb (dist/*.deb).
package: | $(UV)
	$(SYNC) --extra package --inexact
	$(PY) packaging/build.py

screenshots: | $(UV)
	$(SYNC) --extra test --extra dev --extra package --extra server
	$(PY) tools/screenshots.py

translations: | $(UV)
	$(SYNC) --extra test --extra dev --extra package --extra server
	$(PY) tools/translations.py

clean:
	rm -rf $(VENV) $(TOOLS) $(LATEST) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
