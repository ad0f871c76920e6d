"""Meetings in Slack: /meeting, the meeting form, the channel told once of each change, and the
board's calendar feed, all through signed requests to the web app."""

from __future__ import annotations

import io
import json
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from console.local_slack import LocalSlack
from handlers import create_app
from handlers.commands.meeting import CANCEL_MEETING
from handlers.services import Services
from tests.blockkit import DANGEROUS, assert_valid_message, assert_valid_view, every_text
from tests.conftest import PATIENT, SECRET
from tests.slack_requests import SignedClient
from web import WebApp

SARAH, HAYLEY, DIANE, OUTSIDER = "U0SARAH", "U0HAYLEY", "U0DIANE", "U0OUTSIDER"
LONDON = ZoneInfo("Europe/London")
# As Slack's form delivers it, raw: this must show as typed, never ping or link.
HOSTILE = "Room <!channel> & <https://evil.example|login>"


def set_up_board(web, services):  # type: ignore[no-untyped-def]
    """The board in C0BOARD, Sarah its secretary, Hayley and Diane two of its members."""
    assert web.command("/board", "setup Chorley Public Service Reform Board", user=SARAH).status == 200
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        for slack_id, name, organisation in ((HAYLEY, "Hayley Hughes", "Chorley Council"),
                                             (DIANE, "Diane Gradwell", "Chorley VCFS")):
            member = reg.add_member(name=name, name_key=name.lower(), slack_id=slack_id, organisation=organisation,
                                    created_at=datetime(2026, 1, 1, tzinfo=timezone.utc))
            reg.add_membership(board.id, member.id, "member")
        return board.id


def add_meeting(services, starts: datetime, **fields) -> int:  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        board = reg.board_by_channel("C0BOARD")
        return reg.add_meeting(board_id=board.id, starts_at=starts, status=fields.pop("status", "scheduled"),
                               sequence=0, **fields).id


def form(day: str | None, start: str | None, end: str | None = None, venue: str | None = None,
         theme: str | None = None) -> dict:
    return {
        "date": {"value": {"type": "datepicker", "selected_date": day}},
        "start": {"value": {"type": "timepicker", "selected_time": start}},
        "end": {"value": {"type": "timepicker", "selected_time": end}},
        "venue": {"value": {"type": "plain_text_input", "value": venue}},
        "theme": {"value": {"type": "plain_text_input", "value": theme}},
    }


def cancel_next(web, slack, user: str = SARAH):  # type: ignore[no-untyped-def]
    """`/meeting cancel`, then its Cancel button (past Slack's confirmation): the question and the answer."""
    question = web.command("/meeting", "cancel", user=user)
    [button] = [e for b in question.json.get("blocks", []) if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == CANCEL_MEETING]
    assert button["confirm"]["style"] == "danger" and button["confirm"]["confirm"]["text"] == "Cancel it"
    before = len(slack.sent("respond"))
    web.click(CANCEL_MEETING, button["value"], user=user)
    return question, slack.wait_for("respond", before + 1)[-1].body


def submit(web, values: dict, meeting_id: int | None = None, user: str = SARAH):  # type: ignore[no-untyped-def]
    return web.submit("meeting_form", values, user=user,
                      private_metadata=json.dumps({"channel": "C0BOARD", "meeting": meeting_id}))


def posts(slack: LocalSlack, count: int, timeout: float = 30.0) -> list[dict]:
    return [c.body for c in slack.wait_for("chat.postMessage", count, timeout)]


def stored(services, meeting_id: int):  # type: ignore[no-untyped-def]
    with services.db.unit_of_work() as reg:
        return reg.meeting(meeting_id)


# -- /meeting -----------------------------------------------------------------
def test_with_no_meeting_scheduled_it_says_so_and_how_to_add_one(web, services):
    set_up_board(web, services)
    reply = web.command("/meeting", user=HAYLEY)
    assert reply.status == 200 and reply.json["response_type"] == "ephemeral"
    assert "Chorley Public Service Reform Board has no meeting scheduled" in reply.text
    assert "`/meeting new`" in reply.text
    assert_valid_message(reply.json)


def test_it_shows_the_next_meeting_in_the_boards_time_and_no_attendance_to_a_member(web, services):
    set_up_board(web, services)
    add_meeting(services, datetime(2026, 11, 2, 14, 0, tzinfo=LONDON), status="held")
    add_meeting(services, datetime(2027, 4, 20, 16, 0, tzinfo=LONDON), venue="Town Hall", theme="Resilience")
    add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON), ends_at=datetime(2026, 12, 8, 16, 0,
                tzinfo=LONDON), venue="Chorley Town Hall, Room 2")
    reply = web.command("/meeting", user=HAYLEY)
    assert_valid_message(reply.json)
    assert "Tuesday 8 December 2026, 14:00–16:00" in reply.text
    assert "Chorley Town Hall, Room 2" in reply.text
    assert "Expected attendance" not in reply.text and "Add to calendar" not in reply.text


def test_a_meeting_in_summer_time_shows_the_london_wall_clock(web, services):
    set_up_board(web, services)
    add_meeting(services, datetime(2027, 4, 20, 15, 0, tzinfo=timezone.utc))
    assert "Tuesday 20 April 2027, 16:00" in web.command("/meeting", user=HAYLEY).text


def test_the_secretary_sees_who_is_expected_who_sent_apologies_and_who_substitutes(web, services, slack):
    set_up_board(web, services)
    add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    slack.add_user("U0DENISE", "Supt Denise Worth", "denise.worth@police.example")
    assert "Apologies recorded" in web.command("/apologies", "for <@U0DENISE|denise>", user=HAYLEY).text
    assert "Apologies recorded" in web.command("/apologies", user=DIANE).text
    reply = web.command("/meeting", user=SARAH)
    assert_valid_message(reply.json)
    assert "*Expected attendance*: 1 expected, 2 with apologies" in reply.text
    lines = reply.text.splitlines()
    assert "• Sarah Jameson" in lines
    assert "• Hayley Hughes (Chorley Council): _apologies_, Denise Worth attends in their place" in lines
    assert "• Diane Gradwell (Chorley VCFS): _apologies_" in lines
    assert not any(line.startswith("• Denise Worth") for line in lines)
    assert any("/meeting edit" in text for text in every_text(reply.json))
    # A member sees the meeting, not who is coming.
    assert "Expected attendance" not in web.command("/meeting", user=HAYLEY).text


def test_the_calendar_link_is_offered_only_when_the_public_address_is_known(services, slack, web):
    board_id = set_up_board(web, services)
    add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))

    published = Services(db=services.db, clock=services.clock, public_url="https://matters.example.org/")
    app = create_app(published, token="xoxb-test", signing_secret=SECRET, api_url=slack.api_url, ack_budget=PATIENT,
                     process_before_response=True)
    linked = SignedClient(WebApp(app, services.db, SECRET), SECRET, slack)
    reply = linked.command("/meeting", user=HAYLEY)
    assert f"<https://matters.example.org/boards/{board_id}/meetings.ics|Add to calendar>" in reply.text
    assert_valid_message(reply.json)


def test_outside_a_board_channel_it_says_how_to_set_one_up(web, services):
    set_up_board(web, services)
    reply = web.command("/meeting", user=SARAH, channel="C0ELSEWHERE")
    assert "/board setup" in reply.text and reply.json["response_type"] == "ephemeral"


def test_an_unknown_word_gets_the_usage(web, services):
    set_up_board(web, services)
    reply = web.command("/meeting", "reschedule", user=SARAH)
    assert "`/meeting new`" in reply.text and "`/meeting cancel`" in reply.text
    assert_valid_message(reply.json)


@pytest.mark.parametrize("verb", ["new", "edit", "cancel"])
def test_only_the_chair_or_secretary_may_schedule_change_or_cancel(web, services, slack, verb):
    set_up_board(web, services)
    meeting_id = add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    slack.clear()
    reply = web.command("/meeting", verb, user=HAYLEY)
    assert reply.json["response_type"] == "ephemeral"
    assert "Only the chair or secretary of Chorley Public Service Reform Board" in reply.text
    assert slack.sent("views.open") == [] and slack.sent("chat.postMessage") == []
    assert stored(services, meeting_id).status == "scheduled"


def test_a_stranger_may_not_submit_the_form_either(web, services, slack):
    set_up_board(web, services)
    reply = submit(web, form("2026-12-08", "14:00"), user=OUTSIDER)
    assert reply.json["response_action"] == "errors" and "date" in reply.json["errors"]
    with services.db.unit_of_work() as reg:
        assert reg.meetings_of_board(reg.board_by_channel("C0BOARD").id) == []


# -- the form -------------------------------------------------------------------
def test_new_opens_the_form_and_saving_it_tells_the_channel_once(web, services, slack):
    set_up_board(web, services)
    slack.clear()
    assert web.command("/meeting", "new", user=SARAH).status == 200
    [opened] = slack.wait_for("views.open")
    assert_valid_view(opened.body["view"])
    assert [b["block_id"] for b in opened.body["view"]["blocks"]] == ["date", "start", "end", "venue", "theme"]
    reply = submit(web, form("2026-12-08", "14:00", "16:00", "Chorley Town Hall", "Devolution"))
    assert reply.status == 200 and reply.body in (b"", b"{}")
    [posted] = posts(slack, 1)
    assert_valid_message(posted)
    assert posted["channel"] == "C0BOARD"
    assert posted["text"].startswith("📅 *Next meeting of Chorley Public Service Reform Board*")
    assert "Tuesday 8 December 2026, 14:00–16:00 at Chorley Town Hall. Theme: Devolution" in posted["text"]
    with services.db.unit_of_work() as reg:
        [meeting] = reg.meetings_of_board(reg.board_by_channel("C0BOARD").id)
        assert meeting.starts_at == datetime(2026, 12, 8, 14, 0, tzinfo=timezone.utc)
        assert (meeting.status, meeting.sequence, meeting.venue) == ("scheduled", 0, "Chorley Town Hall")
    assert "Tuesday 8 December 2026, 14:00–16:00" in web.command("/meeting", user=HAYLEY).text


def test_edit_opens_the_form_filled_in_with_the_next_meeting(web, services, slack):
    set_up_board(web, services)
    meeting_id = add_meeting(services, datetime(2027, 4, 20, 16, 0, tzinfo=LONDON),
                             ends_at=datetime(2027, 4, 20, 18, 0, tzinfo=LONDON), venue="Union Street Offices")
    slack.clear()
    web.command("/meeting", "edit", user=SARAH)
    [opened] = slack.wait_for("views.open")
    view = opened.body["view"]
    assert_valid_view(view)
    elements = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert elements["date"]["initial_date"] == "2027-04-20"
    assert (elements["start"]["initial_time"], elements["end"]["initial_time"]) == ("16:00", "18:00")
    assert elements["venue"]["initial_value"] == "Union Street Offices"
    assert json.loads(view["private_metadata"]) == {"channel": "C0BOARD", "meeting": meeting_id}


def test_edit_with_no_meeting_points_at_new(web, services, slack):
    set_up_board(web, services)
    reply = web.command("/meeting", "edit", user=SARAH)
    assert "/meeting new" in reply.text and slack.sent("views.open") == []


@pytest.mark.parametrize("values, field", [
    (form("2026-11-20", "14:00"), "date"),
    (form(None, "14:00"), "date"),
    (form("2026-12-08", None), "start"),
    (form("2026-12-08", "14:00", "13:30"), "end"),
    (form("2026-12-08", "14:00", "14:00"), "end"),
])
def test_a_past_date_or_an_end_before_the_start_is_sent_back_beside_the_field(web, services, slack, values, field):
    set_up_board(web, services)
    slack.clear()
    reply = submit(web, values)
    assert reply.json["response_action"] == "errors" and field in reply.json["errors"]
    with services.db.unit_of_work() as reg:
        assert reg.meetings_of_board(reg.board_by_channel("C0BOARD").id) == []
    assert slack.sent("chat.postMessage") == []


def test_a_second_meeting_on_the_same_day_is_refused(web, services):
    set_up_board(web, services)
    add_meeting(services, datetime(2026, 12, 8, 10, 0, tzinfo=LONDON))
    reply = submit(web, form("2026-12-08", "14:00"))
    assert "already meets on 8 December 2026" in reply.json["errors"]["date"]


def test_a_move_tells_the_channel_once_and_raises_the_sequence(web, services, slack):
    set_up_board(web, services)
    meeting_id = add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON), venue="Town Hall")
    slack.clear()
    moved = form("2026-12-15", "10:00", None, "Union Street Offices")
    submit(web, moved, meeting_id)
    [posted] = posts(slack, 1)
    assert_valid_message(posted)
    assert "has moved*: now Tuesday 15 December 2026, 10:00 at Union Street Offices" in posted["text"]
    assert "(was Tuesday 8 December 2026, 14:00 at Town Hall)" in posted["text"]
    assert stored(services, meeting_id).sequence == 1
    submit(web, moved, meeting_id)
    assert len(posts(slack, 2, timeout=0.5)) == 1
    assert stored(services, meeting_id).sequence == 1


def test_a_new_theme_alone_is_saved_without_telling_the_channel(web, services, slack):
    set_up_board(web, services)
    meeting_id = add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    slack.clear()
    submit(web, form("2026-12-08", "14:00", theme="Resilience"), meeting_id)
    assert posts(slack, 1, timeout=0.5) == []
    assert (stored(services, meeting_id).theme, stored(services, meeting_id).sequence) == ("Resilience", 0)


def test_cancel_tells_the_channel_once_and_marks_the_meeting_cancelled(web, services, slack):
    set_up_board(web, services)
    meeting_id = add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    slack.clear()
    question = web.command("/meeting", "cancel", user=SARAH)
    assert "Cancel the meeting of Tuesday 8 December 2026, 14:00?" in question.text
    assert stored(services, meeting_id).status == "scheduled" and posts(slack, 1, timeout=0.5) == []
    question, answer = cancel_next(web, slack)
    assert "Cancelled the meeting of Tuesday 8 December 2026, 14:00" in answer["text"]
    [posted] = posts(slack, 1)
    assert_valid_message(posted)
    assert "The meeting of Chorley Public Service Reform Board on Tuesday 8 December 2026, 14:00 is cancelled" \
        in posted["text"]
    meeting = stored(services, meeting_id)
    assert (meeting.status, meeting.sequence) == ("cancelled", 1)
    again = web.command("/meeting", "cancel", user=SARAH)
    assert "Chorley Public Service Reform Board has no meeting scheduled" in again.text
    assert len(posts(slack, 2, timeout=0.5)) == 1
    assert "has no meeting scheduled" in web.command("/meeting", user=HAYLEY).text


# -- the calendar feed ----------------------------------------------------------
def test_the_feed_lists_every_meeting_and_nothing_else(web, services, slack):
    board_id = set_up_board(web, services)
    add_meeting(services, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON), status="held", venue="Town Hall")
    cancelled = add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    cancel_next(web, slack)
    with services.db.unit_of_work() as reg:
        hayley = reg.member_by_slack_id(HAYLEY)
        reg.add_attendance(meeting_id=cancelled, member_id=hayley.id, name="Hayley Hughes", status="apologies")
    web.command("/action", "<@U0HAYLEY|hayley> Book the secret room by 30/11/2026", user=SARAH)
    reply = web.request("GET", f"/boards/{board_id}/meetings.ics")
    assert reply.status == 200
    calendar = Calendar.from_ical(reply.body)
    assert calendar["X-WR-CALNAME"] == "Chorley Public Service Reform Board"
    held, gone = calendar.events
    assert held.start.astimezone(timezone.utc) == datetime(2015, 4, 21, 15, 0, tzinfo=timezone.utc)
    assert (str(gone["STATUS"]), gone["SEQUENCE"], str(gone["UID"])) == ("CANCELLED", 1,
                                                                         f"meeting-{cancelled}@matters-arising")
    body = reply.body.decode()
    assert "secret room" not in body and "Hayley" not in body and "apologies" not in body.lower()


def test_the_feed_is_served_as_a_calendar_to_anyone_without_signing_in(web, services):
    board_id = set_up_board(web, services)
    started: list[tuple[str, dict[str, str]]] = []
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": f"/boards/{board_id}/meetings.ics", "QUERY_STRING": "",
               "wsgi.input": io.BytesIO(b""), "CONTENT_LENGTH": "0"}
    body = b"".join(web.wsgi(environ, lambda status, headers, *_: started.append((status, dict(headers)))))
    [(status, headers)] = started
    assert status == "200 OK" and headers["Content-Type"] == "text/calendar; charset=utf-8"
    assert body.startswith(b"BEGIN:VCALENDAR") and headers["Content-Length"] == str(len(body))
    assert web.request("POST", f"/boards/{board_id}/meetings.ics").status == 405


@pytest.mark.parametrize("path", ["/boards/999/meetings.ics", "/boards/abc/meetings.ics",
                                  "/boards/99999999999999999999/meetings.ics", "/boards//meetings.ics"])
def test_an_unknown_board_or_a_bad_id_is_not_found(web, services, path):
    set_up_board(web, services)
    reply = web.request("GET", path)
    assert reply.status == 404 and reply.json["ok"] is False


# -- people's text -----------------------------------------------------------------
@pytest.mark.slow  # (seconds of CPU; runs in CI's slow suite)
def test_a_venue_that_could_ping_or_link_shows_as_typed_everywhere(web, services, slack):
    board_id = set_up_board(web, services)
    slack.clear()
    submit(web, form("2026-12-08", "14:00", venue=HOSTILE, theme="<!here> & more"))
    [posted] = posts(slack, 1)
    assert "Room &lt;!channel&gt; &amp; &lt;https://evil.example|login&gt;" in posted["text"]
    shown = [posted, web.command("/meeting", user=SARAH).json, web.command("/meeting", user=HAYLEY).json]
    web.command("/meeting", "edit", user=SARAH)
    [opened] = slack.wait_for("views.open")
    assert_valid_view(opened.body["view"])
    # A form field is plain text: it shows the venue exactly as typed, to be edited.
    assert {b["block_id"]: b["element"].get("initial_value") for b in opened.body["view"]["blocks"]}["venue"] == HOSTILE
    meeting_id = json.loads(opened.body["view"]["private_metadata"])["meeting"]
    submit(web, form("2026-12-09", "14:00", venue=HOSTILE + " again", theme="<!here> & more"), meeting_id)
    question, answer = cancel_next(web, slack)
    shown += [question.json, answer]
    shown += posts(slack, 3)[1:]
    assert len(shown) == 7
    for payload in shown:
        assert_valid_message(payload)
        for text in every_text(payload):
            assert not DANGEROUS.search(text), text
    with services.db.unit_of_work() as reg:
        assert reg.meeting(meeting_id).venue == HOSTILE + " again"
    feed = Calendar.from_ical(web.request("GET", f"/boards/{board_id}/meetings.ics").body)
    assert str(feed.events[0]["LOCATION"]) == HOSTILE + " again"


def test_the_same_change_announced_twice_is_posted_once(web, services, slack):
    """Two web processes answering the same change: the sent-messages log lets one post."""
    from domain.meetings import Change, view
    from handlers import web_client
    from handlers.views.meeting_form import announce

    set_up_board(web, services)
    meeting_id = add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    with services.db.unit_of_work() as reg:
        change = Change("new", view(reg.meeting(meeting_id), reg.board_by_channel("C0BOARD")))
    slack.clear()
    client = web_client("xoxb-test", slack.api_url)
    announce(client, services, "C0BOARD", change)
    announce(client, services, "C0BOARD", change)
    assert len(slack.sent("chat.postMessage")) == 1


def test_a_meeting_added_after_the_next_one_is_announced_as_new_not_next(web, services, slack):
    set_up_board(web, services)
    add_meeting(services, datetime(2026, 12, 8, 14, 0, tzinfo=LONDON))
    slack.clear()
    submit(web, form("2027-02-09", "14:00"))
    [posted] = posts(slack, 1)
    assert posted["text"].startswith("📅 *New meeting of Chorley Public Service Reform Board*: Tuesday 9 February 2027")
    assert "Tuesday 8 December 2026" in web.command("/meeting", user=HAYLEY).text
