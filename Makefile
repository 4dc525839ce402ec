# Kansrijk: build and test commands. Each target installs what it is missing
# first (scripts/install-tools.sh), so these work on a fresh machine with only
# Rust, Node/npm and apt.
#
#   make serve   build (debug) and serve on http://127.0.0.1:8080, rebuilding on change
#   make test    every test layer; ends with "N passed, N failed"
#   make dist    release build into dist/ (works from any path) + size report

SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
# wasm-bindgen-test: drive Debian's Chromium through its chromedriver.
export CHROMIUM ?= /usr/bin/chromium
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true

E2E_SPECS := $(sort $(wildcard e2e/specs/*.spec.mjs))


.PHONY: fuzz
.PHONY: help tools tools-test serve dist serve-dist serve-examples test fmt clippy test-native test-wasm e2e e2e-run clean

help:
	@echo "make serve       build and serve the app on http://127.0.0.1:8080"
	@echo "make test        run every test layer (lint, native, wasm, release build, e2e)"
	@echo "make dist        release build into dist/ and print file sizes"
	@echo "make serve-dist  serve dist/ on http://127.0.0.1:8080/kansrijk/ (a sub-path)"
	@echo "make serve-examples  the embedding examples on http://127.0.0.1:8080/hosts/"
	@echo "single layers:   make fmt | clippy | test-native | test-wasm | e2e"

tools:
	@scripts/install-tools.sh

tools-test:
	@scripts/install-tools.sh --test

# The dev build goes to target/, so dist/ only ever holds the release build.
serve: tools
	trunk serve --dist target/trunk-serve

dist: tools
	rm -rf dist
	trunk build --release
	@node scripts/compress.mjs dist
	@node scripts/size-report.mjs dist

serve-dist: tools
	@[ -f dist/index.html ] || $(MAKE) --no-print-directory dist
	node scripts/serve-dist.mjs --dir dist --port 8080 --base /kansrijk/

# The embedding examples (examples/hosts/, docs/embedding.md) with the widget
# next to them: open http://127.0.0.1:8080/hosts/
serve-examples: tools
	@[ -f dist/index.html ] || $(MAKE) --no-print-directory dist
	node scripts/serve-dist.mjs --dir dist --port 8080 --base /widget/ --hosts examples/hosts

test:
	@scripts/test-all.sh

fmt: tools-test
	cargo fmt --all -- --check

clippy: tools-test
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings

# Longer fuzzing of the answer-code and answer-file decoders than the
# 100,000 cases every test run does.
fuzz: export KANSRIJK_FUZZ_CASES ?= 10000000
fuzz:
	cargo test --release --locked --test answer_code --test answer_file never_panic

test-native:
	cargo test --locked

test-wasm: tools-test
	cargo test --locked --target wasm32-unknown-unknown

# Builds the release once, then runs the end-to-end specs against it.
e2e: dist tools-test
	@$(MAKE) --no-print-directory e2e-run

# The end-to-end specs against the dist/ already built (no build here).
e2e-run:
	@[ -f dist/index.html ] || { echo "dist/index.html is missing: run 'make dist' first" >&2; exit 1; }
	node scripts/reliability-doc.mjs --check
	node --test --test-reporter=spec --test-concurrency=1 $(E2E_SPECS)

clean:
	rm -rf dist target/test-logs

# Performance benchmark (bench/README.md, docs/performance.md): builds the
# release, then measures it side by side with the same questionnaire in
# SurveyJS (sizes, start-up at 4x CPU throttle, interaction, memory, group
# scale, Lighthouse's mobile profile), prints a table and rewrites the generated part of
# docs/performance.md. About 10 minutes on 2 cores. Extra options for
# bench/run.mjs go in BENCH_ARGS, e.g. make bench BENCH_ARGS="--loads 21".
.PHONY: bench
bench: dist tools-test
	@for d in bench bench/surveyjs; do \
	    [ "$$d/node_modules/.package-lock.json" -nt "$$d/package-lock.json" ] || \
	        (cd "$$d" && npm ci --no-audit --no-fund); \
	done
	node bench/run.mjs $(BENCH_ARGS)
