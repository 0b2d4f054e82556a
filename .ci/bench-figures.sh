#!/usr/bin/env bash
# `make bench`, second half: a year of 1,000,000 meetings (3,000,000 people, 1,000,000
# feedback) made in an empty SQLite file and an empty PostgreSQL cluster, and the figures
# timed on each beside a plain count(*) and the year counted the old way; then the dashboard
# pages themselves, as a manager's browser asks for them, from a server on that database.
# MEETINGS=100000 for a quicker run.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="$PWD/target/release/tiptoes"
n=${MEETINGS:-1000000}
dir=$(mktemp -d)
pgdir=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill "$server" 2>/dev/null; .ci/postgres.sh stop "$pgdir"; rm -rf "$dir"' EXIT

# The median of five fetches of each dashboard page, signed in as a manager.
time_pages() {
  local db=$1 key=$2 log="$dir/serve.log"
  export TIPTOES_LOG=error TIPTOES_KEY_FILE="$key" TIPTOES_DATABASE_URL="$db"
  echo 'a long enough password' | "$bin" user add --email pages@bench.example --name Pages --role manager >/dev/null
  TIPTOES_ADDR=127.0.0.1:0 TIPTOES_INSECURE_COOKIES=1 "$bin" serve >"$log" 2>&1 &
  server=$!
  local base=""
  for _ in $(seq 100); do
    base=$(sed -n 's/^Tiptoes is listening on //p' "$log")
    [ -n "$base" ] && break
    sleep 0.1
  done
  curl -sf -c "$dir/cookies" -H 'content-type: application/json' \
    -d '{"email":"pages@bench.example","password":"a long enough password"}' "$base/api/v1/session" >/dev/null
  for page in "/staff/figures?year=2017" "/staff/feedback?year=2017"; do
    local times=()
    for _ in 1 2 3 4 5; do
      times+=("$(curl -sf -o /dev/null -b "$dir/cookies" -w '%{time_total}' "$base$page")")
    done
    local median
    median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
    awk -v p="$page" -v t="$median" 'BEGIN { printf "  the page GET %-34s %9.1f ms   target ≤ 100 ms\n", p, t * 1000 }'
  done
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
}

echo "==> figures over $n meetings"
TIPTOES_LOG=error TIPTOES_KEY_FILE="$dir/sqlite.key" TIPTOES_DATABASE_URL="sqlite://$dir/bench.db" "$bin" bench-figures --meetings "$n" --label "SQLite"
time_pages "sqlite://$dir/bench.db" "$dir/sqlite.key"
url=$(.ci/postgres.sh start "$pgdir")
TIPTOES_LOG=error TIPTOES_KEY_FILE="$dir/postgres.key" TIPTOES_DATABASE_URL="$url" "$bin" bench-figures --meetings "$n" --label "PostgreSQL"
time_pages "$url" "$dir/postgres.key"
