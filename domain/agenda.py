"""The agenda of a board's next meeting: standing items around the accepted ones, the deadline
for publishing it, apologies and substitutes, and attendance over recent meetings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import check_text
from domain.attendance import Record
from domain.boards import is_member, join
from domain.errors import BadInput, NotAllowed, NotFound
from domain.permissions import runs_board
from domain.working_days import clear_working_days_before, is_working_day

STANDING_BEFORE = ("Welcome and apologies", "Declarations of interest",
                   "Minutes of the last meeting and matters arising")
STANDING_AFTER = ("Any other business", "Date of next meeting")
CLEAR_DAYS = 5          # council practice: five clear days' notice, kept in working days
INVITE_WORKING_DAYS = 10
UPDATE_REQUEST_WORKING_DAYS = 3
MAX_TITLE = 300


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    presenter: str | None = None
    standing: bool = False


def compose(accepted: list[Any]) -> list[AgendaLine]:
    """Numbered agenda: the standing items first and last, the board's own items between."""
    titles = [(t, None, True) for t in STANDING_BEFORE]
    titles += [(item.title, item.presenter, False) for item in accepted]
    titles += [(t, None, True) for t in STANDING_AFTER]
    return [AgendaLine(n, title, presenter, standing) for n, (title, presenter, standing) in enumerate(titles, 1)]


def working_days_before(day: date, count: int) -> date:
    while count:
        day -= timedelta(days=1)
        count -= is_working_day(day)
    return day


@dataclass(frozen=True)
class Timetable:
    """The days leading up to a meeting: invitation, update requests, agenda deadline."""

    invite_on: date
    updates_on: date
    agenda_on: date


def timetable(meeting_day: date, settings: dict[str, Any]) -> Timetable:
    clear = int(settings.get("agenda_clear_days", CLEAR_DAYS))
    agenda_on = clear_working_days_before(meeting_day, clear)
    return Timetable(
        invite_on=working_days_before(meeting_day, INVITE_WORKING_DAYS),
        updates_on=working_days_before(agenda_on, UPDATE_REQUEST_WORKING_DAYS),
        agenda_on=agenda_on,
    )


def next_meeting(reg: Any, board: Any, now: datetime) -> Any:
    meeting = reg.next_meetings([board.id], now).get(board.id)
    if meeting is None:
        raise NotFound(f"{board.name} has no meeting scheduled. The chair or secretary can add one with "
                       "`/meeting new`.")
    return meeting


def propose_item(reg: Any, board: Any, *, by: Any, title: str, presenter: str | None, now: datetime) -> Any:
    """A member proposes an item for the next meeting; the chair's or secretary's own go straight on."""
    meeting = next_meeting(reg, board, now)
    text = check_text(title, what="agenda item", limit=MAX_TITLE)
    if not is_member(reg, board, by):
        raise NotAllowed(f"Only members of {board.name} propose its agenda items; its secretary can add you "
                         "with `/board link`.")
    status = "accepted" if runs_board(board, by.id) else "proposed"
    return reg.add_agenda_item(meeting_id=meeting.id, position=len(reg.agenda_of(meeting.id)), number=None,
                               title=text, presenter=(presenter or "").strip()[:200] or None, status=status,
                               proposed_by_id=by.id)


def decide_item(reg: Any, item_id: int, *, by: Any, accept: bool) -> tuple[Any, bool]:
    """The chair or secretary accepts or declines a proposed item. Returns (item, changed)."""
    item = reg.agenda_item(item_id)
    if item is None:
        raise NotFound("That agenda item no longer exists.")
    board = reg.meeting(item.meeting_id).board
    if not runs_board(board, by.id):
        raise NotAllowed("Only the board's chair or secretary can accept or decline agenda items.")
    wanted = "accepted" if accept else "declined"
    if item.status == wanted:
        return item, False
    if item.status != "proposed":
        raise BadInput(f"That item was already {item.status}.")
    item.status = wanted
    return item, True


def send_apologies(reg: Any, board: Any, *, member: Any, substitute: Any | None, now: datetime) -> Any:
    """Record the member's apologies for the next meeting, and who attends in their place."""
    if not is_member(reg, board, member):
        raise NotAllowed(f"You aren't a member of {board.name}, so there are no apologies to send.")
    meeting = next_meeting(reg, board, now)
    if substitute is not None and substitute.id == member.id:
        raise BadInput("Name someone else as your substitute.")
    reg.clear_apologies(meeting.id, member.id)
    reg.add_attendance(meeting_id=meeting.id, member_id=member.id, name=member.name,
                       organisation=member.organisation, status="apologies", capacity="member")
    if substitute is not None:
        join(reg, board, substitute)
        reg.add_attendance(meeting_id=meeting.id, member_id=substitute.id, name=substitute.name,
                           organisation=substitute.organisation or member.organisation, status="present",
                           capacity="substitute", in_place_of_id=member.id, in_place_of_name=member.name)
    return meeting


@dataclass
class Expected:
    """Who the chair can expect at the next meeting."""

    coming: list[Any] = field(default_factory=list)
    apologies: list[tuple[Any, Any | None]] = field(default_factory=list)  # (member, substitute)


def expected_attendance(reg: Any, board: Any, meeting: Any) -> Expected:
    rows = reg.attendance_of(meeting.id)
    away = {r.member_id for r in rows if r.status == "apologies"}
    deputies = {r.in_place_of_id: r for r in rows if r.in_place_of_id}
    members = {m.id: m for m in reg.members_of_board(board.id)}
    expected = Expected()
    for member in members.values():
        if member.id in away:
            deputy = deputies.get(member.id)
            expected.apologies.append((member, members.get(deputy.member_id) if deputy else None))
        elif member.id not in {d.member_id for d in deputies.values()}:
            expected.coming.append(member)
    return expected


def attendance_report(reg: Any, board: Any, now: datetime, last: int = 6) -> tuple[list[Any], dict[str, Record],
                                                                                   dict[str, Record]]:
    """Attendance over the board's last `last` held meetings: per member and per organisation."""
    held = [m for m in reg.meetings_of_board(board.id) if m.status == "held" and m.starts_at <= now][-last:]
    members = reg.members_of_board(board.id)
    by_member: dict[str, Record] = {m.name: Record() for m in members}
    by_organisation: dict[str, Record] = {}
    for meeting in held:
        rows = reg.attendance_of(meeting.id)
        seen = {r.member_id: r for r in rows if r.member_id}
        represented = {r.in_place_of_id for r in rows if r.in_place_of_id}
        for member in members:
            row = seen.get(member.id)
            for record in (by_member[member.name],
                           by_organisation.setdefault(member.organisation or "No organisation recorded", Record())):
                record.add(row, member.id in represented)
    return held, by_member, by_organisation


def local_day(meeting: Any) -> date:
    return meeting.starts_at.astimezone(ZoneInfo(meeting.board.timezone)).date()

