"""/myactions on registers of different sizes in one run, interleaved, beside bare Bolt.

    .venv/bin/python bench/seed.py --database-url sqlite:////tmp/my100k.db --joint 0.2
    .venv/bin/python bench/seed.py --database-url sqlite:////tmp/my1m.db --joint 0.2 \\
        --boards 2000 --members 50000 --actions 1000000
    .venv/bin/python bench/myactions_sizes.py sqlite:////tmp/my100k.db sqlite:////tmp/my1m.db

Whether /myactions stays flat as the register grows is a comparison of two registers, and on a
shared machine two runs minutes apart differ more than the registers do. So each round sends a
batch of signed /myactions (members picked at random) to the app on each register in turn, and to
the bare Bolt app (bench/bare_app.py), all in one process through `App.dispatch`
(process_before_response=True); the first round is not timed. Each register's row counts its
actions owned by several people (`bench/seed.py --joint`).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from bench.bare_app import create_bare_app  # noqa: E402
from bench.myactions import LocalSlack, dispatch, register_size, signed_requests  # noqa: E402
from handlers import create_app  # noqa: E402
from handlers.services import Services  # noqa: E402
from storage.database import Database  # noqa: E402
from storage.models import Member  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("urls", nargs="+", metavar="DATABASE_URL", help="seeded registers (bench/seed.py)")
    parser.add_argument("--rounds", type=int, default=6, help="rounds, the first untimed (default 6)")
    parser.add_argument("--batch", type=int, default=300, help="requests to each app a round (default 300)")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    secret = "bench-sizes-" + "0" * 20
    slack = LocalSlack().start()
    try:
        apps = {}
        for url in args.urls:
            db = Database.connect(url)
            size = register_size(db)
            with db.engine.connect() as connection:
                ids = list(connection.scalars(select(Member.slack_id).where(Member.slack_id.is_not(None))))
            label = (f"Matters Arising, {size['actions']:,} actions ({size['joint']:,} owned by several people)")
            apps[label] = (create_app(Services(db=db, clock=lambda: datetime.now(timezone.utc)), token="xoxb-bench",
                                      signing_secret=secret, api_url=slack.api_url, process_before_response=True),
                           ids)
        apps["bare Bolt"] = (create_bare_app(secret, slack.api_url, process_before_response=True),
                             next(iter(apps.values()))[1])
        rng = random.Random(args.seed)
        timed: dict[str, list[float]] = {label: [] for label in apps}
        for round_ in range(args.rounds):
            for label, (app, ids) in apps.items():
                for request in signed_requests(secret, ids, args.batch, rng, slack.response_url("sizes")):
                    started = time.perf_counter()
                    status, _ = dispatch(app, request)
                    if round_:
                        timed[label].append(time.perf_counter() - started)
                    if status != 200:
                        raise SystemExit(f"{label}: status {status}")
    finally:
        slack.stop()
    print(f"{args.rounds - 1} timed rounds of {args.batch} requests to each app, interleaved, in process")
    print("| App | Requests | p50 ms | p90 ms | p99 ms |")
    print("|---|---:|---:|---:|---:|")
    for label, seconds in timed.items():
        seconds.sort()

        def at(p: float) -> float:
            return seconds[min(len(seconds) - 1, round(p / 100 * len(seconds)))] * 1000

        print(f"| {label} | {len(seconds):,} | {at(50):.2f} | {at(90):.2f} | {at(99):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
