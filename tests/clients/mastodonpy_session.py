#!/usr/bin/python3
"""A Mastodon.py (Debian python3-mastodon) session against the sandbox at SANDBOX_URL.

Mastodon.py was written by others for real Mastodon servers: it runs here unchanged, so
every call that works shows that the sandbox answers as Mastodon does where this client
looks. Any exception or failed check ends the script with a non-zero status. Nothing
secret (tokens, codes, client secrets) is printed.
"""

import datetime
import html.parser
import os
import struct
import sys
import urllib.parse
import uuid
import zlib

import requests
from mastodon import Mastodon, MastodonAPIError, MastodonUnauthorizedError

BASE = os.environ["SANDBOX_URL"]
OOB = "urn:ietf:wg:oauth:2.0:oob"
SCOPES = ["read", "write", "follow"]
DEMO_EMAIL = "demo@sandbox.invalid"
DEMO_PASSWORD = "sandbox-demo-password"


def step(text):
    print("mastodonpy:", text, flush=True)


def check(condition, text):
    if not condition:
        raise AssertionError(text)


def png(width, height):
    """A real PNG image, so the sandbox can read its size."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    rows = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


class FormReader(html.parser.HTMLParser):
    """Collects the authorization form's action and fields, as a browser would."""

    def __init__(self):
        super().__init__()
        self.action = None
        self.fields = {}
        self.approve = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.action = attrs.get("action")
        elif tag == "input" and attrs.get("type") == "hidden":
            self.fields[attrs["name"]] = attrs.get("value", "")
        elif tag == "button" and attrs.get("value") == "approve":
            self.approve = (attrs["name"], attrs["value"])


def approve_in_browser(url):
    """Opens the authorization page and presses Authorize; returns the code shown."""
    browser = requests.Session()
    page = browser.get(url)
    check(page.status_code == 200, f"authorization page answered {page.status_code}")
    form = FormReader()
    form.feed(page.text)
    check(form.action and form.approve, "authorization page has no Authorize form")
    fields = dict(form.fields)
    fields[form.approve[0]] = form.approve[1]
    answer = browser.post(urllib.parse.urljoin(page.url, form.action), data=fields)
    # With the out-of-band redirect URI the browser lands on a page showing the code.
    check(answer.status_code == 200, f"approving answered {answer.status_code}")
    code = urllib.parse.parse_qs(urllib.parse.urlparse(answer.url).query).get("code", [""])[0]
    check(code and code in answer.text, "no authorization code shown after approving")
    return code


def main():
    step("register an app")
    client_id, client_secret = Mastodon.create_app(
        "Mastodon.py session", scopes=SCOPES, redirect_uris=OOB, api_base_url=BASE,
        website="https://example.org/mastodonpy")

    # version_check_mode "created" (the default) makes Mastodon.py read the version from
    # /api/v1/instance/ and refuse calls newer than it: this session needs all of them.
    app = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=BASE)
    version = app.retrieve_mastodon_version()
    check(app.verify_minimum_version("4.0.0", cached=True),
          f"Mastodon.py took the sandbox for Mastodon {version}")
    step(f"sandbox detected as Mastodon {version}")

    step("OAuth authorization code flow through the sign-in page")
    url = app.auth_request_url(client_id=client_id, redirect_uris=OOB, scopes=SCOPES)
    code = approve_in_browser(url)
    app.log_in(code=code, redirect_uri=OOB, scopes=SCOPES)
    api = app

    step("verify credentials")
    me = api.account_verify_credentials()
    check(me.username == "demo", f"signed in as {me.username}")
    check(api.app_verify_credentials().name == "Mastodon.py session", "app name")
    instance = api.instance()
    check(instance.configuration.statuses.max_characters > 0, "instance limits")
    nodeinfo = api.instance_nodeinfo()
    check(nodeinfo.software.name == "mastodon", "nodeinfo software")

    step("post with spoiler, visibility, language and sensitive")
    first = api.status_post("Hello from Mastodon.py #posthornclients",
                            spoiler_text="a test", visibility="public", language="de",
                            sensitive=True, idempotency_key=str(uuid.uuid4()))
    check(first.spoiler_text == "a test" and first.visibility == "public"
          and first.language == "de" and first.sensitive, "posted status options")

    step("post media with a description")
    media = api.media_post(png(12, 8), mime_type="image/png", description="a brown square",
                           file_name="square.png", synchronous=True)
    check(media.type == "image" and media.description == "a brown square", "uploaded media")
    with_media = api.status_post("A picture", media_ids=[media], visibility="unlisted",
                                 in_reply_to_id=first)
    check(len(with_media.media_attachments) == 1
          and with_media.media_attachments[0].description == "a brown square",
          "status media")

    step("post a poll")
    poll = api.make_poll(["yes", "no", "maybe"], expires_in=3600, multiple=True)
    polled = api.status_post("Which one?", poll=poll, visibility="private")
    check([o.title for o in polled.poll.options] == ["yes", "no", "maybe"]
          and polled.poll.multiple, "poll options")

    step("schedule a post, move it, list it, cancel it")
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(hours=2)
    scheduled = api.status_post("Later", scheduled_at=at, visibility="unlisted")
    check("scheduled_at" in scheduled and "params" in scheduled, "scheduled status shape")
    moved = api.scheduled_status_update(scheduled, at + datetime.timedelta(hours=1))
    check(moved.scheduled_at > scheduled.scheduled_at, "scheduled status moved")
    check([s.id for s in api.scheduled_statuses()] == [scheduled.id], "scheduled list")
    api.scheduled_status_delete(scheduled)
    check(api.scheduled_statuses() == [], "scheduled status cancelled")

    step("read statuses back: thread, timelines, source")
    context = api.status_context(with_media)
    check([s.id for s in context.ancestors] == [first.id], "thread ancestors")
    mine = api.account_statuses(me, exclude_reblogs=True, limit=2)
    check([s.id for s in mine] == [polled.id, with_media.id], "account statuses newest first")
    older = api.fetch_next(mine)
    check(older and [s.id for s in older] == [first.id], "next page via the Link header")
    check(api.account_statuses(me, pinned=True) == [], "pinned statuses")
    check(polled.id in [s.id for s in api.timeline_home()], "home timeline")
    check([s.id for s in api.timeline_hashtag("PosthornClients")] == [first.id], "tag timeline")
    check(first.id in [s.id for s in api.timeline_public()], "public timeline")
    check(api.status_source(first).text == "Hello from Mastodon.py #posthornclients",
          "status source")

    step("search and follow")
    found = api.search_v2("alice", result_type="accounts")
    alice = next(a for a in found.accounts if a.username == "alice")
    check(api.account_lookup("alice").id == alice.id, "account lookup")
    relationship = api.account_follow(alice)
    check(relationship.following, "follow")
    check(alice.id in [a.id for a in api.account_following(me)], "following list")
    check(api.account_relationships(alice)[0].following, "relationship")
    check(api.follow_requests() == [], "follow requests")
    check(api.notifications() == [], "notifications")
    check(not api.account_unfollow(alice).following, "unfollow")

    step("edit and see the history")
    edited = api.status_update(first, "Hello again from Mastodon.py", spoiler_text="a test")
    check(edited.edited_at is not None, "edited_at after an edit")
    history = api.status_history(first)
    check(len(history) == 2 and "Hello again" in history[-1].content, "edit history")
    kept = api.status_update(with_media, "A picture, kept", media_ids=[media])
    check([m.id for m in kept.media_attachments] == [media.id], "media kept through an edit")

    step("delete and get the source back for a redraft")
    deleted = api.status_delete(with_media)
    check(deleted.get("text") == "A picture, kept", "deleted status carries its text")
    try:
        api.status(with_media)
        raise AssertionError("deleted status still readable")
    except MastodonAPIError:
        pass

    step("password grant")
    by_password = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=BASE)
    by_password.log_in(username=DEMO_EMAIL, password=DEMO_PASSWORD, scopes=["read"])
    check(by_password.me().username == "demo", "password grant account")

    step("revoke")
    api.revoke_access_token()
    try:
        api.account_verify_credentials()
        raise AssertionError("revoked token still works")
    except MastodonUnauthorizedError:
        pass
    step("all done")


if __name__ == "__main__":
    try:
        main()
    except Exception as error:  # any failure, from Mastodon.py or a check, fails the test
        print(f"mastodonpy: FAILED: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
