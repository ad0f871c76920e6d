"""Kill tests: `run-job nudges` is killed with SIGKILL at random points, twenty times, on each
database, half the time just after Slack has recorded a post and before it answers (the window
between send and mark). The very next sweep, with no wait for any claim's deadline, then finishes
the work: each killed run's claims are held by a process on this host that is gone, so they are
settled at once (looked for in history, then marked sent or sent). Every person must have exactly
one message: none lost, none twice. Slow: twenty processes a database."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest

from handlers import web_client
from handlers.delivery import SlackSender
from jobs.runner import run_job
from tests.outbox_world import SWEEP_AT, board_with_due_actions, posts_to, run_and_kill

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


@pytest.mark.slow
def test_killing_sweeps_at_random_points_loses_nothing_and_the_next_sweep_settles_it_all(db, slack):
    owners = board_with_due_actions(db, 300)
    slack.slow_down("chat.postMessage", 0.02)
    env = {**os.environ, "DATABASE_URL": db.engine.url.render_as_string(hide_password=False),
           "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_API_URL": slack.api_url, "LOG_LEVEL": "WARNING"}
    rng = random.Random(20261123)
    killed = sum(run_and_kill(ROOT, env, slack, rng, at_post=number % 2 == 0) for number in range(KILLS))
    assert killed > 0 and 0 < len(slack.sent("chat.postMessage")) < len(owners), "the kills came mid-sweep"
    finish = run_job("nudges", db, SlackSender(web_client("xoxb-test", slack.api_url)), SWEEP_AT)
    assert finish.recovered > 0, "some killed runs had posted without marking: found, not sent again"
    assert finish.skipped == 0, "no claim of a killed run waited for its deadline"
    counts = posts_to(slack, owners)
    assert [o for o, n in counts.items() if n == 0] == [], "lost"
    assert {o: n for o, n in counts.items() if n > 1} == {}, "sent twice"
