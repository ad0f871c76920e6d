"""The next reminder moment agrees with the reminder the policy gives, walked day by day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from domain.nudge_policy import (
    WORK_STARTS,
    handled_reminder,
    next_reminder_after,
    next_reminder_at,
    parse_reminder_key,
    reminder_due,
    reminder_key,
    reminders,
)

# Sweeps in a day: before hours, the first minute, mid-morning, the last minute, after hours, late.
TIMES = (time(7, 0), time(9, 0), time(11, 15), time(17, 30), time(17, 45), time(23, 0))


def walk(due: date, started: date, snoozed_until: date | None, days: int) -> list[tuple[date, str]]:
    """Sweep at every TIMES of every day, sending only at the moments next_reminder_after names.

    At each sweep either the moment has come, and reminder_due must give a reminder newer than the
    last one sent; or it has not, and reminder_due must give nothing new. Returns what was sent.
    """
    sent: list[tuple[date, str]] = []
    handled = None
    day = started
    moment = next_reminder_after(due, started, day, time(0, 0), snoozed_until, None)
    for offset in range(days):
        today = started + timedelta(days=offset)
        for at in TIMES:
            given = reminder_due(due, started, today, at, snoozed_until)
            if moment is not None and (today, at) >= (moment, WORK_STARTS):
                assert given is not None and given != handled, (today, at, moment, given, handled)
                handled = given
                sent.append((today, given.slot))
                moment = next_reminder_after(due, started, today, at, snoozed_until, handled)
                assert moment > today
            else:
                assert given is None or given == handled, (today, at, moment, given, handled)
    return sent


CASES = [
    # due a month after it was set: week-before, day-before, due day, then weekly overdue
    (date(2026, 11, 30), date(2026, 10, 28), None),
    # a short action: no week-before reminder
    (date(2026, 12, 2), date(2026, 11, 25), None),
    # due on a Saturday: no due-day reminder; overdue on the Monday
    (date(2026, 12, 5), date(2026, 11, 1), None),
    # due on a Monday: day-before falls on the Friday
    (date(2026, 12, 7), date(2026, 11, 1), None),
    # across Christmas and New Year's bank holidays
    (date(2026, 12, 24), date(2026, 11, 1), None),
    (date(2026, 12, 28), date(2026, 12, 1), None),
    # Easter 2027 (Good Friday 26 March, Easter Monday 29 March)
    (date(2027, 3, 26), date(2027, 2, 1), None),
    # snoozed past the day-before and due-day reminders
    (date(2026, 11, 30), date(2026, 10, 28), date(2026, 12, 3)),
    # snoozed until a Sunday
    (date(2026, 11, 18), date(2026, 10, 1), date(2026, 11, 22)),
    # long overdue when first seen
    (date(2026, 1, 12), date(2025, 12, 1), None),
]


@pytest.mark.parametrize("due,started,snoozed", CASES)
def test_the_moments_send_exactly_the_reminders_every_sweep_would(due, started, snoozed):
    days = (due - started).days + 90
    sent = walk(due, started, snoozed, days)
    # What sweeping at every one of those times without moments sends: each new reminder, once.
    every: list[tuple[date, str]] = []
    for offset in range(days):
        today = started + timedelta(days=offset)
        for at in TIMES:
            given = reminder_due(due, started, today, at, snoozed)
            if given is not None and (not every or every[-1][1] != given.slot):
                every.append((today, given.slot))
    assert sent == every
    assert len(sent) >= 8  # the walk reached weekly overdue reminders, the chair's included


def test_a_reminder_already_come_is_due_now_and_the_next_waits_for_its_day():
    due, started = date(2026, 11, 20), date(2026, 10, 1)  # a Friday
    zone = ZoneInfo("Europe/London")
    first = next_reminder_at(due, started, zone)
    assert first == datetime(2026, 11, 13, 9, 0, tzinfo=timezone.utc)  # the week before, 09:00 GMT
    overdue = handled_reminder(due, started, "overdue-1")
    assert overdue is not None and overdue.on == date(2026, 11, 23)
    assert next_reminder_at(due, started, zone, handled=overdue) == datetime(2026, 11, 30, 9, 0, tzinfo=timezone.utc)


def test_the_moment_is_the_start_of_the_owners_working_day_in_their_own_zone():
    due, started = date(2026, 7, 15), date(2026, 7, 10)
    london = next_reminder_at(due, started, ZoneInfo("Europe/London"))
    auckland = next_reminder_at(due, started, ZoneInfo("Pacific/Auckland"))
    assert london == datetime(2026, 7, 14, 8, 0, tzinfo=timezone.utc)  # 09:00 BST
    assert auckland == datetime(2026, 7, 13, 21, 0, tzinfo=timezone.utc)  # 09:00 NZST


def test_after_hours_the_next_moment_is_the_next_working_morning():
    due, started = date(2026, 11, 27), date(2026, 11, 20)  # day-before on Thursday 26th
    assert next_reminder_after(due, started, date(2026, 11, 26), time(17, 31)) == date(2026, 11, 27)
    assert next_reminder_after(due, started, date(2026, 11, 26), time(12, 0)) == date(2026, 11, 26)
    assert next_reminder_after(None, started, date(2026, 11, 26), time(12, 0)) is None


def test_reminder_keys_round_trip_and_other_keys_are_not_reminders():
    key = reminder_key(42, date(2026, 11, 30), "overdue-3")
    assert parse_reminder_key(key) == (42, date(2026, 11, 30), "overdue-3")
    for other in ("digest:1:2026-11-23:U1", "nudge:x:2026-11-30:day-before", "nudge:1:someday:due-day", "nudge:1:"):
        assert parse_reminder_key(other) is None


def test_the_schedule_is_shared_but_callers_get_their_own_list():
    first = reminders(date(2026, 11, 30), date(2026, 10, 1), date(2027, 1, 31))
    first.clear()
    assert reminders(date(2026, 11, 30), date(2026, 10, 1), date(2027, 1, 31))


def test_a_handled_reminder_is_found_by_its_slot_however_late_it_came():
    due, started = date(2026, 1, 12), date(2025, 12, 1)
    late = handled_reminder(due, started, "overdue-40")
    assert late is not None and late.to_chair and late.on > date(2026, 10, 1)
    assert handled_reminder(due, started, "week-before") is not None
    assert handled_reminder(due, started, "no-such-slot") is None
