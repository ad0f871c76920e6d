"""Only requests Slack signed, recently, get in; nothing malformed gets a 5xx."""

from __future__ import annotations

import json
import time
from urllib.parse import urlencode

import pytest

from tests.slack_requests import signature_headers

COMMAND = urlencode({"command": "/board", "text": "setup Forged Board", "user_id": "U0SARAH",
                     "channel_id": "C0BOARD", "team_id": "T0TEST", "response_url": "http://127.0.0.1:1/x",
                     "trigger_id": "t"})
INTERACTION = urlencode({"payload": json.dumps({"type": "block_actions", "user": {"id": "U0SARAH"},
                                                "actions": [{"action_id": "action_done", "value": "X-1"}]})})
EVENT = json.dumps({"type": "event_callback", "event": {"type": "app_home_opened", "user": "U0SARAH"}})
OPTIONS = urlencode({"payload": json.dumps({"type": "block_suggestion", "action_id": "x", "value": "a",
                                            "user": {"id": "U0SARAH"}})})
KINDS = {
    "command": (COMMAND, "application/x-www-form-urlencoded"),
    "interaction": (INTERACTION, "application/x-www-form-urlencoded"),
    "event": (EVENT, "application/json"),
    "options": (OPTIONS, "application/x-www-form-urlencoded"),
}


def forged(kind: str, secret: str, body: str) -> dict[str, dict[str, str]]:
    now = int(time.time())
    return {
        "missing": {},
        "wrong secret": signature_headers("not-the-secret", body),
        "stale": signature_headers(secret, body, timestamp=now - 6 * 60),
        "replayed with another body": signature_headers(secret, body + "&extra=1"),
        "timestamp only": {"X-Slack-Request-Timestamp": str(now)},
        "garbage signature": {"X-Slack-Request-Timestamp": str(now), "X-Slack-Signature": "v0=zz"},
    }


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_unsigned_wrongly_signed_or_stale_requests_get_401_and_change_nothing(web, slack, services, kind):
    body, content_type = KINDS[kind]
    for case, headers in forged(kind, web.secret, body).items():
        reply = web.request("POST", "/slack/events", body, headers, content_type)
        assert reply.status == 401, case
    time.sleep(0.1)
    assert slack.sent() == []
    with services.db.unit_of_work() as reg:
        assert reg.boards() == []


@pytest.mark.parametrize("body", [
    "", "garbage", "payload=", "payload=%7Bnot-json", "payload=" + json.dumps({"type": "block_actions"}),
    "payload=" + json.dumps({"type": "block_actions", "user": {"id": "U0SARAH"},
                             "actions": [{"action_id": "action_done"}], "response_url": ""}),
    "payload=" + json.dumps({"type": "view_submission", "user": {"id": "U0SARAH"},
                             "view": {"callback_id": "new_action", "state": {"values": {"owner": 5}}}}),
    "payload=" + json.dumps({"type": "view_submission", "user": {"id": "U0SARAH"},
                             "view": {"callback_id": "action_update", "private_metadata": "\x00" * 5}}),
    "payload=" + json.dumps({"type": "unknown_kind"}),
    urlencode({"command": "/done", "text": "\u202e" + "A" * 50_000, "user_id": "U0SARAH", "channel_id": "C0BOARD"}),
    urlencode({"command": "/action", "text": "<@U0HAYLEY> " + "x" * 5000 + " by tomorrow", "user_id": "U0SARAH",
               "channel_id": "C0BOARD"}),
    urlencode({"command": "/myactions", "user_id": "U0NOBODY", "channel_id": "C0BOARD"}),
    urlencode({"command": "/board", "text": "setup " + "B" * 500, "user_id": "U0SARAH", "channel_id": "C0BOARD"}),
    urlencode({"command": "/actions", "text": "overdue", "user_id": "U0SARAH", "channel_id": "CUNBOUND"}),
])
def test_no_malformed_request_gets_a_5xx(web, body):
    reply = web.post(body)
    assert reply.status < 500, reply.body
    assert b"Traceback" not in reply.body


def test_the_web_process_answers_health_checks_and_nothing_else(web):
    assert web.request("GET", "/healthz").status == 200
    assert web.request("GET", "/healthz").body == b'{"ok": true}'
    assert web.request("GET", "/slack/events").status == 405
    assert web.request("GET", "/admin").status == 404


@pytest.mark.parametrize("length", ["abc", "-5", "1e9"])
def test_a_nonsense_content_length_gets_400(web, length):
    import io

    reply = web.wsgi({"REQUEST_METHOD": "POST", "PATH_INFO": "/slack/events", "CONTENT_LENGTH": length,
                      "wsgi.input": io.BytesIO(b"x")}, lambda status, headers, *a: setattr(web, "_status", status))
    assert web._status.startswith("400") and b"".join(reply)


@pytest.mark.parametrize("body", [
    urlencode({"command": "/board", "text": "setup Odd Board", "channel_id": "C0BOARD"}),  # no user
    urlencode({"command": "/board", "text": "setup Odd Board", "user_id": "U0SARAH"}),  # no channel
    urlencode({"command": "/board", "text": "setup Odd Board", "user_id": "U0SARAH", "channel_id": "C0BOARD\x00"}),
    urlencode({"command": "/board", "text": "setup Odd Board", "user_id": "<@U0SARAH>", "channel_id": "C0BOARD"}),
    "payload=" + json.dumps({"type": "block_actions", "user": {"id": None},
                             "actions": [{"action_id": "action_done", "value": "X-1"}]}),
    "payload=" + json.dumps({"type": "view_submission", "user": "U0SARAH", "view": {"callback_id": "new_action"}}),
])
def test_a_request_without_well_formed_ids_is_refused_whole_and_changes_nothing(web, slack, services, body):
    reply = web.post(body)
    assert reply.status == 400 and reply.json == {"ok": False, "error": "malformed payload"}
    assert [call.method for call in slack.sent()] in ([], ["auth.test"])  # Bolt learns who it is, nothing more
    with services.db.unit_of_work() as reg:
        assert reg.boards() == []
