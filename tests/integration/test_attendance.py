"""One definition of attendance, apologies and substitution: `/minutes` (a meeting's counts) and
`/attendance` (each member's record) read the same rows the same way, across three meetings."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from domain.agenda import attendance_report
from domain.attendance import meeting_counts
from domain.boards import join, save_board
from domain.identity import new_member

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def test_minutes_and_attendance_agree_across_three_meetings(db):
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, "Ashworth Health and Wellbeing Board", now=NOW, timezone="Europe/London")
        people = {}
        for name, organisation in (("Ann Able", "Council"), ("Ben Busy", "Homes"), ("Cat Cover", "Homes")):
            people[name] = new_member(reg, name, NOW, organisation=organisation)
            join(reg, board, people[name])
        ann, ben, cat = people["Ann Able"], people["Ben Busy"], people["Cat Cover"]
        meetings = [reg.add_meeting(board_id=board.id, starts_at=NOW - timedelta(days=90 - 30 * i), status="held",
                                    sequence=0) for i in range(3)]

        def row(meeting, member, status, **fields):  # type: ignore[no-untyped-def]
            reg.add_attendance(meeting_id=meeting.id, member_id=member.id, name=member.name,
                               organisation=member.organisation, status=status, **fields)

        # 1: Ann comes; Ben sends apologies and Cat comes in his place.
        row(meetings[0], ann, "present", capacity="member")
        row(meetings[0], ben, "apologies", capacity="member")
        row(meetings[0], cat, "present", capacity="substitute", in_place_of_id=ben.id, in_place_of_name=ben.name)
        # 2: Ann and Cat come; Ben sends apologies with nobody in his place.
        row(meetings[1], ann, "present", capacity="member")
        row(meetings[1], cat, "present", capacity="member")
        row(meetings[1], ben, "apologies", capacity="member")
        # 3: Ann comes; Ben is recorded absent; Cat has no row at all.
        row(meetings[2], ann, "present", capacity="member")
        row(meetings[2], ben, "absent", capacity="member")

        counts = [meeting_counts(reg.attendance_of(m.id)) for m in meetings]
        held, by_member, by_organisation = attendance_report(reg, board, NOW)

    assert [(c.present, c.substitutes, c.apologies) for c in counts] == [(2, 1, 1), (2, 0, 1), (1, 0, 0)]
    assert len(held) == 3
    ann_r, ben_r, cat_r = by_member["Ann Able"], by_member["Ben Busy"], by_member["Cat Cover"]
    assert (ann_r.attended, ann_r.apologies, ann_r.absent) == (3, 0, 0)
    assert (ben_r.attended, ben_r.apologies, ben_r.represented, ben_r.absent) == (0, 2, 1, 1)
    assert (cat_r.attended, cat_r.as_substitute, cat_r.apologies, cat_r.absent) == (2, 1, 0, 1)
    # The two views agree: every apology and every attendance in the minutes is in someone's record.
    assert sum(c.apologies for c in counts) == sum(r.apologies for r in by_member.values())
    assert sum(c.present for c in counts) == sum(r.attended for r in by_member.values())
    assert sum(r.apologies for r in by_organisation.values()) == sum(c.apologies for c in counts)
    # Each member's meetings are all accounted for, once each.
    for record in by_member.values():
        assert record.attended + record.apologies + record.absent == len(held)
    homes = by_organisation["Homes"]
    assert (homes.attended, homes.apologies, homes.represented, homes.absent) == (2, 2, 1, 2)
