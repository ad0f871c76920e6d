"""The moment a sweep runs at: an instant, or a wall-clock time each board reads in its own zone.

The scheduler always runs at an instant (an aware datetime). `run-job --at 2015-02-17T09:30`
names no zone: it means half past nine wherever each board is, so a board in London and one
in Belfast or Auckland each sweep at their own half past nine. Sweeps turn the moment into a
board's instant with `in_zone` and bound their queries with `earliest` and `latest`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

# Every time zone in use lies within these offsets of UTC.
_WIDEST = timedelta(hours=14)


@dataclass(frozen=True)
class WallTime:
    """A time of day with no zone (naive `local`), read in each board's own zone."""

    local: datetime

    def isoformat(self) -> str:
        return f"{self.local.isoformat()} (each board's own time)"


Moment = datetime | WallTime


def in_zone(moment: Moment, zone: str | ZoneInfo) -> datetime:
    """The moment as an aware time in `zone`: an instant is converted, a wall time read there."""
    place = zone if isinstance(zone, ZoneInfo) else ZoneInfo(zone)
    if isinstance(moment, WallTime):
        return moment.local.replace(tzinfo=place)
    return moment.astimezone(place)


def earliest(moment: Moment) -> datetime:
    """The earliest instant the moment can be anywhere (itself, for an instant)."""
    if isinstance(moment, WallTime):
        return moment.local.replace(tzinfo=timezone.utc) - _WIDEST
    return moment


def latest(moment: Moment) -> datetime:
    """The latest instant the moment can be anywhere (itself, for an instant)."""
    if isinstance(moment, WallTime):
        return moment.local.replace(tzinfo=timezone.utc) + _WIDEST
    return moment
