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
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo

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
    return list(_schedule(due, due - started > LONG_ACTION, until))


@lru_cache(maxsize=8192)
def _schedule(due: date, long: bool, until: date) -> tuple[Reminder, ...]:
    """The reminders, shared by every action with the same due date (a sweep meets the same few hundred)."""
    planned: list[Reminder] = []
    if long:
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
    return tuple(sorted(by_day.values(), key=lambda r: r.on))


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


def next_reminder_after(due: date | None, started: date, today: date, local_time: time,
                        snoozed_until: date | None = None, handled: Reminder | None = None) -> date | None:
    """The first day, from `today` at `local_time` on, at whose start of working hours `reminder_due`
    gives a reminder newer than `handled` (every reminder when `handled` is None).

    Reminders fall on working days, and `reminder_due` gives the latest that has come, so that day is
    the later of the next reminder's own day and the first working day in hours that is not snoozed.
    Open actions are reminded weekly for ever once overdue, so there is always a next day unless the
    action is undated.
    """
    if due is None:
        return None
    first = today if local_time <= WORK_ENDS else today + timedelta(days=1)
    after = handled.on if handled is not None else date.min
    horizon = max(after, due) + timedelta(days=21)  # more than a week and the longest run of holidays
    coming = next(r for r in reminders(due, started, horizon) if r.on > after)
    return working_day_on_or_after(max(first, coming.on, snoozed_until or first))


def handled_reminder(due: date, started: date, slot: str) -> Reminder | None:
    """The reminder named `slot` in the action's schedule, if it is there."""
    _, _, count = slot.partition("overdue-")
    horizon = due + timedelta(days=7 * (int(count) if count.isdigit() else 0) + 21)
    return next((r for r in reminders(due, started, horizon) if r.slot == slot), None)


def next_reminder_at(due: date | None, started: date, zone: ZoneInfo, snoozed_until: date | None = None,
                     handled: Reminder | None = None, now: datetime | None = None) -> datetime | None:
    """The next moment (aware UTC) an open action's owner may hear from the nudges sweep: the start of
    working hours, in `zone`, of `next_reminder_after`. Without `now` the first reminder newer than
    `handled` counts even if its day is past, so the moment never depends on a clock."""
    if now is None:
        today, local_time = date.min, WORK_STARTS
    else:
        local = now.astimezone(zone)
        today, local_time = local.date(), local.time()
    day = next_reminder_after(due, started, today, local_time, snoozed_until, handled)
    if day is None:
        return None
    return datetime.combine(day, WORK_STARTS, zone).astimezone(timezone.utc)


def reminder_key(action_id: int, due: date, slot: str, further_owner: int | None = None) -> str:
    """The sent-messages key of one reminder of one action: it is told once. A reminder to an owner named
    after the first (domain.joint_owners) carries their member id, so each owner is told once; the first
    owner's (or the chair's) key is the action's own."""
    key = f"nudge:{action_id}:{due.isoformat()}:{slot}"
    return key if further_owner is None else f"{key}:owner-{further_owner}"


def parse_reminder_key(key: str) -> tuple[int, date, str] | None:
    """(action id, due date, slot) from a reminder's key, to whichever owner; None for any other key."""
    kind, _, rest = key.partition(":")
    number, _, rest = rest.partition(":")
    day, _, slot = rest.partition(":")
    slot, _, _ = slot.partition(":")
    if kind != "nudge" or not number.isdigit() or not slot:
        return None
    try:
        return int(number), date.fromisoformat(day), slot
    except ValueError:
        return None


def started_on(meeting_starts: datetime | None, created_at: datetime | None, zone: ZoneInfo, due: date) -> date:
    """The day an action began, in the zone it is reminded in: its meeting's, else when it was recorded."""
    begun = meeting_starts or created_at
    return begun.astimezone(zone).date() if begun is not None else due


def zone_of(owner_tz: str | None, board_tz: str) -> ZoneInfo:
    """Reminders follow the owner's own time zone when chat knows it, else the board's."""
    return ZoneInfo(owner_tz or board_tz)
