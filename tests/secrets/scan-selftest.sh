#!/usr/bin/env bash
# The secrets scan must be able to fail: secrets planted in a file, in a nested folder,
# URL-encoded and in a ctest log are found; a clean folder passes; an empty or missing
# ledger fails; and the report never shows a secret.
#   tests/secrets/scan-selftest.sh
set -uo pipefail
scan="$(cd "$(dirname "$0")" && pwd)/scan.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

secret() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }
token=$(secret)
client_secret=$(secret)
code=$(secret)
# Standard Base64 has characters that URL encoding changes.
plain=$(secret)
slashed="$plain/+="
slashed_encoded="$plain%2F%2B%3D"
ledger="$work/ledger"
printf 'token\t%s\nclient-secret\t%s\ncode\t%s\ntoken\t%s\ncode\tshort\n' \
    "$token" "$client_secret" "$code" "$slashed" >"$ledger"
: >"$work/empty-ledger"

# A profile as a clean run leaves it; the ledger's too-short "code" is an ordinary
# word here.
clean="$work/clean"
mkdir -p "$clean/config/Posthorn" "$clean/cache/a/b/c"
printf '[General]\naccounts\\1\\acct=demo\nnote=a short note\n' >"$clean/config/Posthorn/posthorn.conf"
head -c 4096 /dev/urandom >"$clean/cache/a/b/c/data.bin"
log="$work/LastTest.log"
printf 'Start testing\n1/2 Testing: tst_one\nPASS   : one\n2/2 Testing: tst_two\nPASS   : two\n' >"$log"

# A copy of the clean profile for one case.
profile() {
    rm -rf "$work/case"
    cp -a "$clean" "$work/case"
    echo "$work/case"
}

# check NAME STATUS TEXT SCAN_ARGUMENTS...: the scan ends with STATUS, its report holds
# TEXT, and it holds none of the secrets.
check() {
    local name=$1 want=$2 text=$3 output status problems="" value
    shift 3
    output=$("$scan" "$@" 2>&1)
    status=$?
    ((status == want)) || problems+=" exit status $status, not $want;"
    [[ "$output" == *"$text"* ]] || problems+=" the report lacks \"$text\";"
    for value in "$token" "$client_secret" "$code" "$slashed" "$slashed_encoded"; do
        if [[ "$output" == *"$value"* ]]; then
            problems+=" the report shows a secret;"
            output="(not shown: it holds a secret)"
        fi
    done
    if [[ -z "$problems" ]]; then
        echo "PASS   : $name"
    else
        echo "FAIL!  : $name:$problems"
        awk '{ print "    " $0 }' <<<"$output"
        failures=$((failures + 1))
    fi
}

# The ledger may lie among the scanned files (the scan leaves it out); a copy may not.
dir=$(profile)
cp "$ledger" "$dir/ledger"
check "a clean profile and log pass" 0 "no secret found; looked for 4 secrets" \
    "$dir/ledger" "$dir" "$log"
check "a copy of the ledger" 1 "LEAK: code ${code:0:4}… in $dir/ledger" "$ledger" "$dir"

dir=$(profile)
printf 'x=1\ntoken=%s\n' "$token" >>"$dir/config/Posthorn/posthorn.conf"
check "a token in a settings file" 1 "LEAK: token ${token:0:4}… in $dir/config/Posthorn/posthorn.conf" \
    "$ledger" "$dir" "$log"

dir=$(profile)
{ head -c 100 /dev/urandom; printf '%s' "$client_secret"; head -c 100 /dev/urandom; } \
    >>"$dir/cache/a/b/c/data.bin"
check "a client secret in a binary file deep down" 1 \
    "LEAK: client-secret ${client_secret:0:4}… in $dir/cache/a/b/c/data.bin" "$ledger" "$dir"

dir=$(profile)
printf 'GET /callback?code=%s&state=x\n' "$code" >"$log.leaky"
cat "$log" "$log.leaky" >"$log.2"
check "an authorization code in a test's output" 1 "in the output of tst_two" \
    "$ledger" "$dir" "$log.2"

dir=$(profile)
mkdir -p "$dir/data/QtWebEngine"
printf 'https://example/?token=%s\n' "$slashed_encoded" >"$dir/data/QtWebEngine/History"
check "a URL-encoded secret" 1 "LEAK: token ${slashed:0:4}… (URL-encoded) in $dir/data/QtWebEngine/History" \
    "$ledger" "$dir"

check "an empty ledger proves nothing" 2 "lists no secrets" "$work/empty-ledger" "$(profile)"
check "an empty ledger passes when allowed" 0 "nothing to look for" \
    --allow-empty-ledger "$work/empty-ledger" "$(profile)"
check "a missing ledger proves nothing" 2 "no ledger" "$work/no-ledger" "$(profile)"
check "a missing folder proves nothing" 2 "does not exist" "$ledger" "$work/no-folder"

if ((failures > 0)); then
    echo "scan-selftest: $failures check(s) failed"
    exit 1
fi
echo "scan-selftest: passed"
