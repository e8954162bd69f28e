#!/usr/bin/env bash
# README command 1: installs what is missing, builds a release and starts Posthorn.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
installer/build.sh release posthorn
exec build/release/bin/posthorn "$@"
