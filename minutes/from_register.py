"""A meeting as the register holds it, turned back into `Minutes` for writing out."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.joint_owners import joined
from minutes.model import Action as MinutesAction
from minutes.model import AgendaItem as MinutesItem
from minutes.model import Apology, Attendee, Declaration, Minutes, NextMeeting


def minutes_of(reg: Any, meeting: Any, *, include_exempt: bool = False) -> Any:
    """What the register holds of a meeting, as `Minutes` (for writing them out); exempt items and
    what was recorded under them only when `include_exempt`."""
    board = meeting.board
    zone = ZoneInfo(board.timezone)
    local = meeting.starts_at.astimezone(zone)
    rows = reg.attendance_of(meeting.id)
    items = [i for i in reg.agenda_of(meeting.id) if include_exempt or not i.exempt]
    numbers = {item.id: item.number for item in items}
    hidden = {i.id for i in reg.agenda_of(meeting.id)} - set(numbers)

    def shown(records: Any) -> list[Any]:
        return [r for r in records if r.agenda_item_id is None or r.agenda_item_id not in hidden]

    actions = shown(reg.actions_of_meeting(meeting.id))
    members = reg.members_by_ids([a.owner_id for a in actions if a.owner_id]
                                 + [r.member_id for r in rows if r.member_id])
    capacity_of = {"present": "member"}

    def written_name(row: Any) -> str:
        member = members.get(row.member_id)
        return row.name if member is None else " ".join(p for p in (member.title, member.name) if p)

    def owner(action: Any) -> str | None:
        member = members.get(action.owner_id)
        if member is None:
            return action.owner_text
        # Every owner of an action owned by several, as one `who`: "Cllr Graham Oates and Ifeoma Nwosu".
        return joined([" ".join(p for p in (m.title, m.name) if p) for m in (member, *action.further_owners)])

    upcoming = reg.next_meetings([board.id], meeting.starts_at + timedelta(hours=1)).get(board.id)
    after = upcoming.starts_at.astimezone(zone) if upcoming else None
    return Minutes(
        board=board.name, date=local.date(),
        start_time=local.time() if (local.hour or local.minute) else None,
        end_time=meeting.ends_at.astimezone(zone).time() if meeting.ends_at else None,
        venue=meeting.venue, theme=meeting.theme,
        present=tuple(Attendee(name=written_name(r), organisation=r.organisation,
                               role=members[r.member_id].role if r.member_id in members else None,
                               in_place_of=r.in_place_of_name,
                               capacity=r.capacity or capacity_of.get(r.status, r.status))
                      for r in rows if r.status in ("present", "in attendance")),
        apologies=tuple(Apology(written_name(r), r.organisation) for r in rows if r.status == "apologies"),
        absent=tuple(Apology(written_name(r), r.organisation) for r in rows if r.status == "absent"),
        agenda_items=tuple(MinutesItem(i.number, i.title, i.presenter, exempt=bool(i.exempt)) for i in items),
        decisions=tuple(d.text for d in shown(reg.decisions_of(meeting.id))),
        declarations=tuple(Declaration(d.name, d.interest, d.item_number or d.item_text)
                           for d in shown(reg.declarations_of(meeting.id))),
        actions=tuple(MinutesAction(what=a.what, who=owner(a), due=a.due_date, due_text=a.due_text,
                                    item=numbers.get(a.agenda_item_id))
                      for a in actions),
        next_meeting=NextMeeting(date=after.date() if after else None,
                                 time=after.time() if after and (after.hour or after.minute) else None,
                                 venue=upcoming.venue if upcoming else None,
                                 theme=upcoming.theme if upcoming else None),
    )
