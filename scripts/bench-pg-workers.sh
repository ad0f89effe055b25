#!/usr/bin/env bash
# Client and server CPU of analysing stored articles on PostgreSQL with N worker processes.
# Usage: scripts/bench-pg-workers.sh <chronicle.js> <workers: 0 = `chronicle analyze --threads 1`> <name> <paths...>
# Needs a server of our own (so that nobody else's queries count): CHRONICLE_BENCH_PG_DIR names its data folder
# (started with CHRONICLE_TEST_PG_DIR=… CHRONICLE_TEST_PG_PORT=… scripts/start-test-postgres.sh) and
# CHRONICLE_BENCH_PG its URL without a database. Server CPU = the postmaster's own and reaped children's CPU
# plus its live children's, read from /proc before and after.
set -euo pipefail
BIN=$1; WORKERS=$2; NAME=$3; shift 3
DIR=${CHRONICLE_BENCH_PG_DIR:?}; URL=${CHRONICLE_BENCH_PG:?}
TCK=$(getconf CLK_TCK)
server_cpu() {
  local pm; pm=$(head -1 "$DIR/data/postmaster.pid")
  { sed 's/.*) //' "/proc/$pm/stat" | awk '{print $12+$13+$14+$15}'
    for p in $(pgrep -P "$pm"); do sed 's/.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12+$13}'; done
  } | awk -v t="$TCK" '{s+=$1} END {printf "%.2f", s/t}'
}
psql -q "$URL/postgres" -c "DROP DATABASE IF EXISTS $NAME" -c "CREATE DATABASE $NAME"
DB="$URL/$NAME"
s0=$(server_cpu)
/usr/bin/time -f "%U %S %e" -o /tmp/bench-store.$$ node "$BIN" --db "$DB" ingest --no-analyze --allow-rejects "$@" >/dev/null
s1=$(server_cpu)
N=$(psql -At "$DB" -c "SELECT count(*) FROM articles")
pids=()
if [ "$WORKERS" = 0 ]; then
  /usr/bin/time -f "%U %S %e" -o /tmp/bench-w0.$$ node "$BIN" --db "$DB" analyze --threads 1 >/dev/null & pids+=($!)
else
  for i in $(seq 1 "$WORKERS"); do
    /usr/bin/time -f "%U %S %e" -o /tmp/bench-w$i.$$ node "$BIN" --db "$DB" worker --threads 1 >/dev/null & pids+=($!)
  done
fi
start=$(date +%s.%N)
wait "${pids[@]}"
wall=$(echo "$(date +%s.%N) - $start" | bc)
s2=$(server_cpu)
client=$(cat /tmp/bench-w*.$$ | awk '{s+=$1+$2} END {printf "%.2f", s}')
store_client=$(awk '{printf "%.2f", $1+$2}' /tmp/bench-store.$$)
rm -f /tmp/bench-*.$$
awk -v n="$N" -v sc="$store_client" -v ss="$(echo "$s1 - $s0" | bc)" -v c="$client" -v s="$(echo "$s2 - $s1" | bc)" \
  -v w="$wall" -v name="$NAME" -v k="$WORKERS" 'BEGIN {
  printf "%s: %d articles; store phase client %.1f s, server %.1f s; analysis (%s workers) client %.1f CPU-s (%.2f ms/article), server %.1f CPU-s (%.2f ms/article), wall %.0f s\n",
    name, n, sc, ss, k, c, 1000*c/n, s, 1000*s/n, w }'
psql -At "$DB" -c "SELECT 'analysed ' || count(*) FROM analyses" -c "SELECT 'in stories ' || count(*) FROM article_stories"
