"""Slack's habits: it gives up on a request after three seconds, it retries events it thinks
were lost, and people click twice. Each is met here through signed requests.

The budget for an answer is cut to a fifth of a second, and the database or Slack's Web API
is held still until the answer has come, so these tests wait on events, never on timings.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from handlers import create_app
from handlers.blocks import DONE, UPDATE_VIEW
from tests.blockkit import DANGEROUS, assert_valid_message, assert_valid_view, every_text
from tests.conftest import SECRET
from tests.slack_requests import SignedClient
from web import WebApp

SARAH, HAYLEY, OUTSIDER = "U0SARAH", "U0HAYLEY", "U0OUTSIDER"
BUDGET = 0.2


@pytest.fixture
def hasty(services, slack):  # type: ignore[no-untyped-def]
    """The web process with a fifth of a second, not two, before it sends a holding answer: for the
    request under test only (set-up goes through `web`, so a slow machine never makes it hold)."""
    app = create_app(services, token="xoxb-test", signing_secret=SECRET, api_url=slack.api_url, ack_budget=BUDGET)
    return SignedClient(WebApp(app, services.db, SECRET), SECRET, slack)


@contextmanager
def database_stalls(db) -> Iterator[threading.Event]:  # type: ignore[no-untyped-def]
    """Every statement waits until the test sets the event it is given."""
    go = threading.Event()

    def stall(*_: object) -> None:
        go.wait(10)

    event.listen(db.engine, "before_cursor_execute", stall)
    try:
        yield go
    finally:
        go.set()
        event.remove(db.engine, "before_cursor_execute", stall)


def board_with_an_action(web) -> str:  # type: ignore[no-untyped-def]
    assert web.command("/board", "setup Ashworth Health and Wellbeing Board", user=SARAH).status == 200
    reply = web.command("/action", f"<@{HAYLEY}|hayley> Circulate the away day notes by 17/12/2026", user=SARAH)
    assert reply.status == 200
    return reply.text.split("*")[1]


def status_of(services, ref: str) -> str:  # type: ignore[no-untyped-def]
    code, number = ref.split("-")
    with services.db.unit_of_work() as reg:
        return reg.action_by_ref(code, int(number)).status


def test_a_command_is_answered_at_once_while_the_database_stalls_then_the_answer_follows(
        web, hasty, slack, services):
    ref = board_with_an_action(web)
    with database_stalls(services.db) as go:
        reply = hasty.command("/myactions", user=HAYLEY)
        assert reply.status == 200
        assert "Working on it" in reply.text and reply.json["response_type"] == "ephemeral"
        assert slack.sent("respond") == [], "the listener is still waiting for the database"
        go.set()
        [answer] = slack.wait_for("respond")
    assert ref in answer.body["text"] and answer.body["replace_original"] is True
    assert_valid_message(answer.body)


def test_an_answer_for_the_channel_that_comes_late_goes_to_the_channel_and_the_holding_note_goes(
        web, hasty, slack, services):
    board_with_an_action(web)
    with database_stalls(services.db) as go:
        reply = hasty.command("/action", f"<@{HAYLEY}|hayley> Book the venue by 17/12/2026", user=SARAH)
        assert "Working on it" in reply.text
        go.set()
        removed, posted = slack.wait_for("respond", 2)
    assert removed.body["delete_original"] is True and not removed.body["text"]
    assert posted.body["response_type"] == "in_channel" and "Book the venue" in posted.body["text"]


def test_a_click_is_acknowledged_while_the_database_stalls_and_still_takes_effect(web, hasty, slack, services):
    ref = board_with_an_action(web)
    with database_stalls(services.db) as go:
        assert hasty.click(DONE, ref, user=HAYLEY).status == 200
        go.set()
        [redrawn] = slack.wait_for("respond")
    assert "is done" in redrawn.body["text"]
    assert status_of(services, ref) == "done"


def test_a_form_shows_that_it_is_saving_then_shows_the_outcome(web, hasty, slack, services):
    ref = board_with_an_action(web)
    values = {"note": {"value": {"type": "plain_text_input", "value": "Drafted; out on Friday"}}}
    with database_stalls(services.db) as go:
        reply = hasty.submit(UPDATE_VIEW, values, user=HAYLEY, private_metadata=ref)
        assert reply.json["response_action"] == "update"
        assert_valid_view(reply.json["view"])
        assert "Working on it" in str(reply.json["view"]["blocks"])
        go.set()
        [shown] = slack.wait_for("views.update")
    assert shown.body["view_id"] == "V1" and "Saved" in str(shown.body["view"]["blocks"])
    assert_valid_view(shown.body["view"])
    code, number = ref.split("-")
    with services.db.unit_of_work() as reg:
        notes = [u.note for u in reg.action_updates(reg.action_by_ref(code, int(number)).id)]
    assert "Drafted; out on Friday" in notes


def test_a_refusal_that_comes_late_replaces_the_holding_answer(hasty, slack):
    slack.slow_down("users.info", 0.6)  # who is this? Slack takes its time to say
    reply = hasty.command("/myactions", user=OUTSIDER)
    assert "Working on it" in reply.text
    [answer] = slack.wait_for("respond")
    assert "I don't know you as a member of any board yet" in answer.body["text"]


def test_a_quick_answer_comes_in_the_acknowledgement_itself(web, slack):
    ref = board_with_an_action(web)
    reply = web.command("/myactions", user=HAYLEY)
    assert ref in reply.text and "Working on it" not in reply.text
    assert slack.sent("respond") == []


def im(text: str) -> dict[str, str]:
    return {"type": "message", "channel_type": "im", "channel": "D0HAYLEY", "user": HAYLEY, "text": text, "ts": "1.1"}


def test_a_retried_event_is_handled_once(web, slack, services):
    ref = board_with_an_action(web)
    slack.clear()
    assert web.event(im(f"done {ref}"), event_id="Ev0DONE").status == 200
    slack.wait_for("chat.postMessage")
    for attempt in (1, 2, 3):
        assert web.event(im(f"done {ref}"), event_id="Ev0DONE", retry=attempt).status == 200
    web.event(im(f"snooze {ref}"), event_id="Ev0OTHER")  # a new event is handled: the test can fail
    replies = slack.wait_for("chat.postMessage", 2)
    assert len(replies) == 2
    assert "done" in replies[0].body["text"] and "already" not in replies[0].body["text"]
    assert status_of(services, ref) == "done"
    with services.db.unit_of_work() as reg:
        assert reg.taken_keys(["event:Ev0DONE", "event:Ev0OTHER"]) == {"event:Ev0DONE", "event:Ev0OTHER"}


def test_an_event_whose_handler_failed_is_handled_when_slack_retries_it(web, slack, services):
    board_with_an_action(web)
    slack.clear()
    failed: list[str] = []

    def fail_once(_connection, _cursor, statement, *_rest) -> None:  # type: ignore[no-untyped-def]
        if "FROM members" in statement and not failed:
            failed.append(statement)
            raise RuntimeError("the database went away")

    opened = {"type": "app_home_opened", "user": HAYLEY, "tab": "home"}
    event.listen(services.db.engine, "before_cursor_execute", fail_once)
    try:
        web.event(opened, event_id="Ev0FLAKY")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not (failed and not taken(services, "event:Ev0FLAKY")):
            time.sleep(0.01)
        assert failed and slack.sent("views.publish") == []
        web.event(opened, event_id="Ev0FLAKY", retry=1)
        [published] = slack.wait_for("views.publish")
    finally:
        event.remove(services.db.engine, "before_cursor_execute", fail_once)
    assert published.body["user_id"] == HAYLEY


def taken(services, key: str) -> bool:  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        return bool(reg.taken_keys([key]))


def test_two_done_clicks_at_once_complete_the_action_once(web, slack, services):
    ref = board_with_an_action(web)
    slack.clear()
    start = threading.Barrier(2)

    def click() -> None:
        start.wait()
        web.click(DONE, ref, user=HAYLEY)

    clickers = [threading.Thread(target=click) for _ in range(2)]
    for clicker in clickers:
        clicker.start()
    for clicker in clickers:
        clicker.join()
    answers = [call.body["text"] for call in slack.wait_for("respond", 2)]
    assert sorted("is done" in text for text in answers) == [False, True], answers
    code, number = ref.split("-")
    with services.db.unit_of_work() as reg:
        action = reg.action_by_ref(code, int(number))
        assert action.status == "done"
        assert [u.kind for u in reg.action_updates(action.id)].count("done") == 1


def test_a_form_refused_late_says_so_in_the_form_escaped(web, hasty, slack, services):
    board_with_an_action(web)
    values = {"note": {"value": {"type": "plain_text_input", "value": "An update"}}}
    with database_stalls(services.db) as go:
        reply = hasty.submit(UPDATE_VIEW, values, user=HAYLEY, private_metadata="<!channel>-1")
        assert reply.json["response_action"] == "update"
        go.set()
        [shown] = slack.wait_for("views.update")
    assert_valid_view(shown.body["view"])
    text = " ".join(every_text(shown.body["view"]))
    assert "Nothing was saved" in text and not DANGEROUS.search(text)
