"""A small bounded pool that reads shared minutes files away from the web threads.

Reading a file (download, parse, preview) can take seconds; a listener only hands it to
this pool and returns. Two files are read at once and a few more may wait; past that
the sharer is asked to share again in a minute, so a burst of files costs bounded
memory and never ties up the threads that answer Slack.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

WORKERS = 2
WAITING = 6

_pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="minutes-reader")
_slots = threading.BoundedSemaphore(WORKERS + WAITING)
_idle = threading.Condition()
_running = 0


def submit(work: Callable[..., Any], *args: Any, **kwargs: Any) -> bool:
    """Run `work` in the pool; False, doing nothing, when the pool and its queue are full."""
    global _running
    if not _slots.acquire(blocking=False):
        return False
    with _idle:
        _running += 1

    def run() -> None:
        global _running
        try:
            work(*args, **kwargs)
        finally:
            _slots.release()
            with _idle:
                _running -= 1
                _idle.notify_all()

    _pool.submit(run)
    return True


def settle(timeout: float = 30.0) -> bool:
    """Wait until no reading is in flight (for tests and a clean shutdown); False on timeout."""
    with _idle:
        return _idle.wait_for(lambda: _running == 0, timeout)
