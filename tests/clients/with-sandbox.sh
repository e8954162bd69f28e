#!/usr/bin/env bash
# Runs a command against a fresh posthorn-sandbox: starts the sandbox on a free loopback
# port, exports its address as SANDBOX_URL, runs the command and stops the sandbox again.
# The command's exit status is the script's.
#   tests/clients/with-sandbox.sh SANDBOX_BINARY COMMAND [ARG...]
set -euo pipefail
(($# >= 2)) || {
    echo "usage: $0 SANDBOX_BINARY COMMAND [ARG...]" >&2
    exit 2
}
sandbox=$1
shift
work=$(mktemp -d)
# Made here, not by the background job's redirection, which may come after the first read.
: >"$work/sandbox.out"
"$sandbox" --port 0 >>"$work/sandbox.out" 2>&1 &
pid=$!
stop() {
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$work"
}
trap stop EXIT

# The sandbox prints its address on its first line once it listens.
url=
for _ in $(seq 200); do
    url=$(sed -n 's/^Posthorn sandbox listening on //p' "$work/sandbox.out")
    [[ -n "$url" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
        echo "with-sandbox: the sandbox ended before it listened:" >&2
        cat "$work/sandbox.out" >&2
        exit 1
    fi
    sleep 0.05
done
[[ -n "$url" ]] || {
    echo "with-sandbox: the sandbox did not say where it listens within 10 s" >&2
    exit 1
}
export SANDBOX_URL=$url
"$@"
