# Set-up and entry points. `make run` and `make test` work on a fresh Debian machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test serve runtime-deps system-deps constraints clean

# Debian packages, installed when run as root: what extraction uses (French OCR, the French word
# list for hyphenation), then what the tests add (fonts for the generated PDFs, Chromium).
RUNTIME_PKGS := tesseract-ocr tesseract-ocr-fra wfrench
TEST_PKGS := $(RUNTIME_PKGS) fonts-dejavu-core chromium chromium-driver
apt_install = if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  dpkg -s $(1) >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq --no-install-recommends $(1); }; \
	else echo "not root: install $(1) with apt if missing"; fi

# Every Python package at the version in constraints.txt (the releases tested together), so
# that an install today and one next year are the same; `make constraints` moves them forward.
$(STAMP): pyproject.toml constraints.txt
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	touch $(STAMP)

constraints:  ## resolve pyproject.toml's dependencies afresh (newest allowed) into constraints.txt
	rm -rf .venv-constraints && python3 -m venv .venv-constraints
	.venv-constraints/bin/python -m pip install -q --upgrade pip
	.venv-constraints/bin/python -m pip install -q -e '.[dev]'
	{ echo "# Versions tested together; install with pip install -c constraints.txt -e '.[dev]'."; \
	  echo "# Made by \`make constraints\` (a fresh venv, then pip freeze): run it, then make test."; \
	  .venv-constraints/bin/python -m pip freeze --exclude-editable; } > constraints.txt
	rm -rf .venv-constraints

runtime-deps:  ## Debian packages extraction uses (Tesseract French OCR, wfrench), no recommended extras
	@$(call apt_install,$(RUNTIME_PKGS))

system-deps:  ## Debian packages the tests need (the runtime ones, fonts, headless Chromium), no extras
	@$(call apt_install,$(TEST_PKGS))

run: runtime-deps $(STAMP)  ## crawl every enabled source, extract, build, export, serve on :8001
	$(VENV)/bin/crpv run --serve

demo: runtime-deps $(STAMP)  ## the same job offline, against the replica sites
	$(VENV)/bin/crpv demo

test: system-deps $(STAMP)  ## the test suite
	$(PY) -m pytest

serve: $(STAMP)
	$(VENV)/bin/crpv serve

clean:
	rm -rf data/demo data/replica-cache
