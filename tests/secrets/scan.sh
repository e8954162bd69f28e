#!/usr/bin/env bash
# The secrets scan: looks for every secret the sandbox handed out during a test run
# (access tokens, client secrets, authorization codes, listed in its ledger; see
# tests/sandbox/secretledger.h) in files where none may ever be: every file under the
# given folders (the session's HOME, XDG folders and TMPDIR) and the given logs (the
# tests' output). Each secret is looked for as it is and, if it has characters that
# change under URL encoding, in that form too. Secrets never appear in the report:
# only their kind, first characters, where they were found and, in a ctest log, in
# which test's output.
#   tests/secrets/scan.sh [--allow-empty-ledger] LEDGER FOLDER_OR_FILE...
# Exit status: 0 no secret found; 1 secrets found; 2 nothing proven: an empty or
# missing ledger (no secrets to look for), a missing folder or an unreadable file.
# --allow-empty-ledger is for runs of a few chosen tests, which may not have started
# a sandbox at all: an empty ledger then passes, with a note.
set -euo pipefail
export LC_ALL=C

say() { echo "secrets scan: $*"; }
unproven() {
    say "$*" >&2
    exit 2
}

allow_empty=0
if [[ "${1:-}" == "--allow-empty-ledger" ]]; then
    allow_empty=1
    shift
fi
(($# >= 2)) || unproven "usage: tests/secrets/scan.sh [--allow-empty-ledger] LEDGER FOLDER_OR_FILE..."
ledger=$1
shift
[[ -f "$ledger" ]] || unproven "no ledger at $ledger: no sandbox recorded its secrets"
for path in "$@"; do
    [[ -e "$path" ]] || unproven "$path does not exist"
done
started=$(date +%s%N)

# The patterns and grep's findings are secrets themselves: they live in a folder the
# scan leaves out, even when it lies under a scanned TMPDIR, and go when the scan ends.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# URL encoding: all but RFC 3986's unreserved characters, byte by byte, in upper case
# hex digits as QUrl writes them or in lower case as some other encoders do.
url_encode() {
    local in=$1 digits=$2 out="" char hex i
    for ((i = 0; i < ${#in}; i++)); do
        char=${in:i:1}
        case "$char" in
            [A-Za-z0-9._~-]) out+=$char ;;
            *)
                hex=$(printf '%02X' "'$char")
                [[ "$digits" == upper ]] || hex=${hex,,}
                out+="%$hex"
                ;;
        esac
    done
    printf '%s' "$out"
}

# One pattern per line; `what` says, for each, what it is without giving it away.
declare -A what=()
declare -A kinds=()
secrets=0
while IFS=$'\t' read -r kind value; do
    # Shorter ones would match by chance; the sandbox's are 43 characters.
    ((${#value} >= 8)) || continue
    [[ -z "${what[$value]+set}" ]] || continue
    secrets=$((secrets + 1))
    kinds[$kind]=$((${kinds[$kind]:-0} + 1))
    label="$kind ${value:0:4}…"
    what[$value]=$label
    if [[ "$value" =~ [^A-Za-z0-9._~-] ]]; then
        for digits in upper lower; do
            what[$(url_encode "$value" "$digits")]="$label (URL-encoded)"
        done
    fi
done <"$ledger"
if ((secrets == 0)); then
    if ((allow_empty)); then
        say "no test of this run handed out a secret; nothing to look for"
        exit 0
    fi
    unproven "the ledger $ledger lists no secrets, so the scan proves nothing"
fi
printf '%s\n' "${!what[@]}" >"$work/patterns"

find "$@" \( -samefile "$work" -o -samefile "$ledger" \) -prune -o -type f -print0 >"$work/files"
files=$(tr -cd '\0' <"$work/files" | wc -c)
bytes=$(find "$@" \( -samefile "$work" -o -samefile "$ledger" \) -prune -o -type f -printf '%s\n' |
    awk '{ sum += $1 } END { print sum + 0 }')

# -a: binary files (caches, keyrings, databases) are searched like text. Each line of
# the output is FILE NUL OFFSET:MATCH.
status=0
xargs -0 -r grep -F -a -o -b -H -Z -f "$work/patterns" -- <"$work/files" \
    >"$work/hits" 2>"$work/errors" || status=$?
# xargs says 123 when a grep found nothing (1) or failed (2); the errors tell which.
if [[ -s "$work/errors" ]]; then
    sed 's/^/secrets scan: /' "$work/errors" >&2
    unproven "could not read every file"
fi
((status == 0 || status == 123)) || unproven "grep failed with status $status"

# The test whose output in a ctest log (Testing/Temporary/LastTest.log) holds OFFSET:
# each test's output runs from its "N/M Testing: NAME" line to "<end of output>".
test_at() {
    local file=$1 offset=$2
    { grep -a -b -E '^([0-9]+/[0-9]+ Testing: |<end of output>$)' -- "$file" || true; } |
        awk -v at="$offset" '
            { split($0, field, ":") }
            field[1] + 0 > at + 0 { exit }
            /:<end of output>$/ { name = ""; next }
            { name = $0; sub(/^[^:]*:[0-9]+\/[0-9]+ Testing: /, "", name) }
            END { print name }'
}

leaks=0
declare -A seen=()
while IFS= read -r -d '' file && IFS= read -r rest; do
    offset=${rest%%:*}
    match=${rest#*:}
    key="$file"$'\n'"$match"
    # Each secret once per file, at its first place, however often it appears there.
    [[ -z "${seen[$key]+set}" ]] || continue
    seen[$key]=1
    leaks=$((leaks + 1))
    where="byte $offset"
    name=$(test_at "$file" "$offset")
    [[ -z "$name" ]] || where+=", in the output of $name"
    say "LEAK: ${what[$match]:-a secret} in $file ($where)"
done <"$work/hits"

summary="$secrets secrets ("
for kind in $(printf '%s\n' "${!kinds[@]}" | sort); do
    summary+="${kinds[$kind]} $kind, "
done
summary="${summary%, }) in $files files ($((bytes / 1024)) KiB)"
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
if ((leaks > 0)); then
    say "FAILED: $leaks secret(s) where none may be; looked for $summary in $elapsed_ms ms"
    exit 1
fi
say "no secret found; looked for $summary in $elapsed_ms ms"
