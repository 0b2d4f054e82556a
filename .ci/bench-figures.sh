#!/usr/bin/env bash
# `make bench`, second half: a year of 1,000,000 meetings (3,000,000 people, 1,000,000
# feedback) made in an empty SQLite file and an empty PostgreSQL cluster, and the figures
# timed on each beside a plain count(*). MEETINGS=100000 for a quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$PWD/target/release/tiptoes"
n=${MEETINGS:-1000000}
dir=$(mktemp -d)
pgdir=$(mktemp -d)
trap '.ci/postgres.sh stop "$pgdir"; rm -rf "$dir"' EXIT
echo "==> figures over $n meetings"
TIPTOES_LOG=error TIPTOES_DATABASE_URL="sqlite://$dir/bench.db" "$bin" bench-figures --meetings "$n" --label "SQLite"
url=$(.ci/postgres.sh start "$pgdir")
TIPTOES_LOG=error TIPTOES_DATABASE_URL="$url" "$bin" bench-figures --meetings "$n" --label "PostgreSQL"
