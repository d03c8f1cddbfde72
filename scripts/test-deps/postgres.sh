#!/usr/bin/env bash
# A throwaway Postgres for the two-replica tests (test/slack/replicas.test.ts): Debian's
# postgresql, installed if missing, one server run as the postgres user on 127.0.0.1:55432
# with its data under /tmp (trust auth, fsync off: test data only). Quiet and quick when
# it is already running. The tests connect to AIRANK_TEST_PG_URL (default below).
set -euo pipefail
PORT="${AIRANK_TEST_PG_PORT:-55432}"
DATA=/tmp/airank-test-pg
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)

if [ -z "$BIN" ] || [ ! -x "$BIN/postgres" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq postgresql >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq postgresql >/dev/null; }
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

if "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then exit 0; fi

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -s "$DATA/PG_VERSION" ]; then
  rm -rf "$DATA"
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$DATA"
  as_postgres "$BIN/initdb" -D "$DATA" -U postgres --auth=trust -E UTF8 >/dev/null
fi
as_postgres "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 30 \
  -o "-p $PORT -c listen_addresses=127.0.0.1 -k /tmp -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
