"""Benchmark `myactions` on the Teams endpoint beside a bare Teams SDK app answering a static card, same run.

    .venv/bin/python bench/teams.py [--database-url URL] [--requests N]

Seeds the benchmark register (bench/seed.py: 200 boards, 5,000 members, 100,000
actions) and gives every member a Teams identity. Then, over loopback HTTP, one
request at a time, it posts personal-chat "myactions" activities from members
picked at random to:

* the bot, `python bot.py teams` in local mode (no token check, like the baseline);
* the bot with TEAMS_APP_ID set: every activity carries a Bot Framework JWT signed by a
  local key whose JWKS the bot reads through TEAMS_OPENID_URL (what production pays);
* bench/bare_teams_app.py: the Teams SDK's own App, unauthenticated, answering one
  static Adaptive Card with `ctx.send`.

The three are interleaved request by request, so a busy moment on the machine falls on
all of them. A request's time is from sending the activity to the endpoint's HTTP
answer; each of the three sends its card to the loopback Bot Connector before it
answers, and a request whose card did not arrive counts as an error. (The bot's card is the member's
real list: every member is linked by their Teams id, so no member look-up is needed.) Results go to
stdout and into docs/benchmarks.md between the `bench:teams` markers.
"""

from __future__ import annotations

import argparse
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bench.results_doc import write_section  # noqa: E402
from bench.seed import DEFAULT_URL, Size, seed  # noqa: E402
from tests.teams_requests import (APP_ID, BotConnector, TeamsBot, TeamsCloud, TeamsEndpoint, TeamsUser,  # noqa: E402
                                  personal_message)



def bare_app() -> TeamsEndpoint:
    """bench/bare_teams_app.py in a process of its own."""
    return TeamsEndpoint([sys.executable, "bench/bare_teams_app.py"])


def give_everyone_a_teams_identity(url: str) -> int:
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE members SET teams_id = 'aad-' || id, last_chat = 'teams'"))
        count = connection.execute(text("SELECT count(*) FROM members")).scalar_one()
    engine.dispose()
    return int(count)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL, help=f"default: {DEFAULT_URL}")
    parser.add_argument("--requests", type=int, default=300, help="timed requests per endpoint (default 300)")
    parser.add_argument("--warmup", type=int, default=30)
    args = parser.parse_args(argv)

    seed(args.database_url, Size(), fresh=True)
    members = give_everyone_a_teams_identity(args.database_url)
    connector, cloud = BotConnector(), TeamsCloud()
    targets = {
        "bot, local mode": TeamsBot(args.database_url),
        "bot, tokens checked": TeamsBot(args.database_url, env={"TEAMS_APP_ID": APP_ID,
                                                                 "TEAMS_OPENID_URL": cloud.openid_url}),
        "bare Teams SDK app, static card": bare_app(),
    }
    rng = random.Random(7)
    times: dict[str, list[float]] = {name: [] for name in targets}
    errors = {name: 0 for name in targets}
    try:
        for n in range(args.warmup + args.requests):
            member = rng.randint(1, members)
            user = TeamsUser(f"Member {member}", aad_id=f"aad-{member}")
            for name, target in targets.items():
                activity = personal_message(user, "myactions", connector.service_url)
                token = cloud.token(service_url=connector.service_url) if "checked" in name else None
                before = len(connector.sent("send"))
                started = time.perf_counter()
                status, _ = target.post(activity, token)
                took = time.perf_counter() - started
                sent = connector.sent("send")
                if status != 200 or len(sent) != before + 1 or not sent[-1].body.get("attachments"):
                    errors[name] += 1
                elif n >= args.warmup:
                    times[name].append(took)
    finally:
        for target in targets.values():
            target.stop()
        connector.stop()
        cloud.stop()

    engine = sqlalchemy.create_engine(args.database_url)
    database = f"{engine.dialect.name} " + (sqlalchemy.__version__ if engine.dialect.name != "sqlite" else
                                            __import__("sqlite3").sqlite_version)
    engine.dispose()
    rows = ["| Endpoint | requests | median | p95 | mean | errors |", "|---|---:|---:|---:|---:|---:|"]
    for name, values in times.items():
        if not values:
            rows.append(f"| {name} | 0 | | | | {errors[name]} |")
            continue
        rows.append(f"| {name} | {len(values)} | {statistics.median(values) * 1000:.1f} ms | "
                    f"{percentile(values, 0.95) * 1000:.1f} ms | {statistics.fmean(values) * 1000:.1f} ms | "
                    f"{errors[name]} |")
    table = (f"Run on {time.strftime('%Y-%m-%d')}, Python {platform.python_version()}, {database}, one request at "
             f"a time over loopback, the three interleaved:\n\n" + "\n".join(rows))
    print(table)
    write_section("teams", table, "## myactions in Teams")
    return 0


if __name__ == "__main__":
    sys.exit(main())
