"""A demonstration board, written in the style of real partnership minutes.

The Ashworth Health and Wellbeing Board is invented: its people, organisations
and actions exist only here. Dates are set relative to today so the demo always
has something overdue, something due this week and a meeting coming up.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from domain.actions import record_action
from domain.boards import join, save_board
from domain.dates import Due
from domain.identity import new_member
from domain.working_days import working_day_on_or_before

BOARD = "Ashworth Health and Wellbeing Board"
CHANNEL = "C0DEMOAHWB"

# (Slack id, name as the minutes write it, organisation, role on the board)
PEOPLE = [
    ("U0DEMOPN", "Cllr Priya Natarajan", "Ashworth Borough Council", "chair"),
    ("U0DEMOTE", "Tom Ellery", "Ashworth Borough Council", "officer"),
    ("U0DEMORO", "Dr Ruth Okafor", "Ashworth Clinical Commissioning Group", "member"),
    ("U0DEMOGP", "Supt Gareth Pryce", "Northshire Police", "member"),
    ("U0DEMOJH", "Janine Holt", "Ashworth Voluntary Action", "member"),
    ("U0DEMOMW", "Marcus Webb", "Northshire Fire and Rescue Service", "member"),
    ("U0DEMOSM", "Sian Morgan", "Ashworth Homes", "member"),
    ("U0DEMOAF", "Reverend Alan Fitch", "Ashworth Faith Forum", "member"),
]

# (owner's Slack id, what, days from today it is due, done already?)
ACTIONS = [
    ("U0DEMOTE", "Circulate the notes of the winter pressures workshop", -9, True),
    ("U0DEMOTE", "Draft the terms of reference for the loneliness task group", -3, False),
    ("U0DEMORO", "Share the GP referral figures for social prescribing", -1, False),
    ("U0DEMOGP", "Report on repeat missing-from-home episodes for the next meeting", 2, False),
    ("U0DEMOJH", "Map voluntary sector befriending schemes across the borough", 4, False),
    ("U0DEMOMW", "Offer safe and well visits to the 200 highest-risk households", 9, False),
    ("U0DEMOSM", "Confirm the damp & mould survey timetable with tenants' panel", 12, False),
    ("U0DEMOTE", "Book the venue for the devolution-themed away day", 16, False),
    ("U0DEMOAF", "Invite faith groups to host warm spaces this winter", 20, False),
    ("U0DEMORO", "Bring the draft joint strategic needs assessment chapter", 27, False),
    ("U0DEMOPN", "Write to the regional director about discharge funding", 30, False),
    ("U0DEMOGP", "Agree a data sharing protocol with Ashworth Homes", -20, True),
]


def load_demo(reg: Any, now: datetime, timezone: str = "Europe/London") -> Any:
    """Create the demonstration board once; return it (existing or new)."""
    existing = reg.board_by_name(BOARD)
    if existing is not None:
        return existing
    board, _ = save_board(reg, BOARD, now=now, timezone=timezone, channel_id=CHANNEL)
    zone = ZoneInfo(timezone)
    today = now.astimezone(zone).date()
    members = {}
    for slack_id, name, organisation, role in PEOPLE:
        member = new_member(reg, name, now, organisation=organisation, slack_id=slack_id,
                            email=f"{slack_id.lower()}@ashworth.example")
        join(reg, board, member, role)
        members[slack_id] = member
    board.chair_id, board.secretary_id = members["U0DEMOPN"].id, members["U0DEMOTE"].id

    held = reg.add_meeting(
        board_id=board.id, venue="Ashworth Town Hall, Committee Room 2", theme=None, status="held", sequence=0,
        starts_at=datetime.combine(today - timedelta(days=42), time(14, 0), zone),
        ends_at=datetime.combine(today - timedelta(days=42), time(16, 0), zone),
        minutes_recorded_at=now,
    )
    reg.add_meeting(
        board_id=board.id, venue="Ashworth Central Library, Learning Room", theme="Loneliness and isolation",
        status="scheduled", sequence=0,
        starts_at=datetime.combine(today + timedelta(days=28), time(14, 0), zone),
        ends_at=datetime.combine(today + timedelta(days=28), time(16, 0), zone),
    )
    for slack_id, _name, organisation, _ in PEOPLE:
        if slack_id == "U0DEMOSM":  # sent apologies; a colleague from Ashworth Homes came instead
            reg.add_attendance(meeting_id=held.id, member_id=members[slack_id].id, name=members[slack_id].name,
                               organisation=organisation, status="apologies", capacity="member")
            continue
        if slack_id != "U0DEMOAF":  # absent without apologies
            reg.add_attendance(meeting_id=held.id, member_id=members[slack_id].id, name=members[slack_id].name,
                               organisation=organisation, status="present", capacity="member")
    deputy = new_member(reg, "Dev Rahman", now, organisation="Ashworth Homes")
    join(reg, board, deputy)
    reg.add_attendance(meeting_id=held.id, member_id=deputy.id, name=deputy.name, organisation="Ashworth Homes",
                       status="present", capacity="substitute", in_place_of_id=members["U0DEMOSM"].id,
                       in_place_of_name=members["U0DEMOSM"].name)
    reg.add_decision(meeting_id=held.id, position=0,
                     text="The board agreed to make loneliness and isolation the theme of its next meeting.")
    secretary = members["U0DEMOTE"]
    for slack_id, what, days, done in ACTIONS:
        due = working_day_on_or_before(today + timedelta(days=days))
        action = record_action(reg, board, owner=members[slack_id], what=what, due=Due(due, f"{due:%d.%m.%y}"),
                               by=secretary, now=now - timedelta(days=42), meeting=held)
        if done:
            action.status, action.completed_at, action.completed_by_id = "done", now, members[slack_id].id
    return board
