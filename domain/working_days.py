"""Working days in England and Wales: weekends and bank holidays off.

Wales shares England's bank holidays; the `holidays` package keeps the list,
substitute days ("Boxing Day (observed)") included.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=[year]))


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def working_day_on_or_before(day: date) -> date:
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def working_day_on_or_after(day: date) -> date:
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date) -> date:
    return working_day_on_or_before(day - timedelta(days=1))


def next_working_day(day: date) -> date:
    return working_day_on_or_after(day + timedelta(days=1))


def clear_working_days_before(meeting_day: date, count: int) -> date:
    """The last day something may be published to give `count` clear working days before a meeting.

    Clear days exclude both the day of publication and the day of the meeting.
    """
    day, clear = meeting_day, 0
    while clear < count:
        day -= timedelta(days=1)
        clear += is_working_day(day)
    return previous_working_day(day)
