"""Running a sweep: plan what is due at `now`, then deliver it once."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from domain.identity import link_directory
from domain.moments import Moment
from jobs import agendas, digest, minutes_summary, nudges
from jobs.outbox import Report, Sender, deliver, wall_clock

log = logging.getLogger("matters.jobs")

@dataclass(frozen=True)
class SweepContext:
    """What a sweep may need besides the time and the register."""

    public_url: str | None = None
    # Set when the worker is asked to stop: a sweep then ends after the message it is sending.
    stop: threading.Event = field(default_factory=threading.Event, compare=False)
    # A sweep's whole budget, under the five-minute schedule: past it no new message is started
    # and the rest waits for the next sweep, so a hung Slack never makes sweeps pile up.
    deadline_seconds: float = 240.0
    # A dry run plans without writing: the nudges sweep re-dates nothing.
    dry_run: bool = False


SWEEPS: dict[str, Callable[[Any, datetime, SweepContext], Iterable[Any]]] = {
    "nudges": nudges.plan,
    "agendas": agendas.plan,
    "minutes": minutes_summary.plan,
    "digest": digest.plan,
}
# Sweeps that message people directly need them linked to their chat accounts first.
NEEDS_DIRECTORY = {"nudges", "digest", "agendas"}


def sync_directory(db: Any, directory: Callable[[], list[Any]]) -> int:
    """Link members who never spoke to the bot, from the workspace directory. Returns how many."""
    people = directory()
    with db.unit_of_work() as reg:
        return len(link_directory(list(reg.unlinked_members()), people, set(reg.officer_channels())))


def run_job(name: str, db: Any, sender: Sender, now: Moment, *, dry_run: bool = False,
            directory: Callable[[], list[Any]] | None = None, context: SweepContext = SweepContext(),
            wall: Callable[[], datetime] = wall_clock) -> Report:
    """One sweep: what is due at `now` and not yet sent is sent (or, dry, listed).

    `now` is an instant, or (from `run-job --at` without an offset) a wall time each board reads
    in its own zone."""
    started = time.perf_counter()
    if directory is not None and name in NEEDS_DIRECTORY and not dry_run:
        try:
            sync_directory(db, directory)
        except Exception as error:  # noqa: BLE001 - a directory outage must not stop reminders to linked members
            log.warning("directory_sync_failed error=%s", error)
    planning = replace(context, dry_run=True) if dry_run else context
    planned = SWEEPS[name](db, now, planning)
    report = deliver(db, planned, sender, dry_run=dry_run, wall=wall, stopping=context.stop.is_set,
                     deadline=context.deadline_seconds - (time.perf_counter() - started))
    outcome = "stopped" if report.stopped else ("deadline" if report.left else "done")
    log.info("sweep job=%s at=%s outcome=%s sent=%d recovered=%d skipped=%d failed=%d left=%d planned=%d ms=%.0f",
             name, now.isoformat(), outcome, report.sent, report.recovered, report.skipped, len(report.failed),
             report.left, len(report.planned), (time.perf_counter() - started) * 1000)
    return report
