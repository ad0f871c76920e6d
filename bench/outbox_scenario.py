"""One delivery scenario, run inside the project tree given by --tree (this one, or a copy of main's),
against a stand-in for Slack that the caller runs; prints its figures as one line of JSON.

Used by bench/delivery.py, which runs the same scenarios on both trees in the same run. It uses only
what both trees have: `run_job`, `web_client`, `SlackSender` and the domain's recording functions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timedelta, timezone


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--scenario", choices=["seed", "sweeps", "once"], required=True)
    parser.add_argument("--members", type=int, default=121)
    parser.add_argument("--wall-minutes", type=float, default=0.0, help="the wall clock, minutes from now")
    parser.add_argument("--sweeps", type=int, default=12)
    args = parser.parse_args()
    sys.path.insert(0, args.tree)

    from handlers import web_client
    from handlers.delivery import SlackSender
    from jobs.runner import run_job
    from storage.database import Database, ensure_schema

    at = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)  # a Monday morning; every action is due Tuesday
    db = Database.connect(args.database_url)
    if args.scenario == "seed":
        ensure_schema(db.engine)
        seed(db, args.members, at)
        print(json.dumps({"seeded": args.members}))
        return 0
    sender = SlackSender(web_client("xoxb-bench", args.api_url))
    start = datetime.now(timezone.utc) + timedelta(minutes=args.wall_minutes)
    sweeps = []
    for number in range(args.sweeps if args.scenario == "sweeps" else 1):
        wall = start + timedelta(minutes=5 * number)  # the worker's five-minute schedule
        began = time.perf_counter()
        report = run_job("nudges", db, sender, at, wall=lambda wall=wall: wall)
        seconds = time.perf_counter() - began
        sweeps.append({"sent": report.sent, "failed": len(report.failed), "skipped": report.skipped,
                       "recovered": getattr(report, "recovered", 0), "seconds": round(seconds, 3)})
        if report.sent == 0 and not report.failed and not getattr(report, "recovered", 0):
            break
    print(json.dumps({"sweeps": sweeps}))
    return 0


def seed(db, members: int, at: datetime) -> None:  # type: ignore[no-untyped-def]
    from domain.actions import record_action
    from domain.boards import save_board
    from domain.dates import Due
    from domain.names import name_key

    created = at - timedelta(days=14)
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, "Bench Board", now=created, timezone="Europe/London", channel_id="C0BENCH")
        people = [reg.add_member(name=f"Member {n}", name_key=name_key(f"Member {n}"), slack_id=f"U0M{n:05d}",
                                 created_at=created) for n in range(1, members + 1)]
        for person in people:
            record_action(reg, board, owner=person, what=f"Report back for {person.name}",
                          due=Due(at.date() + timedelta(days=1), "tomorrow"), by=people[0], now=created)


if __name__ == "__main__":
    sys.exit(main())
