#!/usr/bin/env bash
# README command 3: starts the sandbox server (a Mastodon stand-in on loopback) and
# Posthorn together, so Posthorn can be tried without a Mastodon account.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
installer/build.sh release posthorn posthorn-sandbox
port="${POSTHORN_SANDBOX_PORT:-3000}"
build/release/bin/posthorn-sandbox --port "$port" &
sandbox=$!
trap 'kill "$sandbox" 2>/dev/null || true' EXIT
sleep 0.5
kill -0 "$sandbox" 2>/dev/null || { echo "demo: the sandbox did not start (port $port busy?)" >&2; exit 1; }
echo "demo: in Posthorn's setup, enter http://127.0.0.1:$port as the instance address."
build/release/bin/posthorn "$@"
