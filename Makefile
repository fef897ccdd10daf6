# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= detente.db
SAMPLES := src/detente/data/samples

.PHONY: demo test install browser bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[server,dask,test]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium drives the dashboard tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

demo: $(STAMP)
	rm -f $(DB) $(DB)-wal $(DB)-shm
	$(BIN)/detente code $(SAMPLES) --db $(DB) -o demo-events.jsonl
	$(BIN)/detente db stats --db $(DB)
	@echo
	@echo "Events written to demo-events.jsonl. Explore them in a browser:"
	@echo "  $(BIN)/detente serve --db $(DB)"

test: $(STAMP) browser
	$(BIN)/python -m pytest -q

eval: $(STAMP)
	$(BIN)/detente eval ../shared/gold/plover_gsr_cameo.jsonl --by-root
	$(BIN)/detente eval ../shared/gold/petr2_gsr_validation.jsonl --by-root

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_throughput.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm demo-events.jsonl test-artifacts .pytest_cache
