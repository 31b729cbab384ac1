#!/usr/bin/env bash
# Whole-process timings of `opslens screen`, as a user runs it, with hyperfine (Debian: apt-get
# install -y hyperfine): the realistic 1M-row file on every core and on one, the 30-row sample
# portfolios (the fixed cost of loading and indexing the lists), and a folder of 2,000 files of
# 100 rows. Always against the full SDN (Jul 2021) + Consolidated (Dec 2025) sets in ../shared,
# as of 2022-06-30, JSON report to /dev/null. Inputs are made once into .build-bench-data/.
#
# Usage: Tests/Performance/cli.sh [path/to/opslens]   (default: a release build, built if missing)
# RUNS (default 5) sets hyperfine's runs per command.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-5}
OPSLENS=${1:-}
if [ -z "$OPSLENS" ]; then
  swift build -c release --product opslens >/dev/null
  swift build -c release --product opslens-bench >/dev/null
  OPSLENS="$(swift build -c release --show-bin-path)/opslens"
fi
BENCH="$(dirname "$OPSLENS")/opslens-bench"
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install -y hyperfine)" >&2; exit 2; }

data=.build-bench-data
mkdir -p "$data"
[ -f "$data/realistic-1000000.csv" ] || python3 ../shared/bench/gen_holdings.py 1000000 "$data/realistic-1000000.csv"
# The folder is cut from the realistic file by the benchmark harness (its screen-folder case).
[ -d "$data/folder-2000x100" ] || "$BENCH" --only screen-folder-2000x100 --repeat 1 >/dev/null

lists="--ofac ../shared/data/ofac/sdn-2021-07 --ofac ../shared/data/ofac/cons-2025-12 --as-of 2022-06-30 --format json"
# Exit code 1 (findings) is what these inputs give: hyperfine is told not to stop on it.
hyperfine --runs "$RUNS" --warmup 1 -i --export-markdown "$data/cli-timings.md" \
  -n "screen 1M realistic rows, all cores" "$OPSLENS screen $data/realistic-1000000.csv $lists > /dev/null" \
  -n "screen 1M realistic rows, --threads 1" "$OPSLENS screen $data/realistic-1000000.csv $lists --threads 1 > /dev/null" \
  -n "screen Portfolios (30 rows): fixed cost" "$OPSLENS screen Portfolios $lists > /dev/null" \
  -n "screen 2,000 files x 100 rows" "$OPSLENS screen $data/folder-2000x100 $lists > /dev/null"
for case in "$data/realistic-1000000.csv" Portfolios; do
  /usr/bin/time -f "peak memory, screen $case: %M KB" "$OPSLENS" screen "$case" $lists > /dev/null || true
done
