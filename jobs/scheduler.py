"""The worker: APScheduler runs each sweep every few minutes and the directory sync daily.

The sweeps keep no state in memory: each reads what is due from the database, so
a restart, or a second worker, changes nothing but who does the work.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler

from jobs.outbox import Sender, wall_clock
from jobs.runner import SWEEPS, SweepContext, run_job, sync_directory

log = logging.getLogger("matters.worker")
EVERY_MINUTES = 5


def _guarded(name: str, work: Callable[[], Any]) -> Callable[[], None]:
    def run() -> None:
        try:
            work()
        except Exception:  # noqa: BLE001 - a failed sweep is logged and tried again next time
            log.exception("sweep_failed job=%s", name)

    return run


def add_sweeps(scheduler: Any, db: Any, sender: Sender, directory: Callable[[], list[Any]],
               clock: Callable[[], datetime], context: SweepContext) -> None:
    for name in SWEEPS:
        scheduler.add_job(_guarded(name, lambda name=name: run_job(name, db, sender, clock(), context=context)),
                          "interval",
                          minutes=EVERY_MINUTES, id=name, coalesce=True, max_instances=1, next_run_time=wall_clock())
    scheduler.add_job(_guarded("directory", lambda: sync_directory(db, directory)), "interval", days=1,
                      id="directory", coalesce=True, max_instances=1, next_run_time=wall_clock())


def run_worker(db: Any, sender: Sender, directory: Callable[[], list[Any]], clock: Callable[[], datetime],
               context: SweepContext) -> None:
    """Run until SIGTERM or SIGINT. A sweep under way stops after the message it is sending
    (which is sent and marked, so no claim is left half done); the rest waits for the next worker.

    The signal handler only raises the flag; the scheduler is shut down here, on the main
    thread, never from inside the handler while the scheduler may be mid-step.
    """
    scheduler = BackgroundScheduler(timezone="UTC")
    add_sweeps(scheduler, db, sender, directory, clock, context)

    def stop(signum: int, _frame: Any) -> None:
        log.info("worker_stopping signal=%s", signum)
        context.stop.set()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    scheduler.start()
    log.info("worker_started every=%dmin jobs=%s", EVERY_MINUTES, ",".join(SWEEPS))
    while not context.stop.wait(1.0):
        pass
    scheduler.shutdown(wait=True)
    log.info("worker_stopped")


def background_worker(db: Any, sender: Sender, directory: Callable[[], list[Any]],
                      clock: Callable[[], datetime], context: SweepContext) -> BackgroundScheduler:
    """The same sweeps in a background thread, for Socket Mode's single process."""
    scheduler = BackgroundScheduler(timezone="UTC")
    add_sweeps(scheduler, db, sender, directory, clock, context)
    scheduler.start()
    return scheduler
