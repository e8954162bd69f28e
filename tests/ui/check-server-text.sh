#!/usr/bin/env bash
# Server text is data, never markup (DESIGN.md): every label in ui/ is a PlainLabel, or a
# LinkLabel for Posthorn's own links; no widget guesses rich text from a server's words,
# and links open only through ExternalLink (web pages only). Exits 1 naming each place
# that breaks the rule.
#   tests/ui/check-server-text.sh [SOURCE_DIR]
set -uo pipefail
cd "${1:-$(dirname "$0")/../..}" || exit 2
status=0
# rule: what a line must not hold, and why
check() {
    local pattern=$1 why=$2
    local hits
    hits=$(grep -rnE --include='*.cpp' --include='*.h' "$pattern" ui | grep -v '^ui/text/')
    if [[ -n "$hits" ]]; then
        printf 'check-server-text: %s\n%s\n' "$why" "$hits"
        status=1
    fi
}
check 'new QLabel\b|QLabel [a-z][A-Za-z]*\(' \
    'a QLabel guesses rich text; use PlainLabel (or LinkLabel for our own links):'
check 'setTextFormat\(Qt::(RichText|AutoText)\)' \
    'rich text only in LinkLabel, where server words are ServerText::escaped():'
check 'setOpenExternalLinks\(true\)|QDesktopServices::openUrl' \
    'links open through ExternalLink::open(), which opens web pages only:'
check 'QMessageBox::(question|warning|information|critical|about)\(|new QMessageBox\(|QMessageBox [a-z][A-Za-z]*\(' \
    'QMessageBox guesses rich text (its informative text always); use PlainMessageBox:'
check 'setInformativeText\(|setDetailedText\(' \
    'use PlainMessageBox::setPlainInformativeText():'
check 'QToolTip::showText\([^,]*, *[a-z][A-Za-z]*[,)]' \
    'tooltips guess rich text; pass server text through ServerText::toolTip():'
if ((status == 0)); then
    echo "check-server-text: every label is plain or a LinkLabel; links open through ExternalLink."
fi
exit $status
