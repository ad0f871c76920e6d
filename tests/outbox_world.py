"""A board whose members each have an action due tomorrow: one direct message each, for the
outbox's fault, kill and delivery tests; and a sweep process killed mid-delivery, for the kill test
and bench/delivery.py alike."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from domain.actions import record_action
from domain.boards import save_board
from domain.dates import Due
from domain.names import name_key

# A Monday morning in working hours, London time (GMT); every action is due on the Tuesday.
SWEEP_AT = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)


def member_id(n: int) -> str:
    return f"U0M{n:05d}"


def board_with_due_actions(db: Any, members: int, *, channel: str = "C0OUTBOX") -> list[str]:
    """`members` members, each owning one action due the day after SWEEP_AT. Returns their Slack ids."""
    ids = [member_id(n) for n in range(1, members + 1)]
    _board_of(db, [{"slack_id": slack_id} for slack_id in ids], channel=channel)
    return ids


def teams_board_with_due_actions(db: Any, users: list[Any], service_url: str) -> list[str]:
    """One member on Teams for each of `users` (tests.teams_requests.TeamsUser), with their personal chat
    known, each owning one action due the day after SWEEP_AT. Returns their outbox addresses."""
    _board_of(db, [{"teams_id": user.aad_id, "last_chat": "teams"} for user in users], channel=None)
    with db.unit_of_work() as reg:
        for user in users:
            reg.save_teams_user(teams_id=user.aad_id, user_id=user.user_id, service_url=service_url,
                                now=SWEEP_AT - timedelta(days=14), name=user.name, tenant_id="t",
                                conversation_id=f"a:personal-{user.user_id}")
    return [f"teams:{user.aad_id}" for user in users]


def _board_of(db: Any, members: list[dict[str, Any]], *, channel: str | None) -> None:
    created = SWEEP_AT - timedelta(days=14)
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, "Outbox Test Board", now=created, timezone="Europe/London", channel_id=channel)
        people = [reg.add_member(name=f"Member {n}", name_key=name_key(f"Member {n}"), created_at=created, **where)
                  for n, where in enumerate(members, start=1)]
        for person in people:
            record_action(reg, board, owner=person, what=f"Report back for {person.name}",
                          due=Due(SWEEP_AT.date() + timedelta(days=1), "tomorrow"), by=people[0], now=created)


def posts_to(slack: Any, recipients: list[str]) -> dict[str, int]:
    """How many direct messages each recipient got."""
    counts = dict.fromkeys(recipients, 0)
    for call in slack.sent("chat.postMessage"):
        if call.body["channel"] in counts:
            counts[call.body["channel"]] += 1
    return counts


def run_and_kill(tree: Path, env: dict[str, str], slack: Any, rng: random.Random, *, at_post: bool) -> bool:
    """Start `bot.py run-job nudges` in `tree` for SWEEP_AT's morning against `slack` (a LocalSlack) and
    kill it with SIGKILL: when `at_post`, as soon as Slack has recorded one to four more posts and before
    it answers (the window between send and mark); otherwise at a random moment up to 0.2 s after its
    first post. Returns whether the SIGKILL ended it (a run may finish first)."""
    before = len(slack.sent("chat.postMessage"))
    job = subprocess.Popen([sys.executable, str(tree / "bot.py"), "run-job", "nudges", "--at", "2026-11-23T10:00"],
                           env=env, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if at_post:
        nth = before + rng.randint(1, 4)

        def kill(_call: Any, pid: int = job.pid) -> None:
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
    try:
        job.wait(timeout=120)
    finally:
        slack.on_post = None
    return job.returncode == -signal.SIGKILL
