#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: `start DIR` prints its URL, `stop DIR`
# stops it and removes DIR. Durability is off: it lives for one test run. `start DIR --durable`
# keeps PostgreSQL's own settings (fsync, synchronous commit): for load figures, and for
# tests that stop it hard and count what survived. `pause DIR` stops the server at once (as a
# crash would) and `resume DIR` starts it again on the same port, the data kept.
set -euo pipefail
cmd=$1 dir=$2 mode=${3:-}
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_pg "$bin/initdb" -D "$dir/data" -A trust -U tiptoes >/dev/null
    opts="-k $dir -p $port -c listen_addresses=127.0.0.1 -c max_connections=200"
    [ "$mode" = --durable ] || opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    echo "$opts" >"$dir/options"
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start -o "$opts" >/dev/null
    echo "postgres://tiptoes@127.0.0.1:$port/postgres"
    ;;
  pause)
    as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null
    ;;
  resume)
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w start -o "$(cat "$dir/options")" >/dev/null
    ;;
  stop)
    [ -d "$dir/data" ] && as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start DIR [--durable] | stop DIR | pause DIR | resume DIR" >&2; exit 2 ;;
esac
