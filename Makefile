# Tiptoes. `make run` to try it, `make test` to test everything, `make bench` for figures.
# Each installs what it needs first (and skips what is already there): see .ci/tools.sh.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export CARGO_BUILD_JOBS ?= 2
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
BIN := target/release/tiptoes

.PHONY: run test bench build tools

## Build, load the demo data into tiptoes.db and serve on http://127.0.0.1:3000
run: build
	TIPTOES_INSECURE_COOKIES=1 $(BIN) demo
	@echo "Open http://127.0.0.1:3000 (Ctrl-C stops the server)."
	TIPTOES_INSECURE_COOKIES=1 $(BIN) serve

## Unit tests, API tests on SQLite and PostgreSQL, browser tests in Chromium
test: build
	.ci/tools.sh --test
	.ci/test.sh

## Bytes a phone downloads (kiosk and staff), read-aloud coverage per language, Lighthouse
## (mobile) on two kiosk screens, the load (views, the kiosk during a sign-in flood) on both
## databases, and the figures over 1,000,000 meetings
bench: build
	.ci/tools.sh --bench
	node tests/bench/kiosk-bytes.mjs
	$(BIN) speech-coverage
	@# Lighthouse and its launcher are the bench's own (tests/bench/package.json): make run
	@# and make test never install them.
	[ tests/bench/node_modules/.package-lock.json -nt tests/bench/package-lock.json ] || npm ci --prefix tests/bench --no-audit --no-fund --loglevel=error
	node tests/bench/lighthouse.mjs
	node tests/bench/load.mjs
	.ci/bench-figures.sh

tools:
	.ci/tools.sh

# One release build serves run, test and bench, so nothing is compiled twice. The steps
# cargo-leptos would take, without its 15-24 minute install (see .ci/build.sh).
build: tools
	.ci/build.sh
