# The two commands of the README:
#   make book   build the HTML book (creates .venv and installs what is missing)
#   make test   run every test       (likewise)
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.tahqiq-installed

.PHONY: book test test-engine clean-book help
help:
	@echo "make book          build the HTML book into _build/html"
	@echo "make test          run the whole test suite (the engine's tests, then the book: notebooks with nbval, the build, the browser)"
	@echo "make test-engine   only the engine's tests (everything but tests/book, tests/browser and the notebooks)"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $@

book: $(STAMP)
	$(BIN)/tahqiq build

# The engine's tests are independent of one another and run on every core (pytest-xdist); the
# book's tests share one build and run in one process after them.
ENGINE_TESTS := tests --ignore=tests/book --ignore=tests/browser

test: test-engine
	$(BIN)/python -m pytest --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg tests/book tests/browser book

test-engine: $(STAMP)
	$(BIN)/python -m pytest -n auto $(ENGINE_TESTS)

clean-book:
	rm -rf _build
