#!/usr/bin/env bash
# Load test of `opslens serve` on loopback: screen requests of a 100-row holdings file for DURATION
# seconds (default 20) at CONNECTIONS concurrent connections, with wrk (Debian: apt-get install -y
# wrk). Prints requests/s and p50/p99 latency, then the audit rows (one per request answered, and
# one for any still in flight when wrk stopped) and checks that the chain verifies.
#
# Usage: Tests/Load/load.sh [path/to/opslens]   (default: a release build, built if missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-32}
OPSLENS=${1:-}
if [ -z "$OPSLENS" ]; then
  swift build -c release --product opslens >/dev/null
  OPSLENS="$(swift build -c release --show-bin-path)/opslens"
fi
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }

work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

# A 100-row holdings file: the custodian portfolio's rows (two of them listed issuers), repeated.
head -1 Portfolios/custodian-global-equity.csv > "$work/holdings.csv"
tail -n +2 Portfolios/custodian-global-equity.csv | grep -v '^\s*$' > "$work/rows.csv"
while [ "$(wc -l < "$work/holdings.csv")" -le 100 ]; do cat "$work/rows.csv" >> "$work/holdings.csv"; done
head -101 "$work/holdings.csv" > "$work/upload.csv"

"$OPSLENS" serve --port 0 --db "$work/audit.sqlite" > "$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  port=$(sed -n 's|.*listening on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "${port:-}" ] || { cat "$work/serve.log"; echo "the service did not start" >&2; exit 1; }

cat > "$work/screen.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/csv"
local file = io.open("$work/upload.csv", "rb")
wrk.body = file:read("*a")
file:close()
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) errors = 0 end
function request()
  return wrk.format(nil, "/api/v1/screen?asOf=2022-06-30&name=holdings-100.csv")
end
function response(status, headers, body) if status ~= 200 then errors = errors + 1 end end
function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("errors") end
  io.write(string.format("requests: %d in %.2f s: %.0f requests/s\n", summary.requests, summary.duration / 1e6,
    summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency: p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("non-200 answers: %d, socket errors: %d\n", failed,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
LUA

wrk -t 2 -c "$CONNECTIONS" -d "${DURATION}s" --timeout 10s --latency -s "$work/screen.lua" \
  "http://127.0.0.1:$port" | grep -E '^(requests|latency|non-200)'

kill "$server"; wait "$server" 2>/dev/null || true; server=""
rows=$(sqlite3 "$work/audit.sqlite" "SELECT COUNT(*) FROM audit_log" 2>/dev/null || echo "?")
echo "audit rows: $rows"
"$OPSLENS" audit verify --db "$work/audit.sqlite"
