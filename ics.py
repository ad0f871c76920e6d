"""A board's meetings as an iCalendar feed (RFC 5545), for members to subscribe to.

The feed holds when, where and what each meeting is about: never its actions or
attendance. Each meeting keeps its UID for life and carries its sequence, so a
calendar that subscribed replaces a moved or cancelled meeting rather than adding
a second one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, vText

from domain.meetings import TIME_UNKNOWN, default_end

PRODID = "-//Matters Arising//Board meetings//EN"
_STATUS = {"scheduled": "CONFIRMED", "held": "CONFIRMED", "cancelled": "CANCELLED"}


def feed_url(public_url: str | None, board_id: int) -> str | None:
    """Where a board's calendar feed is served, when the bot's public address is known."""
    return f"{public_url.rstrip('/')}/boards/{board_id}/meetings.ics" if public_url else None


def meeting_uid(meeting_id: int) -> str:
    return f"meeting-{meeting_id}@matters-arising"


def _event(meeting: Any, board: Any, zone: ZoneInfo, now: datetime) -> Event:
    starts = meeting.starts_at.astimezone(zone)
    if meeting.ends_at is None and starts.time() == TIME_UNKNOWN:
        # Minutes gave the date but not the time: an all-day event, not a meeting at midnight.
        start: date | datetime = starts.date()
        end: date | datetime = starts.date() + timedelta(days=1)
    else:
        start = starts
        end = meeting.ends_at.astimezone(zone) if meeting.ends_at else default_end(starts)
    summary = f"{board.name} meeting" + (f": {meeting.theme}" if meeting.theme else "")
    return Event.new(
        uid=meeting_uid(meeting.id), sequence=meeting.sequence or 0, stamp=now, start=start, end=end,
        summary=summary, location=meeting.venue or None, status=_STATUS.get(meeting.status, "CONFIRMED"),
    )


def meetings_calendar(board: Any, meetings: Sequence[Any], *, now: datetime) -> bytes:
    """The board's meetings (held, scheduled and cancelled) as an iCalendar document."""
    zone = ZoneInfo(board.timezone)
    calendar = Calendar.new(prodid=PRODID, name=board.name, uid=f"board-{board.id}@matters-arising")
    # icalendar knows neither property's type, so it would write the name as it is: typed as TEXT,
    # a comma, semicolon, backslash or line break in it is escaped as RFC 5545 says.
    for name in ("NAME", "X-WR-CALNAME"):
        calendar[name] = vText(board.name)
    calendar.add("X-WR-TIMEZONE", board.timezone)
    days = [m.starts_at.astimezone(zone).date() for m in meetings] or [now.astimezone(zone).date()]
    # The zone's rules only for the years the feed spans: the whole tz history is slow to build and long to read.
    calendar.add_component(Timezone.from_tzinfo(zone, tzid=board.timezone,
                                                first_date=date(min(days).year, 1, 1),
                                                last_date=date(max(days).year + 2, 1, 1)))
    for meeting in meetings:
        calendar.add_component(_event(meeting, board, zone, now))
    return calendar.to_ical()
