#!/usr/bin/env bash
# Configures and builds one CMake preset: installer/build.sh PRESET [TARGET...]
# PRESET is dev, asan or release; without targets everything is built.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-release}"
shift || true
cmake --preset "$preset" >/dev/null
if (($# > 0)); then
    cmake --build --preset "$preset" --target "$@"
else
    cmake --build --preset "$preset"
fi
