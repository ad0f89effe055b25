#!/bin/bash
# The golden timelines reviewed in bench/golden/REVIEW.md: the seeds' timeline and quotes, and ten Timeline17
# queries with default options, as a user gets them. The outputs quote third-party articles, so they are written
# to a folder outside the repository (default /tmp/chronicle-golden), never committed.
#   bash bench/golden/make.sh [out-dir] [t17-db]
# The T17 store is built when absent (ingest + analysis of all of ../shared/data/t17 takes minutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-/tmp/chronicle-golden}
t17db=${2:-$out/t17.db}
shared=${CHRONICLE_SHARED_DATA:-../shared/data}
if [ ! -d "$shared/seeds" ] || [ ! -d "$shared/t17" ]; then
  echo "$shared/seeds or $shared/t17 is absent: nothing to make" >&2
  exit 0
fi
mkdir -p "$out"
rm -f "$out/seeds.db"
node bin/chronicle.js --db "$out/seeds.db" ingest "$shared/seeds" > /dev/null
node bin/chronicle.js --db "$out/seeds.db" timeline > "$out/seeds-timeline.txt"
node bin/chronicle.js --db "$out/seeds.db" quotes > "$out/seeds-quotes.txt"
[ -f "$t17db" ] || node bin/chronicle.js --db "$t17db" ingest "$shared/t17" --allow-rejects > /dev/null 2>&1
for q in "Michael Jackson" "Hosni Mubarak" "oil spill" "swine flu" "Gaddafi" "Bashar al-Assad" "Haiti" \
  "Tony Hayward" "no-fly zone" "financial crisis"; do
  name=$(echo "$q" | tr ' A-Z' '-a-z')
  node bin/chronicle.js --db "$t17db" timeline --query "$q" > "$out/t17-$name.txt"
done
node bin/chronicle.js --db "$t17db" timeline --entity "Hosni Mubarak" > "$out/t17-entity-hosni-mubarak.txt"
echo "wrote $out"
