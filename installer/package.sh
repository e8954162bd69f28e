#!/usr/bin/env bash
# Builds the release preset and makes the Debian package of it:
#   installer/package.sh        → build/release/packages/posthorn_<version>-1_amd64.deb
# tests/package/check-package.sh checks such a package (lintian, desktop-file-validate,
# appstreamcli, an install into a fresh root); the test run does that for every build.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh
# dpkg-shlibdeps computes the package's library dependencies.
if ! command -v dpkg-shlibdeps >/dev/null; then
    sudo_cmd=()
    ((EUID == 0)) || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y --no-install-recommends dpkg-dev
fi
installer/build.sh release
cpack --config build/release/CPackConfig.cmake -G DEB -B build/release/packages
ls -1 build/release/packages/*.deb
