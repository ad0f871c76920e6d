"""Kill tests: `run-job nudges` is killed with SIGKILL at random points, twenty times, on each
database, half the time just after Slack has recorded a post and before it answers (the window
between send and mark). A sweep past every claim's deadline then finishes the work, and every
person must have exactly one message: none lost, none twice. Slow: twenty processes a database."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from handlers import web_client
from handlers.delivery import SlackSender
from jobs.outbox import CLAIM_TIMEOUT, wall_clock
from jobs.runner import run_job
from tests.outbox_world import SWEEP_AT, board_with_due_actions, posts_to

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


def run_and_kill(env: dict[str, str], slack, rng: random.Random, at_post: bool) -> None:  # type: ignore[no-untyped-def]
    before = len(slack.sent("chat.postMessage"))
    job = subprocess.Popen([sys.executable, str(ROOT / "bot.py"), "run-job", "nudges", "--at", "2026-11-23T10:00"],
                           env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if at_post:
        nth = before + rng.randint(1, 4)

        def kill(_call, pid: int = job.pid) -> None:  # type: ignore[no-untyped-def]
            if len(slack.sent("chat.postMessage")) >= nth:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
        slack.on_post = kill
    else:
        slack.on_post = None
        deadline = time.monotonic() + 60
        while len(slack.sent("chat.postMessage")) == before and job.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.2))
        if job.poll() is None:
            job.kill()
    job.wait(timeout=120)
    slack.on_post = None


@pytest.mark.slow
def test_killing_sweeps_at_random_points_loses_nothing_and_sends_nothing_twice(db, slack):
    owners = board_with_due_actions(db, 300)
    slack.slow_down("chat.postMessage", 0.02)
    env = {**os.environ, "DATABASE_URL": db.engine.url.render_as_string(hide_password=False),
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.api_url, "LOG_LEVEL": "WARNING"}
    rng = random.Random(20261123)
    for number in range(KILLS):
        run_and_kill(env, slack, rng, at_post=number % 2 == 0)
    assert 0 < len(slack.sent("chat.postMessage")) < len(owners), "the kills came mid-sweep"
    later = wall_clock() + CLAIM_TIMEOUT + timedelta(minutes=1)
    finish = run_job("nudges", db, SlackSender(web_client("xoxb-test", slack.api_url)), SWEEP_AT, wall=lambda: later)
    assert finish.recovered > 0, "some killed runs had posted without marking: found, not sent again"
    counts = posts_to(slack, owners)
    assert [o for o, n in counts.items() if n == 0] == [], "lost"
    assert {o: n for o, n in counts.items() if n > 1} == {}, "sent twice"
