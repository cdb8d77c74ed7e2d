#!/usr/bin/env bash
# Property-based test of the `hadath serve` API against its own OpenAPI document, with
# schemathesis (PyPI: pip install schemathesis): every operation gets generated valid and
# invalid requests; all checks are on (no server error, documented status codes, content
# types and response schemas, invalid data refused, valid data accepted, 405 for other
# methods).
#
#   scripts/schemathesis.sh [--max-examples N] [extra schemathesis options...]
#
# Builds hadath, stores the Arabic test corpus in a fresh database, serves it on a free
# loopback port, runs schemathesis, stops the server. Exit status: schemathesis's.
set -euo pipefail
cd "$(dirname "$0")/.."

EXAMPLES=200
if [ "${1:-}" = "--max-examples" ]; then EXAMPLES="$2"; shift 2; fi
if ! command -v schemathesis >/dev/null; then
  echo "schemathesis: not installed (pip install schemathesis)" >&2
  exit 1
fi
TARGET="${CARGO_TARGET_DIR:-target}"
cargo build --release -p hadath-cli --bin hadath
WORK=$(mktemp -d)
"$TARGET/release/hadath" ingest --quiet --db "$WORK/st.db" crates/hadath-core/tests/corpus/ar/articles.jsonl
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$TARGET/release/hadath" serve --db "$WORK/st.db" --addr "127.0.0.1:$PORT" 2>"$WORK/serve.log" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/api/openapi.json" >/dev/null 2>&1 && break
  sleep 0.1
done
# (Run from the scratch folder: schemathesis keeps a .schemathesis/ cache where it runs.)
cd "$WORK"
schemathesis run "http://127.0.0.1:$PORT/api/openapi.json" --checks all \
  --max-examples "$EXAMPLES" --workers 2 "$@"
