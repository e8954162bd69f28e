#!/usr/bin/env bash
# Installs the Debian 12 packages Posthorn needs, only those that are missing.
#   installer/install-deps.sh           to build and run the app
#   installer/install-deps.sh --tests   also what the headless test session needs
#   installer/install-deps.sh --fuzz    also clang 14 and libFuzzer (tests/fuzz/run.sh)
set -euo pipefail

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libgl-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libqt6svg6
    qt6-webengine-dev qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libicu-dev libxcb1-dev
    qt6-qpa-plugins fonts-dejavu-core libsecret-1-0 qt6-translations-l10n
    unicode-data
    libenchant-2-dev libcld2-dev
    libtesseract-dev libexiv2-dev tesseract-ocr-eng tesseract-ocr-nld tesseract-ocr-deu
)
test_packages=(
    xvfb xauth xdotool xclip dbus-x11 gnome-keyring libsecret-tools
    openbox trayer imagemagick procps x11-utils desktop-file-utils
    dpkg-dev lintian appstream at-spi2-core
    python3-mastodon toot
    sway wtype grim qt6-wayland
    hunspell-en-us hunspell-nl hunspell-de-de
    bash-completion
)

# libclang-rt-14-dev holds libFuzzer and the sanitizer runtimes for clang; llvm-14 the
# symbolizer that puts function names and lines into their reports.
fuzz_packages=(clang-14 libclang-rt-14-dev llvm-14)

packages=("${build_packages[@]}")
case "${1:-}" in
--tests) packages+=("${test_packages[@]}") ;;
--fuzz) packages+=("${fuzz_packages[@]}") ;;
esac

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages are installed."
    exit 0
fi

sudo=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
