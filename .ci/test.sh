#!/usr/bin/env bash
# Runs every test against the release build: unit tests, the API tests on SQLite and on a
# throwaway PostgreSQL cluster, then the browser tests in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
pgdir=$(mktemp -d)
trap '.ci/postgres.sh stop "$pgdir"' EXIT
TIPTOES_TEST_POSTGRES_URL=$(.ci/postgres.sh start "$pgdir")
export TIPTOES_TEST_POSTGRES_URL
export TIPTOES_BIN="$PWD/target/release/tiptoes"
# The same settings the build compiled Leptos with, so the unit tests reuse its crates.
source .ci/leptos-env.sh

phase_start=$SECONDS
phase() {
  printf '==> test: %s (%ds)\n' "$1" $((SECONDS - phase_start))
  phase_start=$SECONDS
}

echo "==> unit tests"
cargo test --release -p app -p server
phase "unit tests"
echo "==> API tests (SQLite and PostgreSQL)"
cargo test --release -p tests -- --test-threads 2
phase "API tests"
echo "==> message checks (Fluent)"
node --test tests/locales/
phase "message checks"
echo "==> browser tests (Chromium)"
node --test --test-concurrency=1 tests/e2e/
phase "browser tests"
