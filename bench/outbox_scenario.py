"""One delivery scenario, run inside the project tree given by --tree (this one, or a copy of main's),
against a stand-in for Slack that the caller runs; prints its figures as one line of JSON.

Used by bench/delivery.py, which runs the same scenarios on both trees in the same run. It uses only
what both trees have: `run_job`, `web_client`, `SlackSender`, `TeamsSender` and the domain's recording
functions. With `--chat teams` the members are on Teams and the messages go to the Bot Connector at
`--service-url`; a tree whose TeamsSender can read Microsoft Graph is given `--graph-url`.
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
    parser.add_argument("--chat", choices=["slack", "teams"], default="slack")
    parser.add_argument("--service-url", help="the Bot Connector, for --chat teams")
    parser.add_argument("--token-url", help="the app's token endpoint, for --chat teams")
    parser.add_argument("--graph-url", help="Microsoft Graph, for --chat teams")
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
        seed(db, args.members, at, teams_service_url=args.service_url if args.chat == "teams" else None)
        print(json.dumps({"seeded": args.members}))
        return 0
    sender = teams_sender(db, args) if args.chat == "teams" else SlackSender(web_client("xoxb-bench", args.api_url))
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


def teams_aad_id(n: int) -> str:
    """The bench's Teams member number `n` (their AAD object id)."""
    return f"00000000-0000-4000-8000-{n:012d}"


def teams_sender(db, args):  # type: ignore[no-untyped-def]
    """Teams through the Bot Connector with the app's token; Graph too where this tree's sender reads it."""
    from jobs.mail import RoutingSender
    from teams.connector import AppToken, Connector, TeamsSender

    app_id = "8d2e6c1a-3b4f-4a5e-9c7d-0123456789ab"
    connector = Connector(AppToken(app_id, "bench", args.token_url), sleep=lambda _: None)
    try:
        from teams.history import GRAPH_SCOPE, GraphHistory
    except ImportError:  # a tree that cannot look in Teams' history
        return RoutingSender(None, None, TeamsSender(db, connector))
    graph_token = AppToken(app_id, "bench", args.token_url, scope=GRAPH_SCOPE)
    history = GraphHistory(args.graph_url, graph_token.value, app_id, connector.team)
    return RoutingSender(None, None, TeamsSender(db, connector, history=history))


def seed(db, members: int, at: datetime, teams_service_url: str | None = None) -> None:  # type: ignore[no-untyped-def]
    from domain.actions import record_action
    from domain.boards import save_board
    from domain.dates import Due
    from domain.names import name_key

    created = at - timedelta(days=14)
    with db.unit_of_work() as reg:
        board, _ = save_board(reg, "Bench Board", now=created, timezone="Europe/London", channel_id="C0BENCH")
        where = ([{"teams_id": teams_aad_id(n), "last_chat": "teams"} for n in range(1, members + 1)]
                 if teams_service_url else [{"slack_id": f"U0M{n:05d}"} for n in range(1, members + 1)])
        people = [reg.add_member(name=f"Member {n}", name_key=name_key(f"Member {n}"), created_at=created,
                                 **where[n - 1]) for n in range(1, members + 1)]
        for n in range(1, members + 1) if teams_service_url else ():
            aad = teams_aad_id(n)
            reg.save_teams_user(teams_id=aad, user_id="29:" + aad.replace("-", ""), service_url=teams_service_url,
                                now=created, name=f"Member {n}", tenant_id="bench",
                                conversation_id="a:personal-29:" + aad.replace("-", ""))
        for person in people:
            record_action(reg, board, owner=person, what=f"Report back for {person.name}",
                          due=Due(at.date() + timedelta(days=1), "tomorrow"), by=people[0], now=created)


if __name__ == "__main__":
    sys.exit(main())
