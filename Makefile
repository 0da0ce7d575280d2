# Every target is idempotent and needs only python3 and make on the machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test bench lint screenshots translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(VENV)/bin/auditapp

test: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

bench: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s -p no:randomly tests/bench

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check auditapp tests
	$(VENV)/bin/ruff format --check auditapp tests
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

screenshots: $(TEST_STAMP)
	$(PY) tools/screenshots.py

translations: $(TEST_STAMP)
	$(PY) tools/translations.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
