#!/usr/bin/env bash
# A `toot` (Debian toot 0.34) session against the sandbox at SANDBOX_URL: browser login
# (the OAuth code flow, its sign-in page approved over HTTP as a browser would), then
# whoami, posting with every option toot has, media with a description, a scheduled post,
# search, follow, thread, timelines and delete. toot was written by others for real
# Mastodon servers; it runs here unchanged. Any failed command or check fails the test.
# toot keeps its config (with the access token) under XDG_CONFIG_HOME: a temporary one,
# removed at the end. Nothing secret is printed.
set -euo pipefail
: "${SANDBOX_URL:?run me through tests/clients/with-sandbox.sh}"
instance=${SANDBOX_URL#http://}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config
export HOME=$work/home
mkdir -p "$XDG_CONFIG_HOME" "$HOME"
# No browser may open: toot asks first, and the session answers no.
export BROWSER=true

step() { echo "toot: $*"; }
fail() {
    echo "toot: FAILED: $*" >&2
    exit 1
}
# Runs toot; its output goes to $work/out and is shown, so a failure explains itself.
run() {
    if ! toot "$@" >"$work/out" 2>&1; then
        cat "$work/out"
        fail "toot $1 exited with an error"
    fi
    cat "$work/out"
}
expect() { grep -q -- "$1" "$work/out" || fail "toot output lacks '$1'"; }
posted_id() { sed -n 's|.*Toot posted: .*/\([0-9][0-9]*\).*|\1|p' "$work/out" | tail -n 1; }

step "browser login: toot registers its app and shows the authorization URL"
coproc TOOT { toot login --disable-https --instance "$instance" 2>&1; }
# Bash forgets a finished coprocess's id and pipes: keep copies.
# shellcheck disable=SC2153 # TOOT_PID is set by coproc
toot_pid=$TOOT_PID
exec {to_toot}>&"${TOOT[1]}" {from_toot}<&"${TOOT[0]}"
url=
while IFS= read -r -t 30 line <&"$from_toot"; do
    echo "$line"
    if [[ "$line" =~ (http://[^[:space:]]*/oauth/authorize/\?[^[:space:]]*) ]]; then
        url=${BASH_REMATCH[1]}
        break
    fi
done
[[ -n "$url" ]] || fail "toot login showed no authorization URL"

step "approve on the sign-in page, as a browser would"
page=$(curl -sS --fail -c "$work/cookies" "$url")
grep -q 'id="authorize"' <<<"$page" || fail "the sign-in page has no Authorize button"
form=()
while IFS= read -r input; do
    name=$(sed -n 's/.*name="\([^"]*\)".*/\1/p' <<<"$input")
    value=$(sed -n 's/.*value="\([^"]*\)".*/\1/p' <<<"$input" | sed 's/&amp;/\&/g; s/&quot;/"/g; s/&lt;/</g; s/&gt;/>/g; s/&#39;/'"'"'/g')
    form+=(--data-urlencode "$name=$value")
done < <(grep -o '<input type="hidden"[^>]*>' <<<"$page")
code_page=$(curl -sS --fail -L -b "$work/cookies" "${form[@]}" --data-urlencode "decision=approve" \
    "$SANDBOX_URL/oauth/authorize")
code=$(sed -n 's/.*id="code"[^>]*value="\([^"]*\)".*/\1/p' <<<"$code_page")
[[ -n "$code" ]] || fail "approving showed no authorization code"

step "give toot the code"
printf 'n\n%s\n' "$code" >&"$to_toot"
exec {to_toot}>&-
while IFS= read -r line <&"$from_toot"; do echo "$line"; done
wait "$toot_pid" || fail "toot login failed"
unset code

step "whoami and instance"
run whoami
expect "@demo"
run instance --disable-https
expect "Posthorn Sandbox"

step "post with visibility, language, spoiler and sensitive media with a description"
printf 'P6\n2 2\n255\n\x80\x40\x20\x80\x40\x20\x80\x40\x20\x80\x40\x20' >"$work/pixel.ppm"
convert "$work/pixel.ppm" "$work/pixel.png"
run post "Hello from toot #posthornclients" --visibility unlisted --language en \
    --spoiler-text "toot test" --sensitive --media "$work/pixel.png" \
    --description "two by two brown pixels"
first=$(posted_id)
[[ -n "$first" ]] || fail "no id in toot's answer"
run post "A reply from toot #PosthornClients" --reply-to "$first" --visibility public
reply=$(posted_id)

step "schedule a post"
run post "Later from toot" --scheduled-in "2h"
expect "Toot scheduled for"

step "read back: thread and timelines"
run thread "$reply"
expect "Hello from toot"
expect "A reply from toot"
run timeline --once
expect "A reply from toot"
run timeline --public --once
expect "A reply from toot"
# Hashtag timelines list public posts only: the reply, not the unlisted first post.
run timeline --tag posthornclients --once
expect "A reply from toot"
run notifications

step "search and follow"
run search alice
expect "@alice"
run whois alice
run follow alice
expect "You are now following alice"
run following demo
expect "@alice"
run unfollow alice

step "delete"
run delete "$reply"
expect "Status deleted"

step "log out"
run logout "demo@$instance"
step "all done"
