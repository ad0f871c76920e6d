"""The pool that reads shared minutes: two at a time, a few waiting, and a polite no past that."""

import threading

from handlers import reading_pool


def test_the_pool_refuses_work_past_its_bound_and_takes_it_again_once_free():
    release = threading.Event()
    accepted = [reading_pool.submit(release.wait, 10) for _ in range(reading_pool.WORKERS + reading_pool.WAITING)]
    assert all(accepted)
    assert reading_pool.submit(release.wait, 10) is False
    release.set()
    assert reading_pool.settle(10)
    done = threading.Event()
    assert reading_pool.submit(done.set) and done.wait(10)
