#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the test suite and prints the URL to use as CHRONICLE_TEST_PG.
# Usage: eval "$(scripts/start-test-postgres.sh)"   (installs Debian's postgresql when missing)
set -euo pipefail
PORT=${CHRONICLE_TEST_PG_PORT:-54329}
DIR=${CHRONICLE_TEST_PG_DIR:-/tmp/chronicle-test-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$BIN" ]; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
# initdb refuses to run as root: run the server as the postgres user when we are root.
RUN=()
if [ "$(id -u)" = 0 ]; then RUN=(runuser -u postgres --); fi
if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  rm -rf "$DIR"
  mkdir -p "$DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$DIR"
  "${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
  "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
echo "export CHRONICLE_TEST_PG=postgres://postgres@127.0.0.1:$PORT/postgres"
