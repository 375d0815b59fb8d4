# Two commands for a newcomer: `make html` builds the site, `make test` runs every check.
# Each creates the virtual environment on first use, pinned by constraints.txt.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EDITIONS := en id
SPHINXOPTS ?= -W --keep-going -n -q
BUILD  := _build/html
# Sphinx's caches, outside the published folder.
DOCTREES := _build/doctrees

.PHONY: help venv html serve test lint typecheck pytest bench drift mutate-js mutate-js-stryker \
	translations lock planner-cases clean

help:
	@echo "make html   build both editions into $(BUILD)/en and $(BUILD)/id"
	@echo "make serve  preview with live reload (EDITION=en|id, default en)"
	@echo "make test   lint, type-check, build the site and run every test"
	@echo "make bench  print the package's speed figures"
	@echo "make drift  mutate the rules and check that the docs notice"
	@echo "make mutate-js  mutate the page's planner scripts and check that the comparison notices"
	@echo "make translations [PAGE=howto/follow-up.md] [OK=1]"
	@echo "            list page pairs whose editions are out of step, with what changed;"
	@echo "            OK=1 records PAGE (or, without PAGE, every pair) as reviewed"
	@echo "make lock   re-pin constraints.txt after changing pyproject.toml"

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[docs,test]'
	touch $(STAMP)

html: $(STAMP)
	@for ed in $(EDITIONS); do \
		$(BIN)/sphinx-build -b html -c . $(SPHINXOPTS) -d $(DOCTREES)/$$ed \
			docs/$$ed $(BUILD)/$$ed || exit 1; \
	done
	$(BIN)/python -m tools.site_root $(BUILD)

# Live preview of one edition. A page is rebuilt when it changes, and every page is rebuilt
# when the package, the handbook's extensions, templates or translations change.
EDITION ?= en
PORT ?= 8000
serve: $(STAMP)
	$(BIN)/sphinx-autobuild -c . -n --port $(PORT) -d $(DOCTREES)/$(EDITION) \
		--watch src --watch conf.py --watch docs/_ext --watch docs/_templates \
		--watch docs/_static --watch locale \
		--re-ignore '__pycache__' --re-ignore '\.mo$$' \
		docs/$(EDITION) $(BUILD)/$(EDITION)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

# One test process per core (pytest-xdist): most of the time is the browser tests' waiting.
# The slowest tests are listed at the end: what to look at when the run grows long. Tests
# that time the pages (marked `timed`: Lighthouse) run after the rest, alone, so that the
# suite's own load is not in their figures.
pytest: $(STAMP)
	$(BIN)/pytest -n auto --durations=15 -m "not timed"
	$(BIN)/pytest -m timed

test: lint typecheck html pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_package.py

drift: $(STAMP)
	$(BIN)/python -m tools.drift

# Mutants of the page's planner scripts (Stryker's instrumenter), each run against the Node
# comparison with the package's answers (tests/js/diff.mjs, tools/planner_cases.py), one
# process per core: 25 to 50 minutes on two, as busy as they are. mutate-js-stryker runs
# StrykerJS itself (stryker.config.mjs), which makes the same mutants and takes an hour or more.
CASES := _build/planner-cases
planner-cases: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m tools.planner_cases $(CASES) >/dev/null
	node tests/js/diff.mjs $(CASES)/en.json $(CASES)/id.json
	node tests/js/diff.mjs --without-zones $(CASES)/en.json $(CASES)/id.json

mutate-js: planner-cases
	node tests/js/mutate.mjs $(CASES) _build/mutants.json

mutate-js-stryker: planner-cases
	ETIKET_PLANNER_CASES=$(abspath $(CASES)) npx --no-install stryker run
	node tests/js/mutation-score.mjs _build/stryker/mutation.json

# The exact versions of package-lock.json; npm rewrites this file on every install.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

# The editions' page pairs against docs/translations.lock (see README, "Translating").
PAGE ?=
OK ?=
translations: $(STAMP)
	@$(BIN)/python -m tools.translations $(if $(PAGE),--page '$(PAGE)') \
		$(if $(filter 1 yes true,$(OK)),--reviewed)

# Re-pin after changing dependencies: a fresh venv, the newest allowed versions, frozen.
lock:
	rm -rf /tmp/etiket-lock && $(PYTHON) -m venv /tmp/etiket-lock
	/tmp/etiket-lock/bin/pip install --quiet --upgrade pip
	/tmp/etiket-lock/bin/pip install --quiet '.[docs,test]'
	/tmp/etiket-lock/bin/pip freeze --exclude etiket > constraints.txt

clean:
	rm -rf _build .pytest_cache .mypy_cache .ruff_cache .hypothesis node_modules
