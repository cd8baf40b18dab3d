# riftwatch — the two set-up commands: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-fast bench lint clean screenshots lee-corpus

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## make demo: create the venv, install, ingest the bundled demo corpus, print the relations briefing
demo: $(STAMP)
	$(BIN)/riftwatch --db riftwatch-demo.duckdb demo

## make test: the full test suite (tests reading ../shared skip when it is absent)
test: $(STAMP)
	$(BIN)/python -m pytest

test-fast: $(STAMP)
	$(BIN)/python -m pytest -m "not slow"

## make bench: throughput (1,000 Reuters stories), memory (1,000 vs 21,578 documents), analytics
## (1M and 10M synthetic events) -> bench/results/*.json, summary -> docs/performance.md.
## Reuters runs need ../shared; the whole run takes about half an hour on 2 cores.
bench: $(STAMP)
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/analytics.py
	$(BIN)/python bench/prefilter_eval.py
	$(BIN)/python bench/report.py

## make lee-corpus: fetch the Lee news corpus (gensim's test data, from PyPI) for the Lee gold sets -> .cache/corpora/lee
lee-corpus: $(STAMP)
	$(BIN)/python -m riftwatch.evaluation.lee fetch

## make screenshots: the dashboard's views at 1280x800 -> docs/screenshots/*.png (browser tests; needs /usr/bin/chromium)
screenshots: $(STAMP)
	CI=true RIFTWATCH_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest tests/test_browser.py -q

lint: $(STAMP)
	$(BIN)/python -m compileall -q src tests bench

clean:
	rm -rf $(VENV) riftwatch-demo.duckdb riftwatch-demo.duckdb.wal
