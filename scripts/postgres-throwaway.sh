#!/usr/bin/env bash
# A throwaway PostgreSQL server for tests and benchmarks: `start [port]` prints its admin URL,
# `stop [port]` removes it. PostgreSQL refuses to run as root, so it runs as the postgres user.
set -euo pipefail
action=${1:-start}
port=${2:-5433}
dir=/tmp/interview-trainer-pg-$port
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
bindir=$(dirname "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -n 1)")

case "$action" in
  start)
    if [ ! -f "$dir/PG_VERSION" ]; then
      mkdir -p "$dir" && chown postgres "$dir" 2>/dev/null || true
      as_postgres "$bindir/initdb -D $dir -U postgres -A trust --no-sync" >/dev/null
    fi
    if ! as_postgres "$bindir/pg_ctl -D $dir status" >/dev/null 2>&1; then
      as_postgres "$bindir/pg_ctl -D $dir -l $dir/server.log -w -o \"-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=300\" start" >/dev/null
    fi
    echo "postgresql://postgres@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_postgres "$bindir/pg_ctl -D $dir -m fast -w stop" >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop [port]" >&2; exit 2 ;;
esac
