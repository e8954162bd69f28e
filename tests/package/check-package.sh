#!/usr/bin/env bash
# Builds the Debian package from a build folder, checks it the way Debian and the
# desktops would (lintian, desktop-file-validate, appstreamcli), installs it into a
# fresh root with dpkg and runs the installed posthorn --version.
#   tests/package/check-package.sh BUILD_DIR
set -euo pipefail
build="$(cd "$1" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log" >&2; fail "cpack failed"; }
deb=$(ls "$work"/out/posthorn_*.deb)
echo "check-package: built $(basename "$deb")"

# Dependencies: computed by dpkg-shlibdeps, so they name the Qt libraries the binaries
# really link, plus the run-time plugins and data named by hand.
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-package: Depends: $depends"
for needed in libqt6widgets6 libqt6network6 libqt6webenginewidgets6 libqt6keychain1 qt6-qpa-plugins libqt6svg6 unicode-data; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed"
done

# Installed into a fresh root, without maintainer scripts or the dpkg database of
# this machine: the files land where the package says.
root="$work/root"
mkdir -p "$root/var/lib/dpkg/updates" "$root/var/lib/dpkg/info"
touch "$root/var/lib/dpkg/status"
dpkg --root="$root" --force-depends --force-not-root --log=/dev/null -i "$deb" >/dev/null 2>&1 ||
    fail "dpkg -i into a fresh root failed"
for file in usr/bin/posthorn usr/libexec/posthorn/posthorn-signin \
    usr/share/applications/org.posthorn.Posthorn.desktop \
    usr/share/metainfo/org.posthorn.Posthorn.metainfo.xml \
    usr/share/icons/hicolor/scalable/apps/org.posthorn.Posthorn.svg \
    usr/share/icons/hicolor/48x48/apps/org.posthorn.Posthorn.png \
    usr/share/doc/posthorn/copyright usr/share/man/man1/posthorn.1.gz \
    usr/share/bash-completion/completions/posthorn; do
    [[ -e "$root/$file" ]] || fail "$file is not in the package"
done
# Where posthorn looks for its modules: usr/lib, or usr/lib/<triplet> by GNUInstallDirs.
modules=$(cd "$root/usr/bin" && find ../lib -path '*/posthorn/modules/posthorn-metadata.so')
[[ -n "$modules" ]] || fail "the posthorn-metadata module is not in the package"
version=$("$root/usr/bin/posthorn" --version)
echo "check-package: installed posthorn --version: $version"
[[ "$version" == "posthorn $(dpkg-deb -f "$deb" Version | cut -d- -f1)" ]] ||
    fail "unexpected version output: $version"

desktop-file-validate "$root/usr/share/applications/org.posthorn.Posthorn.desktop" ||
    fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.posthorn.Posthorn.metainfo.xml" ||
    fail "appstreamcli validate"

# Errors fail; the warnings that remain are explained in the README.
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E:' "$work/lintian.log"; then
    fail "lintian reports errors"
fi
echo "check-package: passed"
