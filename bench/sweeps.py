"""Benchmark of the nudges sweep: 100,000 open actions, 2,000 of them due a reminder.

    .venv/bin/python bench/sweeps.py [--database-url URL]

Seeds the /myactions register (bench/seed.py), moves every open action's due date
two months or more ahead, then makes 2,000 of them due tomorrow. It then times, at a
Monday 09:30 in London: deciding what is due (`jobs.nudges.plan`, with the time spent
inside the database counted separately), and delivering it to the loopback stand-in
for Slack (claim, send, mark, once each). A second sweep must send nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import event, select, update  # noqa: E402

from bench.seed import DEFAULT_URL, Size, seed  # noqa: E402
from console.local_slack import LocalSlack  # noqa: E402
from handlers import web_client  # noqa: E402
from handlers.delivery import SlackSender  # noqa: E402
from jobs import nudges  # noqa: E402
from jobs.outbox import deliver  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import Action  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)  # a Monday morning, GMT
DUE = 2_000


class SqlClock:
    """Adds up the time spent executing SQL statements."""

    def __init__(self, engine) -> None:  # type: ignore[no-untyped-def]
        self.seconds, self.statements = 0.0, 0
        event.listen(engine, "before_cursor_execute", self._before)
        event.listen(engine, "after_cursor_execute", self._after)

    def _before(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        conn.info.setdefault("bench_started", []).append(time.perf_counter())

    def _after(self, conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        self.seconds += time.perf_counter() - conn.info["bench_started"].pop()
        self.statements += 1


def prepare(url: str) -> Database:
    seed(url, Size(), fresh=True, now=NOW, quiet=True)
    db = Database.connect(url)
    with db.engine.begin() as connection:
        ids = list(connection.scalars(select(Action.id)))
        connection.execute(update(Action).values(status="open", due_date=NOW.date() + timedelta(days=60)))
        chosen = random.Random(7).sample(ids, DUE)
        for start in range(0, DUE, 500):
            connection.execute(update(Action).where(Action.id.in_(chosen[start:start + 500]))
                               .values(due_date=NOW.date() + timedelta(days=1)))
    print(f"register: {len(ids):,} open actions, {DUE:,} of them due tomorrow")
    return db


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    args = parser.parse_args(argv)
    db = prepare(args.database_url)
    sql = SqlClock(db.engine)
    with db.unit_of_work() as reg:
        started = time.perf_counter()
        rows = reg.dated_open_actions(until=NOW.date() + nudges.LOOKAHEAD)
        query_seconds = time.perf_counter() - started
    started = time.perf_counter()
    planned = nudges.plan(db, NOW)
    plan_seconds = time.perf_counter() - started
    parts = sum(len(o.parts) for o in planned)
    print(f"plan: {len(planned):,} messages, {parts:,} reminders in {plan_seconds:.2f} s; the query for "
          f"{len(rows):,} candidate actions took {query_seconds:.3f} s with ORM loading "
          f"({sql.statements // 2} statements a sweep)")
    with LocalSlack() as slack:
        for n in range(1, Size().members + 1):
            slack.add_user(f"U{n:08d}", f"Member {n}")
        sender = SlackSender(web_client("xoxb-bench", slack.api_url))
        started = time.perf_counter()
        report = deliver(db, planned, sender)
        send_seconds = time.perf_counter() - started
        print(f"deliver: {report.sent:,} sent, {len(report.failed)} failed in {send_seconds:.1f} s "
              f"({report.sent / send_seconds:.0f} messages/s)")
        again = deliver(db, nudges.plan(db, NOW + timedelta(minutes=5)), sender)
        print(f"second sweep: {again.sent} sent, {again.skipped:,} already sent; "
              f"stand-in received {len(slack.sent('chat.postMessage')):,} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
