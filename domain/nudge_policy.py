"""When an action's owner is reminded, and when the chair hears instead.

Reminders fall on working days only: a first one seven days before the due date
when the action runs longer than two weeks; one working day before; on the due
day; then overdue on the next working day and weekly after that. From the fifth
overdue reminder, the chair is told instead of the owner. A sweep sends only the
latest reminder that has come, so a worker that was down catches up with one
message, not a pile of stale ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta

from domain.working_days import (
    is_working_day,
    next_working_day,
    previous_working_day,
    working_day_on_or_after,
    working_day_on_or_before,
)

WORK_STARTS, WORK_ENDS = time(9, 0), time(17, 30)
LONG_ACTION = timedelta(days=14)
OWNER_OVERDUE_REMINDERS = 4


@dataclass(frozen=True)
class Reminder:
    """One reminder: its slot name is part of the key that makes it be sent once."""

    slot: str
    on: date
    to_chair: bool = False

    @property
    def overdue(self) -> bool:
        return self.slot.startswith("overdue")


def reminders(due: date, started: date, until: date) -> list[Reminder]:
    """Every reminder of an action due on `due`, begun on `started`, up to `until`, in date order."""
    planned: list[Reminder] = []
    if due - started > LONG_ACTION:
        planned.append(Reminder("week-before", working_day_on_or_before(due - timedelta(days=7))))
    planned.append(Reminder("day-before", previous_working_day(due)))
    if is_working_day(due):
        planned.append(Reminder("due-day", due))
    overdue_on, count = next_working_day(due), 1
    while overdue_on <= until:
        planned.append(Reminder(f"overdue-{count}", overdue_on, to_chair=count > OWNER_OVERDUE_REMINDERS))
        overdue_on, count = working_day_on_or_after(overdue_on + timedelta(days=7)), count + 1
    by_day: dict[date, Reminder] = {}
    for reminder in planned:  # two slots on one day (a due date on a Monday, say): the later wins
        by_day[reminder.on] = reminder
    return sorted(by_day.values(), key=lambda r: r.on)


def within_working_hours(moment_time: time) -> bool:
    return WORK_STARTS <= moment_time <= WORK_ENDS


def reminder_due(due: date | None, started: date, today: date, local_time: time,
                 snoozed_until: date | None = None) -> Reminder | None:
    """The reminder to send now, if any: the latest one that has come, on a working day, in working hours,
    unless the owner snoozed the action's reminders until a later day."""
    if due is None or not is_working_day(today) or not within_working_hours(local_time):
        return None
    if snoozed_until is not None and today < snoozed_until:
        return None
    come = [r for r in reminders(due, started, today) if r.on <= today]
    return come[-1] if come else None
