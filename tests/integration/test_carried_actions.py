"""A later meeting's minutes restate an open action in other words and mark it carried: the register
keeps one action, updated, not a second; a near miss is a new action; the result says which was which."""

from __future__ import annotations

from datetime import date, datetime, timezone

from domain.boards import save_board
from domain.meeting_record import carried_preview, record_minutes
from minutes import Action, Minutes
from minutes.model import Attendee

NOW = datetime(2026, 3, 20, 9, 0, tzinfo=timezone.utc)
BOARD = "Ashdown Health and Wellbeing Board"
PRESENT = (Attendee("Priya Shah"), Attendee("Tom Reilly"))

OCTOBER = Minutes(board=BOARD, date=date(2025, 10, 14), present=PRESENT, actions=(
    Action("Circulate the updated terms of reference to members", who="Priya Shah", due=date(2025, 11, 30)),
    Action("Share the domestic abuse needs assessment with partners", who="Tom Reilly"),
    Action("Arrange a visit to the new health centre for board members", who="Tom Reilly"),
))


def record(db, minutes):  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, BOARD, now=NOW, timezone="Europe/London", channel_id="C0ASHHWB")
        return record_minutes(reg, minutes, board, now=NOW, digest=minutes.digest())


def open_actions(db) -> dict[int, tuple[str, str | None, date | None]]:  # type: ignore[no-untyped-def]
    with db.unit_of_work() as reg:
        board = reg.board_by_name(BOARD)
        return {a.number: (a.what, a.owner.name if a.owner else a.owner_text, a.due_date)
                for a in reg.actions_of_board(board.id)}


def test_a_carried_action_in_other_words_updates_the_earlier_action_and_a_near_miss_is_new(db):
    record(db, OCTOBER)
    january = Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("ToR to members - ongoing", who="Priya Shah", due=date(2026, 2, 28), carried=True),
        Action("Share the suicide prevention needs assessment with partners", who="Tom Reilly", carried=True),
        Action("Draft the winter pressures letter", who="Tom Reilly"),
    ))
    done = record(db, january)

    actions = open_actions(db)
    assert actions[1] == ("Circulate the updated terms of reference to members", "Priya Shah", date(2026, 2, 28))
    assert len(actions) == 5  # three from October, the near miss and January's new action: no second ToR
    assert [(c.what, c.number, c.earlier_what, c.matched) for c in done.carried] == [
        ("ToR to members - ongoing", 1, "Circulate the updated terms of reference to members", True),
        ("Share the suicide prevention needs assessment with partners", 4, None, False),
    ]
    assert actions[4][0] == "Share the suicide prevention needs assessment with partners"
    assert (done.actions_added, done.actions_updated) == (2, 1)


def test_what_the_new_minutes_leave_out_is_kept_when_a_carried_action_matches(db):
    record(db, OCTOBER)
    january = Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("Terms of reference: chair to circulate to members once agreed", carried=True),))
    done = record(db, january)
    assert open_actions(db)[1] == ("Circulate the updated terms of reference to members", "Priya Shah",
                                   date(2025, 11, 30))
    assert done.carried[0].number == 1 and done.actions_added == 0


def test_the_preview_says_the_same_as_recording_and_writes_nothing(db):
    record(db, OCTOBER)
    january = Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("ToR to members - ongoing", carried=True),
        Action("Bus shelter repair quotes", carried=True),
    ))
    with db.unit_of_work() as reg:
        board = reg.board_by_name(BOARD)
        preview = carried_preview(reg, january, board, now=NOW)
    assert [(c.number, c.matched) for c in preview] == [(1, True), (None, False)]
    assert len(open_actions(db)) == 3
    done = record(db, january)
    assert [(c.number, c.matched) for c in done.carried] == [(1, True), (4, False)]


def test_two_earlier_actions_equally_alike_match_neither_and_are_named(db):
    record(db, Minutes(board=BOARD, date=date(2025, 10, 14), present=PRESENT, actions=(
        Action("Report on the homelessness strategy review to the board", who="Tom Reilly"),
        Action("Report on the homelessness strategy review to the cabinet", who="Tom Reilly"),
    )))
    done = record(db, Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("Homelessness strategy review report", carried=True),)))
    assert done.carried[0].could_be == (1, 2) and done.carried[0].number == 3
    assert len(open_actions(db)) == 3


def test_each_earlier_action_is_matched_once_and_later_minutes_match_again_the_same(db):
    record(db, OCTOBER)
    january = Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("Circulate the revised terms of reference", carried=True),
        Action("Terms of reference to members", carried=True),
    ))
    done = record(db, january)
    assert sorted(c.number for c in done.carried) == [1, 4]  # one took action 1; the other is new
    # A corrected copy of January's minutes: the same two, and nothing more added.
    again = record(db, Minutes(board=BOARD, date=date(2026, 1, 13), venue="Town Hall", present=PRESENT,
                               actions=january.actions))
    assert again.actions_added == 0 and sorted(c.number for c in again.carried) == [1, 4]
    assert len(open_actions(db)) == 4


def test_a_reference_in_the_minutes_finds_the_action_it_names(db):
    record(db, OCTOBER)
    with db.unit_of_work() as reg:
        code = reg.board_by_name(BOARD).code
    done = record(db, Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action(f"{code}-3 c/f", carried=True),)))
    assert (done.carried[0].number, done.carried[0].how) == (3, "reference")
    assert len(open_actions(db)) == 3


def test_an_action_not_carried_keeps_matching_by_its_exact_words_only(db):
    record(db, OCTOBER)
    done = record(db, Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("Circulate the revised terms of reference to members", who="Priya Shah"),)))
    assert done.actions_added == 1 and done.carried == []
    assert len(open_actions(db)) == 4


def test_a_carried_action_never_matches_one_raised_after_its_meeting(db):
    record(db, Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("Circulate the updated terms of reference to members", who="Priya Shah"),)))
    done = record(db, Minutes(board=BOARD, date=date(2025, 10, 14), present=PRESENT, actions=(
        Action("ToR to members - ongoing", carried=True),)))
    assert done.carried[0].matched is False


def test_a_carried_action_never_matches_an_action_already_done(db):
    record(db, OCTOBER)
    with db.unit_of_work() as reg:
        action = reg.action_by_ref(reg.board_by_name(BOARD).code, 1)
        action.status = "done"
    done = record(db, Minutes(board=BOARD, date=date(2026, 1, 13), present=PRESENT, actions=(
        Action("ToR to members - ongoing", carried=True),)))
    assert done.carried[0].matched is False and done.carried[0].number == 4


def test_only_the_newest_earlier_actions_are_read_and_only_the_boards_own(db):
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, BOARD, now=NOW, timezone="Europe/London", channel_id="C0ASHHWB")
        other, _ = save_board(reg, "Brindle Community Safety Partnership", now=NOW, timezone="Europe/London")
        for n, day in enumerate((date(2025, 9, 9), date(2025, 10, 14), date(2025, 11, 11))):
            record_minutes(reg, Minutes(board=BOARD, date=day, actions=(Action(f"Task {n} for the board"),)), board,
                           now=NOW, digest=f"d{n}")
        record_minutes(reg, Minutes(board=other.name, date=date(2025, 10, 14), actions=(Action("Their task"),)),
                       other, now=NOW, digest="other")
        january = datetime(2026, 1, 13, tzinfo=timezone.utc)
        newest = reg.open_actions_raised_before(board.id, january, limit=2)
        assert [row.what for row in newest] == ["Task 2 for the board", "Task 1 for the board"]
        assert len(reg.open_actions_raised_before(board.id, datetime(2025, 10, 20, tzinfo=timezone.utc))) == 2
