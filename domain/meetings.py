"""Meetings: scheduling, moving and cancelling them. (Who is expected at the next one, and
finding it, live with the agenda in domain.agenda.)

Shared by every entry point. Times are stored as aware UTC; the form and the
replies speak the board's wall clock, so this module turns one into the other.
Only the board's chair or secretary may change its meetings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from domain.agenda import next_meeting
from domain.errors import BadInput, NotAllowed
from domain.permissions import runs_board

MAX_TEXT = 300  # the width of the venue and theme columns
# Minutes that give a date but no time are recorded at local midnight with no end.
TIME_UNKNOWN = time(0, 0)


class InvalidForm(BadInput):
    """The meeting form's answers, refused; `errors` says what is wrong with each field."""

    def __init__(self, errors: dict[str, str]):
        super().__init__(" ".join(errors.values()))
        self.errors = errors


@dataclass(frozen=True)
class Slot:
    """When and where a meeting is, as the form gives it (the board's wall clock)."""

    day: date | None
    start: time | None
    end: time | None = None
    venue: str | None = None
    theme: str | None = None


@dataclass(frozen=True)
class MeetingView:
    """What a person sees of a meeting, in the board's time zone."""

    id: int
    board: str
    board_id: int
    timezone: str
    starts: datetime
    ends: datetime | None
    venue: str | None
    theme: str | None
    status: str
    sequence: int

    @property
    def time_known(self) -> bool:
        return self.ends is not None or self.starts.time() != TIME_UNKNOWN


@dataclass(frozen=True)
class Change:
    """What saving the form or cancelling did: new, moved, updated (theme only), unchanged or cancelled."""

    kind: str
    meeting: MeetingView
    before: MeetingView | None = None
    is_next: bool = True  # it is (now) the board's next meeting


def view(meeting: Any, board: Any) -> MeetingView:
    zone = ZoneInfo(board.timezone)
    return MeetingView(
        id=meeting.id, board=board.name, board_id=board.id, timezone=board.timezone,
        starts=meeting.starts_at.astimezone(zone),
        ends=meeting.ends_at.astimezone(zone) if meeting.ends_at else None,
        venue=meeting.venue, theme=meeting.theme, status=meeting.status, sequence=meeting.sequence or 0,
    )


def _upcoming(reg: Any, board: Any, now: datetime) -> Any | None:
    return reg.next_meetings([board.id], now).get(board.id)


def _officer(board: Any, member: Any, doing: str) -> None:
    if not runs_board(board, member.id):
        raise NotAllowed(f"Only the chair or secretary of {board.name} can {doing}.")


def check_may_change(board: Any, member: Any) -> None:
    _officer(board, member, "schedule or change its meetings")


def _text(value: str | None, label: str, errors: dict[str, str], key: str) -> str | None:
    cleaned = " ".join((value or "").replace("\x00", "").split())
    if len(cleaned) > MAX_TEXT:
        errors[key] = f"Keep the {label} under {MAX_TEXT} characters."
    return cleaned or None


@dataclass(frozen=True)
class _Times:
    starts_at: datetime
    ends_at: datetime | None
    venue: str | None
    theme: str | None


FURTHEST_AHEAD = timedelta(days=5 * 366)  # a board plans meetings months ahead, not decades


def _checked(slot: Slot, board: Any, now: datetime) -> _Times:
    """The slot as UTC times, or InvalidForm naming each field that is wrong."""
    zone = ZoneInfo(board.timezone)
    errors: dict[str, str] = {}
    today = now.astimezone(zone).date()
    if slot.day is None:
        errors["date"] = "Pick the meeting's date."
    elif slot.day < today:
        errors["date"] = f"{slot.day:%-d %B %Y} has already passed; pick a date from today on."
    elif slot.day > today + FURTHEST_AHEAD:
        errors["date"] = f"{slot.day:%-d %B %Y} is too far ahead; pick a date within the next five years."
    if slot.start is None:
        errors["start"] = "Pick the time the meeting starts."
    elif slot.end is not None and slot.end <= slot.start:
        errors["end"] = "The meeting must end after it starts."
    venue = _text(slot.venue, "venue", errors, "venue")
    theme = _text(slot.theme, "theme", errors, "theme")
    if errors:
        raise InvalidForm(errors)
    assert slot.day is not None and slot.start is not None
    starts = datetime.combine(slot.day, slot.start, zone)
    ends = datetime.combine(slot.day, slot.end, zone) if slot.end else None
    return _Times(starts.astimezone(timezone.utc), ends.astimezone(timezone.utc) if ends else None, venue, theme)


def _day_is_free(reg: Any, board: Any, day: date, meeting_id: int | None = None) -> None:
    other = reg.meeting_on(board.id, day, ZoneInfo(board.timezone))
    if other is not None and other.id != meeting_id and other.status != "cancelled":
        raise InvalidForm({"date": f"{board.name} already meets on {day:%-d %B %Y}; "
                                   "change that meeting with `/meeting edit` instead."})


def schedule_meeting(reg: Any, board: Any, slot: Slot, *, by: Any, now: datetime) -> Change:
    """A new scheduled meeting of the board."""
    check_may_change(board, by)
    times = _checked(slot, board, now)
    assert slot.day is not None
    _day_is_free(reg, board, slot.day)
    meeting = reg.add_meeting(board_id=board.id, starts_at=times.starts_at, ends_at=times.ends_at,
                              venue=times.venue, theme=times.theme, status="scheduled", sequence=0)
    upcoming = _upcoming(reg, board, now)
    return Change("new", view(meeting, board), is_next=upcoming is None or upcoming.id == meeting.id)


def change_meeting(reg: Any, board: Any, meeting_id: int, slot: Slot, *, by: Any, now: datetime) -> Change:
    """Move or retitle a scheduled meeting. A move (date, time or venue) raises its sequence,
    so calendars take the new version; a change of theme alone does not."""
    check_may_change(board, by)
    meeting = reg.meeting(meeting_id)
    if meeting is None or meeting.board_id != board.id or meeting.status != "scheduled":
        raise InvalidForm({"date": "That meeting is no longer scheduled; see `/meeting`."})
    times = _checked(slot, board, now)
    assert slot.day is not None
    _day_is_free(reg, board, slot.day, meeting.id)
    before = view(meeting, board)
    moved = (meeting.starts_at, meeting.ends_at, meeting.venue) != (times.starts_at, times.ends_at, times.venue)
    retitled = meeting.theme != times.theme
    meeting.starts_at, meeting.ends_at = times.starts_at, times.ends_at
    meeting.venue, meeting.theme = times.venue, times.theme
    if moved:
        meeting.sequence = (meeting.sequence or 0) + 1
    kind = "moved" if moved else "updated" if retitled else "unchanged"
    return Change(kind, view(meeting, board), before)


def cancel_next_meeting(reg: Any, board: Any, *, by: Any, now: datetime, meeting_id: int | None = None) -> Change:
    """Cancel the board's next scheduled meeting; calendars see it cancelled (a new sequence).

    With `meeting_id` (the meeting the person was asked about), only while it is still the next one."""
    _officer(board, by, "cancel its meetings")
    meeting = next_meeting(reg, board, now)
    if meeting_id is not None and meeting.id != meeting_id:
        raise BadInput("That meeting is no longer the board's next one, so I've cancelled nothing. "
                       "`/meeting` shows the next.")
    before = view(meeting, board)
    meeting.status = "cancelled"
    meeting.sequence = (meeting.sequence or 0) + 1
    return Change("cancelled", view(meeting, board), before)


def default_end(starts: datetime) -> datetime:
    """When a meeting with no recorded end is taken to end: two hours on, as most board meetings do."""
    return starts + timedelta(hours=2)


def starts_in_words(moment: datetime, zone: ZoneInfo) -> str:
    """"Tuesday 21 April 2015, 16:00" in the board's time zone; the day alone when no time is known
    (minutes that give a date but no time are stored at local midnight)."""
    local = moment.astimezone(zone)
    return f"{local:%A %-d %B %Y}" + (f", {local:%H:%M}" if local.hour or local.minute else "")


def describe_when(meeting: MeetingView) -> str:
    """"Tuesday 8 December 2026, 14:00–16:00", in the board's time zone."""
    day = f"{meeting.starts:%A %-d %B %Y}"
    if not meeting.time_known:
        return f"{day} (time to be confirmed)"
    return f"{day}, {meeting.starts:%H:%M}" + (f"–{meeting.ends:%H:%M}" if meeting.ends else "")
