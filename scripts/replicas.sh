#!/usr/bin/env bash
# N hoidap replicas over one `chroma run` server on this machine (see docs/replicas.md).
#   scripts/replicas.sh N [FIRST_PORT]   e.g. scripts/replicas.sh 2 9001  -> replicas on 9001 and 9002
# Environment: HOIDAP_* as usual (HOIDAP_API_KEYS, HOIDAP_COLLECTION, ...); CHROMA_PATH (default data/index),
# CHROMA_PORT (default 8001). Ctrl-C stops everything.
set -euo pipefail
N=${1:-2}
FIRST=${2:-9001}
BIN=${BIN:-.venv/bin}
CHROMA_PATH=${CHROMA_PATH:-data/index}
CHROMA_PORT=${CHROMA_PORT:-8001}
export ANONYMIZED_TELEMETRY=False GRADIO_ANALYTICS_ENABLED=False HF_HUB_OFFLINE=1
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' EXIT INT TERM
"$BIN/chroma" run --host 127.0.0.1 --port "$CHROMA_PORT" --path "$CHROMA_PATH" >"$CHROMA_PATH.chroma.log" 2>&1 &
pids+=($!)
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$CHROMA_PORT/api/v2/heartbeat" >/dev/null && break; sleep 0.5; done
for i in $(seq 0 $((N - 1))); do
  port=$((FIRST + i))
  mkdir -p "data/replica-$port"
  # Each replica keeps its own snapshot file (HOIDAP_DATA_DIR); seeding it from the ingest's makes it ready in seconds.
  [ -d "$CHROMA_PATH/hoidap-snapshots" ] && cp -rn "$CHROMA_PATH/hoidap-snapshots" "data/replica-$port/" || true
  HOIDAP_CHROMA_HOST=127.0.0.1 HOIDAP_CHROMA_PORT=$CHROMA_PORT HOIDAP_DATA_DIR="data/replica-$port" \
    "$BIN/hoidap" serve --host 127.0.0.1 --port "$port" &
  pids+=($!)
done
echo "chroma on :$CHROMA_PORT, hoidap replicas on :$FIRST..:$((FIRST + N - 1)); put any HTTP load balancer in front"
wait
