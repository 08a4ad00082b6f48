# The two commands of the README:
#   make book   build the HTML book (creates .venv and installs what is missing)
#   make test   run every test       (likewise)
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.tahqiq-installed

.PHONY: book test clean-book help
help:
	@echo "make book   build the HTML book into _build/html"
	@echo "make test   run the whole test suite (unit tests, notebooks with nbval, the build)"

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11" >&2; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m ipykernel install --sys-prefix --name python3 >/dev/null
	@touch $@

book: $(STAMP)
	$(BIN)/tahqiq build

test: $(STAMP)
	$(BIN)/python -m pytest --nbval --nbval-sanitize-with tests/nbval_sanitize.cfg tests book

clean-book:
	rm -rf _build
