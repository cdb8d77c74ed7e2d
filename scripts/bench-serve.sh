#!/usr/bin/env bash
# Load test of `hadath serve`: 200 concurrent clients on /api/events over a store of a
# million synthetic events, with wrk (Debian: apt-get install wrk).
#
#   scripts/bench-serve.sh [--events N] [--db PATH] [--duration 30s] [--connections 200]
#                          [--mix browse|actors] [--cold] [--no-cache]
#
# Builds the release binary and the generator (crates/hadath-server/examples/gen_events.rs),
# fills the store once (about two minutes for a million events; kept for later runs), starts
# the server on a free loopback port, runs wrk with scripts/bench-serve.lua (the request mix is
# described there), prints requests/s, p50/p90/p99/p99.9, max and errors, and stops the
# server. By default the server is warmed first, as one that has been up a while is: one
# request per filter computes its total (timed), then a 10 s run of the same load fills the
# cache (its figures are printed too: they are the cold start); then the measured run.
# --cold measures from a fresh start instead. --no-cache runs the server with --no-cache:
# every page is queried under load (the totals of the filters are still kept).
# Traffic goes to 127.0.0.1 only; wrk stops by itself after --duration.
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=1000000
TARGET="${CARGO_TARGET_DIR:-target}"
DB=""
DURATION=30s
CLIENTS=200
WARM=1
MIX=browse
NOCACHE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --events) EVENTS="$2"; shift 2 ;;
    --db) DB="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --connections) CLIENTS="$2"; shift 2 ;;
    --cold) WARM=0; shift ;;
    --mix) MIX="$2"; shift 2 ;;
    --no-cache) NOCACHE="--no-cache"; shift ;;
    *) echo "usage: $0 [--events N] [--db PATH] [--duration 30s] [--connections 200] [--mix browse|actors] [--cold] [--no-cache]" >&2; exit 2 ;;
  esac
done
DB="${DB:-$TARGET/bench-serve/events-$EVENTS.db}"

if ! command -v wrk >/dev/null; then
  echo "bench-serve: wrk is missing (apt-get install wrk)" >&2
  exit 1
fi

cargo build --release -p hadath-cli --bin hadath -p hadath-server --example gen_events
BIN="$TARGET/release"

if [ ! -f "$DB" ]; then
  mkdir -p "$(dirname "$DB")"
  echo "bench-serve: generating $EVENTS events into $DB"
  "$BIN/examples/gen_events" --db "$DB" --events "$EVENTS"
fi

PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LOG=$(mktemp)
"$BIN/hadath" serve --db "$DB" --addr "127.0.0.1:$PORT" $NOCACHE 2>"$LOG" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -f "$LOG"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/api/events?limit=1" >/dev/null 2>&1 && break
  sleep 0.1
done
curl -fs "http://127.0.0.1:$PORT/api/events?limit=1" >/dev/null || { cat "$LOG" >&2; exit 1; }

if [ "$WARM" = 1 ]; then
  echo "bench-serve: warming the totals of the filters (one request each, timed):"
  sed -n "/^  $MIX = {/,/^  },/p" scripts/bench-serve.lua | grep -o '"[^"]*"' | tr -d '"' | while read -r f; do
    curl -s -o /dev/null -w "  %{time_total}s  /api/events?$f\n" "http://127.0.0.1:$PORT/api/events?$f"
  done
fi

if [ "$WARM" = 1 ]; then
  echo "bench-serve: warm-up run (10 s, from a cold cache):"
  MIX="$MIX" wrk -t2 -c"$CLIENTS" -d10s --timeout 10s -s scripts/bench-serve.lua "http://127.0.0.1:$PORT" | grep -E '^(mix|p[0-9]|max|errors)' | sed 's/^/  /'
fi
echo "bench-serve: mix $MIX${NOCACHE:+, server $NOCACHE}: wrk -t2 -c$CLIENTS -d$DURATION over $DB ($(sqlite3 -readonly "$DB" 'select count(*) from events' 2>/dev/null || echo "$EVENTS") events)"
MIX="$MIX" wrk -t2 -c"$CLIENTS" -d"$DURATION" --timeout 10s -s scripts/bench-serve.lua "http://127.0.0.1:$PORT"
