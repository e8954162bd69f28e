#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the tr() texts in app/ and ui/.
# Translators then edit the .ts files (Qt Linguist); the build compiles them.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=/usr/lib/qt6/bin/lupdate
for ts in resources/translations/*.ts; do
    "$lupdate" -locations relative -no-obsolete app ui -ts "$ts"
done
