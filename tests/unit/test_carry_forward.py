"""The carry-forward rule: how many meetings an action has been carried, and when the chair must decide."""

from datetime import datetime, timedelta, timezone

from domain.carry_forward import (
    DEFAULT_MEETINGS,
    HeldMeeting,
    counted_from,
    needs_decision,
    threshold,
    times_carried,
)

RAISED = datetime(2026, 6, 10, 14, 0, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)


def meetings(*days_after: int, status: str = "held") -> list[HeldMeeting]:
    return [HeldMeeting(RAISED + timedelta(days=d), status) for d in days_after]


def test_an_action_is_carried_at_each_meeting_held_after_it_was_raised():
    assert times_carried(RAISED, meetings(0, 63, 126), NOW) == 2  # not the meeting that raised it


def test_meetings_still_ahead_and_cancelled_ones_do_not_count():
    ahead = meetings(400)
    cancelled = meetings(63, status="cancelled")
    assert times_carried(RAISED, [*meetings(126), *ahead, *cancelled], NOW) == 1


def test_re_dating_or_keeping_starts_the_count_again():
    redated = RAISED + timedelta(days=100)
    assert counted_from(RAISED, redated) == redated
    assert counted_from(RAISED, None) == RAISED
    assert times_carried(counted_from(RAISED, redated), meetings(63, 126), NOW) == 1


def test_the_chair_decides_when_the_coming_meeting_is_the_nth_appearance():
    assert not needs_decision(1, 3)
    assert needs_decision(2, 3)   # the coming meeting is its third
    assert needs_decision(5, 3)


def test_the_limit_is_a_board_setting_defaulting_to_three():
    assert threshold({}) == DEFAULT_MEETINGS == 3
    assert threshold({"carry_forward_meetings": 4}) == 4
    assert threshold({"carry_forward_meetings": "nonsense"}) == 3
    assert threshold({"carry_forward_meetings": 0}) == 3
