# Set-up and entry points. `make run` and `make test` work on a fresh Debian machine.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run demo test serve system-deps clean

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

system-deps:  ## Debian packages the tests need (fonts for the generated PDFs, Chromium for the browser test, Tesseract French OCR and the wfrench word list for PDF extraction)
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  pkgs="fonts-dejavu-core chromium chromium-driver tesseract-ocr tesseract-ocr-fra wfrench"; \
	  dpkg -s $$pkgs >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq $$pkgs; }; \
	fi

run: $(STAMP)  ## crawl every enabled source, extract, build, export, serve on :8001
	$(VENV)/bin/crpv run --serve

demo: $(STAMP)  ## the same job offline, against the replica sites
	$(VENV)/bin/crpv demo

test: system-deps $(STAMP)  ## the test suite
	$(PY) -m pytest

serve: $(STAMP)
	$(VENV)/bin/crpv serve

clean:
	rm -rf data/demo data/replica-cache
