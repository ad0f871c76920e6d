"""The meetings feed read back as a calendar app reads it: times in the board's zone and in UTC,
one UID per meeting for life, a rising SEQUENCE, cancelled meetings marked so."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from icalendar import Calendar

from ics import meetings_calendar

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2015, 3, 1, 9, 0, tzinfo=timezone.utc)
BOARD = SimpleNamespace(id=7, name="Chorley Public Service Reform Board", timezone="Europe/London")


def meeting(id: int, starts: datetime, *, ends: datetime | None = None, venue: str | None = None,
            theme: str | None = None, status: str = "scheduled", sequence: int = 0) -> SimpleNamespace:
    return SimpleNamespace(id=id, starts_at=starts.astimezone(timezone.utc),
                           ends_at=ends.astimezone(timezone.utc) if ends else None,
                           venue=venue, theme=theme, status=status, sequence=sequence)


def read(meetings: list[SimpleNamespace], board: SimpleNamespace = BOARD) -> Calendar:
    return Calendar.from_ical(meetings_calendar(board, meetings, now=NOW))


def only_event(meetings: list[SimpleNamespace]):  # type: ignore[no-untyped-def]
    [event] = read(meetings).events
    return event


def test_the_calendar_names_the_board_and_carries_its_time_zone():
    calendar = read([meeting(1, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON))])
    assert calendar["VERSION"] == "2.0" and "Matters Arising" in str(calendar["PRODID"])
    assert calendar["X-WR-CALNAME"] == BOARD.name
    assert [tz.tz_name for tz in calendar.timezones] == ["Europe/London"]
    assert calendar.get_missing_tzids() == set()


def test_a_summer_meeting_is_in_british_summer_time_an_hour_ahead_of_utc():
    event = only_event([meeting(1, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON))])
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.start.replace(tzinfo=None) == datetime(2015, 4, 21, 16, 0)
    assert event.start.astimezone(timezone.utc) == datetime(2015, 4, 21, 15, 0, tzinfo=timezone.utc)


def test_a_winter_meeting_is_in_greenwich_mean_time_the_same_as_utc():
    event = only_event([meeting(1, datetime(2015, 2, 10, 14, 0, tzinfo=LONDON))])
    assert event.start.astimezone(timezone.utc) == datetime(2015, 2, 10, 14, 0, tzinfo=timezone.utc)


def test_a_meeting_across_the_clocks_going_back_keeps_its_wall_clock_times():
    starts = datetime(2015, 10, 25, 10, 0, tzinfo=LONDON)
    event = only_event([meeting(1, starts, ends=datetime(2015, 10, 25, 12, 30, tzinfo=LONDON))])
    assert (event.start.hour, event.end.hour, event.end.minute) == (10, 12, 30)
    assert event.start.astimezone(timezone.utc).hour == 10


def test_a_meeting_with_no_end_is_given_two_hours():
    event = only_event([meeting(1, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON))])
    assert event.end - event.start == timedelta(hours=2)
    assert event["DTEND"].params["TZID"] == "Europe/London"


def test_a_meeting_whose_time_the_minutes_did_not_give_is_an_all_day_event():
    event = only_event([meeting(1, datetime(2015, 6, 2, 0, 0, tzinfo=LONDON))])
    assert str(event.start) == "2015-06-02" and str(event.end) == "2015-06-03"


def test_summary_location_and_stamp():
    event = only_event([meeting(1, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON), venue="Town Hall, Chorley; Room 2",
                                theme="Resilience")])
    assert event["SUMMARY"] == f"{BOARD.name} meeting: Resilience"
    assert event["LOCATION"] == "Town Hall, Chorley; Room 2"
    assert event.DTSTAMP == NOW


def test_each_meeting_keeps_its_uid_and_a_move_raises_its_sequence():
    before = only_event([meeting(3, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON))])
    after = only_event([meeting(3, datetime(2015, 4, 28, 10, 0, tzinfo=LONDON), sequence=1)])
    assert before["UID"] == after["UID"] == "meeting-3@matters-arising"
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)


def test_held_scheduled_and_cancelled_meetings_are_all_listed_the_cancelled_one_as_cancelled():
    events = read([
        meeting(1, datetime(2015, 2, 10, 14, 0, tzinfo=LONDON), status="held"),
        meeting(2, datetime(2015, 4, 21, 16, 0, tzinfo=LONDON), status="cancelled", sequence=2),
        meeting(3, datetime(2015, 6, 2, 16, 0, tzinfo=LONDON)),
    ]).events
    assert [(str(e["UID"]), str(e["STATUS"])) for e in events] == [
        ("meeting-1@matters-arising", "CONFIRMED"),
        ("meeting-2@matters-arising", "CANCELLED"),
        ("meeting-3@matters-arising", "CONFIRMED"),
    ]


def test_a_board_elsewhere_gets_its_own_zone():
    board = SimpleNamespace(id=8, name="Board in Auckland", timezone="Pacific/Auckland")
    calendar = read([meeting(1, datetime(2015, 4, 21, 16, 0, tzinfo=ZoneInfo("Pacific/Auckland")))], board)
    [event] = calendar.events
    assert event["DTSTART"].params["TZID"] == "Pacific/Auckland"
    assert event.start.astimezone(timezone.utc) == datetime(2015, 4, 21, 4, 0, tzinfo=timezone.utc)
    assert [tz.tz_name for tz in calendar.timezones] == ["Pacific/Auckland"]


def test_a_board_with_no_meetings_is_an_empty_but_valid_calendar():
    calendar = read([])
    assert calendar.events == [] and calendar["X-WR-CALNAME"] == BOARD.name


def test_the_calendars_name_is_escaped_as_text():
    board = SimpleNamespace(id=9, name="Chorley, Leyland; South Ribble\\Board\nX-INJECTED:1", timezone="Europe/London")
    raw = meetings_calendar(board, [], now=datetime(2026, 11, 23, tzinfo=timezone.utc)).decode()
    escaped = "Chorley\\, Leyland\\; South Ribble\\\\Board\\nX-INJECTED:1"
    assert f"\r\nNAME:{escaped}\r\n" in raw and f"\r\nX-WR-CALNAME:{escaped}\r\n" in raw
    assert "\r\nX-INJECTED" not in raw
